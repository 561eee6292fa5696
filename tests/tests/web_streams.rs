//! The WHATWG Streams globals of the local runtime (runtime/src/engine/streams.js),
//! differentially: each scenario script runs in a convexkit isolate and in Node, and the
//! lines it logs — values, errors and the order in which promise callbacks ran — must
//! match.

use convexkit_tests::engine::compare_with_node;

/// (name, body): the body of an async function.
const SCENARIOS: &[(&str, &str)] = &[
    (
        "globals",
        r#"
for (const name of ["ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamDefaultController",
  "WritableStream", "WritableStreamDefaultWriter", "TransformStream", "TransformStreamDefaultController",
  "ByteLengthQueuingStrategy", "CountQueuingStrategy", "TextEncoderStream", "TextDecoderStream"]) {
  log(name, typeof globalThis[name]);
}
log(Object.prototype.toString.call(new ReadableStream()), Object.prototype.toString.call(new WritableStream()));
const t = new TransformStream();
log(t.readable instanceof ReadableStream, t.writable instanceof WritableStream);
log(new ReadableStream().getReader() instanceof ReadableStreamDefaultReader);
try { new ReadableStreamDefaultController(); } catch (e) { log("controller constructor", e); }
"#,
    ),
    (
        "pull-below-high-water-mark",
        r#"
let n = 0;
const rs = new ReadableStream({
  start(c) { log("start", c.desiredSize); },
  pull(c) { log("pull", c.desiredSize); c.enqueue(++n); if (n === 3) c.close(); },
});
await tick(10);
log("after start, pulled", n);
const reader = rs.getReader();
for (;;) {
  const r = await reader.read();
  log(r);
  if (r.done) break;
}
log("read after done", await reader.read());
"#,
    ),
    (
        "count-and-byte-length-strategies",
        r#"
let pulls = 0;
const rs = new ReadableStream(
  { pull(c) { pulls++; c.enqueue(pulls); log("pull", pulls, c.desiredSize); } },
  new CountQueuingStrategy({ highWaterMark: 3 }),
);
await tick(20);
log("pulls before reading", pulls);
const reader = rs.getReader();
log(await reader.read());
await tick(5);
log("pulls after one read", pulls);
let ctl;
const bytes = new ReadableStream({ start(c) { ctl = c; } }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
log(ctl.desiredSize);
ctl.enqueue(new Uint8Array(4));
log(ctl.desiredSize);
ctl.enqueue(new Uint8Array(8));
log(ctl.desiredSize);
const r2 = bytes.getReader();
log((await r2.read()).value.length, ctl.desiredSize);
const a = new CountQueuingStrategy({ highWaterMark: 2 });
const b = new CountQueuingStrategy({ highWaterMark: 5 });
log(a.highWaterMark, b.highWaterMark, a.size === b.size, a.size(), new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size(new Uint8Array(7)));
try { new CountQueuingStrategy({}); } catch (e) { log("no highWaterMark", e); }
"#,
    ),
    (
        "custom-size-and-invalid-strategy",
        r#"
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 5, size: (chunk) => chunk.length });
ctl.enqueue("abc");
log(ctl.desiredSize);
try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { log("negative hwm", e); }
let c2;
const bad = new ReadableStream({ start(c) { c2 = c; } }, { size() { throw new Error("size failed"); } });
try { c2.enqueue(1); } catch (e) { log("enqueue", e); }
try { await bad.getReader().read(); } catch (e) { log("read", e); }
let c3;
new ReadableStream({ start(c) { c3 = c; } }, { size: () => -1 });
try { c3.enqueue(1); } catch (e) { log("negative size", e); }
"#,
    ),
    (
        "read-ordering-against-other-microtasks",
        r#"
const rs = new ReadableStream({ start(c) { c.enqueue("a1"); c.enqueue("a2"); c.close(); } });
const reader = rs.getReader();
Promise.resolve().then(() => log("p1")).then(() => log("p2")).then(() => log("p3"));
reader.read().then((r) => log("read1", r));
reader.read().then((r) => log("read2", r));
reader.closed.then(() => log("closed"));
reader.read().then((r) => log("read3", r));
log("sync end");
"#,
    ),
    (
        "pending-reads-fulfilled-in-order",
        r#"
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; }, pull() { log("pull"); } });
const reader = rs.getReader();
const reads = [reader.read(), reader.read(), reader.read()];
reads.forEach((p, i) => p.then((r) => log("read", i, r)));
await tick(3);
log("enqueue x");
ctl.enqueue("x");
log("enqueue y");
ctl.enqueue("y");
ctl.close();
log("desiredSize after close", ctl.desiredSize);
try { ctl.enqueue("z"); } catch (e) { log("enqueue after close", e); }
await Promise.all(reads);
"#,
    ),
    (
        "async-pull-not-reentered",
        r#"
let n = 0;
const rs = new ReadableStream({
  async pull(c) {
    const me = ++n;
    log("pull start", me);
    await tick(2);
    c.enqueue(me);
    log("pull end", me);
  },
}, { highWaterMark: 2 });
const reader = rs.getReader();
log(await reader.read());
log(await reader.read());
await tick(20);
log("pulls", n);
"#,
    ),
    (
        "controller-error",
        r#"
let ctl;
const rs = new ReadableStream({ start(c) { ctl = c; c.enqueue("queued"); } });
const reader = rs.getReader();
reader.closed.then(() => log("closed"), (e) => log("closed rejected", e));
log(await reader.read());
const pending = reader.read();
ctl.error(new Error("boom"));
log("desiredSize", ctl.desiredSize);
try { await pending; } catch (e) { log("pending read", e); }
try { await reader.read(); } catch (e) { log("later read", e); }
ctl.error(new Error("again"));
try { await rs.cancel(); } catch (e) { log("cancel errored", e); }
"#,
    ),
    (
        "start-throws-or-rejects-pull-rejects",
        r#"
try { new ReadableStream({ start() { throw new Error("sync start"); } }); } catch (e) { log("constructor", e); }
const rejecting = new ReadableStream({ start() { return Promise.reject(new Error("async start")); } });
try { await rejecting.getReader().read(); } catch (e) { log("read", e); }
const pulling = new ReadableStream({ pull() { throw new Error("pull failed"); } });
const reader = pulling.getReader();
try { await reader.read(); } catch (e) { log("read", e); }
try { await reader.closed; } catch (e) { log("closed", e); }
"#,
    ),
    (
        "cancel",
        r#"
const rs = new ReadableStream({
  start(c) { c.enqueue(1); },
  cancel(reason) { log("source cancel", reason); return tick(2).then(() => "ignored"); },
});
const reader = rs.getReader();
reader.closed.then(() => log("closed"));
const pending = [reader.read(), reader.read()];
pending.forEach((p) => p.then((r) => log("read", r)));
const result = await reader.cancel("why");
log("cancel result", result);
log("read after cancel", await reader.read());
const failing = new ReadableStream({ cancel() { throw new Error("cancel failed"); } });
try { await failing.cancel(); } catch (e) { log("cancel", e); }
"#,
    ),
    (
        "locking-and-release",
        r#"
const rs = new ReadableStream({ start(c) { c.enqueue("a"); } });
log("locked", rs.locked);
const reader = rs.getReader();
log("locked", rs.locked);
try { rs.getReader(); } catch (e) { log("second reader", e); }
try { await rs.cancel(); } catch (e) { log("cancel locked", e); }
log(await reader.read());
const pending = reader.read();
reader.releaseLock();
try { await pending; } catch (e) { log("pending read after release", e); }
try { await reader.closed; } catch (e) { log("closed after release", e); }
try { await reader.read(); } catch (e) { log("read after release", e); }
reader.releaseLock();
log("locked", rs.locked);
const again = rs.getReader();
log("new reader", again instanceof ReadableStreamDefaultReader);
"#,
    ),
    (
        "async-iteration",
        r#"
const rs = new ReadableStream({
  start(c) { for (const x of ["a", "b", "c"]) c.enqueue(x); c.close(); },
});
for await (const chunk of rs) log("chunk", chunk);
log("locked after loop", rs.locked);
const endless = new ReadableStream({
  pull(c) { c.enqueue("tick"); },
  cancel(reason) { log("cancelled", reason); },
});
let count = 0;
for await (const chunk of endless) { if (++count === 3) break; }
log("count", count, "locked", endless.locked);
const kept = new ReadableStream({
  start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); c.close(); },
  cancel() { log("should not cancel"); },
});
for await (const chunk of kept.values({ preventCancel: true })) { log("first", chunk); break; }
log("locked", kept.locked);
log("rest", await readAll(kept));
const it = new ReadableStream({ start(c) { c.enqueue("x"); c.close(); } })[Symbol.asyncIterator]();
log(await it.next(), await it.next(), await it.next());
log(await it.return("r"));
"#,
    ),
    (
        "async-iteration-ordering-and-errors",
        r#"
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
const it = rs.values();
const a = it.next();
const b = it.next();
const c = it.next();
a.then((r) => log("a", r));
b.then((r) => log("b", r));
c.then((r) => log("c", r));
await Promise.all([a, b, c]);
const failing = new ReadableStream({ start(c) { c.enqueue("ok"); c.error(new Error("bad")); } });
try {
  for await (const chunk of failing) log("chunk", chunk);
} catch (e) { log("loop", e); }
const later = new ReadableStream({ pull(c) { c.error(new Error("later")); } });
try {
  for await (const chunk of later) log("chunk", chunk);
} catch (e) { log("loop", e, later.locked); }
"#,
    ),
    (
        "tee",
        r#"
let n = 0;
const rs = new ReadableStream({
  pull(c) { n++; if (n > 3) c.close(); else c.enqueue(n); },
  cancel(reason) { log("source cancel", reason); },
});
const [a, b] = rs.tee();
log("locked", rs.locked, a.locked, b.locked);
const [ra, rb] = await Promise.all([readAll(a), readAll(b)]);
log(ra, rb);
const src = new ReadableStream({
  start(c) { c.enqueue("x"); },
  cancel(reason) { log("composite cancel", reason); },
});
const [c1, c2] = src.tee();
const p1 = c1.cancel("one");
log(await c2.getReader().read());
await tick(3);
log("after first cancel");
await Promise.all([p1, c2.cancel("two")]);
log("both cancelled");
const erroring = new ReadableStream({ start(c) { c.error(new Error("tee error")); } });
const [e1, e2] = erroring.tee();
for (const branch of [e1, e2]) {
  try { await branch.getReader().read(); } catch (e) { log("branch", e); }
}
"#,
    ),
    (
        "tee-ordering",
        r#"
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
const [a, b] = rs.tee();
const ra = a.getReader();
const rb = b.getReader();
ra.read().then((r) => log("a1", r));
rb.read().then((r) => log("b1", r));
ra.read().then((r) => log("a2", r));
rb.read().then((r) => log("b2", r));
Promise.resolve().then(() => log("m1")).then(() => log("m2")).then(() => log("m3")).then(() => log("m4"));
await tick(10);
// Node closes the branches only after a macrotask; the order of that is not compared.
log(await ra.read(), await rb.read());
"#,
    ),
    (
        "pipe-to",
        r#"
const rs = new ReadableStream({ start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); } });
const ws = new WritableStream({
  start() { log("sink start"); },
  async write(chunk) { log("write", chunk); await tick(2); log("written", chunk); },
  close() { log("sink close"); },
});
const result = await rs.pipeTo(ws);
log("pipeTo resolved", result, rs.locked, ws.locked);
const kept = new WritableStream({ write(chunk) { log("kept write", chunk); }, close() { log("should not close"); } });
await new ReadableStream({ start(c) { c.enqueue("a"); c.close(); } }).pipeTo(kept, { preventClose: true });
const writer = kept.getWriter();
await writer.write("b");
log("still writable", writer.desiredSize);
"#,
    ),
    (
        "pipe-to-error-propagation",
        r#"
const sink = (name) => ({
  write(chunk) { log(name, "write", chunk); },
  abort(reason) { log(name, "abort", reason); },
  close() { log(name, "close"); },
});
const failingSource = () => new ReadableStream({
  start(c) { c.enqueue("a"); },
  pull(c) { return tick(3).then(() => c.error(new Error("source broke"))); },
});
try { await failingSource().pipeTo(new WritableStream(sink("one"))); } catch (e) { log("pipe one", e); }
const spared = new WritableStream(sink("two"));
try { await failingSource().pipeTo(spared, { preventAbort: true }); } catch (e) { log("pipe two", e); }
log("two locked", spared.locked);
const source = (name) => new ReadableStream({
  pull(c) { c.enqueue("chunk"); },
  cancel(reason) { log(name, "source cancel", reason); },
});
const brokenSink = () => new WritableStream({ write() { throw new Error("sink broke"); } });
try { await source("three").pipeTo(brokenSink()); } catch (e) { log("pipe three", e); }
const kept = source("four");
try { await kept.pipeTo(brokenSink(), { preventCancel: true }); } catch (e) { log("pipe four", e); }
log("four locked", kept.locked, (await kept.getReader().read()).value);
const closed = new WritableStream();
await closed.close();
try { await source("five").pipeTo(closed); } catch (e) { log("pipe five", e); }
try { await source("six").pipeTo({}); } catch (e) { log("pipe six", e); }
"#,
    ),
    (
        "pipe-through",
        r#"
const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
const rs = new ReadableStream({ start(c) { c.enqueue("hello"); c.enqueue("world"); c.close(); } });
const out = rs.pipeThrough(upper);
log(out === upper.readable, rs.locked, upper.writable.locked);
log(await readAll(out));
const chained = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } })
  .pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x * 10); } }))
  .pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x + 1); c.enqueue(-x); } }));
log(await readAll(chained));
try { rs.pipeThrough(new TransformStream()); } catch (e) { log("locked source", e); }
"#,
    ),
    (
        "readable-from",
        r#"
log(await readAll(ReadableStream.from([1, 2, 3])));
log(await readAll(ReadableStream.from([Promise.resolve("p"), "q"])));
async function* generate() {
  try {
    yield "g1";
    yield "g2";
    yield "g3";
  } finally {
    log("generator finally");
  }
}
const stream = ReadableStream.from(generate());
log(stream instanceof ReadableStream);
const reader = stream.getReader();
log(await reader.read());
await reader.cancel("stop");
log("cancelled");
log(await readAll(ReadableStream.from(new ReadableStream({ start(c) { c.enqueue("nested"); c.close(); } }))));
try { ReadableStream.from(42); } catch (e) { log("not iterable", e); }
log(await readAll(ReadableStream.from("ab")));
"#,
    ),
    (
        "writes-one-at-a-time-in-order",
        r#"
let active = 0;
const ws = new WritableStream({
  async write(chunk) {
    active++;
    log("write start", chunk, "active", active);
    await tick(chunk === 1 ? 5 : 1);
    log("write end", chunk);
    active--;
  },
  close() { log("close"); },
}, { highWaterMark: 3 });
const writer = ws.getWriter();
log("desiredSize", writer.desiredSize);
const writes = [1, 2, 3, 4].map((x) => writer.write(x).then(() => log("resolved", x)));
log("desiredSize", writer.desiredSize);
const closing = writer.close().then(() => log("close resolved"));
writer.closed.then(() => log("closed"));
await Promise.all([...writes, closing]);
log("desiredSize", writer.desiredSize);
try { await writer.close(); } catch (e) { log("close twice", e); }
"#,
    ),
    (
        "writer-ready-and-backpressure",
        r#"
const resolvers = [];
const ws = new WritableStream({
  write(chunk) { log("sink write", chunk); return new Promise((r) => resolvers.push(r)); },
}, { highWaterMark: 2 });
const writer = ws.getWriter();
await writer.ready;
log("ready at start", writer.desiredSize);
writer.write("a");
log("after a", writer.desiredSize);
writer.write("b");
log("after b", writer.desiredSize);
let ready = false;
writer.ready.then(() => { ready = true; log("ready again", writer.desiredSize); });
await tick(5);
log("ready?", ready);
resolvers.shift()();
await tick(5);
log("ready?", ready);
resolvers.shift()();
await tick(5);
log("locked", ws.locked);
writer.releaseLock();
log("locked", ws.locked);
try { await writer.ready; } catch (e) { log("ready after release", e); }
try { writer.desiredSize; } catch (e) { log("desiredSize after release", e); }
"#,
    ),
    (
        "failing-sink",
        r#"
const ws = new WritableStream({
  write(chunk) {
    log("sink write", chunk);
    if (chunk === 2) return Promise.reject(new Error("disk full"));
  },
  close() { log("should not close"); },
  abort(reason) { log("should not abort", reason); },
});
const writer = ws.getWriter();
const results = [1, 2, 3].map((x) => writer.write(x).then(() => log("write ok", x), (e) => log("write failed", x, e)));
writer.closed.then(() => log("closed"), (e) => log("closed rejected", e));
await Promise.all(results);
log("desiredSize", writer.desiredSize);
try { await writer.ready; } catch (e) { log("ready", e); }
try { await writer.write(4); } catch (e) { log("write 4", e); }
try { await writer.close(); } catch (e) { log("close", e); }
log("abort on errored", await writer.abort("late"));
const errorsInStart = new WritableStream({ start(c) { c.error(new Error("start error")); } });
try { await errorsInStart.getWriter().write("x"); } catch (e) { log("after controller.error", e); }
"#,
    ),
    (
        "writer-abort",
        r#"
let finishWrite;
const ws = new WritableStream({
  write(chunk) { log("write", chunk); return new Promise((r) => (finishWrite = r)); },
  abort(reason) { log("sink abort", reason); return tick(2); },
  close() { log("should not close"); },
});
const writer = ws.getWriter();
const w1 = writer.write("in flight").then(() => log("w1 ok"), (e) => log("w1", e));
const w2 = writer.write("queued").then(() => log("w2 ok"), (e) => log("w2", e));
await tick(2);
const aborting = writer.abort("stop").then((r) => log("abort resolved", r));
log("desiredSize", writer.desiredSize);
writer.closed.then(null, (e) => log("closed rejected", e));
await tick(5);
log("finishing the write in flight");
finishWrite();
await Promise.all([w1, w2, aborting]);
const plain = new WritableStream({ abort(reason) { log("plain abort", reason); } });
await plain.abort("r");
const w = plain.getWriter();
try { await w.write(1); } catch (e) { log("write after abort", e); }
"#,
    ),
    (
        "writable-start-and-close",
        r#"
const ws = new WritableStream({
  async start() { log("start begins"); await tick(3); log("start ends"); },
  write(chunk) { log("write", chunk); },
  async close() { log("close begins"); await tick(2); log("close ends"); },
});
const writer = ws.getWriter();
writer.write("early").then(() => log("early written"));
const closing = writer.close();
log("close queued");
await closing;
log("closed", await writer.closed);
const failingClose = new WritableStream({ close() { throw new Error("cannot close"); } });
const w = failingClose.getWriter();
try { await w.close(); } catch (e) { log("close", e); }
try { await w.closed; } catch (e) { log("closed", e); }
const unlocked = new WritableStream({ close() { log("unlocked close"); } });
await unlocked.close();
log("closed writer desiredSize", unlocked.getWriter().desiredSize);
"#,
    ),
    (
        "transform-lifecycle",
        r#"
const t = new TransformStream({
  start(c) { log("start", c.desiredSize); },
  transform(chunk, c) { log("transform", chunk); c.enqueue(chunk + "!"); c.enqueue(chunk + "?"); },
  flush(c) { log("flush"); c.enqueue("tail"); },
});
const writer = t.writable.getWriter();
const reader = t.readable.getReader();
log("writer desiredSize", writer.desiredSize);
writer.write("a").then(() => log("a written"));
writer.write("b").then(() => log("b written"));
writer.close().then(() => log("closed"));
for (;;) {
  const r = await reader.read();
  log("read", r);
  if (r.done) break;
}
"#,
    ),
    (
        "transform-backpressure-and-identity",
        r#"
const t = new TransformStream();
const writer = t.writable.getWriter();
const reader = t.readable.getReader();
await tick(3);
log("desiredSize", writer.desiredSize);
const w1 = writer.write(1).then(() => log("w1 done"));
log("desiredSize after write", writer.desiredSize);
const w2 = writer.write(2).then(() => log("w2 done"));
await tick(5);
log("nothing read yet", writer.desiredSize);
log(await reader.read());
await tick(5);
log(await reader.read());
await Promise.all([w1, w2]);
writer.close();
log(await reader.read());
const big = new TransformStream({}, { highWaterMark: 2 }, { highWaterMark: 3 });
const bw = big.writable.getWriter();
for (const x of [1, 2, 3, 4, 5]) bw.write(x).then(() => log("big written", x));
await tick(10);
log("big desiredSize", bw.desiredSize);
"#,
    ),
    (
        "transform-errors-both-sides",
        r#"
const t = new TransformStream({
  transform(chunk) { if (chunk === "bad") throw new Error("transform failed"); },
  flush() { log("should not flush"); },
});
const writer = t.writable.getWriter();
const reader = t.readable.getReader();
reader.closed.catch((e) => log("readable closed", e));
writer.closed.catch((e) => log("writable closed", e));
// The readable side starts with backpressure: writes wait for a read.
const pendingRead = reader.read();
await writer.write("good");
try { await writer.write("bad"); } catch (e) { log("write", e); }
try { await pendingRead; } catch (e) { log("read", e); }
try { await reader.read(); } catch (e) { log("read again", e); }
try { await writer.write("after"); } catch (e) { log("write after", e); }
const viaController = new TransformStream({ start(c) { c.error(new Error("start error")); } });
try { await viaController.readable.getReader().read(); } catch (e) { log("read", e); }
try { await viaController.writable.getWriter().write(1); } catch (e) { log("write", e); }
const failingFlush = new TransformStream({ flush() { throw new Error("flush failed"); } });
const fw = failingFlush.writable.getWriter();
const fr = failingFlush.readable.getReader();
try { await fw.close(); } catch (e) { log("close", e); }
try { await fr.read(); } catch (e) { log("read", e); }
"#,
    ),
    (
        "transform-terminate-and-cancel",
        r#"
const t = new TransformStream({
  transform(chunk, c) {
    c.enqueue(chunk);
    if (chunk === "last") c.terminate();
  },
});
const writer = t.writable.getWriter();
const reader = t.readable.getReader();
writer.write("one");
writer.write("last").then(() => log("last written"), (e) => log("last", e));
log(await reader.read());
log(await reader.read());
log(await reader.read());
try { await writer.write("more"); } catch (e) { log("write after terminate", e); }
try { await writer.closed; } catch (e) { log("writable closed", e); }
const cancelled = new TransformStream({ cancel(reason) { log("transformer cancel", reason); } });
const cw = cancelled.writable.getWriter();
await cancelled.readable.cancel("not needed");
try { await cw.write(1); } catch (e) { log("write after cancel", e); }
const aborted = new TransformStream({ cancel(reason) { log("transformer cancel on abort", reason); } });
const ar = aborted.readable.getReader();
await aborted.writable.abort("abandon");
try { await ar.read(); } catch (e) { log("read after abort", e); }
"#,
    ),
    (
        "transform-subclass",
        r#"
class LineSplitter extends TransformStream {
  constructor(separator = "\n") {
    let buffer = "";
    super({
      start() { buffer = ""; },
      transform(chunk, controller) {
        buffer += chunk;
        const parts = buffer.split(separator);
        buffer = parts.pop();
        for (const part of parts) controller.enqueue(part);
      },
      flush(controller) { if (buffer) controller.enqueue(buffer); },
    });
    this.separator = separator;
  }
  describe() { return `splits on ${JSON.stringify(this.separator)}`; }
}
const splitter = new LineSplitter();
log(splitter instanceof LineSplitter, splitter instanceof TransformStream, splitter.describe());
log(Object.getPrototypeOf(splitter) === LineSplitter.prototype, splitter.constructor.name);
const lines = ReadableStream.from(["a\nb", "c\n", "d\ne"]).pipeThrough(splitter);
log(await readAll(lines));
class Counted extends ReadableStream {
  constructor(n) { let i = 0; super({ pull(c) { if (i < n) c.enqueue(i++); else c.close(); } }); }
}
log(await readAll(new Counted(3)), new Counted(1) instanceof ReadableStream);
class Collector extends WritableStream {
  constructor() { const items = []; super({ write(x) { items.push(x); } }); this.items = items; }
}
const collector = new Collector();
await ReadableStream.from(["x", "y"]).pipeTo(collector);
log(collector.items);
"#,
    ),
    (
        "eventsource-parser-style",
        r#"
function createParser(onEvent) {
  let buffer = "";
  let data = [];
  let event;
  return {
    feed(chunk) {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop();
      for (const line of lines) {
        if (line === "") {
          if (data.length) onEvent({ event, data: data.join("\n") });
          data = [];
          event = undefined;
        } else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
        else if (line.startsWith("event:")) event = line.slice(6).trim();
      }
    },
  };
}
class EventSourceParserStream extends TransformStream {
  constructor() {
    let parser;
    super({
      start(controller) { parser = createParser((event) => controller.enqueue(event)); },
      transform(chunk) { parser.feed(chunk); },
    });
  }
}
const text = 'data: {"delta":"Hé"}\n\nevent: done\ndata: {"delta":"llo 😀"}\n\n';
const bytes = new TextEncoder().encode(text);
const body = new ReadableStream({
  start(c) {
    for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.slice(i, i + 7));
    c.close();
  },
});
const events = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
for await (const event of events) log(event.event, JSON.parse(event.data).delta);
"#,
    ),
    (
        "text-encoder-stream",
        r#"
const encoder = new TextEncoderStream();
log(encoder.encoding, encoder.readable instanceof ReadableStream, encoder.writable instanceof WritableStream);
const smile = "😀";
const chunks = await readAll(ReadableStream.from(["hé", smile[0], smile[1] + "!", "", "x"]).pipeThrough(encoder));
log(chunks);
const dangling = await readAll(ReadableStream.from(["a", "\ud83d"]).pipeThrough(new TextEncoderStream()));
log(dangling);
"#,
    ),
    (
        "text-decoder-stream",
        r#"
const bytes = new TextEncoder().encode("héllo 😀 wörld");
const pieces = [];
for (let i = 0; i < bytes.length; i += 3) pieces.push(bytes.slice(i, i + 3));
const decoder = new TextDecoderStream();
log(decoder.encoding, decoder.fatal, decoder.ignoreBOM);
log(await readAll(ReadableStream.from(pieces).pipeThrough(decoder)));
const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]);
log(await readAll(ReadableStream.from([withBom.slice(0, 2), withBom.slice(2)]).pipeThrough(new TextDecoderStream())));
log(await readAll(ReadableStream.from([withBom]).pipeThrough(new TextDecoderStream("utf-8", { ignoreBOM: true }))));
log(await readAll(ReadableStream.from([new Uint8Array([0x61, 0xe2, 0x82])]).pipeThrough(new TextDecoderStream())));
log(await readAll(ReadableStream.from([new Uint8Array([0x68, 0x69]).buffer]).pipeThrough(new TextDecoderStream())));
"#,
    ),
    (
        "writer-and-reader-across-a-transform-in-order",
        r#"
const t = new TransformStream({
  async transform(chunk, c) {
    log("transform start", chunk);
    await tick(1);
    c.enqueue(chunk * 2);
    log("transform end", chunk);
  },
});
const writer = t.writable.getWriter();
const reader = t.readable.getReader();
const reads = [reader.read(), reader.read(), reader.read()];
reads.forEach((p, i) => p.then((r) => log("read", i, r)));
[1, 2].forEach((x) => writer.write(x).then(() => log("written", x)));
writer.close().then(() => log("writer closed"));
await Promise.all(reads);
"#,
    ),
    (
        "response-and-request-bodies",
        r#"
const encode = (text) => new TextEncoder().encode(text);
const streamed = new Response(ReadableStream.from([encode("hel"), encode("lo ü")]));
log(streamed.bodyUsed, await streamed.text(), streamed.bodyUsed);
try { await streamed.text(); } catch (e) { log("read twice", e); }
const plain = new Response("héllo");
log(plain.body instanceof ReadableStream, plain.bodyUsed);
log(await readAll(plain.body), plain.bodyUsed);
try { await plain.text(); } catch (e) { log("text after body", e); }
log(new Response(null).body, new Response("").body instanceof ReadableStream);
const json = new Response(ReadableStream.from([encode('{"a":'), encode("[1,2]}")]));
log(await json.json());
const original = new Response(ReadableStream.from([encode("twice")]));
const copy = original.clone();
log(await original.text(), await copy.text());
const sse = new Response(ReadableStream.from([encode("data: 1\n\n")])).body
  .pipeThrough(new TextDecoderStream());
log(await readAll(sse));
const request = new Request("https://example.com/upload", {
  method: "POST",
  body: ReadableStream.from([encode("up"), encode("load")]),
  duplex: "half",
});
log(await request.text());
log((await readAll(new Blob(["blob ", "text"]).stream().pipeThrough(new TextDecoderStream()))).join(""));
try { await new Response(ReadableStream.from(["not bytes"])).text(); } catch (e) { log("string chunks", e); }
"#,
    ),
];

#[test]
fn streams_behave_as_in_node() {
    assert!(SCENARIOS.len() >= 25);
    compare_with_node(SCENARIOS);
}

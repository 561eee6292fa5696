//! DOM events, abort signals, File, FormData and timers in the local runtime
//! (runtime/src/engine/events.js, form_data.js, timers.js), differentially: each scenario
//! logs the same lines in a convexkit isolate as in Node.

use convexkit_tests::engine::compare_with_node;

/// (name, body): the body of an async function (see `convexkit_tests::engine::PRELUDE`).
const SCENARIOS: &[(&str, &str)] = &[
    (
        "globals",
        r#"for (const name of ["DOMException", "Event", "CustomEvent", "EventTarget", "AbortController", "AbortSignal", "File", "FormData"]) log(name, typeof globalThis[name]);"#,
    ),
    (
        "event_fields",
        r#"const e = new Event("ping", { cancelable: true, bubbles: true });
log(e.type, e.bubbles, e.cancelable, e.defaultPrevented, e.target, e.currentTarget, e.isTrusted);
e.preventDefault(); log(e.defaultPrevented);
const n = new Event("x"); n.preventDefault(); log(n.defaultPrevented);
try { new Event(); } catch (err) { log("no type", err); }
const c = new CustomEvent("c", { detail: { a: 1 } }); log(c.detail, c instanceof Event);
log(new CustomEvent("d").detail);"#,
    ),
    (
        "dispatch_order_and_once",
        r#"const t = new EventTarget();
const a = (e) => log("a", e.type, e.target === t, e.currentTarget === t);
t.addEventListener("go", a);
t.addEventListener("go", a);
t.addEventListener("go", { handleEvent(e) { log("object", e.type); } });
t.addEventListener("go", () => log("once"), { once: true });
log(t.dispatchEvent(new Event("go")));
t.dispatchEvent(new Event("go"));
t.removeEventListener("go", a);
t.dispatchEvent(new Event("go"));
log("other", t.dispatchEvent(new Event("other")));"#,
    ),
    (
        "stop_immediate_and_cancel",
        r#"const t = new EventTarget();
t.addEventListener("x", (e) => { log(1); e.stopImmediatePropagation(); });
t.addEventListener("x", () => log(2));
log(t.dispatchEvent(new Event("x")));
t.addEventListener("y", (e) => e.preventDefault());
log(t.dispatchEvent(new Event("y", { cancelable: true })), t.dispatchEvent(new Event("y")));"#,
    ),
    (
        "abort_controller",
        r#"const c = new AbortController();
const s = c.signal;
log(s.aborted, s.reason, s instanceof EventTarget, s instanceof AbortSignal);
s.addEventListener("abort", (e) => log("event", e.type, s.aborted));
s.onabort = () => log("onabort");
c.abort();
log(s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.code);
c.abort("again");
log(s.reason.name);
try { s.throwIfAborted(); } catch (e) { log("thrown", e.name); }
const d = new AbortController(); d.abort("why"); log(d.signal.reason);
try { new AbortSignal(); } catch (e) { log("constructor", e); }"#,
    ),
    (
        "abort_signal_statics",
        r#"const s = AbortSignal.abort(); log(s.aborted, s.reason.name);
log(AbortSignal.abort(42).reason);
const a = new AbortController(), b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener("abort", () => log("any aborted", any.reason));
log(any.aborted);
b.abort("b first"); a.abort("a later");
log(AbortSignal.any([AbortSignal.abort("pre")]).reason);"#,
    ),
    (
        "listener_signal",
        r#"const t = new EventTarget(); const c = new AbortController();
t.addEventListener("x", () => log("heard"), { signal: c.signal });
t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x"));
t.addEventListener("x", () => log("never"), { signal: AbortSignal.abort() });
t.dispatchEvent(new Event("x")); log("done");"#,
    ),
    (
        "dom_exception",
        r#"const e = new DOMException("boom", "NotFoundError");
log(e.name, e.message, e.code, e instanceof Error);
const plain = new DOMException(); log(plain.name, plain.message, plain.code);
log(new DOMException("t", "TimeoutError").code, new DOMException("x", "Custom").code);"#,
    ),
    (
        "file",
        r#"const f = new File(["ab", new Uint8Array([99])], "x.txt", { type: "Text/Plain", lastModified: 5 });
log(f.name, f.size, f.type, f.lastModified, f instanceof Blob, await f.text());
const g = new File([], "empty"); log(g.size, typeof g.lastModified, g.type);
try { new File(["x"]); } catch (e) { log("no name", e); }"#,
    ),
    (
        "form_data",
        r#"const fd = new FormData();
fd.append("a", "1"); fd.append("a", 2); fd.append("b", "x");
log(fd.get("a"), fd.getAll("a"), fd.has("b"), fd.has("c"), fd.get("c"));
fd.set("a", "3"); log(fd.getAll("a"), [...fd.keys()]);
fd.delete("b"); log([...fd.entries()]);
fd.append("c", "4"); fd.set("c", "5"); log([...fd]);
const seen = []; fd.forEach((v, k) => seen.push(k + "=" + v)); log(seen);
log(Object.prototype.toString.call(fd));"#,
    ),
    (
        "form_data_files",
        r#"const fd = new FormData();
fd.append("blob", new Blob(["hi"], { type: "text/plain" }));
fd.append("named", new Blob(["yo"]), "n.bin");
fd.append("file", new File(["f"], "orig.txt"));
fd.append("renamed", new File(["r"], "orig.txt"), "new.txt");
for (const key of ["blob", "named", "file", "renamed"]) {
  const v = fd.get(key);
  log(key, v instanceof File, v.name, v.type, await v.text());
}"#,
    ),
    (
        "timers",
        r#"const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
setTimeout(() => log("b", 20), 20); setTimeout(() => log("a", 10), 10); setTimeout(() => log("zero"));
setTimeout((x, y) => log("args", x, y), 5, "x", "y");
const cancelled = setTimeout(() => log("cancelled"), 1); clearTimeout(cancelled);
let n = 0; const i = setInterval(() => { log("tick", ++n); if (n === 3) clearInterval(i); }, 7);
Promise.resolve().then(() => log("microtask first"));
await sleep(40);
log("slept");
try { setTimeout("code"); } catch (e) { log("string", e); }
log(typeof clearInterval);"#,
    ),
];

#[test]
fn events_and_forms_behave_as_in_node() {
    assert!(SCENARIOS.len() >= 10);
    compare_with_node(SCENARIOS);
}

// The WHATWG Streams API that Convex's runtime provides and QuickJS lacks: ReadableStream,
// WritableStream, TransformStream (with their readers, writers and controllers), the
// queuing strategies, and TextEncoderStream/TextDecoderStream. Packages build on them at
// module load (eventsource-parser's `class ... extends TransformStream`, the `ai` SDK).
//
// Written after the standard's algorithms (https://streams.spec.whatwg.org), step for
// step where promise timing is observable, so that callbacks and results interleave as in
// Node, browsers and Convex. Byte streams (`type: "bytes"`, BYOB readers) are not
// implemented: a "bytes" source is run as a default one.
//
// Each public object keeps its internal slots in one plain record under the symbol `$`;
// the algorithms below work on those records, the classes are thin facades over them.
(() => {
  const $ = Symbol("stream internals");
  const noop = () => {};
  // "A promise resolved with" a value is a new promise (a thenable takes two more turns
  // than Promise.resolve would): the timing callbacks observe.
  const resolved = (value) => new Promise((resolve) => resolve(value));
  const rejected = (reason) => Promise.reject(reason);
  const queueMicrotask = globalThis.queueMicrotask ?? ((task) => resolved().then(task));

  // A promise with its resolving functions, knowing whether it has been settled (a
  // writer's `ready` and `closed` are replaced rather than rejected twice).
  function deferred() {
    const d = { settled: false };
    d.promise = new Promise((resolve, reject) => {
      d.resolve = (value) => {
        d.settled = true;
        resolve(value);
      };
      d.reject = (reason) => {
        d.settled = true;
        reject(reason);
      };
    });
    return d;
  }
  // A promise nobody may wait on (a reader's `closed`) must not report an unhandled
  // rejection.
  const handled = (promise) => (promise.then(noop, noop), promise);
  const settledRejected = (reason) => {
    const d = deferred();
    d.reject(reason);
    handled(d.promise);
    return d;
  };

  // An underlying source's, sink's or transformer's method as an algorithm returning a
  // promise (called with the object as `this`, as the standard does).
  function method(object, name, fallback) {
    const fn = object?.[name];
    if (fn === undefined) return fallback;
    if (typeof fn !== "function") throw new TypeError(`${name} must be a function`);
    return (...args) => {
      try {
        return resolved(fn.apply(object, args));
      } catch (error) {
        return rejected(error);
      }
    };
  }

  function internals(object, kind) {
    const slots = object?.[$];
    if (!slots || slots.kind !== kind) throw new TypeError(`Illegal invocation: not a ${kind}`);
    return slots;
  }

  // ---- Queue with sizes (for both controllers) ----
  function enqueueWithSize(c, value, size) {
    if (typeof size !== "number" || !(size >= 0) || size === Infinity) {
      throw new RangeError("The chunk size must be a finite, non-negative number");
    }
    c.queue.push({ value, size });
    c.queueTotalSize += size;
  }
  function dequeue(c) {
    const { value, size } = c.queue.shift();
    c.queueTotalSize = Math.max(0, c.queueTotalSize - size);
    return value;
  }
  function resetQueue(c) {
    c.queue = [];
    c.queueTotalSize = 0;
  }

  function highWaterMark(strategy, fallback) {
    const hwm = strategy?.highWaterMark;
    if (hwm === undefined) return fallback;
    const number = Number(hwm);
    if (Number.isNaN(number) || number < 0) throw new RangeError("Invalid highWaterMark");
    return number;
  }
  function sizeAlgorithm(strategy) {
    const size = strategy?.size;
    if (size === undefined) return () => 1;
    if (typeof size !== "function") throw new TypeError("size must be a function");
    return (chunk) => size(chunk);
  }

  // ======================= ReadableStream =======================

  function initReadable(stream) {
    stream[$] = {
      kind: "ReadableStream",
      facade: stream,
      state: "readable",
      storedError: undefined,
      reader: undefined,
      disturbed: false,
      controller: undefined,
    };
    return stream[$];
  }

  // A readable stream driven by internal algorithms (tee branches, transform streams,
  // ReadableStream.from), bypassing the public constructor so subclasses are not involved.
  function createReadable(start, pull, cancel, hwm = 1, size = () => 1) {
    const stream = Object.create(ReadableStream.prototype);
    const r = initReadable(stream);
    setUpReadableController(r, start, pull, cancel, hwm, size);
    return r;
  }

  function setUpReadableController(r, start, pull, cancel, hwm, size) {
    const c = {
      stream: r,
      queue: [],
      queueTotalSize: 0,
      started: false,
      closeRequested: false,
      pullAgain: false,
      pulling: false,
      hwm,
      size,
      pull,
      cancel,
    };
    c.facade = Object.create(ReadableStreamDefaultController.prototype);
    c.facade[$] = Object.assign(c, { kind: "ReadableStreamDefaultController" });
    r.controller = c;
    resolved(start(c.facade)).then(
      () => {
        c.started = true;
        callPullIfNeeded(c);
      },
      (error) => controllerError(c, error),
    );
  }

  const isLocked = (r) => r.reader !== undefined;
  const canCloseOrEnqueue = (c) => !c.closeRequested && c.stream.state === "readable";

  function desiredSize(c) {
    const { state } = c.stream;
    if (state === "errored") return null;
    if (state === "closed") return 0;
    return c.hwm - c.queueTotalSize;
  }

  function shouldCallPull(c) {
    if (!canCloseOrEnqueue(c) || !c.started) return false;
    if (isLocked(c.stream) && c.stream.reader.readRequests.length > 0) return true;
    return desiredSize(c) > 0;
  }

  function callPullIfNeeded(c) {
    if (!shouldCallPull(c)) return;
    if (c.pulling) {
      c.pullAgain = true;
      return;
    }
    c.pulling = true;
    c.pull(c.facade).then(
      () => {
        c.pulling = false;
        if (c.pullAgain) {
          c.pullAgain = false;
          callPullIfNeeded(c);
        }
      },
      (error) => controllerError(c, error),
    );
  }

  function clearReadableAlgorithms(c) {
    c.pull = () => resolved();
    c.cancel = () => resolved();
    c.size = () => 1;
  }

  function controllerEnqueue(c, chunk) {
    if (!canCloseOrEnqueue(c)) throw new TypeError("The stream is closed or closing");
    const r = c.stream;
    if (isLocked(r) && r.reader.readRequests.length > 0) {
      r.reader.readRequests.shift().chunk(chunk);
    } else {
      try {
        enqueueWithSize(c, chunk, c.size(chunk));
      } catch (error) {
        controllerError(c, error);
        throw error;
      }
    }
    callPullIfNeeded(c);
  }

  function controllerClose(c) {
    if (!canCloseOrEnqueue(c)) throw new TypeError("The stream is closed or closing");
    c.closeRequested = true;
    if (c.queue.length === 0) {
      clearReadableAlgorithms(c);
      readableClose(c.stream);
    }
  }

  function controllerError(c, error) {
    if (c.stream.state !== "readable") return;
    resetQueue(c);
    clearReadableAlgorithms(c);
    readableError(c.stream, error);
  }

  function readableClose(r) {
    r.state = "closed";
    const reader = r.reader;
    if (!reader) return;
    reader.closed.resolve();
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const request of requests) request.close();
  }

  function readableError(r, error) {
    r.state = "errored";
    r.storedError = error;
    const reader = r.reader;
    if (!reader) return;
    reader.closed.reject(error);
    handled(reader.closed.promise);
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const request of requests) request.error(error);
  }

  function readableCancel(r, reason) {
    r.disturbed = true;
    if (r.state === "closed") return resolved();
    if (r.state === "errored") return rejected(r.storedError);
    readableClose(r);
    const c = r.controller;
    resetQueue(c);
    const result = c.cancel(reason);
    clearReadableAlgorithms(c);
    return result.then(noop);
  }

  // ---- Readers ----
  function acquireReader(r) {
    if (isLocked(r)) throw new TypeError("The stream is locked to a reader");
    const reader = { kind: "ReadableStreamDefaultReader", stream: r, readRequests: [] };
    r.reader = reader;
    if (r.state === "readable") reader.closed = deferred();
    else if (r.state === "closed") {
      reader.closed = deferred();
      reader.closed.resolve();
    } else reader.closed = settledRejected(r.storedError);
    return reader;
  }

  function readerRead(reader, request) {
    const r = reader.stream;
    r.disturbed = true;
    if (r.state === "closed") request.close();
    else if (r.state === "errored") request.error(r.storedError);
    else {
      const c = r.controller;
      if (c.queue.length > 0) {
        const chunk = dequeue(c);
        if (c.closeRequested && c.queue.length === 0) {
          clearReadableAlgorithms(c);
          readableClose(r);
        } else callPullIfNeeded(c);
        request.chunk(chunk);
      } else {
        reader.readRequests.push(request);
        callPullIfNeeded(c);
      }
    }
  }

  // A read as a promise of {value, done}.
  function readResult(reader) {
    const d = deferred();
    readerRead(reader, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: d.reject,
    });
    return d.promise;
  }

  function readerRelease(reader) {
    const r = reader.stream;
    const error = new TypeError("The reader's lock was released");
    if (r.state === "readable") {
      reader.closed.reject(error);
      handled(reader.closed.promise);
    } else reader.closed = settledRejected(error);
    r.reader = undefined;
    reader.stream = undefined;
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const request of requests) request.error(error);
  }

  class ReadableStreamDefaultReader {
    constructor(stream) {
      this[$] = acquireReader(internals(stream, "ReadableStream"));
      this[$].facade = this;
    }
    get closed() {
      return internals(this, "ReadableStreamDefaultReader").closed.promise;
    }
    read() {
      const reader = internals(this, "ReadableStreamDefaultReader");
      if (!reader.stream) return rejected(new TypeError("The reader has no stream"));
      return readResult(reader);
    }
    cancel(reason) {
      const reader = internals(this, "ReadableStreamDefaultReader");
      if (!reader.stream) return rejected(new TypeError("The reader has no stream"));
      return readableCancel(reader.stream, reason);
    }
    releaseLock() {
      const reader = internals(this, "ReadableStreamDefaultReader");
      if (reader.stream) readerRelease(reader);
    }
  }

  class ReadableStreamDefaultController {
    constructor() {
      throw new TypeError("Illegal constructor");
    }
    get desiredSize() {
      return desiredSize(internals(this, "ReadableStreamDefaultController"));
    }
    enqueue(chunk) {
      controllerEnqueue(internals(this, "ReadableStreamDefaultController"), chunk);
    }
    close() {
      controllerClose(internals(this, "ReadableStreamDefaultController"));
    }
    error(error) {
      controllerError(internals(this, "ReadableStreamDefaultController"), error);
    }
  }

  // ---- Async iteration: the Web IDL async iterator over a reader ----
  const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype,
  );
  const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
    next: {
      value() {
        const it = this[$];
        const steps = () => {
          if (it.finished) return resolved({ value: undefined, done: true });
          const d = deferred();
          readerRead(it.reader, {
            chunk: (value) => d.resolve({ value, done: false }),
            close: () => {
              readerRelease(it.reader);
              d.resolve({ value: undefined, done: true });
            },
            error: (error) => {
              readerRelease(it.reader);
              d.reject(error);
            },
          });
          return d.promise.then(
            (result) => {
              it.ongoing = undefined;
              if (result.done) it.finished = true;
              return result;
            },
            (error) => {
              it.ongoing = undefined;
              it.finished = true;
              throw error;
            },
          );
        };
        it.ongoing = it.ongoing ? it.ongoing.then(steps, steps) : steps();
        return it.ongoing;
      },
      writable: true,
      configurable: true,
    },
    return: {
      value(value) {
        const it = this[$];
        const steps = () => {
          if (it.finished) return resolved({ value, done: true });
          it.finished = true;
          const reader = it.reader;
          if (!reader.stream) return resolved({ value, done: true });
          if (!it.preventCancel) {
            const result = readableCancel(reader.stream, value);
            readerRelease(reader);
            return result.then(() => ({ value, done: true }));
          }
          readerRelease(reader);
          return resolved({ value, done: true });
        };
        it.ongoing = it.ongoing ? it.ongoing.then(steps, steps) : steps();
        return it.ongoing;
      },
      writable: true,
      configurable: true,
    },
    [Symbol.toStringTag]: { value: "ReadableStream AsyncIterator", configurable: true },
  });

  // ---- tee ----
  function tee(r) {
    const reader = acquireReader(r);
    let reading = false;
    let readAgain = false;
    let canceled1 = false;
    let canceled2 = false;
    let reason1;
    let reason2;
    let branch1;
    let branch2;
    const cancelled = deferred();
    function pull() {
      if (reading) {
        readAgain = true;
        return resolved();
      }
      reading = true;
      readerRead(reader, {
        // A microtask later, as the standard says, so a read error wins over a chunk.
        chunk: (chunk) =>
          queueMicrotask(() => {
            readAgain = false;
            if (!canceled1) controllerEnqueue(branch1.controller, chunk);
            if (!canceled2) controllerEnqueue(branch2.controller, chunk);
            reading = false;
            if (readAgain) pull();
          }),
        close: () => {
          reading = false;
          if (!canceled1) controllerClose(branch1.controller);
          if (!canceled2) controllerClose(branch2.controller);
          if (!canceled1 || !canceled2) cancelled.resolve();
        },
        error: () => {
          reading = false;
        },
      });
      return resolved();
    }
    const cancel = (which) => (reason) => {
      if (which === 1) {
        canceled1 = true;
        reason1 = reason;
      } else {
        canceled2 = true;
        reason2 = reason;
      }
      if (canceled1 && canceled2) cancelled.resolve(readableCancel(r, [reason1, reason2]));
      return cancelled.promise;
    };
    branch1 = createReadable(noop, pull, cancel(1));
    branch2 = createReadable(noop, pull, cancel(2));
    reader.closed.promise.then(noop, (error) => {
      controllerError(branch1.controller, error);
      controllerError(branch2.controller, error);
      if (!canceled1 || !canceled2) cancelled.resolve();
    });
    return [branch1.facade, branch2.facade];
  }

  // ---- pipeTo ----
  function pipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
    const reader = acquireReader(source);
    const writer = acquireWriter(dest);
    source.disturbed = true;
    let shuttingDown = false;
    let currentWrite = resolved();
    const result = deferred();

    // One chunk: wait for the destination to be ready, read, and start writing it.
    function step() {
      if (shuttingDown) return resolved(true);
      return writer.ready.promise.then(() => {
        if (shuttingDown) return true;
        const d = deferred();
        readerRead(reader, {
          chunk: (chunk) => {
            currentWrite = writerWrite(writer, chunk).then(noop, noop);
            d.resolve(false);
          },
          close: () => d.resolve(true),
          error: d.reject,
        });
        return d.promise;
      });
    }
    function loop() {
      step().then((done) => (done ? undefined : loop()), noop);
    }

    function waitForWrites() {
      const old = currentWrite;
      return currentWrite.then(() => (old !== currentWrite ? waitForWrites() : undefined));
    }
    const destStillWritable = () => dest.state === "writable" && !closeQueuedOrInFlight(dest);
    function finalize(isError, error) {
      writerRelease(writer);
      if (reader.stream) readerRelease(reader);
      if (signal && abortListener) signal.removeEventListener?.("abort", abortListener);
      if (isError) result.reject(error);
      else result.resolve();
    }
    function shutdownWithAction(action, isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      const rest = () =>
        action().then(
          () => finalize(isError, error),
          (newError) => finalize(true, newError),
        );
      if (destStillWritable()) waitForWrites().then(rest);
      else rest();
    }
    function shutdown(isError, error) {
      if (shuttingDown) return;
      shuttingDown = true;
      if (destStillWritable()) waitForWrites().then(() => finalize(isError, error));
      else finalize(isError, error);
    }

    let abortListener;
    if (signal) {
      const abort = () => {
        const error =
          signal.reason ??
          Object.assign(new Error("The operation was aborted"), { name: "AbortError" });
        const actions = [];
        if (!preventAbort) {
          actions.push(() => (dest.state === "writable" ? writableAbort(dest, error) : resolved()));
        }
        if (!preventCancel) {
          actions.push(() =>
            source.state === "readable" ? readableCancel(source, error) : resolved(),
          );
        }
        shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
      };
      if (signal.aborted) {
        abort();
        return result.promise;
      }
      abortListener = abort;
      signal.addEventListener?.("abort", abort);
    }

    // Errors and closing propagate forward (source to destination) and backward.
    const sourceErrored = (error) => {
      if (!preventAbort) shutdownWithAction(() => writableAbort(dest, error), true, error);
      else shutdown(true, error);
    };
    if (source.state === "errored") sourceErrored(source.storedError);
    else reader.closed.promise.then(noop, sourceErrored);

    const destErrored = (error) => {
      if (!preventCancel) shutdownWithAction(() => readableCancel(source, error), true, error);
      else shutdown(true, error);
    };
    if (dest.state === "errored") destErrored(dest.storedError);
    else writer.closed.promise.then(noop, destErrored);

    const sourceClosed = () => {
      if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
      else shutdown();
    };
    if (source.state === "closed") sourceClosed();
    else reader.closed.promise.then(sourceClosed, noop);

    if (closeQueuedOrInFlight(dest) || dest.state === "closed") {
      const error = new TypeError("The destination stream is closed");
      if (!preventCancel) shutdownWithAction(() => readableCancel(source, error), true, error);
      else shutdown(true, error);
    }

    loop();
    return result.promise;
  }

  function readableFromIterable(iterable) {
    let iterator;
    const asyncMethod = iterable?.[Symbol.asyncIterator];
    if (asyncMethod != null) iterator = asyncMethod.call(iterable);
    else {
      const syncMethod = iterable?.[Symbol.iterator];
      if (typeof syncMethod !== "function") throw new TypeError("The argument is not iterable");
      const sync = syncMethod.call(iterable);
      // As CreateAsyncFromSyncIterator: each value awaited.
      iterator = {
        next: () => {
          const step = sync.next();
          return Promise.resolve(step.value).then((value) => ({ value, done: Boolean(step.done) }));
        },
        return: (reason) => {
          if (typeof sync.return !== "function") return resolved({ done: true });
          const step = sync.return(reason);
          return Promise.resolve(step.value).then((value) => ({ value, done: Boolean(step.done) }));
        },
      };
    }
    if (typeof iterator !== "object" || iterator === null) {
      throw new TypeError("The iterator is not an object");
    }
    const next = iterator.next;
    let stream;
    const pull = () => {
      let step;
      try {
        step = next.call(iterator);
      } catch (error) {
        return rejected(error);
      }
      return resolved(step).then((result) => {
        if (typeof result !== "object" || result === null) {
          throw new TypeError("The iterator result is not an object");
        }
        if (result.done) controllerClose(stream.controller);
        else controllerEnqueue(stream.controller, result.value);
      });
    };
    const cancel = (reason) => {
      let returned;
      try {
        const ret = iterator.return;
        if (ret == null) return resolved();
        returned = ret.call(iterator, reason);
      } catch (error) {
        return rejected(error);
      }
      return resolved(returned).then((result) => {
        if (typeof result !== "object" || result === null) {
          throw new TypeError("The iterator's return() result is not an object");
        }
      });
    };
    stream = createReadable(noop, pull, cancel, 0);
    return stream.facade;
  }

  class ReadableStream {
    constructor(underlyingSource = undefined, strategy = {}) {
      const source = underlyingSource === null ? undefined : underlyingSource;
      if (source !== undefined && typeof source !== "object" && typeof source !== "function") {
        throw new TypeError("The underlying source must be an object");
      }
      const type = source?.type;
      if (type !== undefined && String(type) !== "bytes") {
        throw new TypeError(`Invalid type ${type}`);
      }
      const r = initReadable(this);
      const hwm = highWaterMark(strategy, type === undefined ? 1 : 0);
      const size = sizeAlgorithm(strategy);
      const pull = method(source, "pull", () => resolved());
      const cancel = method(source, "cancel", () => resolved());
      const start = source?.start;
      if (start !== undefined && typeof start !== "function") {
        throw new TypeError("start must be a function");
      }
      setUpReadableController(
        r,
        (controller) => start?.call(source, controller),
        pull,
        cancel,
        hwm,
        size,
      );
    }
    static from(iterable) {
      return readableFromIterable(iterable);
    }
    get locked() {
      return isLocked(internals(this, "ReadableStream"));
    }
    cancel(reason) {
      const r = internals(this, "ReadableStream");
      if (isLocked(r)) return rejected(new TypeError("Cannot cancel a locked stream"));
      return readableCancel(r, reason);
    }
    getReader(options = undefined) {
      const r = internals(this, "ReadableStream");
      const mode = options?.mode;
      if (mode !== undefined) {
        if (String(mode) === "byob") throw new TypeError("BYOB readers are not supported");
        throw new TypeError(`Invalid reader mode ${mode}`);
      }
      return new ReadableStreamDefaultReader(r.facade);
    }
    pipeThrough(transform, options = {}) {
      const r = internals(this, "ReadableStream");
      const writable = internals(transform?.writable, "WritableStream");
      const readable = transform?.readable;
      internals(readable, "ReadableStream");
      if (isLocked(r)) throw new TypeError("Cannot pipe a locked stream");
      if (isWritableLocked(writable)) throw new TypeError("Cannot pipe to a locked stream");
      handled(pipeTo(r, writable, pipeOptions(options)));
      return readable;
    }
    pipeTo(destination, options = {}) {
      let r;
      let w;
      try {
        r = internals(this, "ReadableStream");
        w = internals(destination, "WritableStream");
      } catch (error) {
        return rejected(error);
      }
      if (isLocked(r)) return rejected(new TypeError("Cannot pipe a locked stream"));
      if (isWritableLocked(w)) return rejected(new TypeError("Cannot pipe to a locked stream"));
      return pipeTo(r, w, pipeOptions(options));
    }
    tee() {
      return tee(internals(this, "ReadableStream"));
    }
    values(options = undefined) {
      const r = internals(this, "ReadableStream");
      const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
      iterator[$] = {
        reader: acquireReader(r),
        preventCancel: Boolean(options?.preventCancel),
        finished: false,
        ongoing: undefined,
      };
      return iterator;
    }
    [Symbol.asyncIterator](options) {
      return this.values(options);
    }
  }

  const pipeOptions = (options) => ({
    preventClose: Boolean(options?.preventClose),
    preventAbort: Boolean(options?.preventAbort),
    preventCancel: Boolean(options?.preventCancel),
    signal: options?.signal,
  });

  // ======================= WritableStream =======================

  const CLOSE = Symbol("close sentinel");

  function initWritable(stream) {
    stream[$] = {
      kind: "WritableStream",
      facade: stream,
      state: "writable",
      storedError: undefined,
      writer: undefined,
      controller: undefined,
      inFlightWriteRequest: undefined,
      closeRequest: undefined,
      inFlightCloseRequest: undefined,
      pendingAbortRequest: undefined,
      writeRequests: [],
      backpressure: false,
    };
    return stream[$];
  }

  function createWritable(start, write, close, abort, hwm = 1, size = () => 1) {
    const stream = Object.create(WritableStream.prototype);
    const w = initWritable(stream);
    setUpWritableController(w, start, write, close, abort, hwm, size);
    return w;
  }

  function setUpWritableController(w, start, write, close, abort, hwm, size) {
    const c = {
      kind: "WritableStreamDefaultController",
      stream: w,
      queue: [],
      queueTotalSize: 0,
      started: false,
      hwm,
      size,
      write,
      close,
      abort,
    };
    c.facade = Object.create(WritableStreamDefaultController.prototype);
    c.facade[$] = c;
    w.controller = c;
    updateBackpressure(w, writableBackpressure(c));
    resolved(start(c.facade)).then(
      () => {
        c.started = true;
        advanceQueueIfNeeded(c);
      },
      (error) => {
        c.started = true;
        dealWithRejection(w, error);
      },
    );
  }

  const isWritableLocked = (w) => w.writer !== undefined;
  const closeQueuedOrInFlight = (w) =>
    w.closeRequest !== undefined || w.inFlightCloseRequest !== undefined;
  const operationInFlight = (w) =>
    w.inFlightWriteRequest !== undefined || w.inFlightCloseRequest !== undefined;
  const writableDesiredSize = (c) => c.hwm - c.queueTotalSize;
  const writableBackpressure = (c) => writableDesiredSize(c) <= 0;

  function clearWritableAlgorithms(c) {
    c.write = () => resolved();
    c.close = () => resolved();
    c.abort = () => resolved();
    c.size = () => 1;
  }

  function writableAbort(w, reason) {
    if (w.state === "closed" || w.state === "errored") return resolved();
    if (w.pendingAbortRequest) return w.pendingAbortRequest.promise;
    const wasAlreadyErroring = w.state === "erroring";
    const d = deferred();
    w.pendingAbortRequest = {
      promise: d.promise,
      resolve: d.resolve,
      reject: d.reject,
      reason: wasAlreadyErroring ? undefined : reason,
      wasAlreadyErroring,
    };
    if (!wasAlreadyErroring) startErroring(w, reason);
    return d.promise;
  }

  function writableClose(w) {
    if (w.state === "closed" || w.state === "errored") {
      return rejected(new TypeError("The stream is closed or errored"));
    }
    const d = deferred();
    w.closeRequest = d;
    if (w.writer && w.backpressure && w.state === "writable") w.writer.ready.resolve();
    enqueueWithSize(w.controller, CLOSE, 0);
    advanceQueueIfNeeded(w.controller);
    return d.promise;
  }

  function dealWithRejection(w, error) {
    if (w.state === "writable") startErroring(w, error);
    else finishErroring(w);
  }

  function startErroring(w, reason) {
    w.state = "erroring";
    w.storedError = reason;
    if (w.writer) writerEnsureReadyRejected(w.writer, reason);
    if (!operationInFlight(w) && w.controller.started) finishErroring(w);
  }

  function finishErroring(w) {
    w.state = "errored";
    resetQueue(w.controller);
    const error = w.storedError;
    for (const request of w.writeRequests) request.reject(error);
    w.writeRequests = [];
    const abort = w.pendingAbortRequest;
    if (!abort) {
      rejectCloseAndClosed(w);
      return;
    }
    w.pendingAbortRequest = undefined;
    if (abort.wasAlreadyErroring) {
      abort.reject(error);
      rejectCloseAndClosed(w);
      return;
    }
    const c = w.controller;
    const result = c.abort(abort.reason);
    clearWritableAlgorithms(c);
    result.then(
      () => {
        abort.resolve();
        rejectCloseAndClosed(w);
      },
      (reason) => {
        abort.reject(reason);
        rejectCloseAndClosed(w);
      },
    );
  }

  function rejectCloseAndClosed(w) {
    if (w.closeRequest) {
      w.closeRequest.reject(w.storedError);
      w.closeRequest = undefined;
    }
    if (w.writer) {
      w.writer.closed.reject(w.storedError);
      handled(w.writer.closed.promise);
    }
  }

  function updateBackpressure(w, backpressure) {
    if (w.writer && backpressure !== w.backpressure) {
      if (backpressure) w.writer.ready = deferred();
      else w.writer.ready.resolve();
    }
    w.backpressure = backpressure;
  }

  function writableErrorIfNeeded(c, error) {
    if (c.stream.state === "writable") {
      clearWritableAlgorithms(c);
      startErroring(c.stream, error);
    }
  }

  function advanceQueueIfNeeded(c) {
    const w = c.stream;
    if (!c.started || w.inFlightWriteRequest) return;
    if (w.state === "erroring") {
      finishErroring(w);
      return;
    }
    if (c.queue.length === 0) return;
    if (c.queue[0].value === CLOSE) processClose(c);
    else processWrite(c, c.queue[0].value);
  }

  function processClose(c) {
    const w = c.stream;
    w.inFlightCloseRequest = w.closeRequest;
    w.closeRequest = undefined;
    dequeue(c);
    const result = c.close();
    clearWritableAlgorithms(c);
    result.then(
      () => {
        w.inFlightCloseRequest.resolve();
        w.inFlightCloseRequest = undefined;
        if (w.state === "erroring") {
          w.storedError = undefined;
          if (w.pendingAbortRequest) {
            w.pendingAbortRequest.resolve();
            w.pendingAbortRequest = undefined;
          }
        }
        w.state = "closed";
        if (w.writer) w.writer.closed.resolve();
      },
      (error) => {
        w.inFlightCloseRequest.reject(error);
        w.inFlightCloseRequest = undefined;
        if (w.pendingAbortRequest) {
          w.pendingAbortRequest.reject(error);
          w.pendingAbortRequest = undefined;
        }
        dealWithRejection(w, error);
      },
    );
  }

  function processWrite(c, chunk) {
    const w = c.stream;
    w.inFlightWriteRequest = w.writeRequests.shift();
    c.write(chunk, c.facade).then(
      () => {
        w.inFlightWriteRequest.resolve();
        w.inFlightWriteRequest = undefined;
        dequeue(c);
        if (!closeQueuedOrInFlight(w) && w.state === "writable") {
          updateBackpressure(w, writableBackpressure(c));
        }
        advanceQueueIfNeeded(c);
      },
      (error) => {
        if (w.state === "writable") clearWritableAlgorithms(c);
        w.inFlightWriteRequest.reject(error);
        w.inFlightWriteRequest = undefined;
        dealWithRejection(w, error);
      },
    );
  }

  // ---- Writers ----
  function acquireWriter(w) {
    if (isWritableLocked(w)) throw new TypeError("The stream is locked to a writer");
    const writer = { kind: "WritableStreamDefaultWriter", stream: w };
    w.writer = writer;
    const { state } = w;
    const resolvedDeferred = () => {
      const d = deferred();
      d.resolve();
      return d;
    };
    if (state === "writable") {
      writer.ready = !closeQueuedOrInFlight(w) && w.backpressure ? deferred() : resolvedDeferred();
      writer.closed = deferred();
    } else if (state === "erroring") {
      writer.ready = settledRejected(w.storedError);
      writer.closed = deferred();
    } else if (state === "closed") {
      writer.ready = resolvedDeferred();
      writer.closed = resolvedDeferred();
    } else {
      writer.ready = settledRejected(w.storedError);
      writer.closed = settledRejected(w.storedError);
    }
    return writer;
  }

  // A settled promise cannot be rejected again: a fresh rejected one takes its place.
  function writerEnsureReadyRejected(writer, error) {
    if (writer.ready.settled) writer.ready = settledRejected(error);
    else {
      writer.ready.reject(error);
      handled(writer.ready.promise);
    }
  }
  function writerEnsureClosedRejected(writer, error) {
    if (writer.closed.settled) writer.closed = settledRejected(error);
    else {
      writer.closed.reject(error);
      handled(writer.closed.promise);
    }
  }

  function writerWrite(writer, chunk) {
    const w = writer.stream;
    const c = w.controller;
    let size;
    try {
      size = c.size(chunk);
    } catch (error) {
      writableErrorIfNeeded(c, error);
      size = 1;
    }
    if (w !== writer.stream) return rejected(new TypeError("The writer's lock was released"));
    if (w.state === "errored") return rejected(w.storedError);
    if (closeQueuedOrInFlight(w) || w.state === "closed") {
      return rejected(new TypeError("The stream is closing or closed"));
    }
    if (w.state === "erroring") return rejected(w.storedError);
    const d = deferred();
    w.writeRequests.push(d);
    try {
      enqueueWithSize(c, chunk, size);
    } catch (error) {
      writableErrorIfNeeded(c, error);
      return d.promise;
    }
    if (!closeQueuedOrInFlight(w) && w.state === "writable") {
      updateBackpressure(w, writableBackpressure(c));
    }
    advanceQueueIfNeeded(c);
    return d.promise;
  }

  function writerCloseWithErrorPropagation(writer) {
    const w = writer.stream;
    if (closeQueuedOrInFlight(w) || w.state === "closed") return resolved();
    if (w.state === "errored") return rejected(w.storedError);
    return writableClose(w);
  }

  function writerRelease(writer) {
    const error = new TypeError("The writer's lock was released");
    writerEnsureReadyRejected(writer, error);
    writerEnsureClosedRejected(writer, error);
    writer.stream.writer = undefined;
    writer.stream = undefined;
  }

  class WritableStreamDefaultWriter {
    constructor(stream) {
      this[$] = acquireWriter(internals(stream, "WritableStream"));
      this[$].facade = this;
    }
    get closed() {
      return internals(this, "WritableStreamDefaultWriter").closed.promise;
    }
    get ready() {
      return internals(this, "WritableStreamDefaultWriter").ready.promise;
    }
    get desiredSize() {
      const writer = internals(this, "WritableStreamDefaultWriter");
      const w = writer.stream;
      if (!w) throw new TypeError("The writer has no stream");
      if (w.state === "errored" || w.state === "erroring") return null;
      if (w.state === "closed") return 0;
      return writableDesiredSize(w.controller);
    }
    write(chunk) {
      const writer = internals(this, "WritableStreamDefaultWriter");
      if (!writer.stream) return rejected(new TypeError("The writer has no stream"));
      return writerWrite(writer, chunk);
    }
    close() {
      const writer = internals(this, "WritableStreamDefaultWriter");
      const w = writer.stream;
      if (!w) return rejected(new TypeError("The writer has no stream"));
      if (closeQueuedOrInFlight(w)) return rejected(new TypeError("The stream is closing"));
      return writableClose(w);
    }
    abort(reason) {
      const writer = internals(this, "WritableStreamDefaultWriter");
      if (!writer.stream) return rejected(new TypeError("The writer has no stream"));
      return writableAbort(writer.stream, reason);
    }
    releaseLock() {
      const writer = internals(this, "WritableStreamDefaultWriter");
      if (writer.stream) writerRelease(writer);
    }
  }

  class WritableStreamDefaultController {
    constructor() {
      throw new TypeError("Illegal constructor");
    }
    get signal() {
      return undefined;
    }
    error(error) {
      const c = internals(this, "WritableStreamDefaultController");
      if (c.stream.state !== "writable") return;
      clearWritableAlgorithms(c);
      startErroring(c.stream, error);
    }
  }

  class WritableStream {
    constructor(underlyingSink = undefined, strategy = {}) {
      const sink = underlyingSink === null ? undefined : underlyingSink;
      if (sink?.type !== undefined) throw new RangeError("Invalid type");
      const w = initWritable(this);
      const hwm = highWaterMark(strategy, 1);
      const size = sizeAlgorithm(strategy);
      const write = method(sink, "write", () => resolved());
      const close = method(sink, "close", () => resolved());
      const abort = method(sink, "abort", () => resolved());
      const start = sink?.start;
      if (start !== undefined && typeof start !== "function") {
        throw new TypeError("start must be a function");
      }
      setUpWritableController(
        w,
        (controller) => start?.call(sink, controller),
        write,
        close,
        abort,
        hwm,
        size,
      );
    }
    get locked() {
      return isWritableLocked(internals(this, "WritableStream"));
    }
    abort(reason) {
      const w = internals(this, "WritableStream");
      if (isWritableLocked(w)) return rejected(new TypeError("Cannot abort a locked stream"));
      return writableAbort(w, reason);
    }
    close() {
      const w = internals(this, "WritableStream");
      if (isWritableLocked(w)) return rejected(new TypeError("Cannot close a locked stream"));
      if (closeQueuedOrInFlight(w)) return rejected(new TypeError("The stream is closing"));
      return writableClose(w);
    }
    getWriter() {
      return new WritableStreamDefaultWriter(internals(this, "WritableStream").facade);
    }
  }

  // ======================= TransformStream =======================

  function setTransformBackpressure(t, backpressure) {
    if (t.backpressureChange) t.backpressureChange.resolve();
    t.backpressureChange = deferred();
    t.backpressure = backpressure;
  }

  function transformError(t, error) {
    controllerError(t.readable.controller, error);
    errorWritableAndUnblockWrite(t, error);
  }

  function errorWritableAndUnblockWrite(t, error) {
    clearTransformAlgorithms(t.controller);
    writableErrorIfNeeded(t.writable.controller, error);
    if (t.backpressure) setTransformBackpressure(t, false);
  }

  function clearTransformAlgorithms(c) {
    c.transform = undefined;
    c.flush = undefined;
    c.cancel = undefined;
  }

  function transformEnqueue(c, chunk) {
    const t = c.stream;
    const rc = t.readable.controller;
    if (!canCloseOrEnqueue(rc)) throw new TypeError("The readable side is closed or errored");
    try {
      controllerEnqueue(rc, chunk);
    } catch (error) {
      errorWritableAndUnblockWrite(t, error);
      throw t.readable.storedError;
    }
    if (!shouldCallPull(rc) !== t.backpressure) setTransformBackpressure(t, true);
  }

  function performTransform(c, chunk) {
    return c.transform(chunk).then(undefined, (error) => {
      transformError(c.stream, error);
      throw error;
    });
  }

  // The writable side's sink and the readable side's source of a transform stream.
  function sinkWrite(t, chunk) {
    const c = t.controller;
    if (!t.backpressure) return performTransform(c, chunk);
    return t.backpressureChange.promise.then(() => {
      if (t.writable.state === "erroring") throw t.writable.storedError;
      return performTransform(c, chunk);
    });
  }

  function finishing(t, start, onDone, onFail) {
    const c = t.controller;
    if (c.finish) return c.finish.promise;
    c.finish = deferred();
    const result = start(c);
    clearTransformAlgorithms(c);
    result.then(onDone, onFail);
    return c.finish.promise;
  }

  function sinkClose(t) {
    const readable = t.readable;
    return finishing(
      t,
      (c) => c.flush(),
      () => {
        if (readable.state === "errored") t.controller.finish.reject(readable.storedError);
        else {
          if (canCloseOrEnqueue(readable.controller)) controllerClose(readable.controller);
          t.controller.finish.resolve();
        }
      },
      (error) => {
        controllerError(readable.controller, error);
        t.controller.finish.reject(error);
      },
    );
  }

  function sinkAbort(t, reason) {
    const readable = t.readable;
    return finishing(
      t,
      (c) => c.cancel(reason),
      () => {
        if (readable.state === "errored") t.controller.finish.reject(readable.storedError);
        else {
          controllerError(readable.controller, reason);
          t.controller.finish.resolve();
        }
      },
      (error) => {
        controllerError(readable.controller, error);
        t.controller.finish.reject(error);
      },
    );
  }

  function sourceCancel(t, reason) {
    const writable = t.writable;
    return finishing(
      t,
      (c) => c.cancel(reason),
      () => {
        if (writable.state === "errored") t.controller.finish.reject(writable.storedError);
        else {
          writableErrorIfNeeded(writable.controller, reason);
          if (t.backpressure) setTransformBackpressure(t, false);
          t.controller.finish.resolve();
        }
      },
      (error) => {
        writableErrorIfNeeded(writable.controller, error);
        if (t.backpressure) setTransformBackpressure(t, false);
        t.controller.finish.reject(error);
      },
    );
  }

  class TransformStreamDefaultController {
    constructor() {
      throw new TypeError("Illegal constructor");
    }
    get desiredSize() {
      const c = internals(this, "TransformStreamDefaultController");
      return desiredSize(c.stream.readable.controller);
    }
    enqueue(chunk) {
      transformEnqueue(internals(this, "TransformStreamDefaultController"), chunk);
    }
    error(reason) {
      transformError(internals(this, "TransformStreamDefaultController").stream, reason);
    }
    terminate() {
      const t = internals(this, "TransformStreamDefaultController").stream;
      if (canCloseOrEnqueue(t.readable.controller)) controllerClose(t.readable.controller);
      errorWritableAndUnblockWrite(t, new TypeError("The transform stream was terminated"));
    }
  }

  class TransformStream {
    constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
      const tf = transformer === null ? undefined : transformer;
      if (tf?.readableType !== undefined) throw new RangeError("Invalid readableType");
      if (tf?.writableType !== undefined) throw new RangeError("Invalid writableType");
      const readableHwm = highWaterMark(readableStrategy, 0);
      const readableSize = sizeAlgorithm(readableStrategy);
      const writableHwm = highWaterMark(writableStrategy, 1);
      const writableSize = sizeAlgorithm(writableStrategy);
      const started = deferred();
      const start = () => started.promise;

      const t = { kind: "TransformStream", facade: this };
      this[$] = t;
      t.writable = createWritable(
        start,
        (chunk) => sinkWrite(t, chunk),
        () => sinkClose(t),
        (reason) => sinkAbort(t, reason),
        writableHwm,
        writableSize,
      );
      t.readable = createReadable(
        start,
        () => {
          setTransformBackpressure(t, false);
          return t.backpressureChange.promise;
        },
        (reason) => sourceCancel(t, reason),
        readableHwm,
        readableSize,
      );
      t.backpressure = undefined;
      t.backpressureChange = undefined;
      setTransformBackpressure(t, true);

      const c = {
        kind: "TransformStreamDefaultController",
        stream: t,
        finish: undefined,
      };
      c.facade = Object.create(TransformStreamDefaultController.prototype);
      c.facade[$] = c;
      t.controller = c;
      const transform = method(tf, "transform", undefined);
      c.transform = transform
        ? (chunk) => transform(chunk, c.facade)
        : (chunk) => {
            try {
              transformEnqueue(c, chunk);
              return resolved();
            } catch (error) {
              return rejected(error);
            }
          };
      const flush = method(tf, "flush", () => resolved());
      c.flush = () => flush(c.facade);
      c.cancel = method(tf, "cancel", () => resolved());

      const startMethod = tf?.start;
      if (startMethod !== undefined && typeof startMethod !== "function") {
        throw new TypeError("start must be a function");
      }
      started.resolve(startMethod?.call(tf, c.facade));
    }
    get readable() {
      return internals(this, "TransformStream").readable.facade;
    }
    get writable() {
      return internals(this, "TransformStream").writable.facade;
    }
  }

  // ======================= Queuing strategies =======================

  // One size function per realm, as the standard has it (`a.size === b.size`).
  const byteLengthSize = { size: (chunk) => chunk.byteLength }.size;
  const countSize = { size: () => 1 }.size;

  function strategyInit(init, name) {
    if (init === null || typeof init !== "object" || init.highWaterMark === undefined) {
      throw new TypeError(`${name} requires a highWaterMark`);
    }
    return Number(init.highWaterMark);
  }

  class ByteLengthQueuingStrategy {
    #highWaterMark;
    constructor(init) {
      this.#highWaterMark = strategyInit(init, "ByteLengthQueuingStrategy");
    }
    get highWaterMark() {
      return this.#highWaterMark;
    }
    get size() {
      return byteLengthSize;
    }
  }

  class CountQueuingStrategy {
    #highWaterMark;
    constructor(init) {
      this.#highWaterMark = strategyInit(init, "CountQueuingStrategy");
    }
    get highWaterMark() {
      return this.#highWaterMark;
    }
    get size() {
      return countSize;
    }
  }

  // ======================= Text encoding streams =======================

  class TextEncoderStream {
    #transform;
    constructor() {
      const encoder = new TextEncoder();
      // A high surrogate ending one chunk pairs with a low one starting the next.
      let pending = "";
      this.#transform = new TransformStream({
        transform(chunk, controller) {
          let text = pending + String(chunk);
          pending = "";
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pending = text.slice(-1);
            text = text.slice(0, -1);
          }
          if (text) controller.enqueue(encoder.encode(text));
        },
        flush(controller) {
          if (pending) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      });
    }
    get encoding() {
      return "utf-8";
    }
    get readable() {
      return this.#transform.readable;
    }
    get writable() {
      return this.#transform.writable;
    }
  }

  // How many bytes at the end of `bytes` begin a UTF-8 sequence the next chunk completes.
  function incompleteTail(bytes) {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
      const b = bytes[bytes.length - back];
      if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
      const needed = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
      return needed > back ? back : 0;
    }
    return 0;
  }

  function toBytes(chunk) {
    if (chunk instanceof Uint8Array) return chunk;
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
    if (ArrayBuffer.isView(chunk)) {
      return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    throw new TypeError("The chunk must be an ArrayBuffer or an ArrayBufferView");
  }

  class TextDecoderStream {
    #transform;
    #fatal;
    #ignoreBOM;
    constructor(label = "utf-8", options = {}) {
      const decoder = new TextDecoder(label);
      this.#fatal = Boolean(options?.fatal);
      const ignoreBOM = (this.#ignoreBOM = Boolean(options?.ignoreBOM));
      let pending = new Uint8Array(0);
      let start = true;
      const decode = (bytes) => {
        let text = decoder.decode(bytes);
        if (start && text) {
          start = false;
          if (!ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        }
        return text;
      };
      this.#transform = new TransformStream({
        transform(chunk, controller) {
          const input = toBytes(chunk);
          const bytes = new Uint8Array(pending.length + input.length);
          bytes.set(pending);
          bytes.set(input, pending.length);
          const cut = bytes.length - incompleteTail(bytes);
          pending = bytes.slice(cut);
          const text = decode(bytes.subarray(0, cut));
          if (text) controller.enqueue(text);
        },
        // What is left is the start of one sequence, cut short: one U+FFFD, as the
        // Encoding standard decodes it.
        flush(controller) {
          if (pending.length > 0) controller.enqueue(decode(new Uint8Array(0)) + "\ufffd");
        },
      });
    }
    get encoding() {
      return "utf-8";
    }
    get fatal() {
      return this.#fatal;
    }
    get ignoreBOM() {
      return this.#ignoreBOM;
    }
    get readable() {
      return this.#transform.readable;
    }
    get writable() {
      return this.#transform.writable;
    }
  }

  // For fetch_api.js: whether a Response's or Request's body stream has been read from.
  Object.defineProperty(ReadableStream, Symbol.for("convexkit.isDisturbed"), {
    value: (stream) => internals(stream, "ReadableStream").disturbed,
  });

  const classes = {
    ReadableStream,
    ReadableStreamDefaultReader,
    ReadableStreamDefaultController,
    WritableStream,
    WritableStreamDefaultWriter,
    WritableStreamDefaultController,
    TransformStream,
    TransformStreamDefaultController,
    ByteLengthQueuingStrategy,
    CountQueuingStrategy,
    TextEncoderStream,
    TextDecoderStream,
  };
  for (const [name, value] of Object.entries(classes)) {
    Object.defineProperty(value.prototype, Symbol.toStringTag, {
      value: name,
      configurable: true,
    });
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
  }
})();

// The host interface the `convex` package expects (globalThis.Convex), and the globals a
// Convex function sees, over the functions the Rust host installs:
//   __convexkit_syscall(op, json) -> the result's JSON text, or undefined when it failed
//   __convexkit_failure() -> '{"message", "data"?}' of the last failed call
//   __convexkit_log(level, text)
(() => {
  const syscall = globalThis.__convexkit_syscall;
  const failure = globalThis.__convexkit_failure;
  const log = globalThis.__convexkit_log;
  delete globalThis.__convexkit_syscall;
  delete globalThis.__convexkit_failure;
  delete globalThis.__convexkit_log;

  function call(op, json) {
    const result = syscall(op, json);
    if (result != null) return result;
    const reply = JSON.parse(failure());
    const error = new Error(reply.message);
    if (reply.data != null) {
      // A ConvexError thrown across a component boundary keeps its data (serialized
      // export-form JSON), which the convex package's performAsyncSyscall turns back into
      // a ConvexError.
      error.data = JSON.parse(reply.data);
    }
    throw error;
  }

  globalThis.Convex = {
    syscall: (op, json) => call(op, json),
    // Answered at once: a settled promise, without an async function's machinery.
    asyncSyscall: (op, json) => {
      try {
        return Promise.resolve(call(op, json));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    jsSyscall: (op) => {
      throw new Error(`convexkit does not support the host call ${op} yet`);
    },
  };

  function format(value) {
    if (typeof value === "string") return value;
    if (value instanceof Error) return value.stack || String(value);
    try {
      const json = JSON.stringify(value, (_, v) => (typeof v === "bigint" ? `${v}n` : v));
      return json === undefined ? String(value) : json;
    } catch {
      return String(value);
    }
  }
  const console = {};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    console[level] = (...args) => log(level, args.map(format).join(" "));
  }
  globalThis.console = console;

  // Queries and mutations are deterministic: Math.random is seeded per call and Date stands
  // still at the call's start. The host sets both before each call. In actions the clock
  // runs (`now` is null).
  let state = 1;
  Math.random = () => {
    // xorshift32: deterministic for a seed, uniform enough for ids and sampling.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const RealDate = Date;
  let now = RealDate.now();
  class FrozenDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now ?? RealDate.now());
      else super(...args);
    }
    static now() {
      return now ?? RealDate.now();
    }
  }
  globalThis.Date = FrozenDate;
  // Deployment environment variables (none yet): `process.env.X` reads as undefined. While
  // `__convexkit_unset_env` is a Set (the auth config is evaluated), reads of unset ones are
  // noted there: the backend refuses an auth config that reads one.
  globalThis.process = {
    env: new Proxy({}, {
      get(target, name, receiver) {
        const unset = globalThis.__convexkit_unset_env;
        if (unset && typeof name === "string" && !(name in target)) unset.add(name);
        return Reflect.get(target, name, receiver);
      },
    }),
  };

  globalThis.__convexkit_begin = (seed, timestamp, frozen) => {
    state = seed >>> 0 || 1;
    now = frozen ? timestamp : null;
  };
})();

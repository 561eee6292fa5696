// The Node.js side of convexkit's "use node" runtime: one process per component instance,
// driven by the Rust host over newline-delimited JSON (requests and syscall answers on
// stdin, replies, syscalls and console output on stdout). argv: hooks file, then a JSON
// object of settings ({ root, jsx }).
import { register } from "node:module";
import { readSync, writeSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { format } from "node:util";

const [hooks, settingsJson] = process.argv.slice(2);
const settings = JSON.parse(settingsJson);
register(pathToFileURL(hooks).href, { data: settings });

// Only this script writes to stdout: whatever else writes there goes to stderr.
const out = process.stdout.fd ?? 1;
process.stdout.write = process.stderr.write.bind(process.stderr);
function send(message) {
  const line = JSON.stringify(message) + "\n";
  const bytes = Buffer.from(line);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(out, bytes, written);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
    }
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
let pending = Buffer.alloc(0);
// The next line from the host (blocking), or null at the end of input.
function readLine() {
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    const newline = pending.indexOf(10);
    if (newline >= 0) {
      const line = pending.subarray(0, newline).toString("utf8");
      pending = pending.subarray(newline + 1);
      return line;
    }
    let read;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      if (error.code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (error.code === "EOF") return null;
      throw error;
    }
    if (read === 0) return null;
    pending = Buffer.concat([pending, chunk.subarray(0, read)]);
  }
}

// A syscall answered by the host: its result's JSON text, or an Error (with a
// ConvexError's serialized data, which the convex package turns back into a ConvexError).
function call(op, json) {
  send({ type: "syscall", op, args: json });
  const line = readLine();
  if (line === null) process.exit(0);
  const reply = JSON.parse(line);
  if ("ok" in reply) return reply.ok;
  const error = new Error(reply.message);
  if (reply.data != null) error.data = JSON.parse(reply.data);
  throw error;
}

globalThis.Convex = {
  syscall: (op, json) => call(op, json),
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

for (const level of ["log", "info", "warn", "error", "debug"]) {
  console[level] = (...args) => send({ type: "log", level, text: format(...args) });
}

// An error as the host reports it: the message with the stack's frames, and a
// ConvexError's serialized data.
function failure(error) {
  if (!(error instanceof Error)) {
    return { type: "error", message: String(error), data: null };
  }
  const stack = typeof error.stack === "string" ? error.stack : "";
  const head = String(error);
  const frames = (stack.startsWith(head) ? stack.slice(head.length) : stack ? `\n${stack}` : "")
    .split("\n")
    .filter((frame) => !frame.includes(import.meta.url))
    .join("\n");
  return {
    type: "error",
    message: `${error.message}${frames}`,
    data: typeof error.data === "string" ? error.data : null,
  };
}

const namespaces = new Map();
async function namespace(module) {
  let loaded = namespaces.get(module);
  if (!loaded) {
    loaded = await import(pathToFileURL(module).href);
    namespaces.set(module, loaded);
  }
  return loaded;
}

async function exported(module, name) {
  const value = (await namespace(module))[name];
  return value !== null && (typeof value === "object" || typeof value === "function")
    ? value
    : null;
}

async function handle(request) {
  switch (request.type) {
    case "load":
      await namespace(request.module);
      return null;
    case "preload":
      // Ahead of the requests about them: their failures are for those to report.
      for (const module of request.modules) await namespace(module).catch(() => {});
      return null;
    case "info": {
      const fn = await exported(request.module, request.name);
      if (!fn) return null;
      const kind = fn.isQuery
        ? "query"
        : fn.isMutation
          ? "mutation"
          : fn.isAction
            ? "action"
            : null;
      if (!kind) return null;
      return {
        kind,
        public: fn.isPublic === true,
        args: JSON.parse(fn.exportArgs()),
        returns: JSON.parse(fn.exportReturns()),
      };
    }
    case "call": {
      const fn = await exported(request.module, request.name);
      if (!fn || typeof fn.invokeAction !== "function") {
        throw new Error(
          `${request.module} does not export a Convex action named \`${request.name}\``,
        );
      }
      return JSON.parse(await fn.invokeAction("", JSON.stringify([request.args])));
    }
    default:
      throw new Error(`unknown request ${request.type}`);
  }
}

send({ type: "ready" });
for (;;) {
  const line = readLine();
  if (line === null) break;
  let reply;
  try {
    reply = { type: "done", result: await handle(JSON.parse(line)) };
  } catch (error) {
    reply = failure(error);
  }
  send(reply);
}
process.exit(0);

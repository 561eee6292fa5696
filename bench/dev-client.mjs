// Load for bench/dev.py, run from inside a copy of tests/fixtures/dev-app (for its
// node_modules): mutation round trips over the HTTP API, sequential and concurrent, and
// the delay from a mutation to the subscription update it causes.
//   CONVEX_URL=http://127.0.0.1:PORT node bench-client.mjs N
import { ConvexClient, ConvexHttpClient } from "convex/browser";
import { anyApi } from "convex/server";
import WebSocket from "ws";

const url = process.env.CONVEX_URL;
const n = Number(process.argv[2] ?? 500);
const http = new ConvexHttpClient(url);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
};

// Warm up (module loads, first transaction).
await http.mutation(anyApi.messages.send, { author: "warmup", body: "x" });

let times = [];
let started = performance.now();
for (let i = 0; i < n; i++) {
  const t = performance.now();
  await http.mutation(anyApi.messages.send, { author: "bench", body: `m${i}` });
  times.push(performance.now() - t);
}
const sequential = { perSecond: n / ((performance.now() - started) / 1000), ...summary(times) };

const workers = 8;
started = performance.now();
await Promise.all(
  Array.from({ length: workers }, async (_, w) => {
    const client = new ConvexHttpClient(url);
    for (let i = 0; i < n / workers; i++) {
      await client.mutation(anyApi.messages.send, { author: `bench${w}`, body: `c${i}` });
    }
  }),
);
const concurrent = { perSecond: n / ((performance.now() - started) / 1000), workers };

// Subscription latency: mutation sent → update delivered to an open subscription.
const client = new ConvexClient(url, { webSocketConstructor: WebSocket });
let waiting = null;
let seen = 0;
client.onUpdate(anyApi.messages.list, { author: "bench-sub" }, (messages) => {
  seen = messages.length;
  if (waiting && seen >= waiting.count) {
    waiting.resolve(performance.now());
    waiting = null;
  }
});
while (seen === 0) {
  await http.mutation(anyApi.messages.send, { author: "bench-sub", body: "first" });
  await new Promise((resolve) => setTimeout(resolve, 50));
}
times = [];
for (let i = 0; i < Math.min(n, 200); i++) {
  const updated = new Promise((resolve) => (waiting = { count: seen + 1, resolve }));
  const t = performance.now();
  await http.mutation(anyApi.messages.send, { author: "bench-sub", body: `s${i}` });
  times.push((await updated) - t);
}
await client.close();
console.log(JSON.stringify({ sequential, concurrent, subscription: summary(times) }));

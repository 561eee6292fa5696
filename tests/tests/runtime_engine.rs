//! The engine on the real `convex` npm package: modules load (TypeScript stripped), a
//! registered function reports its validators and runs, console output reaches the host,
//! Math.random and Date are deterministic, thrown errors keep ConvexError data, and an
//! endless loop is stopped by the time limit.

use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;

use convexkit_analysis::resolve::Resolver;
use convexkit_analysis::workspace::Workspace;
use convexkit_runtime::engine::isolate::{CallError, Invocation, Isolate, Kind};
use convexkit_tests::engine::{self, Recorder};

const MODULE: &str = r#"
import { actionGeneric, queryGeneric, mutationGeneric } from "convex/server";
import { v, ConvexError } from "convex/values";
import type { GenericQueryCtx } from "convex/server";

type Greeting = { text: string };
export const hello = queryGeneric({
  args: { name: v.string() },
  returns: v.object({ text: v.string(), random: v.number(), now: v.number() }),
  handler: async (_ctx: GenericQueryCtx<any>, { name }: { name: string }) => {
    console.log("greeting", name, { n: 1 });
    const greeting: Greeting = { text: `hello ${name}` };
    return { ...greeting, random: Math.random(), now: Date.now() };
  },
});
export const fails = mutationGeneric({
  args: {},
  handler: async () => {
    throw new ConvexError({ code: 42 });
  },
});
export const web = queryGeneric({
  args: { text: v.string() },
  handler: async (_ctx: any, { text }: { text: string }) => {
    const bytes = new TextEncoder().encode(text);
    const random = crypto.getRandomValues(new Uint8Array(4));
    const original = { a: [1, { b: "c" }] };
    const copy = structuredClone(original);
    return {
      length: bytes.length,
      back: new TextDecoder().decode(bytes),
      base64: btoa("hi!"),
      decoded: atob("aGkh"),
      cloned: copy.a[1] !== original.a[1] && JSON.stringify(copy) === JSON.stringify(original),
      random: Array.from(random),
      uuid: crypto.randomUUID().length,
      urls: [
        new URL("https://User:pw@Example.com:443/a/./b/../c?x=1&y=a+b#frag"),
        new URL("../d?q", "https://example.com/a/b/c"),
        new URL("/abs", "http://localhost:3211/x/y"),
        new URL("?only", "https://example.com/p/q?old"),
      ].map((u) => [u.href, u.origin, u.host, u.pathname, u.search, u.hash]),
      params: (() => {
        const u = new URL("https://example.com/?a=1&b=2&a=3");
        u.searchParams.append("c", "x y");
        u.searchParams.delete("b");
        return [u.searchParams.getAll("a"), u.search, u.href];
      })(),
      invalid: URL.canParse("not a url"),
    };
  },
});
export const spins = mutationGeneric({ args: {}, handler: async () => { for (;;) {} } });
// In an action the clock runs (a query's or mutation's stands still).
export const waits = actionGeneric({
  args: {},
  handler: async () => {
    const start = Date.now();
    while (Date.now() - start < 20) {}
    return new Date().getTime() >= start + 20;
  },
});
"#;

fn isolate(dir: &Path, host: Rc<Recorder>) -> Isolate {
    engine::isolate(dir, host, &[("convex/greet.ts", MODULE)])
}

#[test]
fn runs_functions_of_the_real_convex_package() {
    let dir = tempfile::tempdir().unwrap();
    let host = Rc::new(Recorder::default());
    let isolate = isolate(dir.path(), host.clone());
    let module = dir.path().join("convex/greet.ts");

    let info = isolate.function_info(&module, "hello").unwrap().unwrap();
    assert_eq!(info.kind, Kind::Query);
    assert!(info.public);
    assert_eq!(
        info.args,
        json!({ "type": "object", "value": { "name": { "fieldType": { "type": "string" }, "optional": false } } })
    );
    assert_eq!(info.returns["type"], "object");

    let args = json!({ "name": "ada" });
    let call = |seed| {
        isolate
            .call(&Invocation {
                module: &module,
                name: "hello",
                kind: Kind::Query,
                args: &args,
                seed,
                now_ms: 1_700_000_000_000.0,
                limit: Duration::from_secs(5),
            })
            .unwrap()
    };
    let first = call(7);
    assert_eq!(first["text"], "hello ada");
    assert_eq!(first["now"], 1_700_000_000_000.0);
    assert_eq!(call(7)["random"], first["random"], "one seed, one sequence");
    assert_ne!(call(8)["random"], first["random"]);
    assert_eq!(
        host.logs.borrow()[0],
        ("log".to_string(), "greeting ada {\"n\":1}".to_string())
    );
}

#[test]
fn errors_keep_convex_error_data_and_endless_loops_stop() {
    let dir = tempfile::tempdir().unwrap();
    let isolate = isolate(dir.path(), Rc::new(Recorder::default()));
    let module = dir.path().join("convex/greet.ts");
    let no_args = json!({});
    let mutation = |name, limit| Invocation {
        module: &module,
        name,
        kind: Kind::Mutation,
        args: &no_args,
        seed: 1,
        now_ms: 0.0,
        limit,
    };
    let error = isolate
        .call(&mutation("fails", Duration::from_secs(5)))
        .unwrap_err();
    match error {
        CallError::Thrown { data, .. } => {
            assert_eq!(data.as_deref(), Some("{\"code\":42}"));
        }
        other => panic!("expected a thrown ConvexError, got {other:?}"),
    }
    let waited = isolate.call(&Invocation {
        kind: Kind::Action,
        ..mutation("waits", Duration::from_secs(5))
    });
    assert_eq!(waited, Ok(json!(true)), "time passes in an action");
    let stopped = isolate
        .call(&mutation("spins", Duration::from_millis(200)))
        .unwrap_err();
    assert_eq!(stopped, CallError::TimedOut(Duration::from_millis(200)));
    // The isolate stays usable after an interrupted call.
    assert!(isolate.function_info(&module, "hello").unwrap().is_some());
}

#[test]
fn web_apis_the_packages_need() {
    let dir = tempfile::tempdir().unwrap();
    let isolate = isolate(dir.path(), Rc::new(Recorder::default()));
    let module = dir.path().join("convex/greet.ts");
    let args = json!({ "text": "é😀" });
    let call = |seed| {
        isolate
            .call(&Invocation {
                module: &module,
                name: "web",
                kind: Kind::Query,
                args: &args,
                seed,
                now_ms: 0.0,
                limit: Duration::from_secs(5),
            })
            .unwrap()
    };
    let result = call(3);
    assert_eq!(result["length"], 6, "é is 2 bytes, 😀 is 4");
    assert_eq!(result["back"], "é😀");
    assert_eq!(result["base64"], "aGkh");
    assert_eq!(result["decoded"], "hi!");
    assert_eq!(result["cloned"], true);
    assert_eq!(result["uuid"], 36);
    assert_eq!(
        result["urls"],
        json!([
            [
                "https://User:pw@example.com/a/c?x=1&y=a+b#frag",
                "https://example.com",
                "example.com",
                "/a/c",
                "?x=1&y=a+b",
                "#frag"
            ],
            [
                "https://example.com/a/d?q",
                "https://example.com",
                "example.com",
                "/a/d",
                "?q",
                ""
            ],
            [
                "http://localhost:3211/abs",
                "http://localhost:3211",
                "localhost:3211",
                "/abs",
                "",
                ""
            ],
            [
                "https://example.com/p/q?only",
                "https://example.com",
                "example.com",
                "/p/q",
                "?only",
                ""
            ],
        ])
    );
    assert_eq!(
        result["params"],
        json!([
            ["1", "3"],
            "?a=1&a=3&c=x+y",
            "https://example.com/?a=1&a=3&c=x+y"
        ])
    );
    assert_eq!(result["invalid"], false);
    assert_eq!(
        call(3)["random"],
        result["random"],
        "random bytes follow the seed"
    );
}

/// Compares the native twins of `jsonToConvex`, `convexToJson` and `patchValueToJson` with
/// the package's own functions on a few thousand random values: plain data (which the twins
/// convert) and everything they leave to the package (bigints, bytes, special floats, `$`
/// fields, undefined, holes, class instances, long or non-ASCII field names, deep nesting).
const CONVERSIONS_MODULE: &str = r#"
import { queryGeneric } from "convex/server";
import * as wrapped from "VALUE_FILE";
import * as original from "VALUE_FILE?convexkit-original";
import { convexToJson as twin } from "convexkit:values";

function describe(x: any): string {
  if (x === undefined) return "undefined";
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  if (typeof x === "bigint") return `${x}n`;
  if (typeof x === "string") return JSON.stringify(x);
  if (x === null || typeof x === "boolean") return String(x);
  if (x instanceof ArrayBuffer) return `bytes(${Array.from(new Uint8Array(x)).join(",")})`;
  if (Array.isArray(x)) {
    const parts = [];
    for (let i = 0; i < x.length; i++) parts.push(i in x ? describe(x[i]) : "hole");
    return `[${parts.join(",")}]`;
  }
  if (typeof x === "object") {
    const proto = Object.getPrototypeOf(x);
    const tag = proto === Object.prototype ? "" : proto === null ? "null-proto" : proto.constructor?.name;
    return `${tag}{${Object.keys(x).map((k) => `${JSON.stringify(k)}:${describe(x[k])}`).join(",")}}`;
  }
  return typeof x;
}

function outcome(convert: () => unknown): string {
  try {
    return `ok ${describe(convert())}`;
  } catch (e: any) {
    return `throws ${e?.message ?? e}`;
  }
}

const pick = <T,>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
class Point { x = 1; }
const NAMES = ["a", "b", "_id", "Zed", "10", "2", "name with space", "$bytes", "$integer",
  "$float", "$commitTs", "$undefined", "é", "tab\t", "x".repeat(1025), "y".repeat(1024)];

function leaf(): any {
  return pick<() => any>([
    () => null, () => true, () => false, () => Math.floor(Math.random() * 2000) - 1000,
    () => Math.random() * 1e6, () => -0, () => NaN, () => Infinity, () => -Infinity,
    () => "text", () => "", () => "ü😀", () => BigInt(Math.floor(Math.random() * 1e9)),
    () => new Uint8Array([1, 2, 3]).buffer, () => undefined, () => new Date(0),
    () => new Set([1]), () => new Map([[1, 2]]), () => new Point(), () => Object.create(null),
    () => wrapped.commitTsPlaceholder, () => ({ $bytes: "AQID" }),
    () => ({ $integer: "AQAAAAAAAAA=" }), () => ({ $float: "AAAAAAAA+H8=" }),
    () => ({ $commitTs: null }), () => ({ $set: [] }), () => ({ $undefined: null }),
  ])();
}

function plain(depth: number): any {
  if (depth <= 0 || Math.random() < 0.3) {
    return pick<() => any>([() => null, () => true, () => 42, () => 0.5, () => "s", () => -7])();
  }
  if (Math.random() < 0.4) return Array.from({ length: Math.floor(Math.random() * 4) }, () => plain(depth - 1));
  const object: any = {};
  for (let i = Math.floor(Math.random() * 5); i > 0; i--) object[pick(NAMES.slice(0, 7))] = plain(depth - 1);
  return object;
}

function value(depth: number): any {
  if (depth <= 0 || Math.random() < 0.25) return leaf();
  if (Math.random() < 0.35) {
    const array: any[] = Array.from({ length: Math.floor(Math.random() * 4) }, () => value(depth - 1));
    if (Math.random() < 0.1) array[array.length + 1] = 1; // a hole
    return array;
  }
  const object: any = Math.random() < 0.05 ? Object.create(null) : {};
  for (let i = Math.floor(Math.random() * 4); i > 0; i--) object[pick(NAMES)] = value(depth - 1);
  return object;
}

function nested(levels: number): any {
  let x: any = "bottom";
  for (let i = 0; i < levels; i++) x = i % 2 ? [x] : { a: x };
  return x;
}

export const compare = queryGeneric({
  args: {},
  handler: async () => {
    const mismatches: string[] = [];
    let converted = 0;
    let leftToPackage = 0;
    const check = (what: string, input: any, a: () => unknown, b: () => unknown) => {
      const [ours, theirs] = [outcome(a), outcome(b)];
      if (ours !== theirs && mismatches.length < 5) {
        mismatches.push(`${what}(${describe(input)}): ${ours} vs ${theirs}`);
      }
    };
    const inputs = [nested(63), nested(64), nested(65), nested(200)];
    for (let i = 0; i < 1500; i++) inputs.push(plain(4), value(4));
    for (const input of inputs) {
      if (twin(input, false) === undefined) leftToPackage++;
      else converted++;
      check("convexToJson", input, () => wrapped.convexToJson(input), () => original.convexToJson(input));
      check("patchValueToJson", input, () => wrapped.patchValueToJson(input), () => original.patchValueToJson(input));
      check("jsonToConvex", input, () => wrapped.jsonToConvex(input), () => original.jsonToConvex(input));
      let json: any;
      try {
        json = JSON.parse(JSON.stringify(original.convexToJson(input)));
      } catch {
        continue;
      }
      check("jsonToConvex", json, () => wrapped.jsonToConvex(json), () => original.jsonToConvex(json));
    }
    return { mismatches, converted, leftToPackage };
  },
});
"#;

#[test]
fn native_value_conversions_match_the_package() {
    let dir = tempfile::tempdir().unwrap();
    let host = Rc::new(Recorder::default());
    let isolate = isolate(dir.path(), host);
    let workspace = Workspace::new();
    let resolver = Resolver::kept(&Arc::new(workspace), dir.path());
    let module = dir.path().join("convex/conversions.ts");
    let index = resolver.resolve(&module, "convex/values").unwrap();
    let value_file = index.with_file_name("value.js");
    assert!(value_file.is_file(), "{}", value_file.display());
    std::fs::write(
        &module,
        CONVERSIONS_MODULE.replace("VALUE_FILE", &value_file.to_string_lossy()),
    )
    .unwrap();

    let no_args = json!({});
    let result = isolate
        .call(&Invocation {
            module: &module,
            name: "compare",
            kind: Kind::Query,
            args: &no_args,
            seed: 12345,
            now_ms: 0.0,
            limit: Duration::from_secs(60),
        })
        .unwrap();
    assert_eq!(result["mismatches"], json!([]), "{result:#}");
    // Both paths are exercised: values the twins convert, and values left to the package.
    assert!(result["converted"].as_u64().unwrap() > 1000, "{result}");
    assert!(result["leftToPackage"].as_u64().unwrap() > 1000, "{result}");
}

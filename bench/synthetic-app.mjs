#!/usr/bin/env node
// Generates a synthetic Convex app for the codegen benchmark (plain Node, no deps).
//
//   node bench/synthetic-app.mjs OUT_DIR [--modules N] [--tables T] [--seed S]
//
// Writes OUT_DIR/package.json and OUT_DIR/convex/ with:
//   - N modules (default 1000) spread over nested folders, each exporting 2–4
//     query/mutation/action functions (public and internal) with `args`/`returns`
//     validators built from `v.*`, importing from ./_generated/server (relative);
//     about a third also import an exported validator from another module;
//   - schema.ts with T tables (default 50), each with indexes;
//   - convex.config.ts installing 10 published component instances
//     (@convex-dev/aggregate ×4 under different names + 6 other packages).
// OUT_DIR/node_modules is NOT created: the caller symlinks an installed one.
// Output is deterministic for a given seed. Prints the module paths count on stdout.
import fs from "node:fs";
import path from "node:path";

const argv = process.argv.slice(2);
if (argv.length < 1 || argv[0] === "-h" || argv[0] === "--help") {
  console.error("usage: synthetic-app.mjs OUT_DIR [--modules N] [--tables T] [--seed S]");
  process.exit(2);
}
const outDir = path.resolve(argv[0]);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const MODULES = opt("--modules", 1000);
const TABLES = opt("--tables", 50);
let seed = opt("--seed", 42) >>> 0 || 1;

// --- deterministic PRNG (mulberry32) -------------------------------------------
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

// --- vocabulary --------------------------------------------------------------------
const NOUNS = [
  "user", "account", "team", "project", "task", "comment", "invoice", "payment",
  "order", "product", "review", "message", "channel", "thread", "file", "photo",
  "album", "event", "ticket", "report", "session", "device", "note", "tag",
  "webhook", "subscription", "plan", "coupon", "shipment", "address", "contact",
  "lead", "campaign", "survey", "answer", "question", "course", "lesson",
  "badge", "score", "match", "player", "league", "venue", "booking", "room",
  "asset", "job", "log", "alert", "metric", "dashboard", "widget", "setting",
];
const VERBS_Q = ["get", "list", "search", "count", "find", "lookup", "summarize", "page"];
const VERBS_M = ["create", "update", "remove", "archive", "restore", "assign", "rename", "toggle"];
const VERBS_A = ["sync", "import", "export", "notify", "refresh", "process", "send", "fetch"];
const FIELDS = [
  "name", "title", "body", "status", "email", "createdBy", "priority", "amount",
  "currency", "description", "slug", "position", "enabled", "visibility", "kind",
  "dueAt", "startedAt", "count", "rating", "locale", "timezone", "color", "url",
  "notes", "ownerId", "parentId", "externalId", "version", "labels", "metadata",
];

// --- tables --------------------------------------------------------------------
const tableNames = [];
for (let i = 0; tableNames.length < TABLES; i++) {
  const base = NOUNS[i % NOUNS.length] + "s";
  tableNames.push(i < NOUNS.length ? base : `${base}${Math.floor(i / NOUNS.length) + 1}`);
}

function scalarValidator(depth = 0) {
  const r = rand();
  if (r < 0.28) return "v.string()";
  if (r < 0.42) return "v.number()";
  if (r < 0.5) return "v.boolean()";
  if (r < 0.6) return `v.id(${JSON.stringify(pick(tableNames))})`;
  if (r < 0.64) return "v.int64()";
  if (r < 0.67) return "v.null()";
  if (r < 0.69) return "v.bytes()";
  if (r < 0.71) return "v.any()";
  if (r < 0.79) {
    const n = int(2, 5);
    const lits = [];
    const pool = ["active", "pending", "done", "draft", "archived", "failed", "low", "high", "open", "closed"];
    for (let i = 0; i < n; i++) lits.push(`v.literal(${JSON.stringify(pool[(i * 3 + int(0, 9)) % pool.length] + i)})`);
    return `v.union(${lits.join(", ")})`;
  }
  if (depth >= 2) return "v.string()";
  if (r < 0.87) return `v.array(${scalarValidator(depth + 1)})`;
  if (r < 0.92) return `v.record(v.string(), ${scalarValidator(depth + 1)})`;
  if (r < 0.96) return `v.union(${scalarValidator(depth + 1)}, v.null())`;
  return objectValidator(depth + 1, int(2, 4));
}

function fieldsLiteral(n, depth = 0, indent = "    ") {
  const used = new Set();
  const parts = [];
  for (let i = 0; i < n; i++) {
    let f = pick(FIELDS);
    while (used.has(f)) f = f + int(1, 9);
    used.add(f);
    let val = scalarValidator(depth);
    if (rand() < 0.25) val = `v.optional(${val})`;
    parts.push(`${indent}${f}: ${val},`);
  }
  return parts;
}

function objectValidator(depth, n) {
  return `v.object({ ${fieldsLiteral(n, depth, "").join(" ")} })`;
}

// --- schema.ts -------------------------------------------------------------------
const tableFields = new Map();
function schemaTs() {
  const out = [
    'import { defineSchema, defineTable } from "convex/server";',
    'import { v } from "convex/values";',
    "",
    "export default defineSchema({",
  ];
  for (const t of tableNames) {
    const n = int(4, 10);
    const lines = fieldsLiteral(n, 1, "    ");
    const names = lines.map((l) => l.trim().split(":")[0]);
    tableFields.set(t, names);
    out.push(`  ${t}: defineTable({`);
    out.push(...lines);
    out.push("  })");
    const nIdx = int(1, 3);
    for (let k = 0; k < nIdx; k++) {
      const a = names[k % names.length];
      const b = names[(k + 1) % names.length];
      const cols = k % 2 === 0 ? [a] : [a, b];
      out.push(`    .index("by_${cols.join("_")}", ${JSON.stringify(cols)})`);
    }
    if (rand() < 0.15) {
      out.splice(out.length - 1 - nIdx, 0, "    searchText: v.string(),");
      out.push('    .searchIndex("search_text", { searchField: "searchText" })');
    }
    out[out.length - 1] += ",";
  }
  out.push("});", "");
  return out.join("\n");
}

// --- module layout -----------------------------------------------------------------
// ~20 top-level areas; each has modules directly inside and in 1–2 levels of subfolders.
const AREAS = [
  "users", "billing", "projects", "messaging", "files", "events", "support",
  "analytics", "commerce", "crm", "learning", "sports", "admin", "integrations",
  "notifications", "search", "settings", "teams", "reports", "workflows",
];
const SUBS = ["core", "internal", "public", "jobs", "queries", "mutations", "v2", "legacy", "helpers", "api"];

function modulePaths(n) {
  const set = new Set();
  const list = [];
  // a handful of root-level modules
  for (const noun of NOUNS.slice(0, 12)) {
    if (list.length >= n) break;
    const p = noun + "s";
    set.add(p);
    list.push(p);
  }
  let i = 0;
  while (list.length < n) {
    const area = AREAS[i % AREAS.length];
    const depth = rand();
    let dir = area;
    if (depth > 0.35) dir += "/" + pick(SUBS);
    if (depth > 0.8) dir += "/" + pick(SUBS);
    let base = pick(NOUNS) + (rand() < 0.5 ? cap(pick(["service", "ops", "queries", "admin", "sync", "stats"])) : "");
    let p = `${dir}/${base}`;
    let k = 2;
    while (set.has(p)) p = `${dir}/${base}${k++}`;
    set.add(p);
    list.push(p);
    i++;
  }
  return list;
}

// --- one module ----------------------------------------------------------------------
const KIND_INFO = {
  query: VERBS_Q,
  internalQuery: VERBS_Q,
  mutation: VERBS_M,
  internalMutation: VERBS_M,
  action: VERBS_A,
  internalAction: VERBS_A,
};

function moduleTs(modPath, index, exportedValidators) {
  const depth = modPath.split("/").length - 1;
  const rel = depth === 0 ? "./" : "../".repeat(depth);
  const nFns = int(2, 4);
  const kinds = [];
  for (let i = 0; i < nFns; i++) {
    const r = rand();
    kinds.push(r < 0.4 ? "query" : r < 0.7 ? "mutation" : r < 0.8 ? "action" : r < 0.88 ? "internalQuery" : r < 0.96 ? "internalMutation" : "internalAction");
  }
  const imports = [...new Set(kinds)].sort();
  const lines = [
    'import { v } from "convex/values";',
    `import { ${imports.join(", ")} } from "${rel}_generated/server";`,
  ];
  // About a third import a validator exported by an earlier module.
  let shared = null;
  if (exportedValidators.length > 0 && rand() < 0.33) {
    shared = pick(exportedValidators);
    const from = path.posix.relative(path.posix.dirname(modPath), shared.module);
    const spec = from.startsWith(".") ? from : "./" + from;
    lines.push(`import { ${shared.name} } from "${spec}";`);
  }
  lines.push("");
  const table = tableNames[index % tableNames.length];
  const noun = table.replace(/s\d*$/, "");
  // Exported validator, reused by other modules (index keeps names unique).
  const vname = `${noun}Shape${index}`;
  lines.push(`export const ${vname} = ${objectValidator(0, int(2, 5))};`, "");
  exportedValidators.push({ name: vname, module: modPath });
  const localFields = fieldsLiteral(int(1, 4), 0, "  ");
  lines.push(`const ${noun}Fields = {`, ...localFields, "};", "");

  const usedNames = new Set();
  kinds.forEach((kind, i) => {
    let fname = pick(KIND_INFO[kind]) + cap(noun) + (i % 2 ? "s" : "");
    while (usedNames.has(fname)) fname += "X";
    usedNames.add(fname);
    const argLines = fieldsLiteral(int(0, 4), 0, "    ");
    if (kind.toLowerCase().includes("query") && rand() < 0.5) argLines.push(`    id: v.id(${JSON.stringify(table)}),`);
    let returns;
    const r = rand();
    if (r < 0.2) returns = "v.null()";
    else if (r < 0.35) returns = `v.id(${JSON.stringify(table)})`;
    else if (r < 0.5) returns = `v.array(${vname})`;
    else if (r < 0.6 && shared) returns = `v.union(${shared.name}, v.null())`;
    else if (r < 0.75) returns = `v.object({ ...${noun}Fields, _id: v.id(${JSON.stringify(table)}), _creationTime: v.number() })`;
    else returns = scalarValidator(0);
    const argsExpr =
      argLines.length === 0 ? "{}" : ["{", ...argLines, "  }"].join("\n");
    let handler;
    if (kind.endsWith("uery") || kind === "query") {
      handler = `  handler: async (ctx, args) => {\n    const docs = await ctx.db.query(${JSON.stringify(table)}).take(10);\n    return docs as any;\n  },`;
    } else if (kind.toLowerCase().includes("mutation")) {
      handler = `  handler: async (ctx, args) => {\n    await ctx.db.query(${JSON.stringify(table)}).first();\n    return null as any;\n  },`;
    } else {
      handler = `  handler: async (_ctx, args) => {\n    console.log(${JSON.stringify(fname)}, Object.keys(args).length);\n    return null as any;\n  },`;
    }
    lines.push(
      `export const ${fname} = ${kind}({`,
      `  args: ${argsExpr},`,
      `  returns: ${returns},`,
      handler,
      "});",
      "",
    );
  });
  return lines.join("\n");
}

// --- convex.config.ts ------------------------------------------------------------------
const CONFIG_TS = `import { defineApp } from "convex/server";
import aggregate from "@convex-dev/aggregate/convex.config";
import shardedCounter from "@convex-dev/sharded-counter/convex.config.js";
import rateLimiter from "@convex-dev/rate-limiter/convex.config";
import actionCache from "@convex-dev/action-cache/convex.config";
import migrations from "@convex-dev/migrations/convex.config";
import workflow from "@convex-dev/workflow/convex.config";
import workpool from "@convex-dev/workpool/convex.config";

const app = defineApp();
app.use(aggregate, { name: "leaderboard" });
app.use(aggregate, { name: "photoCount" });
app.use(aggregate, { name: "ordersByDay" });
app.use(aggregate, { name: "revenue" });
app.use(shardedCounter);
app.use(rateLimiter);
app.use(actionCache);
app.use(migrations);
app.use(workflow);
app.use(workpool, { name: "emailWorkpool" });

export default app;
`;

// --- write -----------------------------------------------------------------------------
const convexDir = path.join(outDir, "convex");
fs.mkdirSync(convexDir, { recursive: true });
fs.writeFileSync(
  path.join(outDir, "package.json"),
  JSON.stringify(
    {
      name: "synthetic-convex-app",
      private: true,
      type: "module",
      dependencies: {
        "@convex-dev/action-cache": "0.3.1",
        "@convex-dev/aggregate": "0.3.1",
        "@convex-dev/migrations": "0.3.6",
        "@convex-dev/rate-limiter": "0.4.0",
        "@convex-dev/sharded-counter": "0.2.1",
        "@convex-dev/workflow": "0.4.8",
        "@convex-dev/workpool": "0.4.12",
        convex: "1.48.0",
      },
    },
    null,
    2,
  ) + "\n",
);
fs.writeFileSync(
  path.join(outDir, "tsconfig.json"),
  JSON.stringify(
    {
      compilerOptions: {
        target: "ESNext", lib: ["ES2021", "dom"], module: "ESNext",
        moduleResolution: "Bundler", strict: true, skipLibCheck: true,
        allowSyntheticDefaultImports: true, isolatedModules: true, noEmit: true,
      },
      include: ["convex/**/*"],
      exclude: ["convex/_generated"],
    },
    null,
    2,
  ) + "\n",
);
fs.writeFileSync(path.join(convexDir, "schema.ts"), schemaTs());
fs.writeFileSync(path.join(convexDir, "convex.config.ts"), CONFIG_TS);

const mods = modulePaths(MODULES);
const exported = [];
mods.forEach((m, i) => {
  const file = path.join(convexDir, m + ".ts");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, moduleTs(m, i, exported));
});
console.log(mods.length);

// Module customization hooks for "use node" modules (registered by bootstrap.mjs): files
// resolve as the Convex CLI's esbuild bundle resolves them — TypeScript's extension rules
// for relative imports, Node's own resolution (the `node` conditions) for packages — and
// TypeScript, JSX and JSON load through esbuild, as in the bundle.
import { existsSync, statSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import path from "node:path";

let esbuild;
let root;
let jsx = {};
let aliases = [];

export async function initialize(data) {
  root = data.root;
  jsx = data.jsx || {};
  aliases = data.aliases || [];
}

// A tsconfig `paths` alias (`@/*` → `<dir>/src/*`), as esbuild follows them.
function aliased(specifier) {
  for (const [pattern, targets] of aliases) {
    const star = pattern.indexOf("*");
    let captured = null;
    if (star < 0) {
      if (pattern === specifier) captured = "";
    } else {
      const prefix = pattern.slice(0, star);
      const suffix = pattern.slice(star + 1);
      if (
        specifier.length >= prefix.length + suffix.length &&
        specifier.startsWith(prefix) &&
        specifier.endsWith(suffix)
      ) {
        captured = specifier.slice(prefix.length, specifier.length - suffix.length);
      }
    }
    if (captured === null) continue;
    for (const target of targets) {
      for (const candidate of candidates(target.replace("*", captured))) {
        const url = pathToFileURL(candidate);
        if (isFile(url)) return url.href;
      }
    }
  }
  return null;
}

async function loadEsbuild() {
  if (esbuild) return esbuild;
  const from = createRequire(path.join(root, "package.json"));
  let resolved;
  try {
    resolved = from.resolve("esbuild");
  } catch {
    // esbuild is a dependency of `convex`: found beside it when not hoisted.
    resolved = createRequire(from.resolve("convex/package.json")).resolve("esbuild");
  }
  esbuild = await import(pathToFileURL(resolved).href);
  esbuild = esbuild.default ?? esbuild;
  return esbuild;
}

const GENERATED = "convexkit-generated:";
const SOURCE = /\.(ts|tsx|mts|cts|jsx)$/;
// What TypeScript tries for a relative import: the file as named, `.js` standing for `.ts`,
// then the extensions, then an index file.
function candidates(specifier) {
  const stem = specifier.replace(/\.(js|jsx|mjs|cjs)$/, "");
  const swapped = {
    ".js": [".ts", ".tsx"],
    ".jsx": [".tsx"],
    ".mjs": [".mts"],
    ".cjs": [".cts"],
  }[path.extname(specifier)] ?? [];
  const extensions = [".ts", ".tsx", ".js", ".jsx", ".mts", ".mjs", ".cts", ".cjs", ".json"];
  return [
    specifier,
    ...swapped.map((ext) => stem + ext),
    ...extensions.map((ext) => specifier + ext),
    ...extensions.map((ext) => specifier + "/index" + ext),
  ];
}

function isFile(url) {
  try {
    return statSync(fileURLToPath(url)).isFile();
  } catch {
    return false;
  }
}

export async function resolve(specifier, context, next) {
  if (context.parentURL?.startsWith(GENERATED)) {
    // The `_generated/` stand-in imports `convex/server` from the project.
    context = { ...context, parentURL: new URL(context.parentURL).searchParams.get("from") };
  }
  try {
    return await next(specifier, context);
  } catch (error) {
    const parent = context.parentURL;
    if (parent?.startsWith("file:") && /^\.{1,2}(\/|$)|^\//.test(specifier)) {
      for (const candidate of candidates(specifier)) {
        const url = new URL(candidate, parent);
        if (isFile(url)) return { url: url.href, shortCircuit: true };
      }
    }
    if (parent?.startsWith("file:") && !/^\.{1,2}(\/|$)|^\//.test(specifier)) {
      const url = aliased(specifier);
      if (url) return { url, shortCircuit: true };
    }
    // A package file named without its extension in a package without `exports`
    // (`next/navigation`): esbuild finds it, as require() does.
    if (parent?.startsWith("file:") && !specifier.startsWith(".") && !specifier.includes(":")) {
      try {
        const file = createRequire(parent).resolve(specifier);
        if (path.isAbsolute(file)) return { url: pathToFileURL(file).href, shortCircuit: true };
      } catch {
        // Not found that way either: the original error says why.
      }
    }
    // Before the first codegen there is no `_generated/`: its JavaScript is the same for
    // every project, so a built-in copy stands in.
    const generated = /(^|\/)_generated\/(server|api)(\.js)?$/.exec(specifier);
    if (generated && parent) {
      return {
        url: `${GENERATED}${generated[2]}?from=${encodeURIComponent(parent)}`,
        shortCircuit: true,
      };
    }
    throw error;
  }
}

const STAND_INS = {
  server:
    'export { queryGeneric as query, internalQueryGeneric as internalQuery, mutationGeneric as mutation, internalMutationGeneric as internalMutation, actionGeneric as action, internalActionGeneric as internalAction, httpActionGeneric as httpAction } from "convex/server";\n',
  api: 'import { anyApi, componentsGeneric } from "convex/server";\nexport const api = anyApi;\nexport const internal = anyApi;\nexport const components = componentsGeneric();\n',
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(
  "__cjs __cjsRequire arguments eval await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield".split(" "),
);

// A CommonJS file an ES module imports, as Convex's esbuild bundle presents it: every own
// property of its `module.exports` can be imported by name (Node's lexer misses what UMD
// wrappers such as lodash's assign). The names come from running the file here, in the
// hooks' thread; the module itself runs once, in the functions' thread, by `require`.
// Null (Node's own handling) when the file cannot run here.
function commonjsAsBundled(file) {
  let names;
  try {
    const exports = createRequire(file)(file);
    const isObject = exports !== null && (typeof exports === "object" || typeof exports === "function");
    names = isObject ? Object.getOwnPropertyNames(exports) : [];
  } catch {
    return null;
  }
  const bindable = names.filter((name) => IDENTIFIER.test(name) && !RESERVED.has(name));
  const source =
    `import { createRequire as __cjsRequire } from "node:module";\n` +
    `const __cjs = __cjsRequire(${JSON.stringify(file)})(${JSON.stringify(file)});\n` +
    `export default __cjs;\n` +
    bindable.map((name) => `export const ${name} = __cjs[${JSON.stringify(name)}];\n`).join("");
  return { format: "module", source, shortCircuit: true };
}

export async function load(url, context, next) {
  if (url.startsWith(GENERATED)) {
    const which = new URL(url).pathname;
    return { format: "module", source: STAND_INS[which], shortCircuit: true };
  }
  if (!url.startsWith("file:")) return next(url, context);
  const file = fileURLToPath(url);
  if (file.endsWith(".json")) {
    // As esbuild bundles JSON: the value as the default export, its top-level identifier
    // keys as named exports (no `with { type: "json" }` needed).
    const value = JSON.parse(readFileSync(file, "utf8"));
    let source = `const json = ${JSON.stringify(value)};\nexport default json;\n`;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        if (IDENTIFIER.test(key) && key !== "default") {
          source += `export const ${key} = json[${JSON.stringify(key)}];\n`;
        }
      }
    }
    return { format: "module", source, shortCircuit: true };
  }
  const match = SOURCE.exec(file);
  if (!match) {
    const loaded = await next(url, context);
    return loaded.format === "commonjs" ? (commonjsAsBundled(file) ?? loaded) : loaded;
  }
  const { transform } = await loadEsbuild();
  const loader = { ts: "ts", mts: "ts", cts: "ts", tsx: "tsx", jsx: "jsx" }[match[1]];
  const result = await transform(readFileSync(file, "utf8"), {
    loader,
    format: "esm",
    target: "node18",
    sourcemap: "inline",
    sourcefile: file,
    ...(loader === "tsx" || loader === "jsx" ? jsx : {}),
  });
  return { format: "module", source: result.code, shortCircuit: true };
}

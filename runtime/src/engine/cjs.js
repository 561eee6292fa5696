// `require` for CommonJS dependencies, over the host's
//   __convexkit_require_load(from, specifier) -> [absolute path, source]
// Each file runs once; `module.exports` is cached by path, as in Node.
(() => {
  const load = globalThis.__convexkit_require_load;
  delete globalThis.__convexkit_require_load;
  const cache = new Map();
  const dirname = (path) => {
    const slash = path.lastIndexOf("/");
    return slash < 0 ? "." : path.slice(0, slash);
  };
  function run(path, source) {
    const cached = cache.get(path);
    if (cached) return cached.exports;
    const module = { exports: {}, id: path, filename: path, loaded: false };
    cache.set(path, module);
    try {
      if (path.endsWith(".json")) {
        module.exports = JSON.parse(source);
      } else {
        const body = new Function("exports", "require", "module", "__filename", "__dirname", source);
        body.call(module.exports, module.exports, requireFrom(path), module, path, dirname(path));
      }
    } catch (error) {
      // As Node: a file that threw is not cached; the next require runs it again.
      cache.delete(path);
      throw error;
    }
    module.loaded = true;
    return module.exports;
  }
  function requireFrom(from) {
    return (specifier) => {
      const [path, source] = load(from, specifier);
      return run(path, source);
    };
  }
  // The entry point of a CommonJS file an ES module imports (see commonjs.rs).
  globalThis.__convexkit_require_path = (path) => requireFrom(path)(path);
  // The names an ES module can import from the CommonJS file at `path`: as esbuild's
  // bundles (which Convex runs) read them, every own property of its `module.exports`.
  // Null when the file throws: its importer then meets the error where esbuild's would.
  globalThis.__convexkit_commonjs_names = (path) => {
    try {
      const exports = globalThis.__convexkit_require_path(path);
      const isObject = exports !== null && (typeof exports === "object" || typeof exports === "function");
      return isObject ? Object.getOwnPropertyNames(exports) : [];
    } catch {
      return null;
    }
  };
})();

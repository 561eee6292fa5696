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
    if (path.endsWith(".json")) {
      module.exports = JSON.parse(source);
    } else {
      const body = new Function("exports", "require", "module", "__filename", "__dirname", source);
      body.call(module.exports, module.exports, requireFrom(path), module, path, dirname(path));
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
})();

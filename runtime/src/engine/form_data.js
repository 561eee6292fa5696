// File and FormData, as Convex's runtime provides them beside the Fetch API's Blob
// (fetch_api.js). Packages reach for them at import time (better-call, arktype) and to
// build multipart bodies.
(() => {
  class File extends Blob {
    #name;
    #lastModified;
    constructor(bits, name, options = {}) {
      if (arguments.length < 2) {
        throw new TypeError("File requires its bits and a name");
      }
      super(bits, options);
      this.#name = String(name);
      this.#lastModified =
        options.lastModified === undefined ? Date.now() : Number(options.lastModified);
    }
    get name() {
      return this.#name;
    }
    get lastModified() {
      return this.#lastModified;
    }
  }

  // A value as FormData stores it: a string, or a File (a Blob gets the name "blob").
  function entryValue(value, filename) {
    if (value instanceof Blob) {
      if (value instanceof File && filename === undefined) return value;
      return new File([value], filename ?? (value instanceof File ? value.name : "blob"), {
        type: value.type,
      });
    }
    return String(value);
  }

  class FormData {
    #entries = [];

    constructor(form) {
      if (form !== undefined) {
        throw new TypeError("FormData from a form element is not supported");
      }
    }
    append(name, value, filename) {
      this.#entries.push([String(name), entryValue(value, filename)]);
    }
    set(name, value, filename) {
      name = String(name);
      const entry = [name, entryValue(value, filename)];
      const first = this.#entries.findIndex(([n]) => n === name);
      if (first < 0) {
        this.#entries.push(entry);
        return;
      }
      this.#entries = this.#entries.filter(([n], i) => n !== name || i === first);
      this.#entries[first] = entry;
    }
    delete(name) {
      name = String(name);
      this.#entries = this.#entries.filter(([n]) => n !== name);
    }
    get(name) {
      name = String(name);
      return this.#entries.find(([n]) => n === name)?.[1] ?? null;
    }
    getAll(name) {
      name = String(name);
      return this.#entries.filter(([n]) => n === name).map(([, v]) => v);
    }
    has(name) {
      name = String(name);
      return this.#entries.some(([n]) => n === name);
    }
    forEach(callback, thisArg) {
      for (const [name, value] of this.#entries) {
        callback.call(thisArg, value, name, this);
      }
    }
    *entries() {
      yield* this.#entries.map(([n, v]) => [n, v]);
    }
    *keys() {
      for (const [name] of this.#entries) yield name;
    }
    *values() {
      for (const [, value] of this.#entries) yield value;
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    get [Symbol.toStringTag]() {
      return "FormData";
    }
  }

  Object.assign(globalThis, { File, FormData });
})();

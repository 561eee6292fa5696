// The web APIs Convex functions (and the component packages) use that QuickJS lacks:
// TextEncoder/TextDecoder (UTF-8), atob/btoa, structuredClone, crypto.getRandomValues
// (drawn from the seeded Math.random, so queries and mutations stay deterministic), URL
// and URLSearchParams.
(() => {
  class TextEncoder {
    get encoding() {
      return "utf-8";
    }
    encode(input = "") {
      const text = String(input);
      const bytes = [];
      for (let i = 0; i < text.length; i++) {
        let code = text.codePointAt(i);
        if (code > 0xffff) i++;
        else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // lone surrogate
        if (code < 0x80) bytes.push(code);
        else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
        else if (code < 0x10000)
          bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
        else
          bytes.push(
            0xf0 | (code >> 18),
            0x80 | ((code >> 12) & 63),
            0x80 | ((code >> 6) & 63),
            0x80 | (code & 63),
          );
      }
      return new Uint8Array(bytes);
    }
  }

  class TextDecoder {
    constructor(label = "utf-8") {
      if (!/^utf-?8$/i.test(label)) throw new RangeError(`unsupported encoding ${label}`);
    }
    get encoding() {
      return "utf-8";
    }
    decode(input) {
      if (input === undefined) return "";
      const bytes =
        input instanceof Uint8Array
          ? input
          : ArrayBuffer.isView(input)
            ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
            : new Uint8Array(input);
      let out = "";
      for (let i = 0; i < bytes.length; ) {
        const b = bytes[i];
        let code = 0xfffd;
        let size = 1;
        if (b < 0x80) code = b;
        else if (b >= 0xc2 && b < 0xe0 && i + 1 < bytes.length) {
          code = ((b & 31) << 6) | (bytes[i + 1] & 63);
          size = 2;
        } else if (b >= 0xe0 && b < 0xf0 && i + 2 < bytes.length) {
          code = ((b & 15) << 12) | ((bytes[i + 1] & 63) << 6) | (bytes[i + 2] & 63);
          size = 3;
        } else if (b >= 0xf0 && b < 0xf5 && i + 3 < bytes.length) {
          code =
            ((b & 7) << 18) |
            ((bytes[i + 1] & 63) << 12) |
            ((bytes[i + 2] & 63) << 6) |
            (bytes[i + 3] & 63);
          size = 4;
        }
        out += String.fromCodePoint(code);
        i += size;
      }
      return out;
    }
  }

  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  function btoa(input) {
    const text = String(input);
    let out = "";
    for (let i = 0; i < text.length; i += 3) {
      const bytes = [0, 1, 2].map((k) => {
        const code = text.charCodeAt(i + k);
        if (code > 255) throw new Error("btoa: the string has characters outside Latin-1");
        return code;
      });
      const [a, b, c] = bytes;
      out += ALPHABET[a >> 2] + ALPHABET[((a & 3) << 4) | ((b || 0) >> 4)];
      out += i + 1 < text.length ? ALPHABET[((b & 15) << 2) | ((c || 0) >> 6)] : "=";
      out += i + 2 < text.length ? ALPHABET[c & 63] : "=";
    }
    return out;
  }
  function atob(input) {
    const text = String(input).replace(/[\s=]/g, "");
    let out = "";
    let buffer = 0;
    let bits = 0;
    for (const char of text) {
      const index = ALPHABET.indexOf(char);
      if (index < 0) throw new Error("atob: the string is not valid base64");
      buffer = (buffer << 6) | index;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 255);
      }
    }
    return out;
  }

  function structuredClone(value, seen = new Map()) {
    if (typeof value !== "object" || value === null) return value;
    if (seen.has(value)) return seen.get(value);
    if (value instanceof Date) return new Date(value.getTime());
    if (value instanceof ArrayBuffer) return value.slice(0);
    if (ArrayBuffer.isView(value)) return new value.constructor(value);
    if (value instanceof Map) {
      const copy = new Map();
      seen.set(value, copy);
      for (const [k, v] of value) copy.set(structuredClone(k, seen), structuredClone(v, seen));
      return copy;
    }
    if (value instanceof Set) {
      const copy = new Set();
      seen.set(value, copy);
      for (const v of value) copy.add(structuredClone(v, seen));
      return copy;
    }
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = structuredClone(value[key], seen);
    return copy;
  }

  const crypto = {
    getRandomValues(array) {
      for (let i = 0; i < array.length; i++) {
        array[i] = Math.floor(Math.random() * 2 ** (8 * array.BYTES_PER_ELEMENT));
      }
      return array;
    },
    randomUUID() {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      bytes[6] = (bytes[6] & 0x0f) | 0x40;
      bytes[8] = (bytes[8] & 0x3f) | 0x80;
      const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };

  // URLSearchParams and URL for http(s)-style URLs: what the packages use (routes, CORS
  // origins, query strings). Special schemes are parsed; others keep their text.
  const encodeParam = (text) =>
    encodeURIComponent(text).replace(/%20/g, "+").replace(/[!'()~]/g, (c) =>
      "%" + c.charCodeAt(0).toString(16).toUpperCase(),
    );
  const decodeParam = (text) => decodeURIComponent(text.replace(/\+/g, " "));

  class URLSearchParams {
    #entries = [];
    #onChange;
    constructor(init = "", onChange) {
      this.#onChange = onChange;
      if (typeof init === "string") {
        const text = init.startsWith("?") ? init.slice(1) : init;
        for (const pair of text.split("&")) {
          if (pair === "") continue;
          const at = pair.indexOf("=");
          const name = at < 0 ? pair : pair.slice(0, at);
          const value = at < 0 ? "" : pair.slice(at + 1);
          this.#entries.push([decodeParam(name), decodeParam(value)]);
        }
      } else if (init && typeof init[Symbol.iterator] === "function") {
        for (const [name, value] of init) this.#entries.push([String(name), String(value)]);
      } else if (init && typeof init === "object") {
        for (const name of Object.keys(init)) this.#entries.push([name, String(init[name])]);
      }
    }
    #changed() {
      if (this.#onChange) this.#onChange(this.toString());
    }
    get size() {
      return this.#entries.length;
    }
    append(name, value) {
      this.#entries.push([String(name), String(value)]);
      this.#changed();
    }
    delete(name) {
      this.#entries = this.#entries.filter(([n]) => n !== String(name));
      this.#changed();
    }
    get(name) {
      const found = this.#entries.find(([n]) => n === String(name));
      return found ? found[1] : null;
    }
    getAll(name) {
      return this.#entries.filter(([n]) => n === String(name)).map(([, v]) => v);
    }
    has(name) {
      return this.#entries.some(([n]) => n === String(name));
    }
    set(name, value) {
      const at = this.#entries.findIndex(([n]) => n === String(name));
      if (at < 0) this.#entries.push([String(name), String(value)]);
      else {
        this.#entries[at] = [String(name), String(value)];
        this.#entries = this.#entries.filter(([n], i) => i <= at || n !== String(name));
      }
      this.#changed();
    }
    sort() {
      this.#entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      this.#changed();
    }
    forEach(callback, thisArg) {
      for (const [name, value] of this.#entries) callback.call(thisArg, value, name, this);
    }
    keys() {
      return this.#entries.map(([n]) => n)[Symbol.iterator]();
    }
    values() {
      return this.#entries.map(([, v]) => v)[Symbol.iterator]();
    }
    entries() {
      return this.#entries.map((e) => [...e])[Symbol.iterator]();
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    toString() {
      return this.#entries.map(([n, v]) => `${encodeParam(n)}=${encodeParam(v)}`).join("&");
    }
  }

  const DEFAULT_PORTS = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" };
  // A search or hash as URL keeps it: "" for an empty one, else starting with its mark.
  const part = (text, mark) =>
    text === "" || text === mark ? "" : text.startsWith(mark) ? text : mark + text;
  const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(.*)$/;

  function normalizePath(path) {
    const out = [];
    const parts = path.split("/");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === "..") {
        if (out.length > 1) out.pop();
        if (i === parts.length - 1) out.push("");
      } else if (part === ".") {
        if (i === parts.length - 1) out.push("");
      } else out.push(part);
    }
    const joined = out.join("/");
    return joined.startsWith("/") ? joined : "/" + joined;
  }

  class URL {
    #protocol = "";
    #username = "";
    #password = "";
    #hostname = "";
    #port = "";
    #pathname = "/";
    #search = "";
    #hash = "";
    #params;

    constructor(input, base) {
      const text = String(input).trim();
      const match = ABSOLUTE.exec(text);
      if (match) {
        this.#parseAbsolute(match[1].toLowerCase(), match[2]);
      } else if (base !== undefined) {
        const from = base instanceof URL ? base : new URL(base);
        this.#resolve(from, text);
      } else {
        throw new TypeError(`Invalid URL: ${text}`);
      }
      this.#bindParams();
    }

    // searchParams, kept in step with search.
    #bindParams() {
      this.#params = new URLSearchParams(this.#search, (query) => {
        this.#search = query ? `?${query}` : "";
      });
    }

    // Takes the hash and search off `rest` into this URL; returns the rest and whether a
    // search was written.
    #takeSuffixes(rest) {
      const hashAt = rest.indexOf("#");
      if (hashAt >= 0) {
        this.#hash = part(rest.slice(hashAt), "#");
        rest = rest.slice(0, hashAt);
      }
      const searchAt = rest.indexOf("?");
      if (searchAt < 0) return [rest, false];
      this.#search = part(rest.slice(searchAt), "?");
      return [rest.slice(0, searchAt), true];
    }

    static canParse(input, base) {
      try {
        new URL(input, base);
        return true;
      } catch {
        return false;
      }
    }

    #parseAbsolute(protocol, text) {
      this.#protocol = protocol;
      let [rest] = this.#takeSuffixes(text);
      if (!(protocol in DEFAULT_PORTS) && protocol !== "file:") {
        this.#pathname = rest;
        return;
      }
      rest = rest.replace(/\\/g, "/");
      if (!rest.startsWith("//")) throw new TypeError(`Invalid URL: ${protocol}${rest}`);
      rest = rest.slice(2);
      const slash = rest.indexOf("/");
      const authority = slash < 0 ? rest : rest.slice(0, slash);
      this.#pathname = normalizePath(slash < 0 ? "/" : rest.slice(slash));
      const at = authority.lastIndexOf("@");
      const hostPort = at < 0 ? authority : authority.slice(at + 1);
      if (at >= 0) {
        const [user, pass = ""] = authority.slice(0, at).split(":");
        this.#username = user;
        this.#password = pass;
      }
      const colon = hostPort.lastIndexOf(":");
      const bracket = hostPort.lastIndexOf("]");
      if (colon > bracket) {
        this.#hostname = hostPort.slice(0, colon).toLowerCase();
        const port = hostPort.slice(colon + 1);
        if (port && !/^\d+$/.test(port)) throw new TypeError(`Invalid URL port: ${port}`);
        this.#port = port === DEFAULT_PORTS[protocol] ? "" : port;
      } else {
        this.#hostname = hostPort.toLowerCase();
      }
      if (!this.#hostname && protocol !== "file:") throw new TypeError("Invalid URL: no host");
    }

    #resolve(base, text) {
      this.#protocol = base.protocol;
      this.#username = base.username;
      this.#password = base.password;
      this.#hostname = base.hostname;
      this.#port = base.port;
      if (text.startsWith("//")) {
        this.#parseAbsolute(base.protocol, text);
        return;
      }
      const [rest, hasSearch] = this.#takeSuffixes(text);
      if (!hasSearch && rest === "") this.#search = base.search;
      if (rest === "") this.#pathname = base.pathname;
      else if (rest.startsWith("/")) this.#pathname = normalizePath(rest);
      else {
        const dir = base.pathname.slice(0, base.pathname.lastIndexOf("/") + 1);
        this.#pathname = normalizePath(dir + rest);
      }
    }

    get protocol() {
      return this.#protocol;
    }
    get username() {
      return this.#username;
    }
    get password() {
      return this.#password;
    }
    get hostname() {
      return this.#hostname;
    }
    get port() {
      return this.#port;
    }
    get host() {
      return this.#port ? `${this.#hostname}:${this.#port}` : this.#hostname;
    }
    get origin() {
      return this.#protocol in DEFAULT_PORTS ? `${this.#protocol}//${this.host}` : "null";
    }
    get pathname() {
      return this.#pathname;
    }
    set pathname(value) {
      this.#pathname = normalizePath(String(value));
    }
    get search() {
      return this.#search;
    }
    set search(value) {
      this.#search = part(String(value), "?");
      this.#bindParams();
    }
    get searchParams() {
      return this.#params;
    }
    get hash() {
      return this.#hash;
    }
    set hash(value) {
      this.#hash = part(String(value), "#");
    }
    get href() {
      if (!(this.#protocol in DEFAULT_PORTS) && this.#protocol !== "file:") {
        return `${this.#protocol}${this.#pathname}${this.#search}${this.#hash}`;
      }
      const credentials = this.#username
        ? `${this.#username}${this.#password ? `:${this.#password}` : ""}@`
        : "";
      return `${this.#protocol}//${credentials}${this.host}${this.#pathname}${this.#search}${this.#hash}`;
    }
    toString() {
      return this.href;
    }
    toJSON() {
      return this.href;
    }
  }

  Object.assign(globalThis, {
    TextEncoder,
    TextDecoder,
    atob,
    btoa,
    structuredClone,
    crypto,
    URL,
    URLSearchParams,
  });
})();

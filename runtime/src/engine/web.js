// The web APIs Convex functions (and the component packages) use that QuickJS lacks:
// TextEncoder/TextDecoder (UTF-8), atob/btoa, structuredClone and crypto.getRandomValues
// (drawn from the seeded Math.random, so queries and mutations stay deterministic).
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

  Object.assign(globalThis, { TextEncoder, TextDecoder, atob, btoa, structuredClone, crypto });
})();

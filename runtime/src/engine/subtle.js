// crypto.subtle (the Web Crypto API, as Convex's runtime has it): keys, digests, HMAC,
// PBKDF2/HKDF and signatures, computed by the host (subtle.rs). A key keeps its material in
// the format it was imported in, out of the package's reach.
(() => {
  const native = globalThis.__convexkit_subtle;
  delete globalThis.__convexkit_subtle;

  // Canonical algorithm names: names are matched case-insensitively and reported as these.
  const CANONICAL = Object.fromEntries(
    ["HMAC", "PBKDF2", "HKDF", "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP", "ECDSA", "ECDH",
      "Ed25519", "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW", "SHA-1", "SHA-256", "SHA-384",
      "SHA-512"].map((name) => [name.toUpperCase(), name]),
  );
  const HASH_BITS = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };

  const fail = (message, name = "OperationError") => new DOMException(message, name);

  const normalize = (algorithm) => {
    const given = typeof algorithm === "string" ? { name: algorithm } : { ...algorithm };
    if (typeof given.name !== "string") throw new TypeError("Algorithm: name is missing");
    given.name = CANONICAL[given.name.toUpperCase()] ?? given.name;
    if (given.hash !== undefined) given.hash = normalize(given.hash);
    return given;
  };

  const bytesOf = (data) => {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) {
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    }
    throw new TypeError("Expected an ArrayBuffer or a typed array");
  };

  const call = (op, params, ...buffers) => {
    try {
      return native(op, JSON.stringify(params), ...buffers);
    } catch (error) {
      throw fail(error?.message ?? String(error), /not supported/.test(error?.message)
        ? "NotSupportedError" : "DataError");
    }
  };

  const materials = new WeakMap();

  class CryptoKey {
    constructor() {
      throw new TypeError("Illegal constructor");
    }
  }

  const makeKey = (type, algorithm, extractable, usages, format, bytes) => {
    const key = Object.create(CryptoKey.prototype);
    Object.defineProperties(key, {
      type: { value: type, enumerable: true },
      algorithm: { value: algorithm, enumerable: true },
      extractable: { value: Boolean(extractable), enumerable: true },
      usages: { value: [...usages], enumerable: true },
    });
    materials.set(key, { format, bytes });
    return key;
  };

  const material = (key, usage) => {
    const found = materials.get(key);
    if (!found) throw new TypeError("Expected a CryptoKey");
    if (usage && !key.usages.includes(usage)) {
      throw fail(`The key's usages do not include "${usage}"`, "InvalidAccessError");
    }
    return found;
  };

  const base64url = (bytes) =>
    btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  // `length` bits derived (PBKDF2, HKDF) from `baseKey`, which must allow `usage`.
  const derive = (algorithm, baseKey, length, usage) => {
    algorithm = normalize(algorithm);
    const { bytes } = material(baseKey, usage);
    const salt = algorithm.salt === undefined ? new Uint8Array() : bytesOf(algorithm.salt);
    const info = algorithm.info === undefined ? new Uint8Array() : bytesOf(algorithm.info);
    const params = { name: algorithm.name, hash: algorithm.hash, iterations: algorithm.iterations };
    return call("deriveBits", { algorithm: params, length }, bytes, salt, info);
  };

  class SubtleCrypto {
    async digest(algorithm, data) {
      return call("digest", { hash: normalize(algorithm) }, bytesOf(data));
    }

    async importKey(format, keyData, algorithm, extractable, usages) {
      algorithm = normalize(algorithm);
      const bytes = format === "jwk"
        ? new TextEncoder().encode(JSON.stringify(keyData))
        : bytesOf(keyData).slice();
      const described = JSON.parse(call("importKey", { format, algorithm }, bytes));
      const imported = { ...described.algorithm, name: algorithm.name };
      if (imported.publicExponent !== undefined) {
        imported.publicExponent = Uint8Array.from(atob(imported.publicExponent), (c) =>
          c.charCodeAt(0));
      }
      return makeKey(described.type, imported, extractable, usages, format, bytes);
    }

    async exportKey(format, key) {
      const { format: kept, bytes } = material(key);
      if (!key.extractable) throw fail("The key is not extractable", "InvalidAccessError");
      if (format === kept) {
        return format === "jwk" ? JSON.parse(new TextDecoder().decode(bytes)) : bytes.slice().buffer;
      }
      if (key.type === "secret" && format === "jwk" && kept === "raw") {
        return { kty: "oct", k: base64url(bytes), key_ops: [...key.usages], ext: true };
      }
      throw fail(`Exporting a ${kept} key as ${format} is not supported by convexkit`,
        "NotSupportedError");
    }

    async sign(algorithm, key, data) {
      const { format, bytes } = material(key, "sign");
      return call("sign", { algorithm: normalize(algorithm), key: { format, algorithm: key.algorithm } },
        bytes, bytesOf(data));
    }

    async verify(algorithm, key, signature, data) {
      const { format, bytes } = material(key, "verify");
      const answer = call("verify",
        { algorithm: normalize(algorithm), key: { format, algorithm: key.algorithm } },
        bytes, bytesOf(signature), bytesOf(data));
      return new Uint8Array(answer)[0] === 1;
    }

    async deriveBits(algorithm, baseKey, length) {
      return derive(algorithm, baseKey, length, "deriveBits");
    }

    async deriveKey(algorithm, baseKey, derivedKeyType, extractable, usages) {
      const type = normalize(derivedKeyType);
      const length = type.length ?? HASH_BITS[type.hash?.name];
      if (length === undefined) throw fail("The derived key's length is unknown", "NotSupportedError");
      const bits = derive(algorithm, baseKey, length, "deriveKey");
      return this.importKey("raw", bits, type, extractable, usages);
    }

    async generateKey(algorithm, extractable, usages) {
      algorithm = normalize(algorithm);
      if (algorithm.name === "HMAC") {
        const bits = algorithm.length ?? HASH_BITS[algorithm.hash?.name];
        const secret = crypto.getRandomValues(new Uint8Array(bits / 8));
        return this.importKey("raw", secret, algorithm, extractable, usages);
      }
      if (algorithm.publicExponent !== undefined) {
        algorithm.publicExponent = btoa(String.fromCharCode(...bytesOf(algorithm.publicExponent)));
      }
      const pair = JSON.parse(call("generateKey", { algorithm }));
      const [privateKey, publicKey] = await Promise.all([
        this.importKey("jwk", pair.privateKey, algorithm, extractable,
          usages.filter((usage) => usage === "sign" || usage === "decrypt")),
        this.importKey("jwk", pair.publicKey, algorithm, true,
          usages.filter((usage) => usage === "verify" || usage === "encrypt")),
      ]);
      return { privateKey, publicKey };
    }
  }

  for (const name of ["encrypt", "decrypt", "wrapKey", "unwrapKey"]) {
    SubtleCrypto.prototype[name] = async function () {
      throw fail(`crypto.subtle.${name} is not supported by convexkit`, "NotSupportedError");
    };
  }

  globalThis.crypto.subtle = new SubtleCrypto();
  Object.assign(globalThis, { CryptoKey, SubtleCrypto });
})();

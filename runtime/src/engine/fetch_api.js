// The Fetch API as Convex functions use it: Blob, Headers, Request, Response (for HTTP
// actions and file storage) and fetch(), which the host performs for actions. Bodies are
// held whole, as bytes: requests and responses in a local dev runtime are small. A body
// given as a ReadableStream is read whole when it is consumed, and `body` is a stream.
(() => {
  const convex = globalThis.Convex;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function toBytes(part) {
    if (part instanceof Uint8Array) return part.slice();
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) {
      return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
    }
    if (part instanceof Blob) return part._bytes.slice();
    return encoder.encode(String(part));
  }

  function concat(parts) {
    const chunks = parts.map(toBytes);
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  class Blob {
    constructor(parts = [], options = {}) {
      this._bytes = concat(Array.from(parts));
      this.type = options.type ? String(options.type).toLowerCase() : "";
    }
    get size() {
      return this._bytes.length;
    }
    async arrayBuffer() {
      return this._bytes.slice().buffer;
    }
    async bytes() {
      return this._bytes.slice();
    }
    async text() {
      return decoder.decode(this._bytes);
    }
    stream() {
      return new Response(this._bytes).body;
    }
    slice(start = 0, end = this._bytes.length, type = "") {
      return new Blob([this._bytes.slice(start, end)], { type });
    }
  }

  class Headers {
    #map = new Map();
    constructor(init) {
      if (init instanceof Headers) init = Array.from(init.entries());
      if (Array.isArray(init)) {
        for (const [name, value] of init) this.append(name, value);
      } else if (init && typeof init === "object") {
        for (const name of Object.keys(init)) this.append(name, init[name]);
      }
    }
    append(name, value) {
      const key = String(name).toLowerCase();
      const known = this.#map.get(key);
      this.#map.set(key, known === undefined ? String(value) : `${known}, ${value}`);
    }
    set(name, value) {
      this.#map.set(String(name).toLowerCase(), String(value));
    }
    get(name) {
      return this.#map.get(String(name).toLowerCase()) ?? null;
    }
    has(name) {
      return this.#map.has(String(name).toLowerCase());
    }
    delete(name) {
      this.#map.delete(String(name).toLowerCase());
    }
    forEach(callback, thisArg) {
      for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
    }
    *entries() {
      yield* Array.from(this.#map.entries()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    }
    keys() {
      return Array.from(this.entries(), ([name]) => name)[Symbol.iterator]();
    }
    values() {
      return Array.from(this.entries(), ([, value]) => value)[Symbol.iterator]();
    }
    [Symbol.iterator]() {
      return this.entries();
    }
  }

  const isDisturbed = (stream) => ReadableStream[Symbol.for("convexkit.isDisturbed")](stream);

  async function readStream(stream) {
    const reader = stream.getReader();
    const chunks = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return concat(chunks);
      if (!(value instanceof Uint8Array)) {
        reader.cancel();
        throw new TypeError("A body stream's chunks must be Uint8Arrays");
      }
      chunks.push(value);
    }
  }

  // What Request and Response share: a body read once, as text, JSON, bytes or a Blob.
  class Body {
    constructor(body, headers) {
      this.headers = headers;
      this._used = false;
      // A stream of the body: the one it was made from, or one made over _bytes when read.
      this._stream = null;
      if (body === undefined || body === null) {
        this._bytes = null;
      } else if (body instanceof ReadableStream) {
        this._bytes = null;
        this._stream = body;
      } else if (typeof body === "string") {
        this._bytes = encoder.encode(body);
        if (!headers.has("content-type")) headers.set("content-type", "text/plain;charset=UTF-8");
      } else if (body instanceof Blob) {
        this._bytes = body._bytes.slice();
        if (body.type && !headers.has("content-type")) headers.set("content-type", body.type);
      } else if (body instanceof URLSearchParams) {
        this._bytes = encoder.encode(body.toString());
        if (!headers.has("content-type")) {
          headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
        }
      } else {
        this._bytes = toBytes(body);
      }
    }
    get body() {
      if (this._stream === null && this._bytes !== null) {
        const bytes = this._bytes.slice();
        this._stream = new ReadableStream({
          start(controller) {
            if (bytes.length > 0) controller.enqueue(bytes);
            controller.close();
          },
        });
      }
      return this._stream;
    }
    get bodyUsed() {
      return this._used || (this._stream !== null && isDisturbed(this._stream));
    }
    // The whole body, once: its bytes, or what its stream gives.
    async _take() {
      if (this.bodyUsed || this._stream?.locked) {
        throw new TypeError("Body has already been consumed.");
      }
      this._used = true;
      if (this._bytes === null && this._stream !== null) return readStream(this._stream);
      return this._bytes ?? new Uint8Array(0);
    }
    // The bytes a stream body gives, read now, for the host (which takes bodies whole).
    async _settle() {
      if (this._bytes === null && this._stream !== null && !this._used) {
        this._bytes = await readStream(this._stream);
        this._stream = null;
      }
    }
    // A clone's body: the bytes, or one branch of the stream (this body keeps the other).
    _cloneBody() {
      if (this._bytes !== null || this._stream === null) return this._bytes;
      const [mine, theirs] = this._stream.tee();
      this._stream = mine;
      return theirs;
    }
    async arrayBuffer() {
      return (await this._take()).slice().buffer;
    }
    async bytes() {
      return (await this._take()).slice();
    }
    async text() {
      return decoder.decode(await this._take());
    }
    async json() {
      return JSON.parse(await this.text());
    }
    async blob() {
      return new Blob([await this._take()], { type: this.headers.get("content-type") ?? "" });
    }
  }

  class Request extends Body {
    constructor(input, init = {}) {
      const source = input instanceof Request ? input : null;
      const headers = new Headers(init.headers ?? source?.headers);
      super(init.body !== undefined ? init.body : source?._cloneBody(), headers);
      this.url = source ? source.url : new URL(String(input)).href;
      this.method = String(init.method ?? source?.method ?? "GET").toUpperCase();
      this.signal = init.signal ?? null;
    }
    clone() {
      return new Request(this);
    }
  }

  class Response extends Body {
    constructor(body, init = {}) {
      super(body, new Headers(init.headers));
      this.status = init.status ?? 200;
      this.statusText = init.statusText ?? "";
      this.url = init.url ?? "";
      this.type = "default";
      this.redirected = false;
    }
    get ok() {
      return this.status >= 200 && this.status < 300;
    }
    clone() {
      return new Response(this._cloneBody(), this);
    }
    static json(data, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      return new Response(JSON.stringify(data), { ...init, headers });
    }
    static redirect(url, status = 302) {
      return new Response(null, { status, headers: { location: String(url) } });
    }
    static error() {
      return new Response(null, { status: 0 });
    }
  }

  function bytesToBase64(bytes) {
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }

  function base64ToBytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // The host answers {status, statusText, url, headers: [[name, value]], body: base64}, or
  // throws (a query or mutation may not fetch; a network failure).
  async function fetch(input, init = {}) {
    const request = new Request(input, init);
    await request._settle();
    const reply = JSON.parse(
      convex.syscall(
        "convexkit/fetch",
        JSON.stringify({
          url: request.url,
          method: request.method,
          headers: Array.from(request.headers.entries()),
          body: request._bytes === null ? null : bytesToBase64(request._bytes),
        }),
      ),
    );
    return new Response(reply.body === null ? null : base64ToBytes(reply.body), {
      status: reply.status,
      statusText: reply.statusText,
      headers: reply.headers,
      url: reply.url,
    });
  }

  // Actions store and read files as Blobs (`ctx.storage.store/get`); the bytes cross to
  // the host as base64. HTTP actions: the router's runRequest turns the host's request
  // into a Request, and the handler's Response back into the host's form.
  const jsSyscall = convex.jsSyscall;
  convex.jsSyscall = (op, arg) => {
    if (op === "requestFromConvexJson") {
      const { method, url, headers, body } = arg.convexJson;
      return new Request(url, {
        method,
        headers,
        body: body === null ? undefined : base64ToBytes(body),
      });
    }
    if (op === "convexJsonFromResponse") {
      const { response } = arg;
      if (response._bytes === null && response._stream !== null) {
        // The router asks for the answer synchronously: a stream cannot be read whole here.
        throw new Error(
          "convexkit does not support HTTP action responses with a streamed body yet",
        );
      }
      return {
        status: response.status,
        statusText: response.statusText,
        headers: Array.from(response.headers.entries()),
        body: response._bytes === null ? null : bytesToBase64(response._bytes),
      };
    }
    return storage(op, arg);
  };
  async function storage(op, arg) {
    if (op === "storage/storeBlob") {
      const reply = convex.syscall(
        "1.0/storageStore",
        JSON.stringify({
          blob: bytesToBase64(arg.blob._bytes),
          contentType: arg.blob.type || null,
          sha256: arg.options?.sha256,
        }),
      );
      return JSON.parse(reply);
    }
    if (op === "storage/getBlob") {
      const reply = JSON.parse(
        convex.syscall("1.0/storageGet", JSON.stringify({ storageId: arg.storageId })),
      );
      return reply === null
        ? null
        : new Blob([base64ToBytes(reply.blob)], { type: reply.contentType ?? "" });
    }
    return jsSyscall(op, arg);
  }

  Object.assign(globalThis, { Blob, Headers, Request, Response, fetch });
})();

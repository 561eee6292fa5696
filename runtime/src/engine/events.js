// DOM events as Convex's runtime provides them: DOMException, Event, CustomEvent,
// EventTarget, AbortController and AbortSignal. Packages build on them at import time
// (better-call's request handling, the AI SDK's abortable streams), so a module that only
// mentions them must load. There is no event loop to dispatch on: dispatch is synchronous,
// as `dispatchEvent` is everywhere.
(() => {
  const CODES = {
    IndexSizeError: 1,
    HierarchyRequestError: 3,
    WrongDocumentError: 4,
    InvalidCharacterError: 5,
    NoModificationAllowedError: 7,
    NotFoundError: 8,
    NotSupportedError: 9,
    InvalidStateError: 11,
    SyntaxError: 12,
    InvalidModificationError: 13,
    NamespaceError: 14,
    InvalidAccessError: 15,
    TypeMismatchError: 17,
    SecurityError: 18,
    NetworkError: 19,
    AbortError: 20,
    URLMismatchError: 21,
    QuotaExceededError: 22,
    TimeoutError: 23,
    InvalidNodeTypeError: 24,
    DataCloneError: 25,
  };

  class DOMException extends Error {
    #name;
    constructor(message = "", name = "Error") {
      super(String(message));
      this.#name = String(name);
    }
    get name() {
      return this.#name;
    }
    get code() {
      return CODES[this.#name] ?? 0;
    }
  }

  class Event {
    #type;
    #bubbles;
    #cancelable;
    #composed;
    #defaultPrevented = false;
    #timeStamp = Date.now();
    // Set while dispatching, read by EventTarget.
    _target = null;
    _currentTarget = null;
    _stop = false;
    _stopImmediate = false;

    constructor(type, init = {}) {
      if (arguments.length === 0) {
        throw new TypeError("Event requires a type");
      }
      this.#type = String(type);
      this.#bubbles = Boolean(init.bubbles);
      this.#cancelable = Boolean(init.cancelable);
      this.#composed = Boolean(init.composed);
    }
    get type() {
      return this.#type;
    }
    get bubbles() {
      return this.#bubbles;
    }
    get cancelable() {
      return this.#cancelable;
    }
    get composed() {
      return this.#composed;
    }
    get defaultPrevented() {
      return this.#defaultPrevented;
    }
    get timeStamp() {
      return this.#timeStamp;
    }
    get target() {
      return this._target;
    }
    get currentTarget() {
      return this._currentTarget;
    }
    get isTrusted() {
      return false;
    }
    get eventPhase() {
      return this._currentTarget ? 2 : 0;
    }
    composedPath() {
      return this._currentTarget ? [this._currentTarget] : [];
    }
    preventDefault() {
      if (this.#cancelable) this.#defaultPrevented = true;
    }
    stopPropagation() {
      this._stop = true;
    }
    stopImmediatePropagation() {
      this._stop = true;
      this._stopImmediate = true;
    }
  }

  class CustomEvent extends Event {
    #detail;
    constructor(type, init = {}) {
      super(type, init);
      this.#detail = init.detail ?? null;
    }
    get detail() {
      return this.#detail;
    }
  }

  class EventTarget {
    #listeners = new Map();

    addEventListener(type, callback, options = {}) {
      if (callback == null) return;
      const capture = typeof options === "boolean" ? options : Boolean(options.capture);
      const once = typeof options === "object" && Boolean(options.once);
      const signal = typeof options === "object" ? options.signal : undefined;
      if (signal?.aborted) return;
      const list = this.#listeners.get(type) ?? [];
      if (list.some((l) => l.callback === callback && l.capture === capture)) return;
      const listener = { callback, capture, once, removed: false };
      list.push(listener);
      this.#listeners.set(type, list);
      signal?.addEventListener("abort", () => this.removeEventListener(type, callback, { capture }));
    }

    removeEventListener(type, callback, options = {}) {
      const capture = typeof options === "boolean" ? options : Boolean(options.capture);
      const list = this.#listeners.get(type);
      if (!list) return;
      const index = list.findIndex((l) => l.callback === callback && l.capture === capture);
      if (index >= 0) {
        list[index].removed = true;
        list.splice(index, 1);
      }
    }

    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw new TypeError("dispatchEvent needs an Event");
      }
      event._target = this;
      event._currentTarget = this;
      // Listeners added while dispatching do not run for this event.
      for (const listener of [...(this.#listeners.get(event.type) ?? [])]) {
        if (listener.removed) continue;
        if (listener.once) this.removeEventListener(event.type, listener.callback, listener);
        try {
          if (typeof listener.callback === "function") {
            listener.callback.call(this, event);
          } else {
            listener.callback.handleEvent(event);
          }
        } catch (error) {
          // A throwing listener does not stop the others, as in browsers.
          globalThis.console?.error?.(error);
        }
        if (event._stopImmediate) break;
      }
      const handler = this[`on${event.type}`];
      if (typeof handler === "function" && !event._stopImmediate) {
        handler.call(this, event);
      }
      event._currentTarget = null;
      return !event.defaultPrevented;
    }
  }

  const abortReason = () => new DOMException("This operation was aborted", "AbortError");

  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    onabort = null;

    constructor(key) {
      super();
      if (key !== CONSTRUCT) throw new TypeError("Illegal constructor");
    }
    get aborted() {
      return this.#aborted;
    }
    get reason() {
      return this.#reason;
    }
    throwIfAborted() {
      if (this.#aborted) throw this.#reason;
    }
    _abort(reason) {
      if (this.#aborted) return;
      this.#aborted = true;
      this.#reason = reason === undefined ? abortReason() : reason;
      this.dispatchEvent(new Event("abort"));
    }
    static abort(reason) {
      const signal = new AbortSignal(CONSTRUCT);
      signal._abort(reason);
      return signal;
    }
    static any(signals) {
      const signal = new AbortSignal(CONSTRUCT);
      for (const source of signals) {
        if (source.aborted) {
          signal._abort(source.reason);
          return signal;
        }
      }
      for (const source of signals) {
        source.addEventListener("abort", () => signal._abort(source.reason), { once: true });
      }
      return signal;
    }
  }
  const CONSTRUCT = Symbol("AbortSignal");

  class AbortController {
    #signal = new AbortSignal(CONSTRUCT);
    get signal() {
      return this.#signal;
    }
    abort(reason) {
      this.#signal._abort(reason);
    }
  }

  Object.assign(globalThis, {
    DOMException,
    Event,
    CustomEvent,
    EventTarget,
    AbortController,
    AbortSignal,
  });
})();

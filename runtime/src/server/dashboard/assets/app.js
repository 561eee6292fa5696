// The convexkit dashboard: the browser side of `convexkit dev`'s local dashboard.
// One ES module without dependencies; it speaks the JSON API of docs/dashboard.md.
// The DOM is built with `h()` and text nodes only: data never becomes HTML.

const TOKEN = document.querySelector('meta[name="convexkit-token"]')?.content ?? "";
const PAGES = ["data", "functions", "logs", "schedules", "files", "env"];
const PAGE_TITLES = {
  data: "Data",
  functions: "Functions",
  logs: "Logs",
  schedules: "Schedules",
  files: "Files",
  env: "Env",
};
/** Documents per page of the data view. */
const PAGE_SIZE = 100;
/** The API's largest page. */
const MAX_LIMIT = 1000;
/** Log entries kept (in memory and in the DOM). */
const MAX_LOG_ENTRIES = 1000;
/** Load the next page when the scroll container is this close to its bottom (px). */
const LOAD_MORE_MARGIN = 400;
/** What a cancelled confirmation answers instead of a response. */
const CANCELLED = Symbol("cancelled");

// ---------------------------------------------------------------------------------------
// DOM helpers

/** Properties set after the children are in (a <select>'s value needs its options). */
const PROPERTIES = new Set(["value", "checked", "indeterminate"]);

/**
 * `h("button", {type: "button", onclick: f, "data-id": id}, "text", child, [more])`.
 * null, undefined and false attributes and children are left out; `true` sets an empty
 * attribute.
 */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  const properties = [];
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (PROPERTIES.has(key)) {
      properties.push([key, value]);
    } else if (key === "class") {
      el.className = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  appendChildren(el, children);
  for (const [key, value] of properties) el[key] = value;
  return el;
}

function appendChildren(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

function $(id) {
  return document.getElementById(id);
}

/** Text with `code` spans and blank-line paragraphs, as DOM nodes. */
function richText(message) {
  return String(message)
    .split(/\n\s*\n/)
    .map((paragraph) =>
      h("p", {}, paragraph.split("`").map((part, i) => (i % 2 ? h("code", {}, part) : part))),
    );
}

/** Shows `text` in an inline message element (`kind`: error or ok); empty hides it. */
function say(el, text, kind = "error") {
  el.textContent = text ?? "";
  el.hidden = !text;
  el.dataset.kind = kind;
}

function messageLine(id) {
  return h("p", { class: "page-message", id, role: "status", hidden: true });
}

function badge(text, kind = text) {
  return text ? h("span", { class: `badge badge-${kind}` }, text) : null;
}

/** A <table> with a header row and a tbody to fill. */
function dataTable(className, headers) {
  const body = h("tbody");
  const table = h(
    "table",
    { class: `grid ${className}` },
    h("thead", {}, h("tr", {}, headers.map((title) => h("th", { scope: "col" }, title)))),
    body,
  );
  return { table, body };
}

/**
 * Runs `render` (which replaces elements inside `root`) and gives the focus back to the
 * element that had it, found again by its data attributes (and its row's).
 */
function keepFocus(root, render) {
  const active = document.activeElement;
  const selector = active && root.contains(active) ? focusSelector(active) : null;
  render();
  if (selector && !active.isConnected) root.querySelector(selector)?.focus();
}

const ROW_KEYS = "[data-id],[data-job-id],[data-file-id],[data-env],[data-table],[data-function]";

function focusSelector(el) {
  const key = (node) =>
    node.tagName.toLowerCase() +
    [...node.attributes]
      .filter((a) => a.name.startsWith("data-") || a.name === "id")
      .map((a) => `[${a.name}="${CSS.escape(a.value)}"]`)
      .join("");
  const own = key(el);
  if (own === el.tagName.toLowerCase()) return null;
  const row = el.parentElement?.closest(ROW_KEYS);
  return row ? `${key(row)} ${own}` : own;
}

// ---------------------------------------------------------------------------------------
// Formatting

const numberFormat = new Intl.NumberFormat();

function fmtCount(n) {
  return typeof n === "number" ? numberFormat.format(n) : "?";
}

function plural(n, noun) {
  return `${fmtCount(n)} ${noun}${n === 1 ? "" : "s"}`;
}

function pad(n, width = 2) {
  return String(n).padStart(width, "0");
}

function isTime(ms) {
  return typeof ms === "number" && Number.isFinite(ms);
}

/** `2025-01-31 14:05:09` in local time (with `.123` when `millis`). */
function fmtTime(ms, { millis = false } = {}) {
  if (!isTime(ms)) return ms === null || ms === undefined ? "—" : String(ms);
  const d = new Date(ms);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${date} ${time}${millis ? `.${pad(d.getMilliseconds(), 3)}` : ""}`;
}

/** `14:05:09.123` in local time. */
function fmtClock(ms) {
  if (!isTime(ms)) return "—";
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** `in 5 min`, `3 h ago`. */
function fmtRelative(ms, now = Date.now()) {
  if (!isTime(ms)) return "";
  const diff = ms - now;
  const units = [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["min", 60_000],
    ["s", 1000],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(diff) >= size) {
      const n = Math.round(Math.abs(diff) / size);
      return diff > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
    }
  }
  return "now";
}

/** A time cell's content: the date, and how far it is from now. */
function timeWithRelative(ms) {
  if (!isTime(ms)) return h("span", { class: "muted" }, fmtTime(ms));
  return h(
    "span",
    { title: String(ms) },
    fmtTime(ms),
    " ",
    h("span", { class: "muted" }, `(${fmtRelative(ms)})`),
  );
}

function fmtDuration(ms) {
  if (typeof ms !== "number") return "—";
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

function fmtBytes(n) {
  if (typeof n !== "number") return "—";
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = n;
  let i = -1;
  do {
    value /= 1024;
    i += 1;
  } while (value >= 1024 && i < units.length - 1);
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[i]}`;
}

function pretty(value) {
  return value === undefined ? "undefined" : JSON.stringify(value, null, 2);
}

function compact(value) {
  return value === undefined ? "" : JSON.stringify(value);
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An int64 of the JSON export form (`{"$integer": base64 of 8 little-endian bytes}`). */
function decodeInt64(text) {
  if (typeof text !== "string") return null;
  if (/^-?\d+$/.test(text)) return BigInt(text);
  try {
    const bytes = atob(text);
    if (bytes.length !== 8) return null;
    let n = 0n;
    for (let i = 7; i >= 0; i--) n = (n << 8n) | BigInt(bytes.charCodeAt(i));
    return BigInt.asIntN(64, n);
  } catch {
    return null;
  }
}

/** How a Convex value shows in a cell: its text and a kind for styling. */
function showValue(value) {
  if (value === null) return { text: "null", kind: "null" };
  switch (typeof value) {
    case "string":
      return { text: JSON.stringify(value), kind: "string" };
    case "number":
      return { text: String(value), kind: "number" };
    case "boolean":
      return { text: String(value), kind: "boolean" };
    default:
      break;
  }
  const keys = isPlainObject(value) ? Object.keys(value) : [];
  if (keys.length === 1 && keys[0] === "$integer") {
    const n = decodeInt64(value.$integer);
    if (n !== null) return { text: `${n}n`, kind: "number" };
  }
  if (keys.length === 1 && keys[0] === "$bytes" && typeof value.$bytes === "string") {
    const length = Math.floor((value.$bytes.replace(/=+$/, "").length * 3) / 4);
    return { text: `bytes(${length})`, kind: "bytes" };
  }
  return { text: compact(value), kind: "object" };
}

/** A validator (Convex's JSON form) as TypeScript-like text: `{ name: string, n?: number }`. */
function describeValidator(v) {
  if (!isPlainObject(v)) return "any";
  switch (v.type) {
    case "object": {
      const fields = Object.entries(v.value ?? {}).map(
        ([name, field]) => `${name}${field.optional ? "?" : ""}: ${describeValidator(field.fieldType)}`,
      );
      return fields.length ? `{ ${fields.join(", ")} }` : "{}";
    }
    case "array":
      return `Array<${describeValidator(v.value)}>`;
    case "record":
      return `Record<${describeValidator(v.keys)}, ${describeValidator(v.values?.fieldType)}>`;
    case "union":
      return (v.value ?? []).map(describeValidator).join(" | ") || "never";
    case "literal":
      return JSON.stringify(v.value);
    case "id":
      return `Id<${JSON.stringify(v.tableName)}>`;
    case "bigint":
      return "int64";
    case "number":
      return "float64";
    default:
      return String(v.type);
  }
}

/** Validators may come as their JSON text. */
function validatorOf(v) {
  if (typeof v !== "string") return v ?? null;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
}

/** The args a function's validator asks for, with placeholder values where simple. */
function argsSkeleton(validator) {
  const out = {};
  if (!isPlainObject(validator) || validator.type !== "object") return out;
  for (const [name, field] of Object.entries(validator.value ?? {})) {
    if (!field.optional) out[name] = placeholder(field.fieldType);
  }
  return out;
}

function placeholder(validator) {
  switch (validator?.type) {
    case "string":
    case "id":
      return "";
    case "number":
      return 0;
    case "boolean":
      return false;
    default:
      return null;
  }
}

/** A cron schedule (`{type: "daily", hourUTC, minuteUTC}`…) in words. */
function describeSchedule(s) {
  if (typeof s === "string") return s;
  if (!isPlainObject(s)) return compact(s);
  // A minute left out is Convex's to choose.
  const at = (hour, minute) => `${pad(hour ?? 0)}:${minute === undefined ? "xx" : pad(minute)}`;
  switch (s.type) {
    case "interval": {
      const unit = ["seconds", "minutes", "hours"].find((u) => s[u]);
      return unit ? `every ${s[unit]} ${unit}` : compact(s);
    }
    case "hourly":
      return s.minuteUTC === undefined ? "hourly" : `hourly at minute ${s.minuteUTC} UTC`;
    case "daily":
      return `daily at ${at(s.hourUTC, s.minuteUTC)} UTC`;
    case "weekly":
      return `weekly on ${s.dayOfWeek} at ${at(s.hourUTC, s.minuteUTC)} UTC`;
    case "monthly":
      return `monthly on day ${s.day} at ${at(s.hourUTC, s.minuteUTC)} UTC`;
    case "cron":
      return `cron ${s.cron ?? s.cronspec ?? ""}`;
    default:
      return compact(s);
  }
}

// ---------------------------------------------------------------------------------------
// The API

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function queryString(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** One request; answers the JSON body, or throws an ApiError with the server's message. */
async function request(method, path, { query, body, bytes, contentType } = {}) {
  const init = { method, headers: {} };
  if (method !== "GET") init.headers["Convexkit-Token"] = TOKEN;
  if (bytes !== undefined) {
    init.body = bytes;
    init.headers["Content-Type"] = contentType || "application/octet-stream";
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(path + queryString(query), init);
  } catch {
    throw new ApiError(0, "NetworkError", "Cannot reach `convexkit dev`: is it still running?");
  }
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    let message = json?.message ?? (text.trim() || `${response.status} ${response.statusText}`);
    if (json?.code === "MissingToken") {
      message += " — `convexkit dev` was probably restarted since this page loaded: reload the page.";
    }
    throw new ApiError(response.status, json?.code ?? `Http${response.status}`, message);
  }
  if (json === undefined) throw new ApiError(response.status, "BadAnswer", `${path}: not JSON`);
  return json;
}

const api = {
  get: (path, query) => request("GET", path, { query }),
  post: (path, body) => request("POST", path, { body }),
  upload: (instance, file, confirm) =>
    request("POST", "/api/files/upload", {
      query: { instance, confirm: confirm ? "true" : undefined },
      bytes: file,
      contentType: file.type,
    }),
};

/** `body`, with `confirm: true` when the user confirmed. */
function confirmed(body, confirm) {
  return confirm ? { ...body, confirm: true } : body;
}

function needsConfirmation(error) {
  return error instanceof ApiError && error.status === 409 && error.code === "ConfirmationRequired";
}

/**
 * Calls `send(confirm)`. With `ask`, the user confirms first (`flag`: then `send` gets
 * `true`, the API's `confirm`). Should the server still answer ConfirmationRequired, its
 * message is shown and the request sent again with `confirm` once accepted. Answers
 * CANCELLED when the user declines.
 */
async function withConfirmation(send, { ask = null, flag = false } = {}) {
  let confirm = false;
  if (ask) {
    if (!(await confirmDanger(ask))) return CANCELLED;
    confirm = flag;
  }
  try {
    return await send(confirm);
  } catch (error) {
    if (confirm || !needsConfirmation(error)) throw error;
    if (!(await confirmDanger(error.message))) return CANCELLED;
    return send(true);
  }
}

/**
 * Posts a write that may need the user's confirmation (`question`), then `reload`s;
 * a failure is said in `message`.
 */
async function postThenReload(message, path, body, question, reload) {
  try {
    const outcome = await withConfirmation(
      (confirm) => api.post(path, confirmed(body, confirm)),
      question,
    );
    if (outcome === CANCELLED) return;
    say(message, "");
    await reload();
  } catch (error) {
    say(message, error.message);
  }
}

// ---------------------------------------------------------------------------------------
// The deployment and its instances

const deployment = { instances: [{ path: "", name: "app", package: null, local: false }] };

function instanceInfo(path) {
  return deployment.instances.find((i) => i.path === path) ?? null;
}

/** `app`, or `leaderboard — @convex-dev/aggregate`. */
function instanceLabel(path) {
  if (path === "") return "app";
  const info = instanceInfo(path);
  return info?.package ? `${path} — ${info.package}` : path;
}

/** ` (@convex-dev/aggregate)` for messages. */
function packageSuffix(path) {
  const info = instanceInfo(path);
  if (info?.package) return ` (${info.package})`;
  return info?.local ? " (a local component)" : "";
}

/** Why a write to a component instance's data needs the user's word. */
function componentRisk(instance, what = "tables") {
  return (
    `This is data of the component instance \`${instance}\`${packageSuffix(instance)}. ` +
    `A component keeps invariants over its own ${what} — editing them directly can corrupt it ` +
    "(for example an aggregate's counts). Continue?"
  );
}

function internalFunctionRisk(instance, path) {
  return (
    `\`${path}\` is an internal function of the component instance \`${instance}\`` +
    `${packageSuffix(instance)}: only the component's own code calls it, with arguments it ` +
    "has checked. Running it by hand can break the invariants the component keeps over its " +
    "tables (for example an aggregate's counts). Continue?"
  );
}

/** The question asked before a write: a component's risk, or `plain` for the app. */
function writeQuestion(instance, action, { plain = null, what = "tables" } = {}) {
  if (instance !== "") return { ask: `${action}\n\n${componentRisk(instance, what)}`, flag: true };
  return plain ? { ask: plain } : {};
}

// ---------------------------------------------------------------------------------------
// The error banner and the live status

function showError(error) {
  const message = error instanceof Error ? error.message : String(error);
  $("error-text").textContent = message;
  $("error-banner").hidden = false;
}

function hideError() {
  $("error-banner").hidden = true;
  $("error-text").textContent = "";
}

const LIVE_TEXT = { open: "● live", connecting: "○ connecting…", closed: "○ offline" };

function setLive(state) {
  const el = $("live-status");
  el.dataset.state = state;
  el.textContent = LIVE_TEXT[state];
  el.title =
    state === "open"
      ? "Live: pages refresh when data changes"
      : "Not connected to `convexkit dev`'s event stream; retrying";
}

// ---------------------------------------------------------------------------------------
// The confirmation dialog

let resolveConfirm = null;

function initConfirmDialog() {
  $("confirm-dialog").addEventListener("close", () => {
    const resolve = resolveConfirm;
    resolveConfirm = null;
    resolve?.($("confirm-dialog").returnValue === "accept");
  });
}

/** Asks the user to confirm a risky action; resolves true when they accept. */
function confirmDanger(message, acceptLabel = "Continue") {
  const dialog = $("confirm-dialog");
  if (resolveConfirm) {
    const previous = resolveConfirm;
    resolveConfirm = null;
    previous(false);
  }
  $("confirm-message").replaceChildren(...richText(message));
  $("confirm-accept").textContent = acceptLabel;
  dialog.returnValue = "";
  if (!dialog.open) dialog.showModal();
  $("confirm-cancel").focus();
  return new Promise((resolve) => {
    resolveConfirm = resolve;
  });
}

// ---------------------------------------------------------------------------------------
// The document editor

let editorSave = null;

function initEditor() {
  const dialog = $("document-dialog");
  $("document-save").addEventListener("click", submitEditor);
  $("document-cancel").addEventListener("click", () => dialog.close());
  $("document-editor").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submitEditor();
    }
  });
  dialog.addEventListener("close", () => {
    editorSave = null;
  });
}

/** Opens the editor on `value`; `onSave(value)` writes it (throws to show an error). */
function openEditor({ title, value, onSave }) {
  $("document-title").textContent = title;
  $("document-editor").value = pretty(value);
  say($("document-error"), "");
  $("document-save").disabled = false;
  editorSave = onSave;
  $("document-dialog").showModal();
  $("document-editor").focus();
}

async function submitEditor() {
  const save = editorSave;
  const errorEl = $("document-error");
  if (!save) return;
  let value;
  try {
    value = JSON.parse($("document-editor").value);
  } catch (error) {
    say(errorEl, `Invalid JSON: ${error.message}`);
    return;
  }
  if (!isPlainObject(value)) {
    say(errorEl, "A document must be a JSON object.");
    return;
  }
  say(errorEl, "");
  $("document-save").disabled = true;
  try {
    const outcome = await save(value);
    if (outcome !== CANCELLED && editorSave === save) $("document-dialog").close();
  } catch (error) {
    say(errorEl, error.message);
  } finally {
    $("document-save").disabled = false;
  }
}

// ---------------------------------------------------------------------------------------
// Refreshing on change events

/**
 * A refresh to run after a burst of `change` events: `delay` ms after the last one, but
 * at least every `maxWait` ms while they keep coming, and never two at once.
 */
function refresher(run, delay = 200, maxWait = 1000) {
  let timer = null;
  let firstAt = 0;
  let running = false;
  let again = false;
  let disposed = false;

  function schedule() {
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    const now = Date.now();
    if (timer === null) firstAt = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(delay, firstAt + maxWait - now)));
  }

  async function fire() {
    timer = null;
    running = true;
    try {
      await run();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  return {
    schedule,
    get disposed() {
      return disposed;
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

/** A page that reloads on `change` events through `refresh`, with `more` of its own. */
function liveView(el, refresh, more = {}) {
  return { el, onChange: () => refresh.schedule(), dispose: () => refresh.dispose(), ...more };
}

function debounce(fn, ms) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

// ---------------------------------------------------------------------------------------
// Routing: #/<page>?instance=<path>&…

let current = null;
/** The hash `current` shows (the hashchange of a navigate() finds it routed already). */
let routedHash = null;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const name = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : raw.slice(q + 1));
  const page = PAGES.includes(name) ? name : "data";
  return { page, instance: params.get("instance") ?? "", params };
}

function hashFor(page, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return `#/${page}${text ? `?${text}` : ""}`;
}

/**
 * Goes to `page` with `params` at once (not at the next hashchange, so the top bar and
 * the nav are right for the very next click); `replace` leaves no history entry.
 */
function navigate(page, params, { replace = false } = {}) {
  const hash = hashFor(page, params);
  if (hash === location.hash) return;
  if (replace) history.replaceState(history.state, "", hash);
  else location.hash = hash;
  onRoute();
}

function onRoute() {
  if (current && location.hash === routedHash) return;
  routedHash = location.hash;
  const route = parseHash();
  syncChrome(route);
  if (current && current.page === route.page && current.instance === route.instance) {
    current.view.update?.(route);
    return;
  }
  current?.view.dispose?.();
  hideError();
  const view = VIEWS[route.page](route);
  current = { page: route.page, instance: route.instance, view };
  $("main").replaceChildren(view.el);
}

/** The top bar and the nav follow the route. */
function syncChrome(route) {
  const select = $("instance-select");
  if (![...select.options].some((o) => o.value === route.instance)) {
    select.append(h("option", { value: route.instance }, `${route.instance} (unknown)`));
  }
  select.value = route.instance;
  for (const link of document.querySelectorAll("a[data-page]")) {
    const page = link.dataset.page;
    link.href = hashFor(page, { instance: route.instance });
    if (page === route.page) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const where = route.instance === "" ? "" : ` · ${route.instance}`;
  document.title = `${PAGE_TITLES[route.page]}${where} — convexkit`;
}

function fillInstanceSelect() {
  const select = $("instance-select");
  const chosen = select.value;
  select.replaceChildren(
    ...deployment.instances.map((i) => h("option", { value: i.path }, instanceLabel(i.path))),
  );
  select.value = chosen;
}

function onInstanceSelected() {
  const page = current?.page ?? "data";
  navigate(page, { instance: $("instance-select").value });
}

// ---------------------------------------------------------------------------------------
// Live events and the log store

/** An entry's identity: IDs start from 1 again when `convexkit dev` restarts. */
function logKey(entry) {
  return `${entry.id}@${entry.time}`;
}

/** Every execution seen (the last MAX_LOG_ENTRIES), oldest first. */
const logStore = {
  entries: [],
  ids: new Set(),
  listeners: new Set(),
  pending: [],
  reordered: false,
  timer: null,

  add(list) {
    for (const entry of list) {
      if (!entry || this.ids.has(logKey(entry))) continue;
      this.ids.add(logKey(entry));
      const last = this.entries[this.entries.length - 1];
      if (!last || (entry.time ?? 0) >= (last.time ?? 0)) {
        this.entries.push(entry);
      } else {
        const at = this.entries.findIndex((e) => (e.time ?? 0) > (entry.time ?? 0));
        this.entries.splice(at, 0, entry);
        this.reordered = true;
      }
      this.pending.push(entry);
    }
    while (this.entries.length > MAX_LOG_ENTRIES) this.ids.delete(logKey(this.entries.shift()));
    if (this.pending.length && this.timer === null) {
      this.timer = setTimeout(() => this.notify(), 50);
    }
  },

  notify() {
    const batch = this.pending;
    const reordered = this.reordered;
    this.pending = [];
    this.reordered = false;
    this.timer = null;
    for (const listener of this.listeners) listener(batch, reordered);
  },

  /** The ID of the newest entry (of this run of the server). */
  lastId() {
    const last = this.entries[this.entries.length - 1];
    return typeof last?.id === "number" ? last.id : 0;
  },
};

/** Fetches the server's recent entries (`onlyNew`: those after the newest one seen). */
async function fetchLogs({ onlyNew = false } = {}) {
  try {
    const after = onlyNew ? logStore.lastId() : 0;
    const answer = await api.get("/api/logs", after ? { after } : {});
    logStore.add(answer.entries ?? []);
  } catch (error) {
    showError(error);
  }
}

const live = { retry: null, opened: false };

function connectLive() {
  setLive("connecting");
  const source = new EventSource("/api/events");
  source.addEventListener("open", () => {
    setLive("open");
    if (live.opened) {
      // Back after a gap: catch up with what happened meanwhile.
      fetchLogs();
      current?.view.onChange?.();
    }
    live.opened = true;
  });
  source.addEventListener("error", () => {
    if (source.readyState !== EventSource.CLOSED) {
      setLive("connecting");
      return;
    }
    setLive("closed");
    clearTimeout(live.retry);
    live.retry = setTimeout(connectLive, 3000);
  });
  source.addEventListener("change", () => current?.view.onChange?.());
  source.addEventListener("log", (event) => {
    try {
      logStore.add([JSON.parse(event.data)]);
    } catch {
      // Not an entry: nothing to show.
    }
  });
  // The server dropped some entries for this slow reader: fetch them.
  source.addEventListener("lagged", () => fetchLogs({ onlyNew: true }));
}

// ---------------------------------------------------------------------------------------
// Data

/** `name = "x", score = 3` → `{name: "x", score: 3}`; values are JSON, else strings. */
function parseFilter(text) {
  const filter = {};
  for (const part of splitTopLevel(text)) {
    const match = /^([^=\s]+)\s*==?\s*([\s\S]*)$/.exec(part);
    if (!match) return { error: `Expected \`field = value\`, got \`${part}\`` };
    const [, field, raw] = match;
    if (raw === "") return { error: `\`${field} =\` needs a value (\`""\` for the empty string)` };
    let value;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    filter[field] = value;
  }
  return { filter: Object.keys(filter).length ? filter : null };
}

/** Splits at commas and semicolons outside strings, brackets and braces. */
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"') {
      quote = c;
    } else if (c === "[" || c === "{") {
      depth += 1;
    } else if (c === "]" || c === "}") {
      depth -= 1;
    } else if ((c === "," || c === ";") && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function indexOptions(table) {
  const options = [{ name: "by_creation_time", fields: ["_creationTime"] }];
  for (const index of table?.indexes ?? []) {
    if (index.name !== "by_creation_time") options.push(index);
  }
  return options;
}

function schemaText(table) {
  if (!table) return { validator: "unknown table", indexes: "" };
  const indexes = {};
  if (table.indexes?.length) indexes.indexes = table.indexes;
  if (table.searchIndexes?.length) indexes.searchIndexes = table.searchIndexes;
  if (table.vectorIndexes?.length) indexes.vectorIndexes = table.vectorIndexes;
  return {
    validator: table.validator ? pretty(table.validator) : "null — no validator: any document",
    indexes: Object.keys(indexes).length ? pretty(indexes) : "no indexes but by_creation_time",
  };
}

/** Columns: _id and _creationTime first, then every other field in order of appearance. */
function addColumns(columns, docs) {
  const seen = new Set(columns);
  let added = false;
  for (const doc of docs) {
    for (const key of Object.keys(doc)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
        added = true;
      }
    }
  }
  return added;
}

/** What a document's field shows: its text, a kind for styling and a tooltip. */
function cellText(doc, column) {
  const value = doc[column];
  if (column === "_creationTime") return { text: fmtTime(value, { millis: true }), kind: "time", title: String(value) };
  if (column === "_id") return { text: String(value), kind: "id", title: null };
  const { text, kind } = showValue(value);
  return { text: truncate(text, 240), kind, title: truncate(text, 2000) };
}

function documentCell(doc, column) {
  if (!Object.hasOwn(doc, column)) return h("td", { class: "v-unset", role: "cell" });
  const { text, kind, title } = cellText(doc, column);
  return h("td", { class: `v-${kind}`, role: "cell", title }, text);
}

/** Pixels per character of the monospace cells (12px), and a column's limits. */
const CHAR_PX = 7.3;
const MIN_COLUMN_PX = 64;
const MAX_COLUMN_PX = 320;
const ACTIONS_COLUMN_PX = 104;
/** A row's height (style.css), for the size of a page not laid out yet. */
const ROW_PX = 25;

/**
 * A column's width from the longest text of the first documents: every row is a grid of
 * these widths, so thousands of rows never make the browser measure every cell.
 */
function columnWidth(column, docs) {
  let longest = column.length;
  for (const doc of docs.slice(0, 200)) {
    if (Object.hasOwn(doc, column)) longest = Math.max(longest, cellText(doc, column).text.length);
  }
  const px = Math.round(longest * CHAR_PX + 22);
  return Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, px));
}

function documentRow(doc, columns) {
  return h(
    "tr",
    { "data-id": doc._id, role: "row" },
    h(
      "td",
      { class: "row-actions", role: "cell" },
      h("button", { type: "button", "data-action": "edit", "aria-label": `Edit ${doc._id}` }, "edit"),
      h(
        "button",
        { type: "button", "data-action": "delete", class: "danger-text", "aria-label": `Delete ${doc._id}` },
        "delete",
      ),
    ),
    columns.map((column) => documentCell(doc, column)),
  );
}

function dataView(route) {
  const instance = route.instance;
  const state = {
    tables: null,
    table: null,
    index: "by_creation_time",
    order: "desc",
    filterText: "",
    filter: null,
    filterError: null,
    docs: [],
    byId: new Map(),
    columns: [],
    /** The rows shown, by document ID: `{json, tr}`. */
    rows: new Map(),
    rowsColumns: null,
    cursor: null,
    isDone: true,
    loading: false,
    seq: 0,
  };
  let pendingRoute = route;
  let ui = null;

  const tableList = h("ul", { class: "table-list", "aria-label": "Tables" });
  const pane = h("section", { class: "doc-pane" });
  const el = h(
    "div",
    { class: "page data-page" },
    h("aside", { class: "table-nav" }, h("h2", { class: "section-title" }, "Tables"), tableList),
    pane,
  );

  const refresh = refresher(async () => {
    await loadTables();
    if (ui && !refresh.disposed && !state.filterError) await loadDocs("reload");
  });

  loadTables().then(() => applyRoute(pendingRoute));

  async function loadTables() {
    try {
      const answer = await api.get("/api/tables", { instance });
      if (refresh.disposed) return;
      state.tables = answer.tables ?? [];
      renderTableList();
      if (ui) updatePaneHeader();
    } catch (error) {
      if (!refresh.disposed) showError(error);
      state.tables ??= [];
    }
  }

  function tableInfo(name) {
    return state.tables?.find((t) => t.name === name) ?? null;
  }

  function renderTableList() {
    keepFocus(tableList, () => {
      tableList.replaceChildren(
        ...state.tables.map((t) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "table-item",
                "data-table": t.name,
                "aria-current": t.name === state.table ? "true" : null,
                onclick: () => navigate("data", { instance, table: t.name }),
              },
              h("span", { class: "table-name" }, t.name),
              h("span", { class: "count" }, fmtCount(t.documents)),
            ),
          ),
        ),
      );
      if (!state.tables.length) tableList.append(h("li", { class: "empty" }, "No tables"));
    });
  }

  function applyRoute(next) {
    pendingRoute = next;
    if (!state.tables || refresh.disposed) return;
    const params = next.params;
    const table = params.get("table");
    if (!table) {
      if (state.tables.length) {
        navigate("data", { instance, table: state.tables[0].name }, { replace: true });
      } else {
        ui = null;
        pane.replaceChildren(h("p", { class: "empty" }, "This instance has no tables yet."));
      }
      return;
    }
    const index = params.get("index") || "by_creation_time";
    const order = params.get("order") === "asc" ? "asc" : "desc";
    const filterText = params.get("filter") ?? "";
    const tableChanged = table !== state.table || !ui;
    const changed =
      tableChanged || index !== state.index || order !== state.order || filterText !== state.filterText;
    Object.assign(state, { table, index, order, filterText });
    if (tableChanged) buildPane();
    syncControls();
    renderTableList();
    if (!changed) return;
    const parsed = parseFilter(filterText);
    state.filterError = parsed.error ?? null;
    say(ui.filterError, parsed.error ? parsed.error.replaceAll("`", "") : "");
    if (parsed.error) return;
    state.filter = parsed.filter;
    loadDocs("reset");
  }

  function paramsWith(overrides) {
    return {
      instance,
      table: state.table,
      index: state.index === "by_creation_time" ? null : state.index,
      order: state.order === "desc" ? null : state.order,
      filter: state.filterText,
      ...overrides,
    };
  }

  function buildPane() {
    const info = tableInfo(state.table);
    const indexSelect = h("select", {
      id: "index-select",
      "aria-label": "Sort by index",
      onchange: () => navigate("data", paramsWith({ index: indexSelect.value }), { replace: true }),
    });
    const orderToggle = h("button", {
      type: "button",
      id: "order-toggle",
      onclick: () =>
        navigate("data", paramsWith({ order: state.order === "desc" ? "asc" : null }), { replace: true }),
    });
    const applyFilter = () => {
      if (!refresh.disposed) navigate("data", paramsWith({ filter: filterInput.value.trim() }), { replace: true });
    };
    const typed = debounce(applyFilter, 500);
    const filterInput = h("input", {
      id: "filter-input",
      type: "search",
      class: "mono",
      placeholder: 'Filter: field = value, other = 42   (press / to focus)',
      "aria-label": "Filter documents (field = value pairs)",
      autocomplete: "off",
      spellcheck: "false",
      oninput: typed,
      onkeydown: (event) => {
        if (event.key === "Enter") {
          typed.cancel();
          applyFilter();
        }
      },
    });
    const filterError = h("p", { id: "filter-error", class: "error-text", role: "alert", hidden: true });
    const message = messageLine("action-message");
    const schema = schemaText(info);
    const validatorPre = h("pre", { class: "json" }, schema.validator);
    const indexesPre = h("pre", { class: "json" }, schema.indexes);
    const head = h("thead", { role: "rowgroup" });
    const table = h("table", { class: "grid docs", role: "table", "aria-label": `Documents of ${state.table}` }, head);
    const scroll = h(
      "div",
      { class: "doc-scroll", id: "documents", tabindex: "-1", onscroll: () => maybeLoadMore() },
      table,
    );
    const status = h("p", { class: "doc-status muted", id: "documents-status", "aria-live": "polite" });
    const title = h("h2", { class: "doc-title" }, state.table);
    const count = h("span", { class: "muted doc-count" });

    table.addEventListener("click", onRowClick);
    table.addEventListener("dblclick", (event) => {
      const row = event.target.closest("tr[data-id]");
      if (row && !event.target.closest("button")) editDocument(row.dataset.id);
    });

    pane.replaceChildren(
      h("header", { class: "doc-header" }, title, count),
      h(
        "div",
        { class: "toolbar" },
        h("label", { class: "field" }, h("span", { class: "label" }, "Index"), indexSelect),
        orderToggle,
        h("div", { class: "filter-box" }, filterInput, filterError),
        h(
          "button",
          { type: "button", id: "document-insert", class: "primary", onclick: insertDocument },
          "+ Insert",
        ),
      ),
      h(
        "details",
        { class: "schema", id: "table-schema" },
        h("summary", {}, "Schema"),
        h(
          "div",
          { class: "schema-grid" },
          h("div", {}, h("h3", {}, "Validator"), validatorPre),
          h("div", {}, h("h3", {}, "Indexes"), indexesPre),
        ),
      ),
      message,
      scroll,
      status,
    );
    ui = {
      indexSelect, orderToggle, filterInput, filterError, message, validatorPre, indexesPre,
      head, table, scroll, status, count,
      /** The rows shown, in order (in one <tbody> per page). */
      shownRows: [],
    };
    state.docs = [];
    state.byId = new Map();
    state.columns = [];
    state.rows = new Map();
    state.rowsColumns = null;
    updatePaneHeader();
  }

  function updatePaneHeader() {
    const info = tableInfo(state.table);
    ui.count.textContent = info ? plural(info.documents, "document") : "not in the schema";
    const schema = schemaText(info);
    ui.validatorPre.textContent = schema.validator;
    ui.indexesPre.textContent = schema.indexes;
    const options = indexOptions(info);
    if (!options.some((o) => o.name === state.index)) options.push({ name: state.index, fields: [] });
    const signature = options.map((o) => o.name).join("\n");
    if (ui.indexSelect.dataset.signature !== signature) {
      ui.indexSelect.dataset.signature = signature;
      ui.indexSelect.replaceChildren(
        ...options.map((o) =>
          h("option", { value: o.name }, o.fields?.length ? `${o.name} (${o.fields.join(", ")})` : o.name),
        ),
      );
    }
    ui.indexSelect.value = state.index;
  }

  function syncControls() {
    updatePaneHeader();
    const desc = state.order === "desc";
    ui.orderToggle.textContent = desc ? "desc ↓" : "asc ↑";
    ui.orderToggle.setAttribute(
      "aria-label",
      `Order: ${desc ? "descending" : "ascending"} (click to switch)`,
    );
    ui.orderToggle.dataset.order = state.order;
    if (document.activeElement !== ui.filterInput && ui.filterInput.value !== state.filterText) {
      ui.filterInput.value = state.filterText;
    }
  }

  /** `mode`: reset (first page), more (next page) or reload (what is shown, live). */
  async function loadDocs(mode) {
    if (!ui || refresh.disposed) return;
    if (mode === "more" && (state.loading || state.isDone)) return;
    const seq = ++state.seq;
    state.loading = true;
    renderStatus();
    const limit = mode === "reload" ? Math.min(Math.max(state.docs.length, PAGE_SIZE), MAX_LIMIT) : PAGE_SIZE;
    const query = {
      instance,
      table: state.table,
      index: state.index,
      order: state.order,
      limit,
      filter: state.filter ? JSON.stringify(state.filter) : undefined,
      cursor: mode === "more" ? state.cursor : undefined,
    };
    let answer;
    try {
      answer = await api.get("/api/documents", query);
    } catch (error) {
      if (seq === state.seq && !refresh.disposed) {
        state.loading = false;
        showError(error);
        renderStatus();
      }
      return;
    }
    if (seq !== state.seq || refresh.disposed) return;
    state.loading = false;
    const page = answer.page ?? [];
    // Beyond what one request reloads, the rows further down stay as they were (and the
    // cursor after them), so a live refresh never cuts what the user scrolled to.
    const keepTail = mode === "reload" && state.docs.length > limit;
    if (!keepTail) {
      state.cursor = answer.continueCursor ?? null;
      state.isDone = answer.isDone !== false;
    }
    if (mode === "more") appendDocs(page);
    else if (keepTail) replaceDocs(withTail(page, state.docs.slice(limit)), false);
    else replaceDocs(page, mode === "reset");
    renderStatus();
    maybeLoadMore();
  }

  function withTail(head, tail) {
    const ids = new Set(head.map((d) => d._id));
    return head.concat(tail.filter((d) => !ids.has(d._id)));
  }

  function replaceDocs(docs, toTop) {
    state.docs = docs;
    state.byId = new Map(docs.map((d) => [d._id, d]));
    state.columns = ["_id", "_creationTime"];
    addColumns(state.columns, docs);
    const scrollTop = ui.scroll.scrollTop;
    keepFocus(ui.table, () => renderRows());
    ui.scroll.scrollTop = toTop ? 0 : scrollTop;
  }

  function appendDocs(docs) {
    const fresh = docs.filter((d) => !state.byId.has(d._id));
    for (const doc of fresh) state.byId.set(doc._id, doc);
    state.docs = state.docs.concat(fresh);
    if (addColumns(state.columns, fresh)) {
      keepFocus(ui.table, () => renderRows());
      return;
    }
    const trs = fresh.map((doc) => {
      const row = rowFor(doc);
      state.rows.set(doc._id, row);
      return row.tr;
    });
    ui.table.append(...pageBodies(trs));
    ui.shownRows.push(...trs);
  }

  /** A document's row, the one already shown when the document is unchanged. */
  function rowFor(doc) {
    const json = JSON.stringify(doc);
    const shown = state.rows.get(doc._id);
    return shown && shown.json === json ? shown : { json, tr: documentRow(doc, state.columns) };
  }

  function renderRows() {
    const signature = state.columns.join("\n");
    if (signature !== state.rowsColumns) {
      state.rowsColumns = signature;
      state.rows = new Map();
      renderHeader();
    }
    const rows = new Map();
    const trs = state.docs.map((doc) => {
      const row = rowFor(doc);
      rows.set(doc._id, row);
      return row.tr;
    });
    state.rows = rows;
    // A live reload that changed nothing leaves the DOM alone.
    const shown = ui.shownRows;
    if (trs.length && trs.length === shown.length && trs.every((tr, i) => tr === shown[i])) return;
    for (const body of ui.table.querySelectorAll(":scope > tbody")) body.remove();
    ui.shownRows = trs;
    if (trs.length) {
      ui.table.append(...pageBodies(trs));
    } else {
      const text = state.filter ? "No documents match the filter." : "No documents.";
      const empty = h("td", { class: "empty", role: "cell" }, text);
      ui.table.append(h("tbody", { role: "rowgroup" }, h("tr", { role: "row", class: "empty-row" }, empty)));
    }
  }

  /** The header, and the column widths every row's grid follows. */
  function renderHeader() {
    const widths = state.columns.map((c) => columnWidth(c, state.docs));
    const template = [ACTIONS_COLUMN_PX, ...widths].map((px) => `${px}px`);
    template[template.length - 1] = `minmax(${template[template.length - 1]}, 1fr)`;
    // CSSOM, not a style attribute: the page's Content-Security-Policy refuses those.
    ui.table.style.setProperty("--doc-columns", template.join(" "));
    ui.table.style.width = `${widths.reduce((a, b) => a + b, ACTIONS_COLUMN_PX)}px`;
    ui.head.replaceChildren(
      h(
        "tr",
        { role: "row" },
        h(
          "th",
          { scope: "col", class: "row-actions", role: "columnheader" },
          h("span", { class: "visually-hidden" }, "Actions"),
        ),
        state.columns.map((c) => h("th", { scope: "col", role: "columnheader", title: c }, c)),
      ),
    );
  }

  /**
   * Rows in <tbody>s of a page each: the browser skips laying out and painting those out
   * of view (content-visibility), so a long scroll stays as cheap as the first page.
   */
  function pageBodies(trs) {
    const bodies = [];
    for (let i = 0; i < trs.length; i += PAGE_SIZE) {
      const chunk = trs.slice(i, i + PAGE_SIZE);
      const body = h("tbody", { class: "doc-page", role: "rowgroup" }, chunk);
      body.style.containIntrinsicSize = `auto ${chunk.length * ROW_PX}px`;
      bodies.push(body);
    }
    return bodies;
  }

  function renderStatus() {
    const n = fmtCount(state.docs.length);
    let text;
    if (state.loading) text = state.docs.length ? `${n} loaded · loading more…` : "Loading…";
    else if (state.isDone) text = `All ${n} shown`;
    else text = `${n} loaded · scroll for more`;
    ui.status.textContent = text;
  }

  function maybeLoadMore() {
    const scroll = ui?.scroll;
    if (!scroll || !scroll.isConnected || scroll.clientHeight === 0) return;
    if (state.loading || state.isDone) return;
    if (scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight < LOAD_MORE_MARGIN) loadDocs("more");
  }

  function onRowClick(event) {
    const button = event.target.closest("button[data-action]");
    const id = button?.closest("tr[data-id]")?.dataset.id;
    if (!id) return;
    if (button.dataset.action === "edit") editDocument(id);
    else if (button.dataset.action === "delete") deleteDocument(id);
  }

  /** Drops a deleted document from what is shown (the reload that follows confirms it). */
  function forget(id) {
    state.docs = state.docs.filter((d) => d._id !== id);
    state.byId.delete(id);
    const row = state.rows.get(id);
    state.rows.delete(id);
    if (!row || !ui) return;
    row.tr.remove();
    ui.shownRows = ui.shownRows.filter((tr) => tr !== row.tr);
  }

  function afterWrite() {
    say(ui.message, "");
    refresh.schedule();
  }

  function insertDocument() {
    const table = state.table;
    openEditor({
      title: `Insert a document into ${table}`,
      value: {},
      onSave: async (value) => {
        const outcome = await withConfirmation(
          (confirm) => api.post("/api/documents/insert", confirmed({ instance, table, value }, confirm)),
          writeQuestion(instance, `Insert a document into \`${table}\`.`),
        );
        if (outcome !== CANCELLED) afterWrite();
        return outcome;
      },
    });
  }

  function editDocument(id) {
    const doc = state.byId.get(id);
    if (!doc) return;
    const table = state.table;
    openEditor({
      title: `Edit ${table} ${id}`,
      value: doc,
      onSave: async (edited) => {
        const { _id, _creationTime, ...value } = edited;
        const outcome = await withConfirmation(
          (confirm) => api.post("/api/documents/replace", confirmed({ instance, id, value }, confirm)),
          writeQuestion(instance, `Replace the document \`${id}\` of \`${table}\`.`),
        );
        if (outcome !== CANCELLED) afterWrite();
        return outcome;
      },
    });
  }

  async function deleteDocument(id) {
    const table = state.table;
    const question = writeQuestion(instance, `Delete the document \`${id}\` of \`${table}\`.`, {
      plain: `Delete the document \`${id}\` of \`${table}\`? This cannot be undone.`,
    });
    try {
      const outcome = await withConfirmation(
        (confirm) => api.post("/api/documents/delete", confirmed({ instance, ids: [id] }, confirm)),
        question,
      );
      if (outcome === CANCELLED) return;
      forget(id);
      afterWrite();
    } catch (error) {
      if (ui) say(ui.message, error.message);
    }
  }

  return liveView(el, refresh, {
    update: applyRoute,
    focusFilter: () => ui?.filterInput.focus(),
  });
}

// ---------------------------------------------------------------------------------------
// Functions

function functionsView(route) {
  const instance = route.instance;
  let functions = null;
  let selectedPath = route.params.get("fn");
  const drafts = new Map();

  const search = h("input", {
    type: "search",
    id: "function-filter",
    placeholder: "Filter functions",
    "aria-label": "Filter functions",
    oninput: () => renderList(),
  });
  const list = h("div", { class: "fn-list" });
  const detail = h("section", { class: "fn-detail" });
  const el = h(
    "div",
    { class: "page functions-page" },
    h("aside", { class: "fn-nav" }, search, list),
    detail,
  );

  api
    .get("/api/functions", { instance })
    .then((answer) => {
      functions = answer.functions ?? [];
      renderList();
      renderDetail();
    })
    .catch((error) => {
      showError(error);
      list.replaceChildren(h("p", { class: "empty" }, "Cannot list the functions."));
    });

  function moduleOf(fn) {
    return fn.module ?? fn.path.split(":")[0];
  }

  function renderList() {
    if (!functions) return;
    const needle = search.value.trim().toLowerCase();
    const groups = new Map();
    for (const fn of functions) {
      if (needle && !fn.path.toLowerCase().includes(needle)) continue;
      const module = moduleOf(fn);
      if (!groups.has(module)) groups.set(module, []);
      groups.get(module).push(fn);
    }
    keepFocus(list, () => {
      list.replaceChildren(
        ...[...groups.keys()].sort().map((module) =>
          h(
            "section",
            { class: "fn-group" },
            h("h3", { class: "fn-module mono" }, module),
            h("ul", {}, groups.get(module).map(functionItem)),
          ),
        ),
      );
      if (!groups.size) {
        list.append(h("p", { class: "empty" }, functions.length ? "No function matches." : "No functions."));
      }
    });
  }

  function functionItem(fn) {
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "fn-item",
          "data-function": fn.path,
          "aria-current": fn.path === selectedPath ? "true" : null,
          onclick: () => navigate("functions", { instance, fn: fn.path }),
        },
        h("span", { class: "fn-name mono" }, fn.name ?? fn.path),
        h("span", { class: "badges" }, badge(fn.kind), fn.visibility === "internal" ? badge("internal") : null),
      ),
    );
  }

  function renderDetail() {
    if (!functions) return;
    const selected = functions.find((fn) => fn.path === selectedPath) ?? null;
    for (const item of list.querySelectorAll("[data-function]")) {
      if (item.dataset.function === selectedPath) item.setAttribute("aria-current", "true");
      else item.removeAttribute("aria-current");
    }
    if (!selected) {
      const text = selectedPath ? `No function ${selectedPath} in this instance.` : "Select a function to run it.";
      detail.replaceChildren(h("p", { class: "empty" }, text));
      return;
    }
    detail.replaceChildren(functionDetail(selected));
  }

  function functionDetail(fn) {
    const args = validatorOf(fn.args);
    const returns = validatorOf(fn.returns);
    const internal = fn.visibility === "internal";
    const draft = drafts.get(fn.path) ?? pretty(argsSkeleton(args));
    const argsInput = h("textarea", {
      id: "run-args",
      class: "mono",
      rows: "8",
      spellcheck: "false",
      "aria-label": "Arguments (JSON)",
      value: draft,
      oninput: () => drafts.set(fn.path, argsInput.value),
      onkeydown: (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          run();
        }
      },
    });
    const runButton = h("button", { type: "button", id: "run-button", class: "primary", onclick: run }, `Run ${fn.kind}`);
    const output = h("div", { class: "run-output", "aria-live": "polite" });

    async function run() {
      let parsed;
      try {
        parsed = JSON.parse(argsInput.value || "{}");
      } catch (error) {
        showOutput(output, { ok: false, error: `The arguments are not JSON: ${error.message}` });
        return;
      }
      runButton.disabled = true;
      runButton.textContent = "Running…";
      try {
        const outcome = await withConfirmation(
          (confirm) => api.post("/api/run", confirmed({ instance, path: fn.path, args: parsed }, confirm)),
          internal && instance !== "" ? { ask: internalFunctionRisk(instance, fn.path), flag: true } : {},
        );
        if (outcome !== CANCELLED) showOutput(output, outcome);
      } catch (error) {
        showOutput(output, { ok: false, error: error.message });
      } finally {
        runButton.disabled = false;
        runButton.textContent = `Run ${fn.kind}`;
      }
    }

    return h(
      "div",
      { class: "fn-card" },
      h(
        "header",
        { class: "fn-header" },
        h("h2", { class: "mono" }, fn.path),
        badge(fn.kind),
        badge(fn.visibility ?? "public", fn.visibility === "internal" ? "internal" : "public"),
      ),
      internal && instance !== ""
        ? h("p", { class: "note" }, "An internal function of a component: running it asks for confirmation first.")
        : null,
      fn.kind === "httpAction"
        ? h("p", { class: "note" }, "HTTP actions answer requests at the deployment's site URL.")
        : null,
      validatorBlock("Args", args),
      validatorBlock("Returns", returns),
      h("label", { class: "block-label", for: "run-args" }, "Arguments (JSON) — Ctrl+Enter runs"),
      argsInput,
      h("div", { class: "run-bar" }, runButton),
      output,
    );
  }

  return {
    el,
    update(next) {
      const path = next.params.get("fn");
      if (path === selectedPath) return;
      selectedPath = path;
      renderDetail();
    },
  };
}

function validatorBlock(title, validator) {
  return h(
    "section",
    { class: "validator" },
    h("h3", {}, title, " ", h("code", { class: "type-summary" }, validator ? describeValidator(validator) : "not validated")),
    h("details", {}, h("summary", {}, "validator JSON"), h("pre", { class: "json" }, pretty(validator ?? null))),
  );
}

/** A run's outcome: its value or error, its duration and its console lines. */
function showOutput(output, outcome) {
  const ok = outcome.ok !== false;
  const lines = outcome.logLines ?? [];
  output.replaceChildren(
    h(
      "div",
      { class: "run-meta" },
      h("span", { class: `status ${ok ? "status-ok" : "status-error"}` }, ok ? "ok" : "error"),
      h("span", { id: "run-duration", class: "muted" }, fmtDuration(outcome.durationMs)),
    ),
    h(
      "pre",
      { id: "run-result", class: ok ? "json result" : "json result error" },
      ok ? pretty(outcome.value ?? null) : String(outcome.error ?? "failed"),
    ),
    h("h3", {}, "Logs"),
    h(
      "div",
      { id: "run-logs", class: "log-lines" },
      lines.length ? lines.map(logLine) : h("span", { class: "muted" }, "(no console output)"),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// Logs

/** The logs page's filters, kept while the page comes and goes. */
const logFilters = { instance: "*", path: "" };

function logLine(line) {
  const level = /^\[(\w+)\]/.exec(line)?.[1]?.toLowerCase() ?? "log";
  return h("div", { class: `line line-${level}` }, line);
}

function logMatches(entry) {
  if (logFilters.instance !== "*" && (entry.instance ?? "") !== logFilters.instance) return false;
  const needle = logFilters.path.trim().toLowerCase();
  return !needle || String(entry.path ?? "").toLowerCase().includes(needle);
}

function logEntry(entry) {
  const ok = entry.ok !== false;
  const lines = entry.logLines ?? [];
  return h(
    "li",
    {
      class: `log-entry ${ok ? "ok" : "failed"}`,
      "data-path": entry.path ?? "",
      "data-instance": entry.instance ?? "",
      "data-entry": entry.id,
    },
    h(
      "div",
      { class: "log-head" },
      h("time", { class: "log-time", title: fmtTime(entry.time, { millis: true }) }, fmtClock(entry.time)),
      h("span", { class: `status ${ok ? "status-ok" : "status-error"}` }, ok ? "ok" : "error"),
      h("span", { class: "log-instance" }, entry.instance ? entry.instance : "app"),
      h("span", { class: "log-path mono" }, entry.path ?? ""),
      badge(entry.kind),
      h("span", { class: "log-source muted" }, entry.source ?? ""),
      h("span", { class: "log-duration muted" }, fmtDuration(entry.durationMs)),
    ),
    !ok && entry.error ? h("pre", { class: "log-error" }, entry.error) : null,
    lines.length ? h("div", { class: "log-lines" }, lines.map(logLine)) : null,
  );
}

function logsView() {
  const instanceFilter = h(
    "select",
    {
      id: "log-instance-filter",
      "aria-label": "Instance",
      onchange: () => {
        logFilters.instance = instanceFilter.value;
        renderAll();
      },
    },
    h("option", { value: "*" }, "All instances"),
    deployment.instances.map((i) => h("option", { value: i.path }, instanceLabel(i.path))),
  );
  if (![...instanceFilter.options].some((o) => o.value === logFilters.instance)) logFilters.instance = "*";
  instanceFilter.value = logFilters.instance;
  const functionFilter = h("input", {
    type: "search",
    id: "log-function-filter",
    class: "mono",
    placeholder: "Function path contains…",
    "aria-label": "Function path contains",
    value: logFilters.path,
    oninput: debounce(() => {
      logFilters.path = functionFilter.value;
      renderAll();
    }, 150),
  });
  const list = h("ol", { id: "log-list", class: "log-list" });
  const summary = h("span", { class: "muted", "aria-live": "polite" });
  const el = h(
    "div",
    { class: "page logs-page" },
    h(
      "header",
      { class: "page-header" },
      h("h2", {}, "Logs"),
      h("div", { class: "toolbar" }, instanceFilter, functionFilter, summary),
    ),
    list,
  );

  function updateSummary() {
    summary.textContent = `${fmtCount(list.childElementCount)} of ${fmtCount(logStore.entries.length)} executions`;
  }

  function renderAll() {
    const rows = document.createDocumentFragment();
    for (let i = logStore.entries.length - 1; i >= 0; i--) {
      const entry = logStore.entries[i];
      if (logMatches(entry)) rows.append(logEntry(entry));
    }
    list.replaceChildren(rows);
    updateSummary();
  }

  function onEntries(batch, reordered) {
    if (reordered) {
      renderAll();
      return;
    }
    const rows = document.createDocumentFragment();
    for (let i = batch.length - 1; i >= 0; i--) {
      if (logMatches(batch[i])) rows.append(logEntry(batch[i]));
    }
    list.prepend(rows);
    while (list.childElementCount > MAX_LOG_ENTRIES) list.lastElementChild.remove();
    updateSummary();
  }

  renderAll();
  logStore.listeners.add(onEntries);
  return {
    el,
    dispose: () => logStore.listeners.delete(onEntries),
  };
}

// ---------------------------------------------------------------------------------------
// Schedules

function schedulesView(route) {
  const instance = route.instance;
  const message = messageLine("action-message");
  const jobs = dataTable("jobs", ["Function", "Scheduled", "State", "Completed", "Args", ""]);
  const crons = dataTable("crons", ["Name", "Function", "Schedule", "Next run"]);
  const el = h(
    "div",
    { class: "page schedules-page" },
    h("header", { class: "page-header" }, h("h2", {}, "Scheduled functions")),
    message,
    h("div", { class: "table-wrap" }, jobs.table),
    h("header", { class: "page-header" }, h("h2", {}, "Cron jobs")),
    h("div", { class: "table-wrap" }, crons.table),
  );
  const refresh = refresher(load);
  load();

  async function load() {
    try {
      const answer = await api.get("/api/schedules", { instance });
      if (!refresh.disposed) render(answer);
    } catch (error) {
      if (!refresh.disposed) showError(error);
    }
  }

  function render(answer) {
    keepFocus(jobs.body, () => {
      const list = answer.jobs ?? [];
      jobs.body.replaceChildren(...list.map(jobRow));
      if (!list.length) jobs.body.append(emptyRow(6, "No scheduled functions."));
    });
    const cronList = answer.crons ?? [];
    crons.body.replaceChildren(...cronList.map(cronRow));
    if (!cronList.length) crons.body.append(emptyRow(5, "No cron jobs."));
  }

  function jobRow(job) {
    const id = job._id;
    const kind = job.state?.kind ?? "unknown";
    return h(
      "tr",
      { "data-job-id": id },
      h("td", { class: "mono" }, job.name ?? ""),
      h("td", {}, timeWithRelative(job.scheduledTime)),
      h("td", { class: `job-state state-${kind}`, title: job.state?.error ?? null }, kind),
      h(
        "td",
        {},
        isTime(job.completedTime) ? fmtTime(job.completedTime) : h("span", { class: "muted" }, "—"),
        job.state?.error ? h("div", { class: "error-text" }, job.state.error) : null,
      ),
      valueCell(job.args),
      h(
        "td",
        { class: "actions" },
        kind === "pending"
          ? h("button", { type: "button", "data-action": "cancel", onclick: () => cancel(id, job.name) }, "cancel")
          : null,
      ),
    );
  }

  async function cancel(id, name) {
    const question = writeQuestion(instance, `Cancel the scheduled run of \`${name}\`.`, {
      what: "scheduled jobs",
    });
    await postThenReload(message, "/api/schedules/cancel", { instance, id }, question, load);
  }

  return liveView(el, refresh);
}

function cronRow(cron) {
  const declaration = isPlainObject(cron.declaration) ? cron.declaration : {};
  return h(
    "tr",
    { "data-cron": cron.name },
    h("td", {}, cron.name),
    h("td", { class: "mono" }, declaration.name ?? ""),
    h("td", {}, describeSchedule(declaration.schedule)),
    h("td", {}, timeWithRelative(cron.nextRun)),
  );
}

function valueCell(value) {
  const text = value === undefined ? "" : compact(value);
  return h("td", { class: "mono args", title: truncate(text, 2000) }, truncate(text, 160));
}

function emptyRow(columns, text) {
  return h("tr", {}, h("td", { class: "empty", colspan: columns }, text));
}

// ---------------------------------------------------------------------------------------
// Files

function filesView(route) {
  const instance = route.instance;
  const message = messageLine("action-message");
  const files = dataTable("files", ["ID", "Size", "Content type", "SHA-256", "Created", ""]);
  const upload = h("input", { type: "file", id: "file-upload", onchange: () => uploadFile() });
  const el = h(
    "div",
    { class: "page files-page" },
    h(
      "header",
      { class: "page-header" },
      h("h2", {}, "Files"),
      h("label", { class: "upload button-like" }, "Upload a file… ", upload),
    ),
    message,
    h("div", { class: "table-wrap" }, files.table),
  );
  const refresh = refresher(load);
  load();

  async function load() {
    try {
      const answer = await api.get("/api/files", { instance });
      if (refresh.disposed) return;
      const list = answer.files ?? [];
      keepFocus(files.body, () => {
        files.body.replaceChildren(...list.map(fileRow));
        if (!list.length) files.body.append(emptyRow(6, "No stored files."));
      });
    } catch (error) {
      if (!refresh.disposed) showError(error);
    }
  }

  function fileRow(file) {
    const id = file._id;
    const href = `/api/files/download${queryString({ instance, id })}`;
    return h(
      "tr",
      { "data-file-id": id },
      h("td", { class: "mono" }, id),
      h("td", { class: "num", title: `${file.size} bytes` }, fmtBytes(file.size)),
      h("td", { class: "mono" }, file.contentType ?? h("span", { class: "muted" }, "—")),
      h("td", { class: "mono hash", title: file.sha256 ?? "" }, truncate(file.sha256 ?? "", 16)),
      h("td", {}, fmtTime(file._creationTime)),
      h(
        "td",
        { class: "actions" },
        h("a", { href, download: id, "data-action": "download" }, "download"),
        h(
          "button",
          { type: "button", "data-action": "delete", class: "danger-text", onclick: () => remove(id) },
          "delete",
        ),
      ),
    );
  }

  async function uploadFile() {
    const file = upload.files?.[0];
    if (!file) return;
    try {
      const outcome = await withConfirmation(
        (confirm) => api.upload(instance, file, confirm),
        writeQuestion(instance, `Upload \`${file.name}\` into the file storage.`, { what: "tables and files" }),
      );
      if (outcome === CANCELLED) return;
      say(message, `Uploaded ${file.name} as ${outcome.storageId}.`, "ok");
      await load();
    } catch (error) {
      say(message, error.message);
    } finally {
      upload.value = "";
    }
  }

  async function remove(id) {
    const question = writeQuestion(instance, `Delete the stored file \`${id}\`.`, {
      plain: `Delete the stored file \`${id}\`? This cannot be undone.`,
      what: "tables and files",
    });
    await postThenReload(message, "/api/files/delete", { instance, id }, question, load);
  }

  return liveView(el, refresh);
}

// ---------------------------------------------------------------------------------------
// Env

function envView() {
  const vars = dataTable("env", ["Name", "Value", ""]);
  const nameInput = h("input", {
    id: "env-name",
    class: "mono",
    placeholder: "NAME",
    "aria-label": "Name",
    autocomplete: "off",
    spellcheck: "false",
  });
  const valueInput = h("input", {
    id: "env-value",
    class: "mono",
    placeholder: "value",
    "aria-label": "Value",
    autocomplete: "off",
    spellcheck: "false",
  });
  const error = h("p", { id: "env-error", class: "error-text", role: "alert", hidden: true });
  const form = h(
    "form",
    { id: "env-form", class: "toolbar env-form", onsubmit: (event) => (event.preventDefault(), setVar()) },
    nameInput,
    valueInput,
    h("button", { type: "submit", id: "env-set", class: "primary" }, "Set"),
  );
  const el = h(
    "div",
    { class: "page env-page" },
    h("header", { class: "page-header" }, h("h2", {}, "Environment variables")),
    h("p", { class: "muted" }, "The deployment's env vars, shared by the app and every component; functions see a change from their next call."),
    form,
    error,
    h("div", { class: "table-wrap" }, vars.table),
  );
  let disposed = false;
  load();

  async function load() {
    try {
      const answer = await api.get("/api/env");
      if (disposed) return;
      const list = answer.vars ?? [];
      keepFocus(vars.body, () => {
        vars.body.replaceChildren(...list.map(varRow));
        if (!list.length) vars.body.append(emptyRow(3, "No env vars."));
      });
    } catch (e) {
      if (!disposed) showError(e);
    }
  }

  function varRow({ name, value }) {
    return h(
      "tr",
      { "data-env": name },
      h("td", { class: "mono" }, name),
      h("td", { class: "mono env-value" }, value),
      h(
        "td",
        { class: "actions" },
        h("button", { type: "button", "data-action": "edit", onclick: () => edit(name, value) }, "edit"),
        h(
          "button",
          { type: "button", "data-action": "remove", class: "danger-text", onclick: () => remove(name) },
          "remove",
        ),
      ),
    );
  }

  function edit(name, value) {
    nameInput.value = name;
    valueInput.value = value;
    valueInput.focus();
    valueInput.select();
  }

  async function setVar() {
    const name = nameInput.value.trim();
    if (!name) {
      say(error, "A name is needed.");
      nameInput.focus();
      return;
    }
    try {
      await api.post("/api/env/set", { name, value: valueInput.value });
      say(error, "");
      nameInput.value = "";
      valueInput.value = "";
      await load();
    } catch (e) {
      say(error, e.message);
    }
  }

  async function remove(name) {
    try {
      await api.post("/api/env/remove", { name });
      say(error, "");
      await load();
    } catch (e) {
      say(error, e.message);
    }
  }

  return {
    el,
    onChange: debounce(load, 200),
    dispose() {
      disposed = true;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Start

const VIEWS = {
  data: dataView,
  functions: functionsView,
  logs: logsView,
  schedules: schedulesView,
  files: filesView,
  env: envView,
};

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function onKeydown(event) {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
  if (!current?.view.focusFilter) return;
  event.preventDefault();
  current.view.focusFilter();
}

async function loadDeployment() {
  try {
    const answer = await api.get("/api/deployment");
    if (Array.isArray(answer.instances) && answer.instances.length) deployment.instances = answer.instances;
    fillInstanceSelect();
    const info = [answer.version && `v${answer.version}`, answer.apiUrl].filter(Boolean).join(" · ");
    $("deployment-info").textContent = info;
  } catch (error) {
    showError(error);
  }
}

async function start() {
  initConfirmDialog();
  initEditor();
  $("error-dismiss").addEventListener("click", hideError);
  $("instance-select").addEventListener("change", onInstanceSelected);
  document.addEventListener("keydown", onKeydown);
  window.addEventListener("hashchange", onRoute);
  await loadDeployment();
  onRoute();
  fetchLogs();
  connectLive();
}

start();

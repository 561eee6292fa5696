// Activation with a mocked `vscode` module and language client: no VS Code download needed.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require("module");

const state = {
  folder: "",
  settings: {} as Record<string, unknown>,
  registered: [] as string[],
  errors: [] as string[],
  clients: [] as { server: { command: string; args: string[] }; options: { initializationOptions: unknown } }[],
};

const fakeVscode = {
  workspace: {
    getConfiguration: () => ({ get: (key: string, fallback: unknown) => state.settings[key] ?? fallback }),
    get workspaceFolders() {
      return [{ uri: { fsPath: state.folder } }];
    },
  },
  window: {
    createOutputChannel: () => ({ appendLine() {}, show() {} }),
    showErrorMessage: (message: string) => {
      state.errors.push(message);
      return Promise.resolve(undefined);
    },
    activeTextEditor: undefined,
  },
  commands: {
    registerCommand: (name: string) => {
      state.registered.push(name);
      return { dispose() {} };
    },
  },
};

class FakeLanguageClient {
  constructor(_id: string, _name: string, server: { command: string; args: string[] }, options: { initializationOptions: unknown }) {
    state.clients.push({ server, options });
  }
  start() {
    return Promise.resolve();
  }
  stop() {
    return Promise.resolve();
  }
}

const originalLoad = Module._load;
Module._load = function (request: string, ...rest: unknown[]) {
  if (request === "vscode") return fakeVscode;
  if (request === "vscode-languageclient/node") return { LanguageClient: FakeLanguageClient };
  return originalLoad.call(this, request, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require("../src/extension");

test("starts `convexkit lsp` from the project's node_modules/.bin and registers the commands", () => {
  state.folder = fs.mkdtempSync(path.join(os.tmpdir(), "convexkit-ext-"));
  const binary = path.join(state.folder, "node_modules", ".bin", "convexkit");
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  fs.writeFileSync(binary, "");
  state.settings = { codegenOnSave: false, rules: { "unused-component": "off" } };
  extension.activate({ subscriptions: [] });
  assert.deepEqual(state.clients[0].server, { command: binary, args: ["lsp"] });
  assert.deepEqual(state.clients[0].options.initializationOptions, { codegenOnSave: false, rules: { "unused-component": "off" } });
  assert.deepEqual(state.registered, ["convexkit.restartServer", "convexkit.runCodegen", "convexkit.showOutput"]);
  assert.deepEqual(state.errors, []);
});

test("says where it looked when no binary is found", () => {
  state.folder = fs.mkdtempSync(path.join(os.tmpdir(), "convexkit-ext-empty-"));
  state.settings = {};
  const savedPath = process.env.PATH;
  process.env.PATH = "";
  try {
    state.clients = [];
    extension.activate({ subscriptions: [] });
  } finally {
    process.env.PATH = savedPath;
  }
  assert.equal(state.clients.length, 0);
  assert.equal(state.errors.length, 1);
  assert.match(state.errors[0], /convexkit was not found/);
  assert.match(state.errors[0], /node_modules\/\.bin\/convexkit/);
});

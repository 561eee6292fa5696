// The real `convexkit lsp` over stdio, spoken to with vscode-jsonrpc (the library
// vscode-languageclient uses). Needs CONVEXKIT_BIN and PROJECT (a fixture app copy after
// `convexkit codegen`), which tests/tests/vscode_extension.rs provides; skipped otherwise.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const binary = process.env.CONVEXKIT_BIN;
const project = process.env.PROJECT;

test("diagnostics, hover, completion and definition from the real server", { skip: !binary || !project }, async () => {
  const server = spawn(binary!, ["lsp"], { cwd: project });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.onRequest(() => null);
  const file = path.join(project!, "convex/limits.ts");
  const uri = pathToFileURL(file).toString();
  const diagnostics = new Promise<{ code: string }[]>((resolve) =>
    connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; diagnostics: { code: string }[] }) => {
      if (params.uri === uri) resolve(params.diagnostics);
    }),
  );
  connection.listen();
  const init = await connection.sendRequest<{ capabilities: { hoverProvider: boolean } }>("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(project!).toString(),
    capabilities: {},
  });
  assert.equal(init.capabilities.hoverProvider, true);
  await connection.sendNotification("initialized", {});
  const text = fs.readFileSync(file, "utf8");
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text } });
  assert.ok((await diagnostics).some((d) => d.code === "unknown-component"));

  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("components.rateLimiter"));
  const character = lines[line].indexOf("components.rateLimiter") + "components.".length;
  const position = { textDocument: { uri }, position: { line, character: character + 2 } };
  const hover = await connection.sendRequest<{ contents: { value: string } }>("textDocument/hover", position);
  assert.match(hover.contents.value, /@convex-dev\/rate-limiter/);
  const completion = await connection.sendRequest<{ label: string }[]>("textDocument/completion", { ...position, position: { line, character } });
  assert.ok(completion.some((item) => item.label === "leaderboard"));
  const definition = await connection.sendRequest<{ uri: string }>("textDocument/definition", position);
  assert.ok(definition.uri.endsWith("convex/convex.config.ts"));

  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  connection.dispose();
  await new Promise((resolve) => server.on("exit", resolve));
});

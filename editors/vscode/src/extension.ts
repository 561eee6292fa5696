// The VS Code side of convexkit: starts `convexkit lsp` with vscode-languageclient and adds
// the Restart server / Run codegen / Show output commands.
import * as fs from "fs";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { findBinary, notFoundMessage } from "./discovery";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function startClient(): LanguageClient | undefined {
  const config = vscode.workspace.getConfiguration("convexkit");
  const found = findBinary({
    setting: config.get<string>("path", ""),
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    env: process.env,
    platform: process.platform,
    exists: (file) => fs.existsSync(file),
  });
  if (found.path === undefined) {
    void vscode.window.showErrorMessage(notFoundMessage(found.searched));
    return undefined;
  }
  output?.appendLine(`convexkit: using ${found.path} (from ${found.source})`);
  const serverOptions: ServerOptions = { command: found.path, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "typescript" },
      { scheme: "file", language: "javascript" },
      { scheme: "file", language: "typescriptreact" },
    ],
    initializationOptions: {
      codegenOnSave: config.get<boolean>("codegenOnSave", true),
      rules: config.get<Record<string, string>>("rules", {}),
    },
    outputChannel: output,
  };
  const started = new LanguageClient("convexkit", "convexkit", serverOptions, clientOptions);
  void started.start();
  return started;
}

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel("convexkit");
  client = startClient();
  context.subscriptions.push(
    vscode.commands.registerCommand("convexkit.restartServer", async () => {
      await client?.stop();
      client = startClient();
    }),
    vscode.commands.registerCommand("convexkit.runCodegen", async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!client || !document) return;
      await client.sendRequest("workspace/executeCommand", {
        command: "convexkit.runCodegen",
        arguments: [document.uri.toString()],
      });
    }),
    vscode.commands.registerCommand("convexkit.showOutput", () => output?.show()),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

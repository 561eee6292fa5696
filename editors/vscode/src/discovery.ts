// Finding the convexkit binary: the `convexkit.path` setting, then each workspace folder's
// node_modules/.bin, then PATH. Pure (no `vscode`), so it is unit-tested directly.
import * as path from "path";

export interface DiscoveryInput {
  /** The `convexkit.path` setting ("" when unset). */
  setting: string;
  workspaceFolders: string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (file: string) => boolean;
}

export type Discovery =
  | { path: string; source: "setting" | "node_modules" | "PATH" }
  | { path: undefined; searched: string[] };

export function findBinary(input: DiscoveryInput): Discovery {
  const searched: string[] = [];
  const names = input.platform === "win32" ? ["convexkit.exe", "convexkit.cmd", "convexkit"] : ["convexkit"];
  if (input.setting) {
    const candidate = path.isAbsolute(input.setting)
      ? input.setting
      : path.join(input.workspaceFolders[0] ?? process.cwd(), input.setting);
    if (input.exists(candidate)) return { path: candidate, source: "setting" };
    searched.push(`convexkit.path setting: ${candidate}`);
  }
  for (const folder of input.workspaceFolders) {
    for (const name of names) {
      const candidate = path.join(folder, "node_modules", ".bin", name);
      if (input.exists(candidate)) return { path: candidate, source: "node_modules" };
    }
    searched.push(path.join(folder, "node_modules", ".bin", "convexkit"));
  }
  const separator = input.platform === "win32" ? ";" : ":";
  for (const dir of (input.env.PATH ?? "").split(separator).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (input.exists(candidate)) return { path: candidate, source: "PATH" };
    }
  }
  searched.push("PATH");
  return { path: undefined, searched };
}

export function notFoundMessage(searched: string[]): string {
  return (
    `convexkit was not found (looked in: ${searched.join("; ")}). ` +
    "Set `convexkit.path` to the binary, or install convexkit so that node_modules/.bin/convexkit or PATH provides it."
  );
}

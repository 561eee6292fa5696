import * as assert from "node:assert/strict";
import { test } from "node:test";
import { findBinary, notFoundMessage } from "../src/discovery";

const base = { workspaceFolders: ["/work/app"], env: { PATH: "/usr/local/bin:/usr/bin" }, platform: "linux" as const };

test("the setting wins, relative to the first workspace folder", () => {
  const found = findBinary({ ...base, setting: "tools/convexkit", exists: (f) => f === "/work/app/tools/convexkit" });
  assert.deepEqual(found, { path: "/work/app/tools/convexkit", source: "setting" });
});

test("then the project's node_modules/.bin", () => {
  const found = findBinary({ ...base, setting: "", exists: (f) => f === "/work/app/node_modules/.bin/convexkit" || f === "/usr/bin/convexkit" });
  assert.deepEqual(found, { path: "/work/app/node_modules/.bin/convexkit", source: "node_modules" });
});

test("then PATH, in order", () => {
  const found = findBinary({ ...base, setting: "", exists: (f) => f === "/usr/bin/convexkit" });
  assert.deepEqual(found, { path: "/usr/bin/convexkit", source: "PATH" });
});

test("a missing setting is reported among the places searched", () => {
  const found = findBinary({ ...base, setting: "/opt/missing", exists: () => false });
  assert.equal(found.path, undefined);
  if (found.path === undefined) {
    assert.deepEqual(found.searched, ["convexkit.path setting: /opt/missing", "/work/app/node_modules/.bin/convexkit", "PATH"]);
    assert.match(notFoundMessage(found.searched), /Set `convexkit.path`/);
  }
});

test("windows looks for .cmd shims in node_modules/.bin", () => {
  const found = findBinary({ ...base, platform: "win32", env: { PATH: "" }, setting: "", exists: (f) => f.endsWith("convexkit.cmd") });
  assert.equal(found.path?.endsWith("convexkit.cmd"), true);
});

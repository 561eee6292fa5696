// Runs ESLint with every rule of @convex-dev/eslint-plugin 5.0.0 on files of a Convex
// project and prints what it reports as JSON lines: {"code","path","line","column"}.
//
//   node lint.mjs PROJECT_DIR [--typed] [--rules all|recommended] [--options JSON] FILE...
//
// PATHs are relative to PROJECT_DIR. `--typed` lints with type information (typescript-
// eslint's project service over the project's tsconfig), as Convex's docs set it up;
// without it the plugin uses its syntax-only fallbacks. `--rules all` turns on the rules
// the recommended config leaves off. `--options '{"rule": {...}}'` gives rules their options.
import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import convexPlugin from "@convex-dev/eslint-plugin";

const args = process.argv.slice(2);
const project = path.resolve(args.shift());
const typed = args.includes("--typed");
const all = args[args.indexOf("--rules") + 1] === "all";
const valued = ["--rules", "--options"];
const options = args.includes("--options") ? JSON.parse(args[args.indexOf("--options") + 1]) : {};
const files = args.filter((a, i) => !a.startsWith("--") && !valued.includes(args[i - 1]));

const rules = Object.fromEntries(
  Object.keys(convexPlugin.rules).map((name) => {
    const level = all ? "error" : (convexPlugin.configs.recommended[0].rules[`@convex-dev/${name}`] ?? "off");
    return [`@convex-dev/${name}`, options[name] ? [level, options[name]] : level];
  }),
);
const eslint = new ESLint({
  cwd: project,
  overrideConfigFile: true,
  overrideConfig: [
    { ignores: ["**/_generated/**", "**/node_modules/**"] },
    {
      files: ["**/*.ts", "**/*.tsx", "**/*.js", "**/*.mjs"],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir: project } : {},
      },
      plugins: { "@convex-dev": convexPlugin },
      linterOptions: { reportUnusedDisableDirectives: "off" },
      rules,
    },
  ],
});
const results = await eslint.lintFiles(files.length ? files : ["convex"]);
for (const result of results) {
  for (const message of result.messages) {
    if (!message.ruleId) {
      if (message.fatal) console.error(`${result.filePath}: ${message.message}`);
      continue;
    }
    console.log(
      JSON.stringify({
        code: message.ruleId.replace("@convex-dev/", ""),
        path: path.relative(project, result.filePath).split(path.sep).join("/"),
        line: message.line,
        column: message.column,
      }),
    );
  }
}

import { describe, expect, it } from "vitest";
import {
  buildEmbeddingText,
  getFrontmatterMetadata,
  getFrontmatterValue,
  hashSkillFiles,
  isMacJunkPath,
  parseClawdisMetadata,
  parseFrontmatter,
  parseSkillMarkdown,
  sanitizePath,
} from "./skills";

describe("skills utils", () => {
  it("parses frontmatter", () => {
    const frontmatter = parseFrontmatter(`---\nname: demo\ndescription: Hello\n---\nBody`);
    expect(frontmatter.name).toBe("demo");
    expect(frontmatter.description).toBe("Hello");
  });

  it("handles missing or invalid frontmatter blocks", () => {
    expect(parseFrontmatter("nope")).toEqual({});
    expect(parseFrontmatter("---\nname: demo\nBody without end")).toEqual({});
  });

  it.each(["\n", "\r\n", "\r"])("splits real frontmatter with %j line endings", (lineEnding) => {
    const markdown = ["---", "name: demo", "---", "# Body"].join(lineEnding);

    expect(parseSkillMarkdown(markdown)).toEqual({
      frontmatter: { name: "demo" },
      body: "# Body",
    });
  });

  it("keeps a leading thematic break when its contents are not YAML frontmatter", () => {
    const markdown = "---\n\n# Body\n\n---\n\nMore documentation.";

    expect(parseSkillMarkdown(markdown)).toEqual({
      frontmatter: {},
      body: markdown,
    });
  });

  it.each(["---\nname: [\n---\n# Body", "---\nname: demo\n# Body without a closing delimiter"])(
    "keeps malformed or unterminated frontmatter as body",
    (markdown) => {
      expect(parseSkillMarkdown(markdown)).toEqual({
        frontmatter: {},
        body: markdown,
      });
    },
  );

  it("strips quotes in frontmatter values", () => {
    const frontmatter = parseFrontmatter(`---\nname: "demo"\ndescription: 'Hello'\n---\nBody`);
    expect(frontmatter.name).toBe("demo");
    expect(frontmatter.description).toBe("Hello");
  });

  it("parses block scalars in frontmatter", () => {
    const folded = parseFrontmatter(
      `---\nname: demo\ndescription: >\n  Hello\n  world.\n\n  Next paragraph.\n---\nBody`,
    );
    expect(folded.description).toBe("Hello world.\nNext paragraph.");

    const literal = parseFrontmatter(
      `---\nname: demo\ndescription: |\n  Hello\n  world.\n---\nBody`,
    );
    expect(literal.description).toBe("Hello\nworld.");
  });

  it("keeps structured YAML values in frontmatter", () => {
    const frontmatter = parseFrontmatter(
      `---\nname: demo\ncount: 3\nnums: [1, 2]\nobj:\n  a: b\n---\nBody`,
    );
    expect(frontmatter.nums).toEqual([1, 2]);
    expect(frontmatter.obj).toEqual({ a: "b" });
    expect(frontmatter.name).toBe("demo");
    expect(frontmatter.count).toBe(3);
    expect(getFrontmatterValue(frontmatter, "count")).toBeUndefined();
  });

  it("parses clawdis metadata", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata: {"clawdis":{"requires":{"bins":["rg"]},"emoji":"🦞"}}\n---\nBody`,
    );
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.emoji).toBe("🦞");
    expect(clawdis?.requires?.bins).toEqual(["rg"]);
  });

  it("ignores invalid clawdis metadata", () => {
    const frontmatter = parseFrontmatter(`---\nmetadata: not-json\n---\nBody`);
    expect(parseClawdisMetadata(frontmatter)).toBeUndefined();
  });

  it("accepts metadata as YAML object (no JSON string)", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata:\n  clawdis:\n    emoji: "🦞"\n    requires:\n      bins:\n        - rg\n---\nBody`,
    );
    expect(getFrontmatterMetadata(frontmatter)).toEqual({
      clawdis: { emoji: "🦞", requires: { bins: ["rg"] } },
    });
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.emoji).toBe("🦞");
    expect(clawdis?.requires?.bins).toEqual(["rg"]);
  });

  it("accepts clawdis as top-level YAML key", () => {
    const frontmatter = parseFrontmatter(
      `---\nclawdis:\n  emoji: "🦞"\n  requires:\n    anyBins: [rg, fd]\n---\nBody`,
    );
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.emoji).toBe("🦞");
    expect(clawdis?.requires?.anyBins).toEqual(["rg", "fd"]);
  });

  it("accepts legacy metadata JSON string (quoted)", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata: '{"clawdis":{"emoji":"🦞","requires":{"bins":["rg"]}}}'\n---\nBody`,
    );
    const metadata = getFrontmatterMetadata(frontmatter);
    expect(metadata).toEqual({ clawdis: { emoji: "🦞", requires: { bins: ["rg"] } } });
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.emoji).toBe("🦞");
    expect(clawdis?.requires?.bins).toEqual(["rg"]);
  });

  it("parses clawdis install specs and os", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata: {"clawdis":{"install":[{"kind":"brew","formula":"rg"},{"kind":"nope"},{"kind":"node","package":"x"}],"os":"macos,linux","requires":{"anyBins":["rg","fd"]}}}\n---\nBody`,
    );
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.install?.map((entry) => entry.kind)).toEqual(["brew", "node"]);
    expect(clawdis?.os).toEqual(["macos", "linux"]);
    expect(clawdis?.requires?.anyBins).toEqual(["rg", "fd"]);
  });

  it("parses clawdbot metadata with nix plugin pointer", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata: {"clawdbot":{"nix":{"plugin":"github:clawdbot/nix-steipete-tools?dir=tools/peekaboo","systems":["aarch64-darwin"]}}}\n---\nBody`,
    );
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.nix?.plugin).toBe("github:clawdbot/nix-steipete-tools?dir=tools/peekaboo");
    expect(clawdis?.nix?.systems).toEqual(["aarch64-darwin"]);
  });

  it("parses clawdbot config requirements with example", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata: {"clawdbot":{"config":{"requiredEnv":["PADEL_AUTH_FILE"],"stateDirs":[".config/padel"],"example":"config = { env = { PADEL_AUTH_FILE = \\"/run/agenix/padel-auth\\"; }; };"}}}\n---\nBody`,
    );
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.config?.requiredEnv).toEqual(["PADEL_AUTH_FILE"]);
    expect(clawdis?.config?.stateDirs).toEqual([".config/padel"]);
    expect(clawdis?.config?.example).toBe(
      'config = { env = { PADEL_AUTH_FILE = "/run/agenix/padel-auth"; }; };',
    );
  });

  it("parses cli help output", () => {
    const frontmatter = parseFrontmatter(
      `---\nmetadata: {"clawdbot":{"cliHelp":"padel --help\\nUsage: padel [command]\\n"}}\n---\nBody`,
    );
    const clawdis = parseClawdisMetadata(frontmatter);
    expect(clawdis?.cliHelp).toBe("padel --help\nUsage: padel [command]");
  });

  it("sanitizes file paths", () => {
    expect(sanitizePath("good/file.md")).toBe("good/file.md");
    expect(sanitizePath("../bad/file.md")).toBeNull();
    expect(sanitizePath("/rooted.txt")).toBe("rooted.txt");
    expect(sanitizePath("bad\\path.txt")).toBeNull();
    expect(sanitizePath("")).toBeNull();
  });

  it("detects mac junk paths", () => {
    expect(isMacJunkPath(".DS_Store")).toBe(true);
    expect(isMacJunkPath("folder/.DS_Store")).toBe(true);
    expect(isMacJunkPath("folder/._config.md")).toBe(true);
    expect(isMacJunkPath("__MACOSX/._SKILL.md")).toBe(true);
    expect(isMacJunkPath("docs/SKILL.md")).toBe(false);
    expect(isMacJunkPath("notes.md")).toBe(false);
  });

  it("builds embedding text", () => {
    const frontmatter = { name: "Demo", description: "Hello" };
    const text = buildEmbeddingText({
      frontmatter,
      readme: "Readme body",
      otherFiles: [{ path: "a.txt", content: "File text" }],
    });
    expect(text).toContain("Demo");
    expect(text).toContain("Readme body");
    expect(text).toContain("a.txt");
  });

  it("truncates embedding text by maxChars", () => {
    const text = buildEmbeddingText({
      frontmatter: {},
      readme: "x".repeat(50),
      otherFiles: [],
      maxChars: 10,
    });
    expect(text.length).toBe(10);
  });

  it("truncates embedding text by maxChars without splitting surrogate pairs", () => {
    const text = buildEmbeddingText({
      frontmatter: {},
      readme: "\u{1f4a1}\u{1f4a1}x",
      otherFiles: [],
      maxChars: 1,
      maxBytes: 100,
    });
    expect(text).toBe("\u{1f4a1}");
  });

  it("truncates embedding text by maxBytes", () => {
    const text = buildEmbeddingText({
      frontmatter: {},
      readme: "\u20ac".repeat(20),
      otherFiles: [],
      maxChars: 100,
      maxBytes: 9,
    });
    expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(9);
    expect(text).toBe("\u20ac\u20ac\u20ac");
  });

  it("truncates embedding text by default max chars", () => {
    const text = buildEmbeddingText({
      frontmatter: {},
      readme: "x".repeat(40_000),
      otherFiles: [],
    });
    expect(text.length).toBeLessThanOrEqual(12_000);
  });

  it("keeps default embedding text below the OpenAI token-limit byte budget", () => {
    const text = buildEmbeddingText({
      frontmatter: { name: "Dense bundle", description: "Publishes scripts" },
      readme: "a".repeat(3_090),
      otherFiles: [
        { path: "references/FLOW.md", content: "f".repeat(6_663) },
        { path: "references/DOCTOR.md", content: "d".repeat(5_843) },
        { path: "references/terms-of-service.md", content: "t".repeat(5_510) },
        { path: "scripts/auth.py", content: "b".repeat(9_559) },
        { path: "scripts/bind.py", content: "c".repeat(13_217) },
        { path: "scripts/diag_auth_log.py", content: "l".repeat(4_917) },
        { path: "scripts/diag_bind_log.py", content: "m".repeat(4_933) },
        { path: "scripts/init.sh", content: "i".repeat(3_660) },
        { path: "scripts/qrcode.sh", content: "q".repeat(3_020) },
      ],
    });
    expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(7_500);
  });

  it("hashes skill files deterministically", async () => {
    const a = await hashSkillFiles([
      { path: "b.txt", sha256: "b" },
      { path: "a.txt", sha256: "a" },
    ]);
    const b = await hashSkillFiles([
      { path: "a.txt", sha256: "a" },
      { path: "b.txt", sha256: "b" },
    ]);
    expect(a).toBe(b);
  });
});

describe("parseClawdisMetadata — env/deps/author/links (#350)", () => {
  it("parses envVars from clawdis block", () => {
    const frontmatter = parseFrontmatter(`---
metadata:
  clawdis:
    envVars:
      - name: ANTHROPIC_API_KEY
        required: true
        description: API key for Claude
      - name: MAX_TURNS
        required: false
        description: Max turns per phase
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.envVars).toHaveLength(2);
    expect(meta?.envVars?.[0]).toEqual({
      name: "ANTHROPIC_API_KEY",
      required: true,
      description: "API key for Claude",
    });
    expect(meta?.envVars?.[1]?.required).toBe(false);
  });

  it("parses dependencies from clawdis block", () => {
    const frontmatter = parseFrontmatter(`---
metadata:
  clawdis:
    dependencies:
      - name: securevibes
        type: pip
        version: ">=0.3.0"
        url: https://pypi.org/project/securevibes/
        repository: https://github.com/anshumanbh/securevibes
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.dependencies).toHaveLength(1);
    expect(meta?.dependencies?.[0]).toEqual({
      name: "securevibes",
      type: "pip",
      version: ">=0.3.0",
      url: "https://pypi.org/project/securevibes/",
      repository: "https://github.com/anshumanbh/securevibes",
    });
  });

  it("parses author and links from clawdis block", () => {
    const frontmatter = parseFrontmatter(`---
metadata:
  clawdis:
    author: anshumanbh
    links:
      homepage: https://securevibes.ai
      repository: https://github.com/anshumanbh/securevibes
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.author).toBe("anshumanbh");
    expect(meta?.links?.homepage).toBe("https://securevibes.ai");
    expect(meta?.links?.repository).toBe("https://github.com/anshumanbh/securevibes");
  });

  it("parses env/deps/author/links from top-level frontmatter (no clawdis block)", () => {
    const frontmatter = parseFrontmatter(`---
env:
  - name: MY_API_KEY
    required: true
    description: Main API key
dependencies:
  - name: requests
    type: pip
author: someuser
links:
  homepage: https://example.com
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.envVars).toHaveLength(1);
    expect(meta?.envVars?.[0]?.name).toBe("MY_API_KEY");
    expect(meta?.dependencies).toHaveLength(1);
    expect(meta?.author).toBe("someuser");
    expect(meta?.links?.homepage).toBe("https://example.com");
  });

  it("handles string-only env arrays as required env vars", () => {
    const frontmatter = parseFrontmatter(`---
metadata:
  clawdis:
    envVars:
      - API_KEY
      - SECRET_TOKEN
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.envVars).toHaveLength(2);
    expect(meta?.envVars?.[0]).toEqual({ name: "API_KEY", required: true });
  });

  it("normalizes unknown dependency types to other", () => {
    const frontmatter = parseFrontmatter(`---
metadata:
  clawdis:
    dependencies:
      - name: sometool
        type: ruby
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.dependencies?.[0]?.type).toBe("other");
  });

  it("returns undefined when no declarations present", () => {
    const frontmatter = parseFrontmatter(`---
name: simple-skill
description: A simple skill
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta).toBeUndefined();
  });

  it("parses requires.env from top-level frontmatter (no clawdis block) (#522)", () => {
    const frontmatter = parseFrontmatter(`---
name: sigil-security
description: Secure AI agent wallets.
homepage: https://sigil.codes
requires:
  env:
    - SIGIL_API_KEY
    - SIGIL_ACCOUNT_ADDRESS
    - SIGIL_AGENT_PRIVATE_KEY
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.requires?.env).toEqual([
      "SIGIL_API_KEY",
      "SIGIL_ACCOUNT_ADDRESS",
      "SIGIL_AGENT_PRIVATE_KEY",
    ]);
    expect(meta?.homepage).toBe("https://sigil.codes");
  });

  it("parses requires.bins and requires.anyBins from top-level frontmatter (#522)", () => {
    const frontmatter = parseFrontmatter(`---
name: my-tool
description: A tool skill.
requires:
  bins:
    - curl
    - jq
  anyBins:
    - rg
    - fd
  config:
    - ~/.config/mytool.json
primaryEnv: MY_API_KEY
---`);
    const meta = parseClawdisMetadata(frontmatter);
    expect(meta?.requires?.bins).toEqual(["curl", "jq"]);
    expect(meta?.requires?.anyBins).toEqual(["rg", "fd"]);
    expect(meta?.requires?.config).toEqual(["~/.config/mytool.json"]);
    expect(meta?.primaryEnv).toBe("MY_API_KEY");
  });
});

//! The project model built from real fixture apps: the component tree, functions with
//! spans, and the parse cache that makes re-analysis after one edit re-parse one file.

use convexkit_analysis::model::{DefinitionKind, Detail, Module, ProjectModel};
use convexkit_analysis::workspace::Workspace;
use convexkit_tests::{ensure_node_modules, fixture_dir};

#[test]
fn component_tree_of_local_and_published_components() {
    ensure_node_modules("local-components");
    let workspace = Workspace::new();
    let model =
        ProjectModel::load(&fixture_dir("local-components"), &workspace, Detail::ALL).unwrap();
    assert!(!model.has_errors(), "{:#?}", model.diagnostics);

    let app = model.app();
    let uses: Vec<(&str, Option<&str>)> = app
        .uses
        .iter()
        .map(|u| (u.name.as_str(), u.http_prefix.as_deref()))
        .collect();
    assert_eq!(
        uses,
        [
            ("productRatings", None),
            ("storeRatings", Some("/ratings/")),
            ("widgets", None),
            ("throttle", Some("/throttle"))
        ]
    );
    // Both ratings instances share one definition; the commented-out use is not there.
    assert_eq!(app.uses[0].definition, app.uses[1].definition);
    let env: Vec<&str> = app.env.iter().map(|e| e.name.as_str()).collect();
    assert!(env.contains(&"RATINGS_SALT"), "{env:?}");

    let widgets = &model.definitions[app.uses[2].definition.unwrap()];
    assert_eq!(widgets.kind, DefinitionKind::Local);
    assert_eq!(widgets.name.as_deref(), Some("widgets"));
    let children: Vec<&str> = widgets.uses.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(children, ["clicks", "views"]);

    let throttle = &model.definitions[app.uses[3].definition.unwrap()];
    let limiter = &model.definitions[throttle.uses[0].definition.unwrap()];
    assert_eq!(
        limiter.kind,
        DefinitionKind::Package {
            package: "@convex-dev/rate-limiter".into()
        }
    );
    assert!(
        limiter.modules.iter().any(|m| !m.functions.is_empty()),
        "package functions are evaluated with Detail::ALL"
    );
}

#[test]
fn validators_built_with_object_and_array_helpers_evaluate_statically() {
    let project = convexkit_tests::scratch_app("plain-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/computed.ts"),
        "import { v } from \"convex/values\";\nimport { query } from \"./_generated/server\";\n\
         const Code = { A: \"a\", B: \"b\" } as const;\nconst tables = { user: 1, session: 2 };\n\
         export const LIMIT = 200 * 1024;\nexport const LABEL = \"max \" + LIMIT;\n\
         export const SLUGS = [\"x\", \"y\"].map((s) => s.toUpperCase());\n\
         export const pick = query({\n  args: {\n    code: v.union(...Object.values(Code).map(v.literal)),\n    \
         input: v.union(...Object.keys(tables).map((model) => v.object({ model: v.literal(model) }))),\n    \
         size: v.literal(LIMIT),\n    some: v.array(v.union(...[\"p\", \"q\", \"r\"].filter((s) => s !== \"q\").map((s) => v.literal(s)))),\n  },\n  \
         handler: async () => null,\n});\n",
    )
    .unwrap();
    // `SLUGS` too: its callback calls a string method.
    let module = app_module(dir, "computed.ts");
    assert!(
        module.unknown_exports.is_empty(),
        "{:?}",
        module.unknown_exports
    );
    let pick = module.functions.iter().find(|f| f.name == "pick").unwrap();
    let args = pick
        .args
        .as_ref()
        .expect("the validators evaluate statically");
    let json = args.to_json().to_string();
    for expected in [
        r#"{"type":"literal","value":"a"}"#,
        r#"{"type":"literal","value":"b"}"#,
        r#""model":{"fieldType":{"type":"literal","value":"session"}"#,
        r#""value":204800"#,
        r#"{"type":"literal","value":"r"}"#,
    ] {
        assert!(json.contains(expected), "{expected} not in {json}");
    }
    assert!(!json.contains(r#""value":"q""#), "{json}");
}

#[test]
fn functions_keep_their_source_spans() {
    let workspace = Workspace::new();
    let model = ProjectModel::load(&fixture_dir("plain-app"), &workspace, Detail::ALL).unwrap();
    let module = model
        .app()
        .modules
        .iter()
        .find(|m| m.path == "messages.ts")
        .expect("messages.ts is a module");
    assert!(!module.functions.is_empty());
    let text = std::fs::read_to_string(&module.file).unwrap();
    for function in module.functions.iter() {
        let span = function.span.expect("a local export has a span");
        let declared = &text[span.start as usize..span.end as usize];
        assert!(declared.starts_with("export"), "{declared}");
        assert!(
            declared.contains(&function.name),
            "{} not in {declared}",
            function.name
        );
    }
}

#[test]
fn reanalysis_after_one_edit_reparses_one_file() {
    let workspace = Workspace::new();
    let root = fixture_dir("plain-app");
    let first = ProjectModel::load(&root, &workspace, Detail::ALL).unwrap();
    let parsed = workspace.parse_count();
    assert!(parsed >= first.app().modules.len());

    let again = ProjectModel::load(&root, &workspace, Detail::ALL).unwrap();
    assert_eq!(
        workspace.parse_count(),
        parsed,
        "nothing changed, nothing is re-parsed"
    );
    assert_eq!(again.app().modules, first.app().modules);

    let file = root.join("convex/messages.ts");
    let edited = std::fs::read_to_string(&file).unwrap() + "\nexport const extra = 1;\n";
    workspace.set_overlay(&file, Some(edited.into()));
    ProjectModel::load(&root, &workspace, Detail::ALL).unwrap();
    assert_eq!(
        workspace.parse_count(),
        parsed + 1,
        "only the edited file is re-parsed"
    );
}

#[test]
fn helpers_real_apps_build_validators_with_evaluate_statically() {
    // Shapes from public apps: Better Auth's `createApi` (`Object.entries(…).map(([model,
    // table]) => …)`), a custom mutation over a custom mutation (triggers, then auth), a
    // component's tables named by template literals, a validator's public fields.
    let project = convexkit_tests::scratch_app("lint-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/shapes.ts"),
        r#"import { v } from "convex/values";
import { customCtx, customMutation } from "convex-helpers/server/customFunctions";
import { mutation as rawMutation, query } from "./_generated/server";

const tables = { user: { fields: { name: v.string() } }, session: { fields: { token: v.string() } } };
const withTriggers = customMutation(rawMutation, customCtx(async () => ({})));
const authed = customMutation(withTriggers, {
  args: { sessionId: v.optional(v.string()) },
  input: async (ctx, { sessionId, ...rest }) => ({ ctx, args: rest }),
});
const Dimensions = [128, 256] as const;
const byDimension = Object.fromEntries(Dimensions.map((d) => [`embeddings_${d}`, v.id(`embeddings_${d}`)]));
const status = v.union(v.literal("pending"), v.literal("done"));
const { pending, ...others } = { pending: v.literal("p"), done: v.literal("d"), failed: v.literal("f") };

export const create = authed({
  args: {
    input: v.union(...Object.entries(tables).map(([model, { fields }]) => v.object({ model: v.literal(model), data: v.object(fields) }))),
    table: v.union(...Object.keys(byDimension).map((name) => v.literal(name))),
    status: v.union(...status.members.map((m) => v.literal(m.value))),
    kinds: v.union(...[v.string(), v.int64()].map((m) => v.literal(m.kind))),
    other: v.union(...Object.values(others)),
  },
  handler: async () => null,
});

export const first = query({
  args: { pair: v.union(...[["a", 1]].map(([name, , ...more]) => v.literal(`${name}${more.length}`))) },
  handler: async () => null,
});
"#,
    )
    .unwrap();
    let args = decided_args(dir, "shapes.ts");
    let create = &args["create"];
    for expected in [
        // `([model, { fields }]) =>` over Object.entries
        r#"{"type":"literal","value":"session"}"#,
        r#""token":{"fieldType":{"type":"string"}"#,
        // template literals
        r#"{"type":"literal","value":"embeddings_256"}"#,
        // `.members`, `.value`, `.kind`
        r#"{"type":"literal","value":"done"}"#,
        r#"{"type":"literal","value":"string"}"#,
        r#"{"type":"literal","value":"int64"}"#,
        // object rest
        r#"{"type":"literal","value":"f"}"#,
        // the outer customization's args, after the function's own
        r#""sessionId":{"fieldType":{"type":"string"},"optional":true}"#,
    ] {
        assert!(create.contains(expected), "{expected} not in {create}");
    }
    assert!(!create.contains(r#""value":"p""#), "{create}");
    assert!(
        create.find("\"other\"").unwrap() < create.find("\"sessionId\"").unwrap(),
        "{create}"
    );
    assert!(args["first"].contains(r#"{"type":"literal","value":"a0"}"#));
}

#[test]
fn each_export_has_its_own_call_budget_and_unread_locals_cost_none() {
    // `counted()` makes ~3,300 calls: under one budget for the whole module, `b` would be
    // cut short after `a`. `make`'s `unread` (~5,500 calls, more than a budget) is read only
    // by the handler: evaluated eagerly it would leave no call for `identity(...)`.
    let project = convexkit_tests::scratch_app("plain-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/costly.ts"),
        r#"import { v } from "convex/values";
import { query } from "./_generated/server";

const ten = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const spend = () => ten.map(() => ten.map(() => ten.map(() => 0)));
const counted = () => spend().length + spend().length + spend().length;
const identity = <T,>(x: T) => x;

export const a = query({ args: { n: counted() === 30 ? v.number() : v.string() }, handler: async () => null });
export const b = query({ args: { n: counted() === 30 ? v.number() : v.string() }, handler: async () => null });

const make = (table: string) => {
  const unread = [spend(), spend(), spend(), spend(), spend()];
  const fields = { id: v.id(table) };
  return identity(query({ args: fields, handler: async () => unread }));
};
export const c = make("users");
"#,
    )
    .unwrap();
    let args = decided_args(dir, "costly.ts");
    assert!(
        args["a"].contains(r#""n":{"fieldType":{"type":"number"}"#),
        "{}",
        args["a"]
    );
    assert_eq!(args["a"], args["b"]);
    assert!(
        args["c"].contains(r#""tableName":"users""#),
        "{}",
        args["c"]
    );
}

#[test]
fn an_object_a_factory_returns_is_known_to_be_no_function_without_its_contents() {
    // Following what `instance`'s object holds takes more calls than one export may make
    // (as Better Auth's `betterAuth(...)` does): it would be left for loading to decide.
    // An object is no Convex function, whatever it holds; `viaObject` still is one.
    let project = convexkit_tests::scratch_app("plain-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/factory.ts"),
        r#"import { v } from "convex/values";
import { query } from "./_generated/server";

const ten = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const spend = () => ten.map(() => ten.map(() => ten.map(() => 0)));
const identity = <T,>(x: T) => x;
const make = (name: string) => {
  const endpoints = [spend(), spend(), spend(), spend(), spend()];
  return identity({ name, endpoints, ready: query({ args: { id: v.id(name) }, handler: async () => null }) });
};
export const instance = make("users");
const holder = { fn: query({ args: { n: v.number() }, handler: async () => null }) };
export const viaObject = holder.fn;
"#,
    )
    .unwrap();
    let args = decided_args(dir, "factory.ts");
    assert_eq!(args.len(), 1, "{args:?}");
    assert!(
        args["viaObject"].contains(r#""n":{"fieldType":{"type":"number"}"#),
        "{args:?}"
    );
}

/// The app module `path` as static evaluation leaves it.
fn app_module(dir: &std::path::Path, path: &str) -> Module {
    let workspace = Workspace::new();
    let model = ProjectModel::load(dir, &workspace, Detail::ALL).unwrap();
    let module = model.app().modules.iter().find(|m| m.path == path);
    module.unwrap().clone()
}

/// The arguments validator (as JSON) of each function of the app module `path`, once static
/// evaluation is asserted to have decided every export and validator.
fn decided_args(dir: &std::path::Path, path: &str) -> std::collections::HashMap<String, String> {
    let module = app_module(dir, path);
    assert!(
        module.unknown_exports.is_empty(),
        "{:?}",
        module.unknown_exports
    );
    let args = |function: &convexkit_analysis::model::Function| {
        let args = function.args.as_ref();
        let args = args.unwrap_or_else(|e| panic!("{}: {e}", function.name));
        args.to_json().to_string()
    };
    module
        .functions
        .iter()
        .map(|function| (function.name.clone(), args(function)))
        .collect()
}

#[test]
fn standard_library_data_is_computed_or_known_to_be_no_function() {
    // Configuration modules compute strings and numbers with the standard library: each is
    // decided without loading the module, and computed where a validator needs the value.
    let project = convexkit_tests::scratch_app("plain-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/settings.ts"),
        r#"import { v } from "convex/values";
import { query } from "./_generated/server";

export const API_URL = process.env.API_URL ?? "https://api.example.com";
export const TIMEOUT = Number(process.env.TIMEOUT || "30") * 1000;
export const INSTRUCTIONS = `
  Answer briefly.
`.trim();
export const STARTED = Date.now();
const SEGMENT_MS = 100;
export const SEGMENT = BigInt(Math.floor(60_000 / SEGMENT_MS));
const kinds = " draft, published ".trim().split(",").map((kind) => v.literal(kind.trim()));

export const byKind = query({
  args: {
    kind: v.union(...kinds),
    page: v.literal(Math.max(1, Math.round(2.5))),
    label: v.literal("item".padStart(6, "-").toUpperCase()),
  },
  handler: async () => null,
});
"#,
    )
    .unwrap();
    let args = decided_args(dir, "settings.ts");
    assert_eq!(args.len(), 1, "{args:?}");
    let kind = r#"[{"type":"literal","value":"draft"},{"type":"literal","value":"published"}]"#;
    assert!(args["byKind"].contains(kind), "{args:?}");
    assert!(args["byKind"].contains(r#""value":3"#), "{args:?}");
    assert!(args["byKind"].contains(r#""value":"--ITEM""#), "{args:?}");
}

#[test]
fn a_choice_on_data_known_only_at_run_time_is_left_to_loading() {
    // `Date.now() > 0` is a boolean of unknown value: which validator `x` has is known only
    // by running the module, never by guessing a branch.
    let project = convexkit_tests::scratch_app("plain-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/choice.ts"),
        r#"import { v } from "convex/values";
import { query } from "./_generated/server";

export const pick = query({
  args: { x: Date.now() > 0 ? v.string() : v.number() },
  handler: async () => null,
});
export const label = process.env.LABEL ? "on" : "off";
"#,
    )
    .unwrap();
    let module = app_module(dir, "choice.ts");
    assert!(
        module.unknown_exports.is_empty(),
        "{:?}",
        module.unknown_exports
    );
    let [pick] = &module.functions[..] else {
        panic!("{:?}", module.functions)
    };
    let reason = pick.args.as_ref().expect_err("`x` is not known statically");
    assert!(reason.contains("known only at run time"), "{reason}");
}

#[test]
fn values_of_packages_that_cannot_import_convex_are_no_functions_unless_handed_one() {
    // zod and remeda depend on no `convex`: what they make is no Convex function, without
    // reading them — unless something Convex's is handed to them (remeda's `clone` gives a
    // registered function back), which only running the module tells.
    let project = convexkit_tests::scratch_app("better-auth-app", "default");
    let dir = project.path();
    std::fs::write(
        dir.join("convex/shapes.ts"),
        r#"import { z } from "zod";
import { clone } from "remeda";
import { v } from "convex/values";
import { query } from "./_generated/server";

const MAX = 99;
export const Args = z
  .object({ a: z.string().min(1), b: z.number().optional() })
  .refine((d) => (d.b ?? 0) <= MAX, { message: "too large" });
export const Named = z.enum(["x", "y"]).describe("a name");
export const Copied = clone({ limits: [MAX, 2 * MAX] });
const list = query({ args: { n: v.number() }, handler: async () => null });
export const listAgain = clone(list);
export const check = (value: unknown) => Args.safeParse(value).success;
"#,
    )
    .unwrap();
    let workspace = Workspace::new();
    let (model, read) =
        workspace.files_read_by(|| ProjectModel::load(dir, &workspace, Detail::ALL).unwrap());
    let module = model
        .app()
        .modules
        .iter()
        .find(|m| m.path == "shapes.ts")
        .unwrap();
    let unknown: Vec<&str> = module
        .unknown_exports
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(unknown, ["listAgain"], "{:?}", module.unknown_exports);
    assert!(module.functions.is_empty(), "{:?}", module.functions);
    let zod = read
        .iter()
        .filter(|(path, _)| path.to_string_lossy().contains("node_modules/zod/"));
    let zod: Vec<_> = zod.map(|(path, _)| path).collect();
    assert!(
        zod.iter().all(|path| path.ends_with("package.json")),
        "{zod:?}"
    );
}

//! The lint rules of `convexkit check`, one file per rule (like oxc's `rules/`), run over
//! the project model and each module's [`ModuleUsage`].

pub mod api_refs;
mod auth_in_component;
mod component_call_args;
mod component_not_found;
mod count_in_mutation;
mod duplicate_component_name;
mod explicit_table_ids;
mod floating_db_write;
mod function_call_args;
mod import_wrong_runtime;
mod internal_component_function;
mod invalid_component_name;
mod invalid_http_prefix;
mod no_collect_in_query;
mod no_duplicate_indexes;
mod no_filter_in_query;
mod no_old_registered_function_syntax;
mod no_process_env;
mod no_schema_import_cycle;
mod no_top_of_hour_crons;
mod paginate_twice;
mod raw_mutation_import;
mod require_access_control;
mod require_args_validator;
mod search_limits;
mod shared_aggregate_instance;
mod stale_generated;
pub mod syntax;
mod unknown_component;
mod unknown_function_reference;
mod unused_component;
mod vector_search_limits;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{
    ComponentDefinition, DefinitionId, DefinitionKind, Function, Module, ProjectModel,
};
use crate::parse::ParsedFile;
use crate::resolve::Resolver;
use crate::usage::{usage_of, ComponentRef, Construction, KeptUsages, ModuleUsage};
use crate::workspace::Workspace;
pub use syntax::{FileFix, Finding, ScannedFile};

/// The rule that compares `_generated/` with what codegen would write.
pub const STALE_GENERATED: &str = stale_generated::RULE.code;

/// A lint rule: its stable code, default severity, one-line summary and the check itself.
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    /// Whether it runs unless convexkit.json turns it on (the rules of
    /// @convex-dev/eslint-plugin keep the plugin's recommended set).
    pub enabled: bool,
    pub summary: &'static str,
    /// A rule of @convex-dev/eslint-plugin: `// eslint-disable-next-line
    /// @convex-dev/<code>` silences it too.
    pub eslint_plugin: bool,
    pub check: fn(&LintContext, &mut Vec<Diagnostic>),
    /// The part that reads one file's syntax alone, kept with the file's usage (by content).
    pub scan: Option<fn(&ScannedFile, &mut Vec<Finding>)>,
}

/// What `convexkit codegen` would write (`None`: unknown), asked for when needed.
pub type Generated<'a> = &'a dyn Fn() -> Option<&'a [(PathBuf, String)]>;

/// Every rule, in the order of the command-line contract.
pub const RULES: [Rule; 30] = [
    shared_aggregate_instance::RULE,
    raw_mutation_import::RULE,
    count_in_mutation::RULE,
    unknown_component::RULE,
    duplicate_component_name::RULE,
    invalid_component_name::RULE,
    component_not_found::RULE,
    invalid_http_prefix::RULE,
    component_call_args::RULE,
    internal_component_function::RULE,
    unused_component::RULE,
    stale_generated::RULE,
    // The rules of @convex-dev/eslint-plugin 5.0.0, in its order.
    no_old_registered_function_syntax::RULE,
    require_args_validator::RULE,
    require_access_control::RULE,
    import_wrong_runtime::RULE,
    explicit_table_ids::RULE,
    no_filter_in_query::RULE,
    no_collect_in_query::RULE,
    no_top_of_hour_crons::RULE,
    no_schema_import_cycle::RULE,
    no_duplicate_indexes::RULE,
    no_process_env::RULE,
    // Bugs real users report that no linter catches.
    floating_db_write::RULE,
    paginate_twice::RULE,
    auth_in_component::RULE,
    vector_search_limits::RULE,
    search_limits::RULE,
    function_call_args::RULE,
    unknown_function_reference::RULE,
];

impl Rule {
    /// The level it has unless convexkit.json sets one: `off`, `warn` or `error`.
    pub fn default_level(&self) -> &'static str {
        match (self.enabled, self.severity) {
            (false, _) => "off",
            (true, Severity::Warning) => "warn",
            (true, Severity::Error) => "error",
        }
    }

    /// The rule's documentation: the head of its source file, in the project's repository.
    pub fn docs_url(&self) -> String {
        format!(
            "{}/blob/main/analysis/src/rules/{}.rs",
            env!("CARGO_PKG_REPOSITORY"),
            self.code.replace('-', "_")
        )
    }
}

pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// A module of the app or of a local component, with what the rules need of it.
pub struct LintModule<'a> {
    pub definition: DefinitionId,
    /// The module; a definition's schema file stands here as a module with no functions.
    pub module: Cow<'a, Module>,
    pub is_schema: bool,
    pub usage: Arc<ModuleUsage>,
    workspace: &'a Workspace,
}

/// A file that is no function module (a schema, client code) as a module without
/// functions, its path relative to `base`.
fn file_module(file: &Path, base: &Path) -> Module {
    Module {
        path: file
            .strip_prefix(base)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/"),
        file: file.to_path_buf(),
        functions: Arc::new([]),
        unknown_exports: Arc::new([]),
    }
}

impl<'a> LintModule<'a> {
    /// `module` with its usage, kept per file content (so a re-lint after an edit derives
    /// one again); `None` when the file cannot be read or parsed.
    fn read(
        workspace: &'a Workspace,
        kept: &KeptUsages,
        definition: DefinitionId,
        module: Cow<'a, Module>,
        is_schema: bool,
    ) -> Option<Self> {
        let hash = workspace.content_hash(&module.file)?;
        let usage = kept.get_or(hash, || usage_of(workspace, &module.file).ok())?;
        Some(LintModule {
            definition,
            module,
            is_schema,
            usage,
            workspace,
        })
    }
}

impl LintModule<'_> {
    /// The module's syntax tree, parsed when a rule first asks (a usage kept from an
    /// earlier run needs none).
    pub fn parsed(&self) -> Option<Arc<ParsedFile>> {
        self.workspace.parse(&self.module.file).ok()
    }
}

/// The app and its local components (what the rules look at), by id.
fn local(model: &ProjectModel) -> impl Iterator<Item = (DefinitionId, &ComponentDefinition)> {
    model
        .definitions
        .iter()
        .enumerate()
        .filter(|(_, d)| !matches!(d.kind, DefinitionKind::Package { .. }))
}

/// A definition's schema file and the nested ones (code of its schema, not modules).
fn schema_files(definition: &ComponentDefinition) -> impl Iterator<Item = &PathBuf> {
    definition
        .schema
        .iter()
        .map(|schema| &schema.file)
        .chain(&definition.nested_schemas)
}

type HelperObjects =
    rustc_hash::FxHashMap<usize, rustc_hash::FxHashMap<String, Option<HelperKind>>>;

pub struct LintContext<'a> {
    pub model: &'a ProjectModel,
    pub workspace: &'a Workspace,
    pub resolver: Arc<Resolver>,
    /// Modules of the app and local components, by project-relative path (code units).
    pub modules: Vec<LintModule<'a>>,
    /// Client code referencing the app's functions (outside the functions folders), for
    /// the rules that check those references; no other rule reads it.
    pub clients: Vec<LintModule<'a>>,
    /// What `convexkit codegen` would write, when the caller could compute it (asked for
    /// by `stale-generated` alone, which runs last: codegen may still be running).
    pub generated: Generated<'a>,
    by_file: rustc_hash::FxHashMap<PathBuf, usize>,
    /// `helper_object` answers by module (address), then local name.
    helper_objects: std::cell::RefCell<HelperObjects>,
    /// Every definition's modules by import path, built when a rule first looks one up.
    by_import_path: std::cell::OnceCell<rustc_hash::FxHashMap<(DefinitionId, &'a str), &'a Module>>,
    api_owners: std::cell::RefCell<ApiOwners>,
}

/// [`LintContext::api_owner`] answers by the importing file's folder (its path's bytes) and
/// the specifier.
type ApiOwners = rustc_hash::FxHashMap<(Vec<u8>, String), Option<DefinitionId>>;

impl<'a> LintContext<'a> {
    /// Finds how each module (and client file, which it returns) uses components, on all
    /// cores: what [`Self::new`] reads.
    pub fn find_usages(model: &ProjectModel, workspace: &Workspace) -> Vec<PathBuf> {
        let functions: Vec<PathBuf> = local(model).map(|(_, d)| d.dir.clone()).collect();
        let root = &model.config.root;
        let client_files = crate::discovery::discover_client_files(workspace, root, &functions);
        let files: Vec<&Path> = local(model)
            .flat_map(|(_, d)| d.modules.iter().map(|m| &m.file).chain(schema_files(d)))
            .chain(&client_files)
            .map(PathBuf::as_path)
            .collect();
        workspace
            .memo::<KeptUsages>()
            .compute_missing(workspace, &files);
        client_files
    }

    pub fn new(
        model: &'a ProjectModel,
        workspace: &'a Workspace,
        generated: Generated<'a>,
        client_files: Vec<PathBuf>,
    ) -> Self {
        let (root, local) = (&model.config.root, || local(model));
        let kept = workspace.memo::<KeptUsages>();
        let mut modules = Vec::new();
        for (id, definition) in local() {
            let functions = definition.modules.iter().filter_map(|module| {
                LintModule::read(workspace, &kept, id, Cow::Borrowed(module), false)
            });
            // Schema files stand as modules without functions.
            let schemas = schema_files(definition).filter_map(|file| {
                let module = Cow::Owned(file_module(file, &definition.dir));
                LintModule::read(workspace, &kept, id, module, true)
            });
            modules.extend(functions.chain(schemas));
        }
        modules.sort_by_cached_key(|m| crate::model::path_order_key(root, &m.module.file));
        let clients = client_files
            .into_iter()
            .filter_map(|file| {
                let module = Cow::Owned(file_module(&file, root));
                LintModule::read(workspace, &kept, 0, module, false)
            })
            .collect();
        let by_file = modules
            .iter()
            .enumerate()
            .map(|(i, m)| (m.module.file.clone(), i))
            .collect();
        Self {
            model,
            workspace,
            resolver: Resolver::kept(workspace, root),
            modules,
            clients,
            generated,
            by_file,
            helper_objects: Default::default(),
            by_import_path: Default::default(),
            api_owners: Default::default(),
        }
    }

    /// The option `name` of rule `code` as convexkit.json sets it (`"code": ["error", {
    /// "name": ... }]`).
    pub fn option(&self, code: &str, name: &str) -> Option<&'a serde_json::Value> {
        let model: &'a ProjectModel = self.model;
        let (_, setting) = model.config.rules.iter().find(|(c, _)| c == code)?;
        setting.as_array()?.get(1)?.get(name)
    }

    /// The function modules (not schema files) of the app and its local components.
    pub fn function_modules(&self) -> impl Iterator<Item = &LintModule<'a>> {
        self.modules.iter().filter(|m| !m.is_schema)
    }

    /// Every finding of the one-file `rule`, as its diagnostics.
    pub fn report_findings(&self, rule: &Rule, out: &mut Vec<Diagnostic>) {
        for (module, finding) in self.findings(rule.code) {
            out.push(finding_diagnostic(module, finding, rule.severity));
        }
    }

    /// Every finding of the one-file rule `code`, with its module.
    pub fn findings<'s>(
        &'s self,
        code: &'s str,
    ) -> impl Iterator<Item = (&'s LintModule<'a>, &'s Finding)> + 's {
        self.modules.iter().flat_map(move |module| {
            module
                .usage
                .findings
                .iter()
                .filter(move |f| f.code == code)
                .map(move |f| (module, f))
        })
    }

    pub fn definition(&self, id: DefinitionId) -> &'a ComponentDefinition {
        &self.model.definitions[id]
    }

    /// The definition installed as `instance` by definition `parent`.
    pub fn child(&self, parent: DefinitionId, instance: &str) -> Option<DefinitionId> {
        self.definition(parent)
            .uses
            .iter()
            .find(|u| u.name == instance)
            .and_then(|u| u.definition)
    }

    /// The definition whose `components` a reference names: the one whose `_generated/api`
    /// the module imports it from, wherever the module's file sits (a file in a local
    /// component's folder may import the app's `../_generated/api`).
    pub fn owner(&self, module: &LintModule<'_>, reference: &ComponentRef) -> DefinitionId {
        self.api_owner(&module.module.file, &reference.api)
            .unwrap_or(module.definition)
    }

    /// [`ProjectModel::api_owner`], once per folder and specifier: what an import names
    /// depends on the importing file's folder only, and a large app's modules make
    /// thousands of references through a handful of imports.
    pub fn api_owner(&self, file: &Path, specifier: &str) -> Option<DefinitionId> {
        let folder = file.parent().unwrap_or(file).as_os_str().as_encoded_bytes();
        let key = (folder.to_vec(), specifier.to_string());
        if let Some(owner) = self.api_owners.borrow().get(&key) {
            return *owner;
        }
        let owner = self.model.api_owner(&self.resolver, file, specifier);
        self.api_owners.borrow_mut().insert(key, owner);
        owner
    }

    /// The component instance a helper construction is built over, with its owner and the
    /// file where the instance name is written: `new X(components.a)`, `new X(alias)`, or a
    /// reference imported from another module (`import { a } from "./refs"`).
    pub fn construction_component(
        &self,
        module: &LintModule<'_>,
        construction: &Construction,
    ) -> Option<(DefinitionId, ComponentRef, PathBuf)> {
        if let Some(reference) = &construction.component {
            return Some((
                self.owner(module, reference),
                reference.clone(),
                module.module.file.clone(),
            ));
        }
        let (file, name, specifier) = self.origin(module, construction.argument.as_deref()?)?;
        specifier.as_ref()?;
        let target = self.module_by_file(&file)?;
        let reference = target.usage.component_aliases.get(&name)?;
        Some((
            self.owner(target, reference),
            reference.clone(),
            target.module.file.clone(),
        ))
    }

    /// Where a module-level name of `module` comes from: (file, exported name) following one
    /// import, or the module itself.
    pub fn origin(
        &self,
        module: &LintModule<'_>,
        local: &str,
    ) -> Option<(PathBuf, String, Option<String>)> {
        match module.usage.bindings.get(local)? {
            Some((specifier, imported)) if imported != "*" => {
                let file = self.resolver.resolve(&module.module.file, specifier).ok();
                Some((
                    file.unwrap_or_default(),
                    imported.clone(),
                    Some(specifier.clone()),
                ))
            }
            _ => Some((module.module.file.clone(), local.to_string(), None)),
        }
    }

    pub fn module_by_file(&self, file: &Path) -> Option<&LintModule<'a>> {
        self.by_file.get(file).map(|&i| &self.modules[i])
    }

    /// The module of `definition` at `import_path` (`folder/mod`).
    pub fn module_at(&self, definition: DefinitionId, import_path: &str) -> Option<&'a Module> {
        let index = self.by_import_path.get_or_init(|| {
            let model: &'a ProjectModel = self.model;
            model
                .definitions
                .iter()
                .enumerate()
                .flat_map(|(id, d)| d.modules.iter().map(move |m| ((id, m.import_path()), m)))
                .collect()
        });
        index.get(&(definition, import_path)).copied()
    }

    /// The public function `path` (`mod/sub`, `fn`) of a definition.
    pub fn find_function(
        &self,
        definition: DefinitionId,
        module_path: &str,
        name: &str,
    ) -> FunctionLookup<'a> {
        let Some(module) = self.module_at(definition, module_path) else {
            return FunctionLookup::NoModule;
        };
        match module.functions.iter().find(|f| f.name == name) {
            Some(function) => FunctionLookup::Found(function),
            None if module.unknown_exports.iter().any(|(n, _)| n == name) => {
                FunctionLookup::Unknown
            }
            None => FunctionLookup::NoFunction,
        }
    }
}

/// The component helper classes the rules know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelperKind {
    /// `TableAggregate` / `DirectAggregate` from @convex-dev/aggregate (or a subclass).
    Aggregate,
    /// `ShardedCounter` from @convex-dev/sharded-counter (or a subclass).
    ShardedCounter,
}

impl<'a> LintContext<'a> {
    /// Which helper class the constructor named `local` in `module` is, following imports
    /// and project classes that extend one.
    pub fn helper_kind(
        &self,
        module: &LintModule<'_>,
        local: &str,
        depth: usize,
    ) -> Option<HelperKind> {
        if depth > 4 {
            return None;
        }
        let (file, name, specifier) = self.origin(module, local)?;
        if let Some(specifier) = &specifier {
            match (
                crate::resolve::split_package_specifier(specifier).0,
                name.as_str(),
            ) {
                ("@convex-dev/aggregate", "TableAggregate" | "DirectAggregate") => {
                    return Some(HelperKind::Aggregate)
                }
                ("@convex-dev/sharded-counter", "ShardedCounter") => {
                    return Some(HelperKind::ShardedCounter)
                }
                _ => {}
            }
        }
        let target = self.module_by_file(&file)?;
        let super_class = target.parsed()?.module.body.iter().find_map(|item| {
            let decl = match item {
                swc_core::ecma::ast::ModuleItem::Stmt(swc_core::ecma::ast::Stmt::Decl(d)) => d,
                swc_core::ecma::ast::ModuleItem::ModuleDecl(
                    swc_core::ecma::ast::ModuleDecl::ExportDecl(e),
                ) => &e.decl,
                _ => return None,
            };
            match decl {
                swc_core::ecma::ast::Decl::Class(class) if *class.ident.sym == *name => {
                    match class.class.super_class.as_deref() {
                        Some(swc_core::ecma::ast::Expr::Ident(parent)) => {
                            Some(parent.sym.to_string())
                        }
                        _ => None,
                    }
                }
                _ => None,
            }
        })?;
        self.helper_kind(target, &super_class, depth + 1)
    }

    /// The helper object a module-level name of `module` holds (`const counter = new
    /// ShardedCounter(...)`, possibly imported from another module).
    pub fn helper_object(&self, module: &LintModule<'_>, local: &str) -> Option<HelperKind> {
        // Every call on a helper asks this again; the answer depends only on the name's origin.
        // Modules are keyed by address: `modules` is never changed once built.
        let module_key = std::ptr::from_ref(module) as usize;
        if let Some(known) = self
            .helper_objects
            .borrow()
            .get(&module_key)
            .and_then(|names| names.get(local))
        {
            return *known;
        }
        let kind = self.find_helper_object(module, local);
        self.helper_objects
            .borrow_mut()
            .entry(module_key)
            .or_default()
            .insert(local.to_string(), kind);
        kind
    }

    fn find_helper_object(&self, module: &LintModule<'_>, local: &str) -> Option<HelperKind> {
        let (file, name, _) = self.origin(module, local)?;
        let target = self.module_by_file(&file)?;
        let construction = target
            .usage
            .constructions
            .iter()
            .find(|c| c.bound_to.as_deref() == Some(name.as_str()))?;
        self.helper_kind(target, &construction.callee, 0)
    }
}

pub enum FunctionLookup<'a> {
    Found(&'a Function),
    /// The export exists but static evaluation could not decide what it is.
    Unknown,
    NoFunction,
    NoModule,
}

/// Runs the rules `on` accepts over the project.
pub fn run_rules(context: &LintContext, on: impl Fn(&Rule) -> bool) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for rule in RULES.iter().filter(|r| on(r)) {
        (rule.check)(context, &mut diagnostics);
    }
    diagnostics
}

/// Every one-file rule's findings in `parsed` (see [`Rule::scan`]).
pub fn scan_file(parsed: &ParsedFile) -> Vec<Finding> {
    let mut findings = Vec::new();
    let file = ScannedFile::new(parsed);
    for scan in RULES.iter().filter_map(|rule| rule.scan) {
        scan(&file, &mut findings);
    }
    findings
}

/// A finding of `module` as a diagnostic of `severity`, its fix made safe or not.
pub fn finding_diagnostic(
    module: &LintModule<'_>,
    finding: &Finding,
    severity: Severity,
) -> Diagnostic {
    let file = &module.module.file;
    let mut diagnostic = Diagnostic::error(
        finding.code,
        file,
        Some(finding.span),
        finding.message.clone(),
    );
    diagnostic.severity = severity;
    diagnostic.help = finding.help.clone();
    diagnostic.fix = finding.fix.as_ref().map(|fix| {
        Box::new(crate::diagnostic::Fix {
            title: fix.title.clone(),
            edits: fix
                .edits
                .iter()
                .map(|(span, text)| crate::diagnostic::Edit {
                    file: file.clone(),
                    span: *span,
                    text: text.clone(),
                })
                .collect(),
            safe: fix.safe,
            run_codegen: false,
        })
    });
    diagnostic
}

/// The diagnostics of loading the project that belong to `code` (the component-tree rules
/// are decided while the model is built, since codegen refuses such projects too).
fn model_diagnostics(context: &LintContext, code: &str, out: &mut Vec<Diagnostic>) {
    out.extend(
        context
            .model
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .cloned(),
    );
}

/// Edit distance, for "did you mean" suggestions.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::RULES;

    #[test]
    fn every_rule_links_to_its_documented_source_file() {
        let base = format!("{}/blob/main/", env!("CARGO_PKG_REPOSITORY"));
        for rule in &RULES {
            let url = rule.docs_url();
            let relative = url.strip_prefix(&base).expect("a link into the repository");
            let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .unwrap()
                .join(relative);
            let source = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert!(
                source.starts_with(&format!("//! `{}`", rule.code)),
                "{} must open with the rule's documentation",
                file.display()
            );
        }
    }
}

//! `convexkit lsp`: the language server. It keeps open documents as overlays of the shared
//! parse cache, re-analyses a project (debounced) after edits, and answers from the latest
//! analysis: diagnostics (every `check` rule), hover and completion on `components.`,
//! go to definition, and the rules' fixes as code actions.

mod documents;
mod features;
mod instance_names;
mod position;
mod project;
mod sanitize;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server};

use convexkit_analysis::workspace::Workspace;
use documents::Documents;
use project::{analyse, project_root, Snapshot};

/// How long edits must pause before a re-analysis. Short, because analyses also coalesce:
/// one runs at a time, and edits made meanwhile are analysed together after it.
const DEBOUNCE: Duration = Duration::from_millis(4);

/// What asked for an analysis. Typing reuses the last codegen output; opening, saving and
/// changes on disk compute it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Edit,
    Full,
}

pub struct Backend {
    client: Client,
    documents: Mutex<Documents>,
    workspace: Arc<Workspace>,
    snapshots: Mutex<HashMap<PathBuf, Arc<Snapshot>>>,
    /// What was last published for each file, per project, so unchanged files are not sent
    /// again and files whose findings are gone get cleared.
    published: Mutex<HashMap<PathBuf, HashMap<PathBuf, Published>>>,
    generation: AtomicU64,
    /// Projects whose next analysis must be a full one.
    pending_full: Mutex<HashSet<PathBuf>>,
    /// Held while a project is analysed, so analyses never run side by side.
    analysing: tokio::sync::Mutex<()>,
    /// Rule severities from the editor's settings (initializationOptions `rules`).
    editor_rules: Mutex<Vec<(String, String)>>,
    /// The client pulls diagnostics (`textDocument/diagnostic`) instead of taking pushes.
    pull_diagnostics: std::sync::atomic::AtomicBool,
    /// Write `_generated/` when a file is saved (initializationOptions `codegenOnSave`).
    codegen_on_save: std::sync::atomic::AtomicBool,
    /// The client lets the server register the files it wants to hear about.
    register_watchers: std::sync::atomic::AtomicBool,
}

/// The files whose changes on disk the server must hear about: configs, installs (npm
/// rewrites `node_modules/.package-lock.json`) and sources not open in the editor.
const WATCHED: [&str; 3] = [
    "**/{package.json,convex.json,convexkit.json,tsconfig.json}",
    "**/node_modules/.package-lock.json",
    "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}",
];

/// Whether a change to `path` can alter what resolves where or what a package contains, so
/// everything kept from earlier analyses must go (a source file's change is found by its
/// content hash instead).
fn changes_configuration(path: &std::path::Path) -> bool {
    path.components().any(|c| c.as_os_str() == "node_modules")
        || path.file_name().is_some_and(|name| {
            matches!(
                name.to_str(),
                Some("package.json" | "convex.json" | "convexkit.json" | "tsconfig.json")
            )
        })
}

/// The version and diagnostics last published for a file.
type Published = (Option<i32>, Vec<Diagnostic>);

/// The command behind the "Run codegen" code action.
pub const RUN_CODEGEN: &str = "convexkit.runCodegen";

fn uri_path(uri: &Uri) -> Option<PathBuf> {
    uri.to_file_path().map(|p| p.into_owned())
}

impl Backend {
    fn new(client: Client) -> Self {
        Self {
            client,
            documents: Mutex::default(),
            workspace: Arc::new(Workspace::new()),
            snapshots: Mutex::default(),
            published: Mutex::default(),
            generation: AtomicU64::new(0),
            pending_full: Mutex::default(),
            analysing: tokio::sync::Mutex::new(()),
            codegen_on_save: std::sync::atomic::AtomicBool::new(true),
            pull_diagnostics: std::sync::atomic::AtomicBool::new(false),
            register_watchers: std::sync::atomic::AtomicBool::new(false),
            editor_rules: Mutex::default(),
        }
    }

    fn snapshot_for(&self, path: &std::path::Path) -> Option<Arc<Snapshot>> {
        let root = project_root(path)?;
        self.snapshots.lock().ok()?.get(&root).cloned()
    }

    /// An open document's path, text, and the latest analysis of its project.
    fn context(&self, uri: &Uri) -> Option<(PathBuf, String, Arc<Snapshot>)> {
        let path = uri_path(uri)?;
        let text = self.document_text(uri)?;
        let snapshot = self.snapshot_for(&path)?;
        Some((path, text, snapshot))
    }

    fn document_text(&self, uri: &Uri) -> Option<String> {
        self.documents.lock().ok()?.get(uri).map(|d| d.text.clone())
    }

    /// Re-analyses the project of `path` after the debounce, unless newer edits arrived.
    async fn schedule(&self, path: PathBuf, trigger: Trigger) {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        if trigger == Trigger::Full {
            self.want_full(&path);
        }
        tokio::time::sleep(DEBOUNCE).await;
        if self.generation.load(Ordering::SeqCst) != generation {
            return;
        }
        self.refresh(path, Trigger::Edit).await;
    }

    fn want_full(&self, path: &std::path::Path) {
        if let (Some(root), Ok(mut pending)) = (project_root(path), self.pending_full.lock()) {
            pending.insert(root);
        }
    }

    async fn refresh(&self, path: PathBuf, trigger: Trigger) {
        let Some(root) = project_root(&path) else {
            return;
        };
        if trigger == Trigger::Full {
            self.want_full(&path);
        }
        let _analysing = self.analysing.lock().await;
        let full = self
            .pending_full
            .lock()
            .map(|mut pending| pending.remove(&root))
            .unwrap_or(true);
        let generated = match full {
            true => None,
            false => self.snapshot_for(&path).map(|s| s.generated.clone()),
        };
        let versions: HashMap<Uri, i32> = match self.documents.lock() {
            Ok(documents) => documents
                .iter()
                .map(|(uri, d)| (uri.clone(), d.version))
                .collect(),
            Err(_) => return,
        };
        let editor_rules = self
            .editor_rules
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default();
        let workspace = self.workspace.clone();
        let analysed_root = root.clone();
        let analysis = tokio::task::spawn_blocking(move || {
            analyse(&analysed_root, &workspace, &editor_rules, generated)
        })
        .await;
        let Ok(Some(snapshot)) = analysis else {
            return;
        };
        // Never publish results computed from text that has changed since.
        let current: HashMap<Uri, i32> = match self.documents.lock() {
            Ok(documents) => documents
                .iter()
                .map(|(uri, d)| (uri.clone(), d.version))
                .collect(),
            Err(_) => return,
        };
        if current != versions {
            if full {
                self.want_full(&path);
            }
            return;
        }
        if let Ok(mut snapshots) = self.snapshots.lock() {
            snapshots.insert(root.clone(), snapshot.clone());
        }
        if self.pull_diagnostics.load(Ordering::SeqCst) {
            // Ask the client to pull again, without waiting for its answer.
            let client = self.client.clone();
            tokio::spawn(async move {
                let _ = client.workspace_diagnostic_refresh().await;
            });
            return;
        }
        self.publish(&root, &snapshot, &current).await;
    }

    /// Runs codegen for the project of `path`, writing only what changed.
    async fn run_codegen(&self, path: PathBuf) {
        let Some(root) = project_root(&path) else {
            return;
        };
        let workspace = self.workspace.clone();
        let written =
            tokio::task::spawn_blocking(move || project::codegen(&root, &workspace)).await;
        if let Ok(Err(message)) = written {
            self.client.log_message(MessageType::WARNING, message).await;
        }
    }

    async fn publish(
        &self,
        root: &std::path::Path,
        snapshot: &Snapshot,
        versions: &HashMap<Uri, i32>,
    ) {
        let previous = self
            .published
            .lock()
            .map(|mut p| p.remove(root).unwrap_or_default())
            .unwrap_or_default();
        let mut now: HashMap<PathBuf, Published> = HashMap::new();
        for (file, findings) in &snapshot.diagnostics {
            let Some(uri) = Uri::from_file_path(file) else {
                continue;
            };
            let text = self
                .document_text(&uri)
                .or_else(|| self.workspace.read(file).ok().map(|t| t.to_string()))
                .unwrap_or_default();
            let diagnostics: Vec<Diagnostic> = findings
                .iter()
                .map(|d| features::to_lsp_diagnostic(&text, d))
                .collect();
            let published = (versions.get(&uri).copied(), diagnostics);
            // A file whose version and diagnostics are unchanged is not sent again.
            if previous.get(file) != Some(&published) {
                self.client
                    .publish_diagnostics(uri.clone(), published.1.clone(), published.0)
                    .await;
            }
            now.insert(file.clone(), published);
        }
        for file in previous.keys().filter(|file| !now.contains_key(*file)) {
            if let Some(uri) = Uri::from_file_path(file) {
                self.client
                    .publish_diagnostics(uri.clone(), Vec::new(), versions.get(&uri).copied())
                    .await;
            }
        }
        if let Ok(mut published) = self.published.lock() {
            published.insert(root.to_path_buf(), now);
        }
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let on_save = params
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("codegenOnSave"))
            .and_then(serde_json::Value::as_bool);
        self.codegen_on_save
            .store(on_save.unwrap_or(true), Ordering::SeqCst);
        if let Some(rules) = params
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("rules"))
            .and_then(|r| r.as_object())
        {
            let rules = rules
                .iter()
                .filter_map(|(code, level)| Some((code.clone(), level.as_str()?.to_string())))
                .collect();
            if let Ok(mut editor_rules) = self.editor_rules.lock() {
                *editor_rules = rules;
            }
        }
        let pull = params
            .capabilities
            .text_document
            .as_ref()
            .is_some_and(|t| t.diagnostic.is_some());
        self.pull_diagnostics.store(pull, Ordering::SeqCst);
        let watchers = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        self.register_watchers.store(watchers, Ordering::SeqCst);
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "convexkit".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Kind(
                    TextDocumentSyncKind::INCREMENTAL,
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                completion_provider: Some(CompletionOptions {
                    // `"` and `'` open the `name` of a `use()`.
                    trigger_characters: Some(vec![".".into(), "\"".into(), "'".into()]),
                    ..Default::default()
                }),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                diagnostic_provider: pull.then(|| {
                    DiagnosticServerCapabilities::Options(DiagnosticOptions {
                        identifier: Some("convexkit".into()),
                        inter_file_dependencies: true,
                        workspace_diagnostics: false,
                        ..Default::default()
                    })
                }),
                code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![RUN_CODEGEN.into()],
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if !self.register_watchers.load(Ordering::SeqCst) {
            // Without it, changes on disk are seen at the next open or save.
            return;
        }
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: WATCHED
                .iter()
                .map(|glob| FileSystemWatcher {
                    glob_pattern: GlobPattern::String(glob.to_string()),
                    kind: None,
                })
                .collect(),
        };
        let registration = Registration {
            id: "convexkit-watched-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(options).ok(),
        };
        if let Err(error) = self.client.register_capability(vec![registration]).await {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!("could not register file watchers: {error}"),
                )
                .await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        let Some(path) = uri_path(&document.uri) else {
            return;
        };
        self.workspace
            .set_overlay(&path, Some(document.text.as_str().into()));
        if let Ok(mut documents) = self.documents.lock() {
            documents.open(document.uri, document.version, document.text);
        }
        self.refresh(path, Trigger::Full).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let Some(path) = uri_path(&uri) else { return };
        let text = match self.documents.lock() {
            Ok(mut documents) => documents
                .change(&uri, params.text_document.version, params.content_changes)
                .map(|d| d.text.clone()),
            Err(_) => None,
        };
        let Some(text) = text else { return };
        self.workspace
            .set_overlay(&path, Some(text.as_str().into()));
        self.schedule(path, Trigger::Edit).await;
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let Some(path) = uri_path(&params.text_document.uri) else {
            return;
        };
        if self.codegen_on_save.load(Ordering::SeqCst) {
            self.run_codegen(path.clone()).await;
        }
        self.schedule(path, Trigger::Full).await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let paths: Vec<PathBuf> = params
            .changes
            .iter()
            .filter_map(|change| uri_path(&change.uri))
            .collect();
        if paths.iter().any(|p| changes_configuration(p)) {
            self.workspace.invalidate();
        }
        // The full analyses below look at the disk again.
        let mut roots: Vec<PathBuf> = Vec::new();
        for path in paths {
            if let Some(root) = project_root(&path) {
                if !roots.contains(&root) {
                    roots.push(root);
                }
            }
        }
        for root in roots {
            self.refresh(root.join("convex.json"), Trigger::Full).await;
        }
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        if params.command != RUN_CODEGEN {
            return Err(tower_lsp_server::jsonrpc::Error::invalid_params(format!(
                "unknown command {}",
                params.command
            )));
        }
        let target = params
            .arguments
            .first()
            .and_then(|a| a.as_str())
            .and_then(|u| u.parse::<Uri>().ok())
            .and_then(|u| uri_path(&u));
        if let Some(path) = target {
            self.run_codegen(path.clone()).await;
            self.refresh(path, Trigger::Full).await;
        }
        Ok(None)
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let Some(path) = uri_path(&params.text_document.uri) else {
            return;
        };
        self.workspace.set_overlay(&path, None);
        if let Ok(mut documents) = self.documents.lock() {
            documents.close(&params.text_document.uri);
        }
        self.schedule(path, Trigger::Edit).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let position = params.text_document_position_params;
        let Some((path, text, snapshot)) = self.context(&position.text_document.uri) else {
            return Ok(None);
        };
        Ok(features::hover(&snapshot, &path, &text, position.position))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let position = params.text_document_position;
        let Some((path, text, snapshot)) = self.context(&position.text_document.uri) else {
            return Ok(None);
        };
        let at = position::offset(&text, position.position);
        Ok(
            instance_names::complete(&snapshot, &self.workspace, &path, at)
                .or_else(|| features::completion(&snapshot, &path, &text, position.position))
                .map(CompletionResponse::Array),
        )
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let items = match self.context(&uri) {
            Some((path, text, snapshot)) => snapshot
                .diagnostics
                .get(&path)
                .map(|findings| {
                    findings
                        .iter()
                        .map(|d| features::to_lsp_diagnostic(&text, d))
                        .collect()
                })
                .unwrap_or_default(),
            None => Vec::new(),
        };
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let position = params.text_document_position;
        let Some((path, text, snapshot)) = self.context(&position.text_document.uri) else {
            return Ok(None);
        };
        Ok(features::references(
            &snapshot,
            &self.workspace,
            &path,
            &text,
            position.position,
        ))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let position = params.text_document_position_params;
        let Some((path, text, snapshot)) = self.context(&position.text_document.uri) else {
            return Ok(None);
        };
        Ok(
            features::definition(&snapshot, &self.workspace, &path, &text, position.position)
                .map(GotoDefinitionResponse::Scalar),
        )
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some((path, text, snapshot)) = self.context(&params.text_document.uri) else {
            return Ok(None);
        };
        Ok(Some(features::code_actions(
            &snapshot,
            &self.workspace,
            &path,
            &text,
            params.range,
        )))
    }
}

/// Serves the language server on stdin/stdout until the client exits.
pub async fn serve_stdio() {
    let (service, socket) = LspService::new(Backend::new);
    // The JSON-RPC framing stops reading at the first undecodable message, so input passes
    // through `sanitize` first: a malformed message is logged and dropped, and the server
    // keeps serving.
    let (input, output) = tokio::io::duplex(1 << 16);
    tokio::spawn(sanitize::forward(tokio::io::stdin(), output));
    Server::new(input, tokio::io::stdout(), socket)
        .serve(service)
        .await;
}

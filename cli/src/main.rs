//! The `convexkit` binary: one entry point for every convexkit tool.

mod allocator;
mod caches;
mod clean_texts;
mod commands;
mod kept_analysis;
mod kept_renderings;
mod learned;
mod outcome;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[global_allocator]
static GLOBAL: allocator::Mimalloc = allocator::Mimalloc;

#[derive(Parser)]
#[command(
    name = "convexkit",
    version,
    about = "A toolchain for Convex components"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write `_generated/` exactly as `npx convex codegen` does, for the app and its local components.
    Codegen {
        /// The project folder (holds package.json and convex/).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// Write nothing; list the files that would change and exit 1 if any would.
        #[arg(long)]
        check: bool,
        /// Generate a component package's own folder (one holding convex.config.ts, e.g.
        /// `src/component`) instead of the app, as `npx convex codegen --component-dir`.
        #[arg(long, value_name = "DIR")]
        component_dir: Option<PathBuf>,
        /// Analyse afresh: read and write none of the caches in `.convexkit/`.
        #[arg(long)]
        no_cache: bool,
    },
    /// Lint the project: component-aware rules for CI.
    Check {
        /// The project folder (holds package.json and convex/).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = commands::check::Format::Human)]
        format: commands::check::Format,
        /// Apply the safe fixes, then report what remains.
        #[arg(long)]
        fix: bool,
        /// Analyse afresh: read and write none of the caches in `.convexkit/`.
        #[arg(long)]
        no_cache: bool,
        /// List every rule (code, default level, summary) instead of checking.
        #[arg(long, conflicts_with = "fix")]
        rules: bool,
    },
    /// Run the language server on stdin/stdout (LSP 3.17).
    Lsp,
    /// Run one function in the local runtime, like `npx convex run`.
    Run {
        /// The project folder (holds package.json and convex/).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// The database file (default: PROJECT/.convexkit/db.sqlite3).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Run a function of this component instance (`leaderboard`, `widgets/clicks`).
        #[arg(long)]
        component: Option<String>,
        /// Seconds a query or mutation may run before it is stopped (default 30; actions get 20×).
        #[arg(long)]
        timeout: Option<u64>,
        /// A deployment environment variable, `NAME=value` (repeatable): the app's `process.env`.
        #[arg(long = "env", value_name = "NAME=value")]
        env: Vec<String>,
        /// Then run the scheduled functions that are due, until none is.
        #[arg(long)]
        drain: bool,
        /// Run as this user: JSON of `UserIdentity` attributes (`{"subject": "u1", "name":
        /// "Ada"}`), completed as `npx convex run --identity` completes them.
        #[arg(long)]
        identity: Option<String>,
        /// `module:export` (`messages:send`, `folder/mod:fn`); `module` alone is its default export.
        function: String,
        /// The arguments, a JSON object (default `{}`).
        args: Option<String>,
    },
    /// Serve the app locally: Convex's HTTP API and sync protocol, HTTP actions, the
    /// scheduler and crons; codegen, check and reload on every change.
    Dev {
        /// The project folder (holds package.json and convex/).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// The database file (default: PROJECT/.convexkit/db.sqlite3).
        #[arg(long)]
        db: Option<PathBuf>,
        /// The port of the HTTP API and sync protocol.
        #[arg(long, default_value_t = 3210)]
        port: u16,
        /// The port of HTTP actions (default: PORT + 1).
        #[arg(long)]
        site_port: Option<u16>,
        /// The port of the local dashboard (default: PORT + 2).
        #[arg(long)]
        dashboard_port: Option<u16>,
        /// Seconds a query or mutation may run before it is stopped (default 30; actions get 20×).
        #[arg(long)]
        timeout: Option<u64>,
        /// A deployment environment variable, `NAME=value` (repeatable): the app's `process.env`.
        #[arg(long = "env", value_name = "NAME=value")]
        env: Vec<String>,
    },
    /// Set and view the deployment's environment variables, like `npx convex env` (kept in
    /// the database; a running `convexkit dev` sees changes at its next call).
    Env {
        /// The project folder (holds package.json and convex/).
        #[arg(long, default_value = ".", global = true)]
        project: PathBuf,
        /// The database file (default: PROJECT/.convexkit/db.sqlite3).
        #[arg(long, global = true)]
        db: Option<PathBuf>,
        #[command(subcommand)]
        action: EnvAction,
    },
    /// Write all data (component data and stored files included) to a ZIP in the layout of
    /// Convex's snapshot export, like `npx convex export`.
    Export {
        /// The project folder (holds package.json and convex/).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// The database file (default: PROJECT/.convexkit/db.sqlite3).
        #[arg(long)]
        db: Option<PathBuf>,
        /// The ZIP file to write (must not exist), or a folder to write snapshot_<time>.zip into.
        #[arg(long)]
        path: PathBuf,
    },
    /// Load a snapshot ZIP (from `convexkit export` or `npx convex export`) into the database,
    /// like `npx convex import` (refused while `convexkit dev` serves the database).
    Import {
        /// The project folder (holds package.json and convex/): its schemas check the data
        /// and give the indexes to build.
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// The database file (default: PROJECT/.convexkit/db.sqlite3).
        #[arg(long)]
        db: Option<PathBuf>,
        /// Replace the tables the snapshot holds (other tables stay); without it, those tables
        /// must be empty.
        #[arg(long)]
        replace: bool,
        /// The snapshot ZIP.
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum EnvAction {
    /// Set a variable: `env set NAME VALUE`, `env set NAME=VALUE`, or the value on stdin.
    Set { name: String, value: Option<String> },
    /// Print a variable's value.
    Get { name: String },
    /// List the variables as `NAME=value` lines (.env format).
    List {
        /// Only the names.
        #[arg(long)]
        names_only: bool,
        /// The values too (the default; as the official CLI's flag).
        #[arg(long, conflicts_with = "names_only")]
        include_values: bool,
    },
    /// Unset a variable (nothing to do when it is not set).
    #[command(visible_alias = "rm", alias = "unset")]
    Remove { name: String },
}

/// The workspace of a one-shot command (`codegen`, `check`), never freed: the process
/// exits right after, and freeing every syntax tree node by node takes about as long as
/// parsing it did.
fn one_shot_workspace() -> std::sync::Arc<convexkit_analysis::workspace::Workspace> {
    let workspace = convexkit_analysis::workspace::Workspace::one_shot();
    #[cfg(target_os = "linux")]
    let workspace = workspace.before_large_heap(with_huge_pages);
    let workspace = std::sync::Arc::new(workspace);
    std::mem::forget(workspace.clone());
    workspace
}

/// No transparent huge pages for this process until it builds a large heap
/// ([`with_huge_pages`]). mimalloc asks for them on its arenas, and a huge page is zeroed
/// whole on first touch: a small app's `codegen` or a kept outcome's `check` pays 1-3 ms
/// (10-25 %) for 2 MB pages it mostly does not use. Run as an ELF constructor: the
/// runtime's first allocation, before `main`, would already fault in two huge pages.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static WITHOUT_HUGE_PAGES: extern "C" fn() = {
    extern "C" fn without_huge_pages() {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
    without_huge_pages
};

/// Transparent huge pages again, before an analysis that parses hundreds of files afresh:
/// its heap (~120 MB for `check` on tale's 1,331 modules) then costs ~4,400 page faults
/// instead of ~25,600, whose handling was a sixth of the CPU time (tale `check --no-cache`
/// wall median 252 -> 222 ms, CPU 444 -> 395 ms; `codegen --no-cache` 102 -> 99 ms;
/// interleaved runs).
#[cfg(target_os = "linux")]
fn with_huge_pages() {
    // SAFETY: as in `without_huge_pages`.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 0, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Codegen {
            project,
            check,
            component_dir,
            no_cache,
        } => {
            if no_cache {
                caches::turn_off();
            }
            commands::codegen::run(&project, check, component_dir.as_deref())
        }
        Command::Check {
            project,
            format,
            fix,
            no_cache,
            rules,
        } => {
            if rules {
                commands::check::list_rules(format)
            } else {
                if no_cache {
                    caches::turn_off();
                }
                commands::check::run(&project, format, fix)
            }
        }
        Command::Lsp => commands::lsp::run(),
        Command::Run {
            project,
            db,
            component,
            timeout,
            env,
            drain,
            identity,
            function,
            args,
        } => commands::run::run(commands::run::RunArgs {
            project: &project,
            database: db.as_deref(),
            component: component.as_deref(),
            function: &function,
            args: args.as_deref(),
            timeout,
            env: &env,
            drain,
            identity: identity.as_deref(),
        }),
        Command::Dev {
            project,
            db,
            port,
            site_port,
            dashboard_port,
            timeout,
            env,
        } => match commands::run::options(timeout, &env) {
            Ok(options) => commands::dev::run(commands::dev::DevArgs {
                project: &project,
                database: db.as_deref(),
                port,
                site_port,
                dashboard_port,
                options,
            }),
            Err(message) => {
                eprintln!("error: {message}");
                2
            }
        },
        Command::Env {
            project,
            db,
            action,
        } => {
            use commands::env::Action;
            let action = match action {
                EnvAction::Set { name, value } => Action::Set { name, value },
                EnvAction::Get { name } => Action::Get { name },
                EnvAction::List { names_only, .. } => Action::List { names_only },
                EnvAction::Remove { name } => Action::Remove { name },
            };
            commands::env::run(&project, db.as_deref(), action)
        }
        Command::Export { project, db, path } => {
            commands::snapshot::export(commands::snapshot::ExportArgs {
                project: &project,
                database: db.as_deref(),
                path: &path,
            })
        }
        Command::Import {
            project,
            db,
            replace,
            file,
        } => commands::snapshot::import(commands::snapshot::ImportArgs {
            project: &project,
            database: db.as_deref(),
            replace,
            file: &file,
        }),
    };
    ExitCode::from(code)
}

pub mod check;
pub mod codegen;
pub mod dev;
pub mod lsp;
pub mod run;
pub mod snapshot;
pub mod supervisor;

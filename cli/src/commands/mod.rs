pub mod check;
pub mod codegen;
pub mod lsp;
pub mod run;

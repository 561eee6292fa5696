pub mod check;
pub mod codegen;

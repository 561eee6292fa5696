//! The JavaScript engine host: module loading (TypeScript stripped by swc), one QuickJS
//! isolate per component instance, and the host interface of the `convex` package.

mod commonjs;
pub mod isolate;
mod link_error;
pub mod loader;
mod native_values;
mod subtle;
pub mod transpile;

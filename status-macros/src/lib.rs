//! The procedural macro behind the `status` crate. Use it through `status::status_codes!`,
//! whose documentation describes the grammar and what it generates.
//!
//! The pipeline, one job a file: `parse/` reads the invocation into `ast.rs`'s plain data
//! (with `syntax.rs` for the Rust syntax it reads itself and `attr.rs` for entry attributes),
//! `model.rs` lowers each entry once, `valid/` checks the lowered set, all reporting to
//! `errors.rs`'s accumulator, and `expand/` emits it; `item_attrs.rs` says which attributes
//! of the `enum` and `mod` items reach the output; `fallback.rs` keeps a rejected set
//! expanding, `phf.rs` builds the perfect hashes, `docs.rs` writes the generated docs,
//! `retry.rs` knows the retry classes, `prose.rs` writes lists in prose.
//! `protocol.rs` is the exchange between a set and the sets it builds on, both directions.
//! `problem/` is `#[derive(IntoProblem)]` and `#[derive(FromProblem)]`, in the same layers.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]

mod ast;
mod attr;
mod case;
mod docs;
mod errors;
mod expand;
mod fallback;
mod item_attrs;
mod model;
mod parse;
mod phf;
mod problem;
mod prose;
mod protocol;
mod retry;
mod syntax;
#[cfg(test)]
mod tests;
mod valid;

// Documented where the facade re-exports it: rustdoc would append docs written here to that
// page.
#[allow(missing_docs)]
#[proc_macro]
pub fn status_codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::status_codes(&input.into()).into()
}

// Documented where the facade re-exports it, with the `IntoProblem` trait.
#[allow(missing_docs)]
#[proc_macro_derive(IntoProblem, attributes(problem))]
pub fn into_problem(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    problem::derive(input.into()).into()
}

// Documented where the facade re-exports it, with the `FromProblem` trait.
#[allow(missing_docs)]
#[proc_macro_derive(FromProblem, attributes(problem))]
pub fn from_problem(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    problem::derive_from(input.into()).into()
}

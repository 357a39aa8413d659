//! `#[derive(IntoProblem)]`, in the house's layers: `parse/` reads the item into `ast.rs`
//! (`generics.rs` its parameters), `valid.rs` checks it, `expand/` emits the impl. Its
//! grammar is in `ast.rs`; `members.rs` and `format.rs` hold what both of the last two read:
//! the members' names and URIs, and a `detail`'s placeholders.

mod ast;
mod expand;
mod format;
mod generics;
mod members;
mod parse;
mod valid;

use crate::errors::Errors;
use proc_macro2::TokenStream;

/// The whole derive on `proc_macro2` tokens. Never panics; invalid input becomes
/// `compile_error!`s, next to what can still be derived.
pub fn derive(tokens: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let input = match parse::input(tokens, &mut errors) {
        Ok(input) => input,
        Err(error) => {
            errors.push(error);
            return errors
                .finish()
                .err()
                .map(|e| e.to_compile_error())
                .unwrap_or_default();
        }
    };
    valid::validate(&input, &mut errors);
    match errors.finish() {
        Ok(()) => expand::expand(&input, expand::Derive::IntoProblem),
        // Nothing is derived: an impl on rejected input would only add rustc's errors.
        Err(errors) => errors.to_compile_error(),
    }
}

/// `#[derive(FromProblem)]` on `proc_macro2` tokens: the same input and checks as
/// `IntoProblem`'s, and those of reading back. Never panics.
pub fn derive_from(tokens: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let input = match parse::input(tokens, &mut errors) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    valid::validate(&input, &mut errors);
    valid::validate_decoding(&input, &mut errors);
    match errors.finish() {
        Ok(()) => expand::expand(&input, expand::Derive::FromProblem),
        Err(errors) => errors.to_compile_error(),
    }
}

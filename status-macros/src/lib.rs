//! The procedural macro behind the `status` crate. Use it through `status::status_codes!`,
//! whose documentation describes the grammar and what it generates.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]

mod ast;
mod attr;
mod case;
mod docs;
mod expand;
mod fallback;
mod model;
mod phf;
#[cfg(test)]
mod tests;
mod valid;

/// Defines a set of HTTP status codes. See `status::status_codes!` for the documentation.
#[proc_macro]
pub fn status_codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::status_codes(&input.into()).into()
}

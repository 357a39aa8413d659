//! Parses an invocation, as the user wrote it, into `ast::Input`. A syntax error inside one
//! header item or entry goes to the error accumulator and parsing resumes after the item, so
//! that every mistake is reported at once and the rest of the set still expands. What the
//! macros append to an invocation is `protocol.rs`'s: the grammar knows nothing of it.

mod entry;
mod header;

pub use entry::parse_entry;

use crate::ast::Input;
use crate::errors::Errors;
use crate::syntax::{Attr, Vis};
use header::{parse_header, starts_header, take_extensible};
use proc_macro2::{TokenStream, TokenTree};
use quote::quote;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Token};

/// The input, or the error that leaves nothing to expand; every other error goes to `errors`.
pub fn input(tokens: TokenStream, errors: &mut Errors) -> syn::Result<Input> {
    (|input: ParseStream| parse_input(input, errors)).parse2(tokens)
}

fn parse_input(input: ParseStream, errors: &mut Errors) -> syn::Result<Input> {
    let mut attrs = Attr::parse_outer(input, errors)?;
    let extensible = take_extensible(&mut attrs, errors);
    let vis: Vis = input.parse()?;
    if !input.peek(Token![enum]) {
        return Err(
            input.error("expected the set's enum item first, such as `pub enum ApiStatus;`")
        );
    }
    input.parse::<Token![enum]>()?;
    let ident = item_name(input, "enum", "`pub enum ApiStatus;`")?;
    if let Err(error) = item_end(input, "enum") {
        errors.push(error);
        // A body `{ .. }` is skipped alone: the entries after it still count.
        if input.peek(syn::token::Brace) {
            input.parse::<TokenTree>()?;
            input.parse::<Option<Token![;]>>()?;
        } else {
            skip_item(input);
        }
    }

    let mut set = Input {
        attrs,
        vis,
        ident,
        extensible,
        consts: None,
        extends: None,
        picks: Vec::new(),
        krate: None,
        entries: Vec::new(),
        answers: Vec::new(),
        is_standard_set: false,
    };
    while !input.is_empty() {
        if input.peek(Token![;]) {
            let semi = input.parse::<Token![;]>()?;
            errors.at(semi, "stray `;`; remove it");
            continue;
        }
        let item_attrs = match Attr::parse_outer(input, errors) {
            Ok(attrs) => attrs,
            Err(error) => {
                errors.push(error);
                skip_item(input);
                continue;
            }
        };
        let has_entries = !set.entries.is_empty();
        let result = if input.is_empty() {
            if item_attrs.is_empty() {
                continue; // Inner attributes only, already reported.
            }
            Err(attrs_on_nothing(&item_attrs))
        } else if starts_header(input) && has_entries {
            Err(input.error("header items go before the entries; move this line up"))
        } else if starts_header(input) {
            // Before the entries: a header line that runs into an entry lacks its `;`.
            parse_header(item_attrs, input, &mut set, errors)
        } else if starts_entry(input) {
            parse_entry(&item_attrs, input, errors).map(|entry| set.entries.push(entry))
        } else if has_entries {
            Err(unexpected_token(
                input,
                "expected an entry, `CODE => NAME, \"phrase\", \"description\";`",
            ))
        } else {
            parse_header(item_attrs, input, &mut set, errors)
        };
        if let Err(error) = result {
            errors.push(error);
            skip_item(input);
        }
    }
    Ok(set)
}

/// Attributes with no item after them: the last entry is above them.
fn attrs_on_nothing(attrs: &[Attr]) -> syn::Error {
    let message = if attrs.iter().all(|attr| attr.is("doc")) {
        "this doc comment documents nothing; move it above the entry it describes"
    } else {
        "this attribute applies to nothing; move it above the entry it belongs to"
    };
    syn::Error::new_spanned(quote!(#(#attrs)*), message)
}

/// The name of the `enum` or `mod` item.
pub(super) fn item_name(input: ParseStream, item: &str, example: &str) -> syn::Result<Ident> {
    if input.peek(Ident) {
        return input.parse();
    }
    Err(unexpected_token(
        input,
        &format!("expected the name of the `{item}` item, such as {example}"),
    ))
}

/// The `;` that ends the `enum` or `mod` item, or an error that says what stands in its place.
pub(super) fn item_end(input: ParseStream, item: &str) -> syn::Result<()> {
    if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
        return Ok(());
    }
    let message = if input.peek(Token![<]) {
        format!("the `{item}` item takes no generic parameters; remove them")
    } else if input.peek(Token![::]) {
        format!("the `{item}` item's name is one identifier, not a path")
    } else if input.peek(syn::token::Brace) && item == "enum" {
        "the entries follow the `enum` item, not inside braces: write `pub enum NAME;`, then \
         the entries"
            .to_owned()
    } else if input.peek(syn::token::Brace) {
        "the macro fills the module with constants: write `pub mod NAME;`, with no body".to_owned()
    } else {
        format!("expected `;` after the `{item}` item's name")
    };
    Err(unexpected_token(input, &message))
}

/// An error on the next token, or at the end of the input if there is none.
pub(super) fn unexpected_token(input: ParseStream, message: &str) -> syn::Error {
    match input.fork().parse::<TokenTree>() {
        Ok(token) => syn::Error::new_spanned(token, message),
        Err(_) => input.error(message),
    }
}

/// An entry starts with its code; a line with `=>` is an entry whose code is malformed.
fn starts_entry(input: ParseStream) -> bool {
    if input.peek(syn::Lit) || input.peek(Token![-]) {
        return true;
    }
    let fork = input.fork();
    while !fork.is_empty() && !fork.peek(Token![;]) {
        if fork.peek(Token![=>]) {
            return true;
        }
        if fork.parse::<TokenTree>().is_err() {
            break;
        }
    }
    false
}

/// Skips the rest of a malformed item, through its `;`.
fn skip_item(input: ParseStream) {
    while !input.is_empty() {
        if input.parse::<Option<Token![;]>>().ok().flatten().is_some() {
            return;
        }
        if input.parse::<TokenTree>().is_err() {
            return;
        }
    }
}

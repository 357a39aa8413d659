//! An entry: `CODE => NAME, "phrase", "description";` after its attributes, as the user
//! writes it and as a source hands it over.

use super::unexpected_token;
use crate::ast::Entry;
use crate::attr;
use crate::errors::Errors;
use crate::syntax::Attr;
use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, Token};

/// An entry after its attributes. Errors in the attributes go to `errors` and leave the entry
/// in place; errors in its syntax are returned.
pub fn parse_entry(attrs: &[Attr], input: ParseStream, errors: &mut Errors) -> syn::Result<Entry> {
    let code = parse_code(input)?;
    input.parse::<Token![=>]>()?;
    let name = expect(input, "the status name after `=>`, such as `NOT_FOUND`")?;
    reject_path(&name, input)?;
    expect::<Token![,]>(input, "`,` after the name, then the reason phrase")?;
    let phrase = expect(
        input,
        "the reason phrase as a string, such as \"Not Found\"",
    )?;
    expect::<Token![,]>(input, "`,` after the phrase, then the description")?;
    let description = expect(input, "the description as a string after the phrase")?;
    if !input.is_empty() {
        input
            .parse::<Token![;]>()
            .map_err(|_| input.error("expected `;` after the description, which ends the entry"))?;
    }
    Ok(Entry {
        attrs: attr::parse(attrs, errors),
        docs_at_source: false,
        origin: None,
        code,
        name,
        phrase,
        description,
    })
}

fn parse_code(input: ParseStream) -> syn::Result<LitInt> {
    if input.peek(LitInt) {
        let code: LitInt = input.parse()?;
        if input.peek(Token![=>]) {
            return Ok(code);
        }
        // More tokens, then `=>`: an expression, which the macro does not evaluate.
        let fork = input.fork();
        let mut rest = TokenStream::new();
        while !fork.is_empty() && !fork.peek(Token![;]) {
            if fork.peek(Token![=>]) {
                return Err(syn::Error::new_spanned(
                    quote!(#code #rest),
                    "the status code is one integer literal, such as `404`; expressions are \
                     not evaluated",
                ));
            }
            rest.extend([fork.parse::<TokenTree>()?]);
        }
        return Ok(code);
    }
    Err(unexpected_token(
        input,
        "expected the status code as an integer literal, such as `404`",
    ))
}

/// A path such as `errors::NOT_FOUND` where a name belongs.
fn reject_path(name: &Ident, input: ParseStream) -> syn::Result<()> {
    if !input.peek(Token![::]) {
        return Ok(());
    }
    let mut path = quote!(#name);
    while input.peek(Token![::]) {
        input.parse::<Token![::]>()?.to_tokens(&mut path);
        if input.peek(Ident::peek_any) {
            input.call(Ident::parse_any)?.to_tokens(&mut path);
        }
    }
    Err(syn::Error::new_spanned(
        path,
        "a status name is one identifier, not a path; write the name alone, such as `NOT_FOUND`",
    ))
}

fn expect<T: Parse>(input: ParseStream, what: &str) -> syn::Result<T> {
    let fork = input.fork();
    match fork.parse::<T>() {
        Ok(_) => input.parse(),
        Err(_) => Err(input.error(format!("expected {what}"))),
    }
}

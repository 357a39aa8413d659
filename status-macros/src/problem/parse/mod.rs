//! Parses the item that derives `IntoProblem` into `ast.rs`, with syn's parser alone (the
//! macro crate builds syn without its syntax tree): the item and its fields here, what its
//! `#[problem(..)]` attributes say in `settings.rs`. Errors go to the accumulator, spanned on
//! the token to fix.

mod settings;

use super::ast::{Field, Fields, ProblemInput, Shape, Variant};
use super::generics;
use crate::errors::Errors;
use crate::syntax::{Attr, Vis};
use proc_macro2::{Spacing, TokenStream, TokenTree};
use settings::{field_settings, settings};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

/// The item, or the error that leaves nothing to derive; every other error goes to `errors`.
pub fn input(tokens: TokenStream, errors: &mut Errors) -> syn::Result<ProblemInput> {
    (|input: ParseStream| parse_item(input, errors)).parse2(tokens)
}

fn parse_item(input: ParseStream, errors: &mut Errors) -> syn::Result<ProblemInput> {
    let attrs = Attr::parse_outer(input, errors)?;
    input.parse::<Vis>()?;
    let is_enum = input.peek(Token![enum]);
    if is_enum {
        input.parse::<Token![enum]>()?;
    } else if input.peek(Token![struct]) {
        input.parse::<Token![struct]>()?;
    } else {
        return Err(input.error("`IntoProblem` derives for an enum or a struct"));
    }
    let ident: Ident = input.parse()?;
    let mut generics = generics::parse_params(input)?;
    let container = settings(&attrs, errors);
    let shape = if is_enum {
        generics::parse_where(input, &mut generics)?;
        let body;
        syn::braced!(body in input);
        let mut variants = Vec::new();
        while !body.is_empty() {
            let attrs = Attr::parse_outer(&body, errors)?;
            let ident: Ident = body.parse()?;
            let fields = parse_fields(&body, errors)?;
            if body.peek(Token![=]) {
                // A discriminant: the enum's business, not the problem's.
                while !body.is_empty() && !body.peek(Token![,]) {
                    body.parse::<TokenTree>()?;
                }
            }
            variants.push(Variant {
                ident,
                settings: settings(&attrs, errors),
                fields,
                docs: docs(&attrs),
            });
            if !body.is_empty() {
                body.parse::<Token![,]>()?;
            }
        }
        Shape::Enum(variants)
    } else {
        // `struct S<T> where ..{..}`, `struct S<T>(..) where ..;` or `struct S where ..;`.
        generics::parse_where(input, &mut generics)?;
        let fields = parse_fields(input, errors)?;
        generics::parse_where(input, &mut generics)?;
        input.parse::<Option<Token![;]>>()?;
        Shape::Struct(fields)
    };
    Ok(ProblemInput {
        docs: docs(&attrs),
        ident,
        generics,
        settings: container,
        shape,
    })
}

/// How fields are written.
enum FieldsKind {
    Tuple,
    Named,
}

fn parse_fields(input: ParseStream, errors: &mut Errors) -> syn::Result<Fields> {
    let (kind, content) = if input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        (FieldsKind::Tuple, content)
    } else if input.peek(syn::token::Brace) {
        let content;
        syn::braced!(content in input);
        (FieldsKind::Named, content)
    } else {
        return Ok(Fields { list: Vec::new() });
    };
    let mut list = Vec::new();
    while !content.is_empty() {
        let attrs = Attr::parse_outer(&content, errors)?;
        content.parse::<Vis>()?;
        let ident = if matches!(kind, FieldsKind::Named) {
            let ident = content.call(Ident::parse_any)?;
            content.parse::<Token![:]>()?;
            Some(ident)
        } else {
            None
        };
        let ty = parse_type(&content)?;
        let settings = field_settings(&attrs, ident.as_ref(), errors);
        list.push(Field {
            ident,
            ty,
            extension: settings.extension,
            header: settings.header,
            skip: settings.skip,
        });
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    Ok(Fields { list })
}

/// A type: the tokens up to the next `,` outside `<..>` (`->` closes nothing).
fn parse_type(input: ParseStream) -> syn::Result<TokenStream> {
    let mut ty = TokenStream::new();
    let mut depth = 0usize;
    let mut after_dash = false;
    while !(input.is_empty() || depth == 0 && input.peek(Token![,])) {
        let token: TokenTree = input.parse()?;
        if let TokenTree::Punct(punct) = &token {
            match punct.as_char() {
                '<' => depth += 1,
                '>' if !after_dash => depth = depth.saturating_sub(1),
                _ => {}
            }
            after_dash = punct.as_char() == '-' && punct.spacing() == Spacing::Joint;
        } else {
            after_dash = false;
        }
        ty.extend([token]);
    }
    if ty.is_empty() {
        return Err(input.error("expected the field's type"));
    }
    Ok(ty)
}

/// The text of the doc comments among `attrs`, a line each, without the space `///` leaves;
/// docs written with macros (`#[doc = include_str!(..)]`) are left out.
fn docs(attrs: &[Attr]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.is("doc"))
        .filter_map(|attr| {
            let line = |input: ParseStream| {
                input.call(Ident::parse_any)?;
                input.parse::<Token![=]>()?;
                input.parse::<LitStr>()
            };
            let text = line.parse2(attr.body()).ok()?.value();
            Some(
                text.strip_prefix(' ')
                    .unwrap_or(&text)
                    .trim_end()
                    .to_owned(),
            )
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

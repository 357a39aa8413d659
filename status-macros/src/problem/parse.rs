//! Parses the item that derives `IntoProblem` into `ast.rs`, with syn's parser alone (the
//! macro crate builds syn without its syntax tree). Errors go to the accumulator, spanned on the
//! token to fix.

use super::ast::{Detail, Field, Fields, ProblemInput, Settings, Shape, Variant};
use crate::errors::Errors;
use crate::syntax::{Attr, Vis, parse_path};
use proc_macro2::{Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

const SETTINGS: &str = "`set = SET`, a status name such as `NOT_FOUND`, `type = \"uri\"`, \
                        `detail = \"text\"`, `detail = display`, `detail = none`, `transparent` \
                        or `crate = PATH`";

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
    if input.peek(Token![<]) {
        return Err(syn::Error::new_spanned(
            input.parse::<TokenTree>()?,
            "`IntoProblem` derives for a type without generic parameters; wrap a generic error \
             in one that names its types",
        ));
    }
    let container = settings(&attrs, errors);
    let shape = if is_enum {
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
            });
            if !body.is_empty() {
                body.parse::<Token![,]>()?;
            }
        }
        Shape::Enum(variants)
    } else {
        let fields = parse_fields(input, errors)?;
        input.parse::<Option<Token![;]>>()?;
        Shape::Struct(fields)
    };
    Ok(ProblemInput {
        ident,
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
        let extension = field_extension(&attrs, ident.as_ref(), errors);
        list.push(Field {
            ident,
            ty,
            extension,
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

/// The `#[problem]` attributes among `attrs`, read into one `Settings`.
fn settings(attrs: &[Attr], errors: &mut Errors) -> Settings {
    let mut settings = Settings::default();
    for attr in attrs.iter().filter(|attr| attr.is("problem")) {
        settings.spans.push(attr.name_span());
        let read = |input: ParseStream| read_settings(input, &mut settings, errors);
        if let Err(error) = read.parse2(attr.body()) {
            errors.push(error);
        }
    }
    settings
}

fn read_settings(
    input: ParseStream,
    settings: &mut Settings,
    errors: &mut Errors,
) -> syn::Result<()> {
    input.call(Ident::parse_any)?;
    if !input.peek(syn::token::Paren) {
        return Err(input.error(format!("expected `#[problem(..)]` with {SETTINGS}")));
    }
    let list;
    syn::parenthesized!(list in input);
    while !list.is_empty() {
        let key = list.call(Ident::parse_any)?;
        let name = key.to_string();
        let mut duplicate = |present: bool| {
            if present {
                errors.at(&key, format!("duplicate `{key}`; keep one"));
            }
        };
        match name.as_str() {
            "set" | "crate" => {
                list.parse::<Token![=]>()?;
                let path = parse_path(&list)?;
                let slot = if name == "set" {
                    &mut settings.set
                } else {
                    &mut settings.krate
                };
                duplicate(slot.is_some());
                *slot = Some(path);
            }
            "type" => {
                list.parse::<Token![=]>()?;
                duplicate(settings.type_uri.is_some());
                settings.type_uri = Some(list.parse::<LitStr>().map_err(|_| {
                    list.error("expected the problem type's URI as a string, such as `type = \"https://example.com/problems/name-taken\"`")
                })?);
            }
            "detail" => {
                list.parse::<Token![=]>()?;
                duplicate(settings.detail.is_some());
                settings.detail = Some(if list.peek(LitStr) {
                    Detail::Text(list.parse()?)
                } else {
                    let word = list.call(Ident::parse_any).map_err(|_| {
                        list.error(
                            "expected `detail = \"text\"`, `detail = display` or `detail = none`",
                        )
                    })?;
                    match word.to_string().as_str() {
                        "display" => Detail::Display(word),
                        "none" => Detail::None(word),
                        _ => {
                            return Err(syn::Error::new_spanned(
                                word,
                                "expected `detail = \"text\"`, `detail = display` (the error's \
                                 `Display`, whatever the status) or `detail = none`",
                            ));
                        }
                    }
                });
            }
            "transparent" => {
                duplicate(settings.transparent.is_some());
                settings.transparent = Some(key);
            }
            _ if crate::case::is_screaming_snake(&crate::case::text(&key)) => {
                if let Some(first) = &settings.status {
                    errors.at(
                        &key,
                        format!("`{first}` is already this one's status; name one status"),
                    );
                }
                settings.status = Some(key);
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    &key,
                    format!(
                        "unknown key `{key}` in `#[problem(..)]`; expected {SETTINGS}, or \
                         `extension` on a field"
                    ),
                ));
            }
        }
        if !list.is_empty() {
            list.parse::<Token![,]>()?;
        }
    }
    Ok(())
}

/// `#[problem(extension)]` or `#[problem(extension = "name")]` on a field: the member's name.
fn field_extension(
    attrs: &[Attr],
    ident: Option<&Ident>,
    errors: &mut Errors,
) -> Option<(String, proc_macro2::Span)> {
    let mut extension = None;
    for attr in attrs.iter().filter(|attr| attr.is("problem")) {
        let read = |input: ParseStream| -> syn::Result<(String, proc_macro2::Span)> {
            input.call(Ident::parse_any)?;
            let list;
            syn::parenthesized!(list in input);
            let key = list.call(Ident::parse_any)?;
            if key != "extension" {
                return Err(syn::Error::new_spanned(
                    &key,
                    format!(
                        "unknown key `{key}` on a field; a field takes `#[problem(extension)]` or `#[problem(extension = \"name\")]`"
                    ),
                ));
            }
            let name = if list.peek(Token![=]) {
                list.parse::<Token![=]>()?;
                list.parse::<LitStr>()?.value()
            } else if let Some(ident) = ident {
                crate::case::text(ident)
            } else {
                return Err(syn::Error::new_spanned(
                    &key,
                    "a field of a tuple has no name: write `#[problem(extension = \"name\")]`",
                ));
            };
            list.parse::<Option<Token![,]>>()?;
            if !list.is_empty() {
                return Err(list.error("a field takes `extension` alone"));
            }
            Ok((name, key.span()))
        };
        match read.parse2(attr.body()) {
            Ok(found) => extension = Some(found),
            Err(error) => errors.push(error),
        }
    }
    extension
}

impl ToTokens for Detail {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Detail::Text(text) => text.to_tokens(tokens),
            Detail::Display(word) | Detail::None(word) => word.to_tokens(tokens),
        }
    }
}

//! Parses the item that derives `IntoProblem` into `ast.rs`, with syn's parser alone (the
//! macro crate builds syn without its syntax tree). Errors go to the accumulator, spanned on the
//! token to fix.

use super::ast::{
    Detail, Extension, Field, Fields, ProblemInput, Settings, Shape, Variant, Written,
};
use super::generics;
use crate::errors::Errors;
use crate::syntax::{Attr, Vis, parse_path};
use proc_macro2::{Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

const SETTINGS: &str = "`set = SET`, a status name such as `NOT_FOUND`, `type = \"uri\"`, \
                        `title = \"text\"`, `detail = \"text\"`, `detail = display`, \
                        `detail = none`, `transparent`, `no_response`, `rename_all = \"case\"` \
                        or `crate = PATH`";

/// The settings written as a word alone; a word near one of these is a misspelt key, not a
/// status.
const WORDS: [&str; 3] = ["transparent", "no_response", "extension"];

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
            settings.malformed = true;
        }
    }
    settings
}

fn read_settings(
    input: ParseStream,
    settings: &mut Settings,
    errors: &mut Errors,
) -> syn::Result<()> {
    let name = input.call(Ident::parse_any)?;
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new_spanned(
            name,
            format!("expected `#[problem(..)]` with {SETTINGS}"),
        ));
    }
    let list;
    syn::parenthesized!(list in input);
    while !list.is_empty() {
        if list.peek(syn::LitInt) {
            let code: syn::LitInt = list.parse()?;
            set_status(settings, Written::Code(code), errors);
        } else {
            read_setting(&list, settings, errors)?;
        }
        if !list.is_empty() {
            list.parse::<Token![,]>()?;
        }
    }
    Ok(())
}

/// One setting that starts with a word.
fn read_setting(
    list: ParseStream,
    settings: &mut Settings,
    errors: &mut Errors,
) -> syn::Result<()> {
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
            let path = parse_path(list)?;
            let slot = if name == "set" {
                &mut settings.set
            } else {
                &mut settings.krate
            };
            duplicate(slot.is_some());
            *slot = Some(path);
        }
        "type" | "title" | "rename_all" => {
            list.parse::<Token![=]>()?;
            let slot = match name.as_str() {
                "type" => &mut settings.type_uri,
                "title" => &mut settings.title,
                _ => &mut settings.rename_all,
            };
            duplicate(slot.is_some());
            let example = match name.as_str() {
                "type" => "type = \"https://example.com/problems/name-taken\"",
                "title" => "title = \"The name is taken\"",
                _ => "rename_all = \"camelCase\"",
            };
            *slot = Some(
                list.parse::<LitStr>()
                    .map_err(|_| list.error(format!("expected a string, such as `{example}`")))?,
            );
        }
        "detail" => {
            list.parse::<Token![=]>()?;
            duplicate(settings.detail.is_some());
            settings.detail = Some(parse_detail(list)?);
        }
        "transparent" | "no_response" => {
            let slot = if name == "transparent" {
                &mut settings.transparent
            } else {
                &mut settings.no_response
            };
            duplicate(slot.is_some());
            *slot = Some(key);
        }
        "status" if list.peek(Token![=]) => {
            list.parse::<Token![=]>()?;
            let value = if list.peek(syn::LitInt) {
                list.parse::<syn::LitInt>()?.to_token_stream()
            } else {
                parse_path(list)?
            };
            let text = last_word(&value);
            let tokens = quote::quote!(#key = #value);
            set_status(settings, Written::Keyed(text, tokens), errors);
        }
        _ if list.peek(Token![=]) || is_misspelt_word(&name) => {
            let near = WORDS
                .iter()
                .find(|word| crate::case::edit_distance(word, &name) <= 2)
                .map(|word| format!(" (did you mean `{word}`?)"))
                .unwrap_or_default();
            return Err(syn::Error::new_spanned(
                &key,
                format!(
                    "unknown key `{key}` in `#[problem(..)]`{near}; expected {SETTINGS}, or \
                     `extension` on a field"
                ),
            ));
        }
        _ if list.peek(Token![::]) => {
            let mut path = key.to_token_stream();
            while list.peek(Token![::]) {
                list.parse::<Token![::]>()?.to_tokens(&mut path);
                list.call(Ident::parse_any)?.to_tokens(&mut path);
            }
            let text = last_word(&path);
            set_status(settings, Written::Loose(text, path), errors);
        }
        _ if crate::case::is_screaming_snake(&crate::case::text(&key)) => {
            set_status(settings, Written::Name(key), errors);
        }
        _ => {
            let text = crate::case::text(&key);
            set_status(
                settings,
                Written::Loose(text, key.to_token_stream()),
                errors,
            );
        }
    }
    Ok(())
}

/// Whether a word that is no status is a key misspelt: near a word setting, in lower case.
fn is_misspelt_word(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && WORDS
            .iter()
            .any(|word| crate::case::edit_distance(word, name) <= 2)
}

fn parse_detail(list: ParseStream) -> syn::Result<Detail> {
    if list.peek(LitStr) {
        return Ok(Detail::Text(list.parse()?));
    }
    let word = list.call(Ident::parse_any).map_err(|_| {
        list.error("expected `detail = \"text\"`, `detail = display` or `detail = none`")
    })?;
    match word.to_string().as_str() {
        "display" => Ok(Detail::Display(word)),
        "none" => Ok(Detail::None(word)),
        _ => Err(syn::Error::new_spanned(
            word,
            "expected `detail = \"text\"`, `detail = display` (the error's `Display`, whatever \
             the status) or `detail = none`",
        )),
    }
}

/// The last identifier or literal of a path: what a status was called.
fn last_word(tokens: &TokenStream) -> String {
    tokens
        .clone()
        .into_iter()
        .filter_map(|token| match token {
            TokenTree::Ident(ident) => Some(crate::case::text(&ident)),
            TokenTree::Literal(literal) => Some(literal.to_string()),
            _ => None,
        })
        .last()
        .unwrap_or_default()
}

fn set_status(settings: &mut Settings, written: Written, errors: &mut Errors) {
    if let Some(first) = &settings.status {
        errors.at(
            written.tokens(),
            format!(
                "`{}` is already this one's status; name one status",
                first.tokens().to_string().replace(' ', "")
            ),
        );
        return;
    }
    settings.status = Some(written);
}

/// `#[problem(extension)]` or `#[problem(extension = "name")]` on a field.
fn field_extension(
    attrs: &[Attr],
    ident: Option<&Ident>,
    errors: &mut Errors,
) -> Option<Extension> {
    let mut extension = None;
    for attr in attrs.iter().filter(|attr| attr.is("problem")) {
        let read = |input: ParseStream| -> syn::Result<Extension> {
            let word = input.call(Ident::parse_any)?;
            if input.is_empty() {
                return Err(syn::Error::new_spanned(
                    word,
                    "a field takes `#[problem(extension)]` or `#[problem(extension = \"name\")]`",
                ));
            }
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
                Some(list.parse::<LitStr>()?)
            } else if ident.is_some() {
                None
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
            Ok(Extension {
                name,
                span: key.span(),
            })
        };
        match read.parse2(attr.body()) {
            Ok(found) => extension = Some(found),
            Err(error) => errors.push(error),
        }
    }
    extension
}

impl Written {
    /// The tokens the user wrote, for errors.
    pub fn tokens(&self) -> TokenStream {
        match self {
            Written::Name(ident) => ident.to_token_stream(),
            Written::Code(code) => code.to_token_stream(),
            Written::Loose(_, tokens) | Written::Keyed(_, tokens) => tokens.clone(),
        }
    }
}

impl ToTokens for Detail {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Detail::Text(text) => text.to_tokens(tokens),
            Detail::Display(word) | Detail::None(word) => word.to_tokens(tokens),
        }
    }
}

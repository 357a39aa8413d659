//! What a `#[problem(..)]` attribute says, on the type, a variant or a field, read into
//! `Settings` (or a field's extension and header). A status may be written many ways; each is
//! kept as written (`Written`), so that expansion can say what to write instead.

use crate::errors::Errors;
use crate::problem::ast::{Detail, Extension, Settings, Written};
use crate::syntax::{Attr, parse_path};
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

const SETTINGS: &str = "`set = SET`, a status name such as `NOT_FOUND`, `type = \"uri\"`, \
                        `title = \"text\"`, `detail = \"text\"`, `detail = display`, \
                        `detail = none`, `header(\"name\", \"value\")`, `transparent`, \
                        `no_response`, `rename_all = \"case\"` or `crate = PATH`";

/// The settings written as a word alone; a word near one of these is a misspelt key, not a
/// status.
const WORDS: [&str; 5] = [
    "transparent",
    "no_response",
    "server_only",
    "extension",
    "skip",
];

/// The `#[problem]` attributes among `attrs`, read into one `Settings`.
pub(super) fn settings(attrs: &[Attr], errors: &mut Errors) -> Settings {
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
        "transparent" | "no_response" | "server_only" => {
            let slot = match name.as_str() {
                "transparent" => &mut settings.transparent,
                "no_response" => &mut settings.no_response,
                _ => &mut settings.server_only,
            };
            duplicate(slot.is_some());
            *slot = Some(key);
        }
        "header" if list.peek(syn::token::Paren) => {
            settings.headers.push(parse_header(list)?);
        }
        _ => {
            let written = read_status(list, key)?;
            set_status(settings, written, errors);
        }
    }
    Ok(())
}

/// A status, after its first word: `CONFLICT`, or one of the spellings that expansion answers
/// with what to write instead (`Conflict`, a path, `status = ..`). A word that is no status
/// but a key misspelt, or any word before `=`, is an unknown key.
fn read_status(list: ParseStream, key: Ident) -> syn::Result<Written> {
    let name = key.to_string();
    if name == "status" && list.peek(Token![=]) {
        list.parse::<Token![=]>()?;
        let value = if list.peek(syn::LitInt) {
            list.parse::<syn::LitInt>()?.to_token_stream()
        } else {
            parse_path(list)?
        };
        let text = last_word(&value);
        return Ok(Written::Keyed(text, quote::quote!(#key = #value)));
    }
    if list.peek(Token![=]) || is_misspelt_word(&name) {
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
    if list.peek(Token![::]) {
        let mut path = key.to_token_stream();
        while list.peek(Token![::]) {
            list.parse::<Token![::]>()?.to_tokens(&mut path);
            list.call(Ident::parse_any)?.to_tokens(&mut path);
        }
        let text = last_word(&path);
        return Ok(Written::Loose(text, path));
    }
    let text = crate::case::text(&key);
    if crate::case::is_screaming_snake(&text) {
        return Ok(Written::Name(key));
    }
    Ok(Written::Loose(text, key.to_token_stream()))
}

/// `header("name", "value")`, after `header`.
fn parse_header(list: ParseStream) -> syn::Result<(LitStr, LitStr)> {
    let pair;
    syn::parenthesized!(pair in list);
    let expected = "expected `header(\"name\", \"value\")`, such as \
                    `header(\"www-authenticate\", \"Bearer\")`";
    let name: LitStr = pair.parse().map_err(|_| pair.error(expected))?;
    pair.parse::<Token![,]>()
        .map_err(|_| pair.error(expected))?;
    let value: LitStr = pair.parse().map_err(|_| pair.error(expected))?;
    pair.parse::<Option<Token![,]>>()?;
    Ok((name, value))
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

/// What a field's `#[problem(..)]` says.
#[derive(Default)]
pub(super) struct FieldSettings {
    pub extension: Option<Extension>,
    pub header: Option<LitStr>,
    pub skip: Option<Ident>,
}

/// A field's `#[problem(..)]`: `extension`, `extension = "name"`, `header = "name"`, `skip`.
pub(super) fn field_settings(
    attrs: &[Attr],
    ident: Option<&Ident>,
    errors: &mut Errors,
) -> FieldSettings {
    const FIELD: &str = "a field takes `#[problem(extension)]`, `#[problem(extension = \"name\")]`, \
                         `#[problem(header = \"name\")]` or `#[problem(skip)]`";
    let mut settings = FieldSettings::default();
    let FieldSettings {
        extension,
        header,
        skip,
    } = &mut settings;
    for attr in attrs.iter().filter(|attr| attr.is("problem")) {
        let read = |input: ParseStream| -> syn::Result<()> {
            let word = input.call(Ident::parse_any)?;
            if input.is_empty() {
                return Err(syn::Error::new_spanned(word, FIELD));
            }
            let list;
            syn::parenthesized!(list in input);
            while !list.is_empty() {
                let key = list.call(Ident::parse_any)?;
                if key == "header" {
                    list.parse::<Token![=]>()?;
                    *header = Some(list.parse::<LitStr>()?);
                } else if key == "skip" {
                    *skip = Some(key);
                } else if key == "extension" {
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
                    *extension = Some(Extension {
                        name,
                        span: key.span(),
                    });
                } else {
                    return Err(syn::Error::new_spanned(
                        &key,
                        format!("unknown key `{key}` on a field; {FIELD}"),
                    ));
                }
                if !list.is_empty() {
                    list.parse::<Token![,]>()?;
                }
            }
            Ok(())
        };
        if let Err(error) = read.parse2(attr.body()) {
            errors.push(error);
        }
    }
    settings
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

//! Where each `#[problem]` setting may stand, and what a variant needs: a status, of its own
//! or the enum's default, or `transparent` over one field; what its texts and members may be.
//! Whether the set holds a status, and how to write it, is the compiler's to say, with the
//! set's table (see `expand/` and the facade's `__private/identity.rs`).

use super::ast::{Field, ProblemInput, Settings, Shape};
use super::{format, members};
use crate::errors::Errors;
use proc_macro2::TokenStream;
use quote::ToTokens;
use std::collections::HashMap;

pub fn validate(input: &ProblemInput, errors: &mut Errors) {
    let settings = &input.settings;
    if settings.set.is_none() {
        errors.at(
            &input.ident,
            format!(
                "`{}` needs its set: add `#[problem(set = SET)]` above it, naming the set of \
                 statuses it answers with, such as `#[problem(set = CreateUserStatus)]`",
                input.ident
            ),
        );
    }
    if let Some(case) = &settings.rename_all
        && !members::CASES.contains(&case.value().as_str())
    {
        errors.at(
            case,
            format!(
                "`rename_all` takes one of serde's cases: {}",
                members::CASES.map(|case| format!("\"{case}\"")).join(", ")
            ),
        );
    }
    match &input.shape {
        Shape::Enum(variants) => {
            only_on_variants(settings, errors);
            for variant in variants {
                let here = &variant.settings;
                only_on_the_type(here, errors);
                check_answer(here, settings, &variant.fields.list, errors);
                let fields = &variant.fields;
                check_texts(here, fields, errors);
                if here.status.is_none()
                    && here.transparent.is_none()
                    && settings.status.is_none()
                    && !here.malformed
                {
                    errors.at(
                        &variant.ident,
                        format!(
                            "`{}` has no status: write `#[problem(NAME)]` above it with a status \
                             of the set, or give every variant without one a default, \
                             `#[problem(NAME)]` on the enum beside `set`",
                            variant.ident
                        ),
                    );
                }
            }
        }
        Shape::Struct(fields) => {
            check_answer(settings, settings, &fields.list, errors);
            check_texts(settings, fields, errors);
            if settings.status.is_none() && settings.transparent.is_none() && !settings.malformed {
                errors.at(
                    &input.ident,
                    format!(
                        "`{}` has no status: name one beside its set, `#[problem(set = .., NAME)]`",
                        input.ident
                    ),
                );
            }
        }
    }
}

/// On an enum, the settings that belong to a variant.
fn only_on_variants(settings: &Settings, errors: &mut Errors) {
    let on_variant = [
        ("transparent", token(settings.transparent.as_ref())),
        (
            "header",
            token(settings.headers.first().map(|(name, _)| name)),
        ),
        ("server_only", token(settings.server_only.as_ref())),
    ]
    .into_iter()
    .chain(answer_texts(settings));
    for (setting, tokens) in on_variant {
        if let Some(tokens) = tokens {
            errors.at(
                tokens,
                format!("`{setting}` goes on a variant, not on the enum"),
            );
        }
    }
}

/// The settings that say what a variant's own problem holds, with their tokens where set.
fn answer_texts(settings: &Settings) -> [(&'static str, Option<TokenStream>); 3] {
    [
        ("type", token(settings.type_uri.as_ref())),
        ("title", token(settings.title.as_ref())),
        ("detail", token(settings.detail.as_ref())),
    ]
}

fn token(setting: Option<&impl ToTokens>) -> Option<TokenStream> {
    setting.map(ToTokens::to_token_stream)
}

/// On a variant, the settings that belong to the type.
fn only_on_the_type(settings: &Settings, errors: &mut Errors) {
    let on_type = [
        ("set", settings.set.clone()),
        ("crate", settings.krate.clone()),
        ("no_response", token(settings.no_response.as_ref())),
        ("rename_all", token(settings.rename_all.as_ref())),
    ];
    for (setting, tokens) in on_type {
        if let Some(tokens) = tokens {
            errors.at(
                tokens,
                format!("`{setting}` goes on the enum, not on a variant"),
            );
        }
    }
}

/// What answers: `transparent` over one field and nothing else, or a status with its fields'
/// extensions.
fn check_answer(settings: &Settings, container: &Settings, fields: &[Field], errors: &mut Errors) {
    if let Some(transparent) = &settings.transparent {
        if fields.len() != 1 {
            errors.at(
                transparent,
                format!(
                    "`transparent` answers with the problem of the one field it wraps; this has \
                     {} fields",
                    fields.len()
                ),
            );
        }
        if let Some(status) = &settings.status {
            errors.at(
                status.tokens(),
                "a transparent variant answers with the inner error's status; remove this one",
            );
        }
        let own = answer_texts(settings);
        for (setting, tokens) in own {
            if let Some(tokens) = tokens {
                errors.at(
                    tokens,
                    format!(
                        "a transparent variant answers with the inner error's problem; remove \
                         `{setting}`"
                    ),
                );
            }
        }
    }
    for skip in fields
        .iter()
        .filter(|field| field.extension.is_some())
        .filter_map(|field| field.skip.as_ref())
    {
        errors.at(
            skip,
            "a field is an extension, sent and read back, or `skip`ped, read as its `Default`; \
             keep one",
        );
    }
    let mut names = HashMap::new();
    for field in fields {
        let (Some(extension), Some(name)) =
            (&field.extension, members::extension_name(field, container))
        else {
            continue;
        };
        let span = extension
            .name
            .as_ref()
            .map_or(extension.span, syn::LitStr::span);
        if settings.transparent.is_some() {
            errors.push(syn::Error::new(
                extension.span,
                "a transparent variant answers with the inner error's problem; its field is not \
                 an extension",
            ));
        } else if name.is_empty() {
            errors.push(syn::Error::new(
                span,
                "an extension's name is not empty; name the member",
            ));
        } else if members::STANDARD_MEMBERS.contains(&name.as_str()) {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{name}` is a member that RFC 9457 defines; name the extension otherwise, \
                     `#[problem(extension = \"..\")]`"
                ),
            ));
        } else if names.insert(name.clone(), span).is_some() {
            errors.push(syn::Error::new(
                span,
                format!("the extension `{name}` is already named by another field"),
            ));
        }
    }
}

/// The `type` is a URI reference, a `detail` text names fields the variant has, and each
/// header is one.
fn check_texts(settings: &Settings, fields: &super::ast::Fields, errors: &mut Errors) {
    let transparent = "a transparent variant answers with the inner error's problem, headers \
                       included; remove `header`";
    for (name, value) in &settings.headers {
        if let Some(reason) = members::header_name_error(&name.value()) {
            errors.at(name, reason);
        }
        if let Some(reason) = members::header_value_error(&value.value()) {
            errors.at(value, reason);
        }
        if settings.transparent.is_some() {
            errors.at(name, transparent);
        }
    }
    for name in fields.list.iter().filter_map(|field| field.header.as_ref()) {
        if let Some(reason) = members::header_name_error(&name.value()) {
            errors.at(name, reason);
        } else if settings.transparent.is_some() {
            errors.at(name, transparent);
        }
    }
    if let Some(uri) = &settings.type_uri
        && let Some(reason) = members::uri_reference_error(&uri.value())
    {
        errors.at(
            uri,
            format!(
                "a problem's `type` is a URI reference (RFC 3986), such as \
                 \"https://example.com/problems/name-taken\" or \"/problems/name-taken\": {reason}"
            ),
        );
    }
    if let Some(super::ast::Detail::Text(text)) = &settings.detail
        && let Err(message) = format::read(text, fields)
    {
        errors.at(text, message);
    }
}

/// What reading a problem back needs: every variant a client may meet can be told apart from
/// the others by its status and `type`, and has each field from the problem (an extension) or
/// from nothing (`skip`, its `Default`). A variant that is `server_only` is never read back.
pub fn validate_decoding(input: &ProblemInput, errors: &mut Errors) {
    let container = &input.settings;
    let mut seen: HashMap<(String, String), &syn::Ident> = HashMap::new();
    let variants: Vec<(&syn::Ident, &Settings, &super::ast::Fields)> = match &input.shape {
        Shape::Enum(variants) => variants
            .iter()
            .map(|variant| (&variant.ident, &variant.settings, &variant.fields))
            .collect(),
        Shape::Struct(fields) => vec![(&input.ident, container, fields)],
    };
    for (ident, settings, fields) in variants {
        if settings.server_only.is_some() || settings.transparent.is_some() {
            continue;
        }
        for (index, field) in fields.list.iter().enumerate() {
            if field.extension.is_none() && field.skip.is_none() {
                let name = field
                    .ident
                    .as_ref()
                    .map_or_else(|| index.to_string(), crate::case::text);
                let at = field
                    .ident
                    .as_ref()
                    .map_or_else(|| field.ty.clone(), ToTokens::to_token_stream);
                errors.at(
                    at,
                    format!(
                        "`FromProblem` cannot read the field `{name}` of `{ident}` back: mark it \
                         `#[problem(extension)]` to send and read it, `#[problem(skip)]` to read \
                         it as its `Default`, or the variant `#[problem(server_only)]`"
                    ),
                );
            }
        }
        let Some(status) = settings.status.as_ref().or(container.status.as_ref()) else {
            continue;
        };
        let type_uri = settings
            .type_uri
            .as_ref()
            .map_or_else(|| "about:blank".to_owned(), syn::LitStr::value);
        let key = (status.tokens().to_string(), type_uri.clone());
        if let Some(first) = seen.insert(key, ident) {
            errors.at(
                ident,
                format!(
                    "`{ident}` answers with the status and `type` of `{first}` ({type_uri}), so \
                     `FromProblem` cannot tell them apart: give one a `type = \"..\"` of its own, \
                     or mark it `#[problem(server_only)]`"
                ),
            );
        }
    }
}

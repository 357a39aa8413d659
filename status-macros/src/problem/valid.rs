//! Where each `#[problem]` setting may stand, and what a variant needs: a status, of its own
//! or the enum's default, or `transparent` over one field. A status the set does not hold, or
//! one that is not an error, is rustc's to report on the user's token (see `expand.rs`).

use super::ast::{Field, ProblemInput, Settings, Shape};
use crate::errors::Errors;
use std::collections::HashMap;

/// The members RFC 9457 defines: no extension takes their names. The facade's `Problem` keeps
/// the same list.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

pub fn validate(input: &ProblemInput, errors: &mut Errors) {
    let settings = &input.settings;
    let set = settings.set.as_ref().map_or_else(
        || {
            errors.at(
                &input.ident,
                format!(
                    "`{}` needs its set: add `#[problem(set = SET)]` above it, naming the set of \
                     statuses it answers with, such as `#[problem(set = CreateUserStatus)]`",
                    input.ident
                ),
            );
            "SET".to_owned()
        },
        |set| set.to_string().replace(' ', ""),
    );
    match &input.shape {
        Shape::Enum(variants) => {
            only_on_variants(settings, "the enum", errors);
            for variant in variants {
                let here = &variant.settings;
                if let Some(set) = &here.set {
                    errors.at(set, "`set` goes on the enum, not on a variant");
                }
                if let Some(krate) = &here.krate {
                    errors.at(krate, "`crate` goes on the enum, not on a variant");
                }
                check_answer(here, &variant.fields.list, errors);
                if here.status.is_none() && here.transparent.is_none() && settings.status.is_none()
                {
                    errors.at(
                        &variant.ident,
                        format!(
                            "`{}` has no status: write `#[problem(NAME)]` above it with a status \
                             of `{set}`, or give every variant without one a default, \
                             `#[problem(set = {set}, NAME)]` on the enum",
                            variant.ident
                        ),
                    );
                }
            }
        }
        Shape::Struct(fields) => {
            check_answer(settings, &fields.list, errors);
            if settings.status.is_none() && settings.transparent.is_none() {
                errors.at(
                    &input.ident,
                    format!(
                        "`{}` has no status: name one with its set, `#[problem(set = {set}, \
                         NAME)]`",
                        input.ident
                    ),
                );
            }
        }
    }
}

/// On an enum, the settings that belong to a variant.
fn only_on_variants(settings: &Settings, item: &str, errors: &mut Errors) {
    if let Some(transparent) = &settings.transparent {
        errors.at(
            transparent,
            format!("`transparent` goes on a variant, not on {item}"),
        );
    }
    if let Some(type_uri) = &settings.type_uri {
        errors.at(type_uri, format!("`type` goes on a variant, not on {item}"));
    }
    if let Some(detail) = &settings.detail {
        errors.at(detail, format!("`detail` goes on a variant, not on {item}"));
    }
}

/// What answers: `transparent` over one field and nothing else, or a status with its fields'
/// extensions.
fn check_answer(settings: &Settings, fields: &[Field], errors: &mut Errors) {
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
                status,
                "a transparent variant answers with the inner error's status; remove this one",
            );
        }
        for (setting, tokens) in [
            (
                "type",
                settings
                    .type_uri
                    .as_ref()
                    .map(quote::ToTokens::to_token_stream),
            ),
            (
                "detail",
                settings
                    .detail
                    .as_ref()
                    .map(quote::ToTokens::to_token_stream),
            ),
        ] {
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
    let mut names = HashMap::new();
    for (name, span) in fields.iter().filter_map(|field| field.extension.as_ref()) {
        if settings.transparent.is_some() {
            errors.push(syn::Error::new(
                *span,
                "a transparent variant answers with the inner error's problem; its field is not \
                 an extension",
            ));
        } else if STANDARD_MEMBERS.contains(&name.as_str()) {
            errors.push(syn::Error::new(
                *span,
                format!(
                    "`{name}` is a member that RFC 9457 defines; name the extension otherwise, \
                     `#[problem(extension = \"..\")]`"
                ),
            ));
        } else if names.insert(name.clone(), *span).is_some() {
            errors.push(syn::Error::new(
                *span,
                format!("the extension `{name}` is already named by another field"),
            ));
        }
    }
}

//! Checks that need a whole entry or the whole set, made on the lowered entries. Each
//! `check_*` reports to the accumulator, spanned on the token to fix; `sources.rs` checks what
//! the set takes from other sets.

mod sources;

use crate::ast::Input;
use crate::case;
use crate::errors::{Errors, first_seen};
use crate::item_attrs::{self, Item};
use crate::model::{self, Lowered, Lowering, Name, Origin, Source};
use crate::syntax::Attr;
use std::collections::HashMap;
use syn::LitStr;

pub fn validate(input: &Input, sources: &[Source], lowering: &Lowering, errors: &mut Errors) {
    let lowered = &lowering.entries;
    check_not_empty(input, lowering, errors);
    for entry in lowered
        .iter()
        .filter(|entry| matches!(entry.origin, Origin::Own))
    {
        check_entry(entry, errors);
    }
    sources::check(sources, lowering, errors);
    let places = Places { sources };
    check_unique(&places, lowered, errors);
    check_phrases(&places, lowered, errors);
    check_item_attrs(input, errors);
    check_consts_mod(input, errors);
    check_default(input, errors);
}

/// A set that names no status at all, unless parsing already failed on what it named: a set
/// whose every pick is misspelled gets those errors alone.
fn check_not_empty(input: &Input, lowering: &Lowering, errors: &mut Errors) {
    let named = input.extends.is_some() || !input.picks.is_empty();
    if lowering.entries.is_empty() && !named && errors.is_empty() {
        errors.at(
            &input.ident,
            format!(
                "status set `{}` has no entries; add one such as \
                 `404 => NOT_FOUND, \"Not Found\", \"The resource was not found.\";`",
                input.ident
            ),
        );
    }
}

fn check_entry(lowered: &Lowered, errors: &mut Errors) {
    let entry = lowered.entry;
    if let Err(error) = &lowered.code {
        errors.push(error.clone());
    }
    for name in &lowered.names {
        check_name(name, errors);
    }
    check_phrase(&entry.phrase, errors);
    if entry.description.value().trim().is_empty() {
        errors.at(
            &entry.description,
            "description must not be empty; describe the status in a sentence",
        );
    }
    if let Some(spec) = &entry.attrs.spec
        && spec.value().trim().is_empty()
    {
        errors.at(
            spec,
            "`#[spec]` must not be empty; write a reference such as \"RFC 9110, Section 15.5.5\"",
        );
    }
}

fn check_name(name: &Name, errors: &mut Errors) {
    if let Some(letter) = name.text.chars().find(|c| !c.is_ascii()) {
        errors.at(
            name.ident,
            format!(
                "status names are ASCII: `{letter}` is not; use the letters `A` to `Z`, digits \
                 and `_`"
            ),
        );
    } else if !case::is_screaming_snake(&name.text) {
        let message = match case::to_screaming_snake(&name.text) {
            Some(fixed) => format!("status names are SCREAMING_SNAKE_CASE; write `{fixed}`"),
            None => "status names are SCREAMING_SNAKE_CASE, such as `NOT_FOUND`".to_owned(),
        };
        errors.at(name.ident, message);
    } else if name.variant.is_none() {
        errors.at(
            name.ident,
            format!(
                "`{}` would become `{}`, which is reserved on the generated enum; choose \
                 another name",
                name.ident,
                case::to_upper_camel(&name.text)
            ),
        );
    }
}

/// RFC 9112, Section 4: `reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )`.
fn check_phrase(phrase: &LitStr, errors: &mut Errors) {
    let text = phrase.value();
    if text.trim().is_empty() {
        errors.at(
            phrase,
            "reason phrase must not be empty; write one such as \"Not Found\"",
        );
    } else if let Some(bad) = text
        .chars()
        .find(|&c| c != '\t' && c != ' ' && c.is_ascii_control())
    {
        errors.at(
            phrase,
            format!(
                "reason phrase contains {:?} (U+{:04X}), which HTTP does not allow; use visible \
                 characters, spaces and tabs only (RFC 9112, Section 4)",
                bad, bad as u32
            ),
        );
    }
}

/// How messages say where an entry of the set comes from.
struct Places<'a> {
    sources: &'a [Source<'a>],
}

impl Places<'_> {
    /// `in the standard set`, `` in `acme::AcmeStatus` `` or `picked from the standard set`;
    /// `None` for an entry written here.
    fn of(&self, entry: &Lowered) -> Option<String> {
        match entry.origin {
            Origin::Own => None,
            Origin::Extended { standard: true } => Some("in the standard set".to_owned()),
            Origin::Extended { standard: false } => {
                let base = model::base(self.sources)?;
                Some(format!("in {}", base.path.describe()))
            }
            Origin::Picked { source, .. } => Some(format!("picked from {}", self.describe(source))),
        }
    }

    fn describe(&self, source: usize) -> String {
        self.sources
            .get(source)
            .map_or_else(String::new, |source| source.path.describe())
    }

    /// Reports that `second` repeats `thing` (`code 404`, `` name `GONE` ``) of `first`: on
    /// the token to fix, with `message` for an entry written here, or on the name that picked
    /// it; with a note on the name that picked `first`, or on its token.
    fn clash(
        &self,
        errors: &mut Errors,
        (second, token): (&Lowered, &dyn quote::ToTokens),
        (first, first_token): (&Lowered, &dyn quote::ToTokens),
        (thing, message): (&str, String),
    ) {
        let note = match first.origin {
            Origin::Own => Some((quote::quote!(#first_token), "first defined here")),
            Origin::Picked { by, .. } => Some((quote::quote!(#by), "picked here")),
            Origin::Extended { .. } => None,
        };
        let (at, message) = match second.origin {
            Origin::Picked { source, by } => {
                let place = self
                    .of(first)
                    .unwrap_or_else(|| "an entry's of this set".to_owned());
                let picks = format!(
                    "`{by}` picks {} `{}` from {}, but its {thing} is already {place}, as `{}`; a \
                     set holds one status for each code, name and phrase",
                    second.entry.code,
                    second.entry.name,
                    self.describe(source),
                    first.entry.name,
                );
                (quote::quote!(#by), picks)
            }
            Origin::Own | Origin::Extended { .. } => (quote::quote!(#token), message),
        };
        errors.at(at, message);
        if let Some((first, note)) = note {
            errors.at(first, note);
        }
    }
}

/// Every code, name and variant once in the set, the inherited and picked entries included.
fn check_unique(places: &Places, lowered: &[Lowered], errors: &mut Errors) {
    let mut codes = HashMap::new();
    let mut names = HashMap::new();
    let mut variants = HashMap::new();
    for entry in lowered {
        if let Ok(code) = entry.code
            && let Some(first) = first_seen(&mut codes, code, entry)
        {
            report_code(places, entry, first, errors);
        }
        for name in &entry.names {
            if let Some(first) = first_seen(&mut names, name.text.as_str(), (name, entry)) {
                report_name(places, name, entry, first, errors);
                continue;
            }
            let variant = case::to_upper_camel(&name.text);
            if let Some(first) = first_seen(&mut variants, variant.clone(), (name, entry)) {
                report_variant(places, (name, entry), &variant, first, errors);
            }
        }
    }
}

/// `entry`'s code, first given to `first`.
fn report_code(places: &Places, entry: &Lowered, first: &Lowered, errors: &mut Errors) {
    let (code, first_name) = (&entry.entry.code, &first.entry.name);
    let message = match places.of(first) {
        Some(place) => format!(
            "code {code} is already {place} as {first_name}; remove this entry or use another \
             code"
        ),
        None => {
            format!("code {code} is already defined as `{first_name}`; each code may appear once")
        }
    };
    let thing = format!("code {code}");
    places.clash(
        errors,
        (entry, code),
        (first, &first.entry.code),
        (&thing, message),
    );
}

/// `name` of `entry`, first given to the `first` name of `owner`.
fn report_name(
    places: &Places,
    name: &Name,
    entry: &Lowered,
    (first, owner): (&Name, &Lowered),
    errors: &mut Errors,
) {
    let ident = name.ident;
    let first_is_name = std::ptr::eq(first, owner.name());
    if std::ptr::eq(owner, entry) && first_is_name {
        errors.at(
            ident,
            format!(
                "`{}` is already this entry's name; remove it from `#[alias]`",
                name.text
            ),
        );
        return;
    }
    let message = match places.of(owner) {
        Some(place) => {
            let (owner_name, owner_code) = (&owner.entry.name, &owner.entry.code);
            let role = if first_is_name {
                format!("the name of {owner_code}")
            } else {
                format!("an alias of {owner_name} ({owner_code})")
            };
            format!("`{ident}` is already {place} as {role}; choose another name")
        }
        None => format!("`{ident}` is already used; each name and alias may appear once"),
    };
    let thing = format!("name `{ident}`");
    places.clash(
        errors,
        (entry, ident),
        (owner, first.ident),
        (&thing, message),
    );
}

/// `name` of `entry`, whose variant is the `first` name's, of `owner`.
fn report_variant(
    places: &Places,
    (name, entry): (&Name, &Lowered),
    variant: &str,
    (first, owner): (&Name, &Lowered),
    errors: &mut Errors,
) {
    let (ident, first) = (name.ident, first.ident);
    let message = match (owner.origin, places.of(owner)) {
        (Origin::Extended { .. }, Some(place)) => format!(
            "`{ident}` and {}'s `{first}` both become the variant `{variant}`; choose another \
             name",
            place.trim_start_matches("in ")
        ),
        (_, Some(place)) => format!(
            "`{ident}` and `{first}`, {place}, both become the variant `{variant}`; choose \
             another name"
        ),
        (_, None) => format!(
            "`{ident}` and `{first}` both become the variant `{variant}`; rename one of them"
        ),
    };
    let thing = format!("variant `{variant}`");
    places.clash(errors, (entry, ident), (owner, first), (&thing, message));
}

/// Each phrase alias a reason phrase, and no phrase or phrase alias another's in the set,
/// ignoring ASCII case, since `from_phrase` and `FromStr` ignore it: a set holds one status
/// for each phrase, whether inherited, picked or its own.
fn check_phrases(places: &Places, lowered: &[Lowered], errors: &mut Errors) {
    let mut seen = HashMap::new();
    let phrases = lowered
        .iter()
        .map(|entry| (entry, &entry.entry.phrase, "phrase"));
    // The phrases first, so that an alias is reported against the phrase it repeats.
    let aliases = lowered.iter().flat_map(|entry| {
        let aliases = &entry.entry.attrs.phrase_aliases;
        aliases
            .iter()
            .map(move |alias| (entry, alias, "phrase alias"))
    });
    for (entry, phrase, role) in phrases.chain(aliases) {
        if role == "phrase alias" && matches!(entry.origin, Origin::Own) {
            check_phrase(phrase, errors);
        }
        let key = phrase.value().to_ascii_lowercase();
        let Some((first, owner, first_role)) = first_seen(&mut seen, key, (phrase, entry, role))
        else {
            continue;
        };
        let first_role = if first_role == "phrase" {
            "the phrase"
        } else {
            "a phrase alias"
        };
        let message = format!(
            "{role} {:?} is already {first_role} of {} `{}`{}; each phrase and phrase alias may \
             appear once in a set, ignoring case, so that `from_phrase` finds one status",
            phrase.value(),
            owner.entry.code,
            owner.entry.name,
            places
                .of(owner)
                .map(|place| format!(", {place}"))
                .unwrap_or_default(),
        );
        let thing = format!("{role} {:?}", phrase.value());
        places.clash(errors, (entry, phrase), (owner, first), (&thing, message));
    }
}

/// What the `enum` and `mod` items carry that the macro does not pass on, as
/// `item_attrs.rs` says.
fn check_item_attrs(input: &Input, errors: &mut Errors) {
    let mut items = vec![(&input.attrs, Item::Enum)];
    items.extend(input.consts.iter().map(|consts| (&consts.attrs, Item::Mod)));
    for (attrs, item) in items {
        for error in item_attrs::screen(attrs, item, true).rejected {
            errors.push(error);
        }
    }
}

fn check_consts_mod(input: &Input, errors: &mut Errors) {
    let Some(consts) = &input.consts else { return };
    if consts.ident == input.ident {
        let suggestion = case::to_screaming_snake(&case::text(&input.ident))
            .map_or_else(|| "codes".to_owned(), |name| name.to_lowercase());
        errors.at(
            &consts.ident,
            format!(
                "the constants module is named like the enum, `{}`; give it another name, such \
                 as `{suggestion}`",
                input.ident
            ),
        );
    }
}

/// At most one `#[default]` entry, and only with `#[derive(Default)]`, which needs one.
fn check_default(input: &Input, errors: &mut Errors) {
    let defaults: Vec<&Attr> = input
        .entries
        .iter()
        .filter_map(|entry| entry.attrs.default.as_ref())
        .collect();
    if let [first, rest @ ..] = defaults.as_slice() {
        for second in rest {
            errors.duplicate(
                second,
                "only one entry may be `#[default]`; remove this one",
                first,
            );
        }
        if !input.derives_default() {
            errors.at(
                first,
                format!(
                    "`#[default]` needs `#[derive(Default)]` on the enum: put it above `enum {}` \
                     inside the invocation",
                    input.ident
                ),
            );
        }
    } else if let Some(derived) = input
        .attrs
        .iter()
        .flat_map(Attr::derived)
        .find(|derived| derived.name == "Default")
    {
        errors.at(
            &derived.path,
            "`#[derive(Default)]` needs one entry marked `#[default]`, such as `#[default] 200 => \
             OK, ..`",
        );
    }
}

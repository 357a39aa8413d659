//! Checks that need a whole entry or the whole list. Every error is collected, each spanned on
//! the token to fix.

use crate::ast::{Entry, Input};
use crate::attr::{self, Attr};
use crate::case;
use crate::model;
use std::collections::HashMap;
use syn::{Error, Ident, LitInt, LitStr, Result};

/// The codes RFC 9110 section 15 allows.
pub const CODES: std::ops::RangeInclusive<u16> = 100..=599;

/// Associated items of the generated enum that a variant or alias constant must not shadow.
pub const RESERVED_VARIANTS: &[&str] = &["Self", "ALL"];

#[derive(Default)]
pub struct Errors(Option<Error>);

impl Errors {
    pub fn push(&mut self, error: Error) {
        match &mut self.0 {
            Some(errors) => errors.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn finish(self) -> Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

impl Input {
    pub fn validate(&self) -> Result<()> {
        let mut errors = Errors::default();
        for error in &self.errors {
            errors.push(error.clone());
        }
        if self.entries.is_empty() && self.standard.is_none() && self.errors.is_empty() {
            errors.push(Error::new_spanned(
                &self.ident,
                format!(
                    "status set `{}` has no entries; add one such as \
                     `404 => NOT_FOUND, \"Not Found\", \"The resource was not found.\";`",
                    self.ident
                ),
            ));
        }
        for (entry, _) in self.all_entries() {
            entry.validate(&mut errors);
        }
        self.check_unique(&mut errors);
        self.check_enum_attrs(&mut errors);
        self.check_consts_mod(&mut errors);
        self.check_default(&mut errors);
        errors.finish()
    }

    /// Derives the expansion already has, a `repr` that is not its own, and entry attributes
    /// put on the enum.
    fn check_enum_attrs(&self, errors: &mut Errors) {
        for attr in &self.attrs {
            if attr.is("repr") {
                errors.push(Error::new_spanned(
                    attr,
                    "a set is always `#[repr(u16)]`, each discriminant its code; remove this \
                     `#[repr]`",
                ));
            }
            for derived in attr.derived().iter().filter(|d| model::is_generated(d)) {
                let all: Vec<String> = model::DERIVES
                    .iter()
                    .map(|(name, _)| format!("`{name}`"))
                    .collect();
                let (last, rest) = all.split_last().expect("DERIVES is not empty");
                errors.push(Error::new_spanned(
                    &derived.path,
                    format!(
                        "`{}` is already derived; remove it here (every set derives {} and {last})",
                        derived.name,
                        rest.join(", "),
                    ),
                ));
            }
        }
        check_misplaced_entry_attrs(&self.attrs, "enum", errors);
    }

    fn check_consts_mod(&self, errors: &mut Errors) {
        let Some(consts) = &self.consts else { return };
        check_misplaced_entry_attrs(&consts.attrs, "mod", errors);
        if consts.ident == self.ident {
            let suggestion = case::to_screaming_snake(&case::text(&self.ident))
                .map_or_else(|| "codes".to_owned(), |name| name.to_lowercase());
            errors.push(Error::new_spanned(
                &consts.ident,
                format!(
                    "the constants module is named like the enum, `{}`; give it another name, \
                     such as `{suggestion}`",
                    self.ident
                ),
            ));
        }
    }

    /// At most one `#[default]` entry, and only with `#[derive(Default)]`, which needs one.
    fn check_default(&self, errors: &mut Errors) {
        let defaults: Vec<&Attr> = self
            .entries
            .iter()
            .filter_map(|entry| entry.attrs.default.as_ref())
            .collect();
        if let [first, rest @ ..] = defaults.as_slice() {
            for second in rest {
                duplicate(
                    errors,
                    second,
                    "only one entry may be `#[default]`; remove this one".to_owned(),
                    first,
                );
            }
            if !self.derives_default() {
                errors.push(Error::new_spanned(
                    first,
                    format!(
                        "`#[default]` needs `#[derive(Default)]` on the enum: put it above \
                         `enum {}` inside the invocation",
                        self.ident
                    ),
                ));
            }
        } else if let Some(derived) = self
            .attrs
            .iter()
            .flat_map(Attr::derived)
            .find(|derived| derived.name == "Default")
        {
            errors.push(Error::new_spanned(
                &derived.path,
                "`#[derive(Default)]` needs one entry marked `#[default]`, such as \
                 `#[default] 200 => OK, ..`",
            ));
        }
    }

    fn check_unique(&self, errors: &mut Errors) {
        let mut codes: HashMap<u16, (&Entry, bool)> = HashMap::new();
        let mut names: HashMap<String, (&Ident, &Entry, bool)> = HashMap::new();
        let mut variants: HashMap<String, (&Ident, bool)> = HashMap::new();
        for (entry, standard) in self.all_entries() {
            if let Some(code) = code_value(&entry.code) {
                if let Some(&(first, first_standard)) = codes.get(&code) {
                    if first_standard {
                        errors.push(Error::new_spanned(
                            &entry.code,
                            format!(
                                "code {code} is already in the standard set as {}; \
                                 remove this entry or use another code",
                                first.name
                            ),
                        ));
                    } else {
                        duplicate(
                            errors,
                            &entry.code,
                            format!(
                                "code {code} is already defined as `{}`; each code may appear once",
                                first.name
                            ),
                            &first.code,
                        );
                    }
                } else {
                    codes.insert(code, (entry, standard));
                }
            }
            for name in entry.names() {
                let key = case::text(name);
                if let Some(&(first, owner, owner_standard)) = names.get(&key) {
                    if std::ptr::eq(owner, entry) && case::text(&owner.name) == key {
                        errors.push(Error::new_spanned(
                            name,
                            format!(
                                "`{key}` is already this entry's name; remove it from `#[alias]`"
                            ),
                        ));
                    } else if owner_standard {
                        let role = if owner.name == *name {
                            format!("the name of {}", owner.code)
                        } else {
                            format!("an alias of {} ({})", owner.name, owner.code)
                        };
                        errors.push(Error::new_spanned(
                            name,
                            format!("`{name}` is already in the standard set as {role}; choose another name"),
                        ));
                    } else {
                        duplicate(
                            errors,
                            name,
                            format!(
                                "`{name}` is already used; each name and alias may appear once"
                            ),
                            first,
                        );
                    }
                    continue;
                }
                names.insert(key.clone(), (name, entry, standard));
                let variant = case::to_upper_camel(&key);
                match variants.get(&variant) {
                    Some((first, true)) => errors.push(Error::new_spanned(
                        name,
                        format!(
                            "`{name}` and the standard set's `{first}` both become the variant \
                             `{variant}`; choose another name"
                        ),
                    )),
                    Some((first, false)) => duplicate(
                        errors,
                        name,
                        format!(
                            "`{name}` and `{first}` both become the variant `{variant}`; \
                             rename one of them"
                        ),
                        first,
                    ),
                    None => {
                        variants.insert(variant, (name, standard));
                    }
                }
            }
        }
    }
}

/// The entry attributes among the `enum` or `mod` item's.
fn check_misplaced_entry_attrs(attrs: &[Attr], item: &str, errors: &mut Errors) {
    for attr in attrs {
        if let Some(name) = attr
            .name()
            .filter(|name| attr::ENTRY_ATTRIBUTES.iter().any(|n| name == n))
        {
            errors.push(Error::new(
                attr.name_span(),
                format!(
                    "`#[{name}]` goes on an entry, not on the `{item}` item; move it above the \
                     entry it belongs to"
                ),
            ));
        }
    }
}

/// An error at the second occurrence, with a note at the first.
fn duplicate(
    errors: &mut Errors,
    second: &impl quote::ToTokens,
    message: String,
    first: &impl quote::ToTokens,
) {
    errors.push(Error::new_spanned(second, message));
    errors.push(Error::new_spanned(first, "first defined here"));
}

impl Entry {
    /// The canonical name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &Ident> {
        std::iter::once(&self.name).chain(&self.attrs.aliases)
    }

    fn validate(&self, errors: &mut Errors) {
        if let Err(error) = check_code(&self.code) {
            errors.push(error);
        }
        for name in self.names() {
            check_name(name, errors);
        }
        if let Some(error) = check_phrase(&self.phrase) {
            errors.push(error);
        }
        if self.description.value().trim().is_empty() {
            errors.push(Error::new_spanned(
                &self.description,
                "description must not be empty; describe the status in a sentence",
            ));
        }
        if let Some(spec) = &self.attrs.spec
            && spec.value().trim().is_empty()
        {
            errors.push(Error::new_spanned(
                spec,
                "`#[spec]` must not be empty; write a reference such as \"RFC 9110, Section 15.5.5\"",
            ));
        }
    }
}

/// The code's value when it is a valid one.
pub fn code_value(code: &LitInt) -> Option<u16> {
    check_code(code).ok()
}

fn check_code(code: &LitInt) -> Result<u16> {
    if !code.suffix().is_empty() {
        return Err(Error::new_spanned(
            code,
            format!(
                "remove the `{}` suffix: a status code is a plain integer",
                code.suffix()
            ),
        ));
    }
    match code.base10_parse::<u16>() {
        Ok(value) if CODES.contains(&value) => Ok(value),
        _ => Err(Error::new_spanned(
            code,
            format!(
                "status code {} is out of range; HTTP status codes are 100..=599 (RFC 9110, Section 15)",
                code.base10_digits()
            ),
        )),
    }
}

fn check_name(name: &Ident, errors: &mut Errors) {
    let text = case::text(name);
    if let Some(letter) = text.chars().find(|c| !c.is_ascii()) {
        errors.push(Error::new_spanned(
            name,
            format!(
                "status names are ASCII: `{letter}` is not; use the letters `A` to `Z`, digits \
                 and `_`"
            ),
        ));
        return;
    }
    if !case::is_screaming_snake(&text) {
        let message = match case::to_screaming_snake(&text) {
            Some(fixed) => format!("status names are SCREAMING_SNAKE_CASE; write `{fixed}`"),
            None => "status names are SCREAMING_SNAKE_CASE, such as `NOT_FOUND`".to_owned(),
        };
        errors.push(Error::new_spanned(name, message));
        return;
    }
    let variant = case::to_upper_camel(&text);
    if RESERVED_VARIANTS.contains(&variant.as_str()) {
        errors.push(Error::new_spanned(
            name,
            format!(
                "`{name}` would become `{variant}`, which is reserved on the generated enum; \
                 choose another name"
            ),
        ));
    }
}

/// RFC 9112 section 4: `reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )`.
fn check_phrase(phrase: &LitStr) -> Option<Error> {
    let text = phrase.value();
    if text.trim().is_empty() {
        return Some(Error::new_spanned(
            phrase,
            "reason phrase must not be empty; write one such as \"Not Found\"",
        ));
    }
    let bad = text
        .chars()
        .find(|&c| c != '\t' && c != ' ' && (c.is_ascii_control()))?;
    Some(Error::new_spanned(
        phrase,
        format!(
            "reason phrase contains {:?} (U+{:04X}), which HTTP does not allow; use visible \
             characters, spaces and tabs only (RFC 9112, Section 4)",
            bad, bad as u32
        ),
    ))
}

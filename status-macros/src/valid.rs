//! Checks that need a whole entry or the whole list. Every error is collected, each spanned on
//! the token to fix.

use crate::ast::{Entry, Input};
use crate::case;
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
        errors.finish()
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
                let key = name.to_string();
                if let Some(&(first, owner, owner_standard)) = names.get(&key) {
                    if owner_standard {
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
    let text = name.to_string();
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

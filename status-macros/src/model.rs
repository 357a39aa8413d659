//! Lowering: what every later stage needs of an entry, computed once. Validation reports on the
//! lowered entries; a valid set's become one row per code, in code order.

use crate::ast::{Entry, Input, Origin};
use crate::case;
use crate::syntax::{Attr, Derived};
use syn::{Ident, LitInt, LitStr};

/// The codes RFC 9110, Section 15 allows.
pub const CODES: std::ops::RangeInclusive<u16> = 100..=599;

/// Associated items of the generated enum that a variant or alias constant must not shadow.
pub const RESERVED_VARIANTS: &[&str] = &["Self", "ALL"];

/// The traits every set derives, each with the `core` module that holds it.
pub const DERIVES: &[(&str, &str)] = &[
    ("Clone", "clone"),
    ("Copy", "marker"),
    ("Debug", "fmt"),
    ("PartialEq", "cmp"),
    ("Eq", "cmp"),
    ("Hash", "hash"),
    ("PartialOrd", "cmp"),
    ("Ord", "cmp"),
];

/// Whether a user's derive names one of `DERIVES`.
pub fn is_generated(derived: &Derived) -> bool {
    DERIVES.iter().any(|(name, _)| derived.name == name)
}

impl Input {
    /// Whether the enum item says `#[derive(Default)]`.
    pub fn derives_default(&self) -> bool {
        self.attrs
            .iter()
            .flat_map(Attr::derived)
            .any(|derived| derived.name == "Default")
    }
}

/// An entry with its code's value and its names' forms.
pub struct Lowered<'a> {
    pub entry: &'a Entry,
    /// The code's value, or why it is not a valid code, which validation reports.
    pub code: syn::Result<u16>,
    /// The canonical name, then the aliases.
    pub names: Vec<Name<'a>>,
}

/// A name or alias as written, as `name()` returns it, and as a variant.
pub struct Name<'a> {
    pub ident: &'a Ident,
    /// `r#TYPE` is `TYPE`.
    pub text: String,
    /// The `UpperCamelCase` identifier, `None` when it is reserved or not an identifier.
    pub variant: Option<Ident>,
}

impl Lowered<'_> {
    pub fn name(&self) -> &Name<'_> {
        &self.names[0]
    }

    pub fn aliases(&self) -> &[Name<'_>] {
        &self.names[1..]
    }
}

/// Every entry, lowered: the standard ones first, then the set's own.
pub fn lower(input: &Input) -> Vec<Lowered<'_>> {
    input
        .entries
        .iter()
        .map(|entry| Lowered {
            entry,
            code: code_value(&entry.code),
            names: std::iter::once(&entry.name)
                .chain(&entry.attrs.aliases)
                .map(Name::new)
                .collect(),
        })
        .collect()
}

impl<'a> Name<'a> {
    fn new(ident: &'a Ident) -> Self {
        let text = case::text(ident);
        let variant = case::to_upper_camel(&text);
        let variant = (!RESERVED_VARIANTS.contains(&variant.as_str()))
            .then(|| syn::parse_str::<Ident>(&variant).ok())
            .flatten()
            .map(|mut variant| {
                variant.set_span(ident.span());
                variant
            });
        Name {
            ident,
            text,
            variant,
        }
    }
}

/// The value of a code literal: a plain integer in `CODES`.
fn code_value(code: &LitInt) -> syn::Result<u16> {
    if !code.suffix().is_empty() {
        return Err(syn::Error::new_spanned(
            code,
            format!(
                "remove the `{}` suffix: a status code is a plain integer",
                code.suffix()
            ),
        ));
    }
    match code.base10_parse::<u16>() {
        Ok(value) if CODES.contains(&value) => Ok(value),
        _ => Err(syn::Error::new_spanned(
            code,
            format!(
                "status code {} is out of range; HTTP status codes are {}..={} (RFC 9110, \
                 Section 15)",
                code.base10_digits(),
                CODES.start(),
                CODES.end()
            ),
        )),
    }
}

/// What expansion needs of one code.
pub struct Row<'a> {
    pub entry: &'a Entry,
    pub code: u16,
    /// The canonical name as `name()` returns it.
    pub name: &'a str,
    pub variant: &'a Ident,
    /// Each alias with its variant-style associated constant.
    pub aliases: Vec<(&'a Name<'a>, &'a Ident)>,
}

impl<'a> Row<'a> {
    /// The row of an entry at `code`, leaving out aliases without a variant form; `None` when
    /// the name itself has none. Both only happen on input that validation rejects.
    pub fn new(lowered: &'a Lowered<'a>, code: u16) -> Option<Self> {
        let name = lowered.name();
        Some(Row {
            entry: lowered.entry,
            code,
            name: &name.text,
            variant: name.variant.as_ref()?,
            aliases: lowered
                .aliases()
                .iter()
                .filter_map(|alias| Some((alias, alias.variant.as_ref()?)))
                .collect(),
        })
    }

    pub fn is_standard(&self) -> bool {
        self.entry.origin == Origin::Standard
    }

    /// The canonical name's identifier, then the aliases'.
    pub fn idents(&self) -> impl Iterator<Item = &'a Ident> + '_ {
        std::iter::once(&self.entry.name).chain(self.aliases.iter().map(|(alias, _)| alias.ident))
    }

    /// The canonical name, then the aliases, as `from_name` matches them.
    pub fn names(&self) -> impl Iterator<Item = &'a str> + '_ {
        std::iter::once(self.name).chain(self.aliases.iter().map(|(alias, _)| alias.text.as_str()))
    }

    pub fn phrase(&self) -> String {
        self.entry.phrase.value()
    }

    /// The other phrases sent for the code.
    pub fn phrase_aliases(&self) -> Vec<String> {
        self.entry
            .attrs
            .phrase_aliases
            .iter()
            .map(LitStr::value)
            .collect()
    }

    /// What `Display` writes: `404 Not Found`.
    pub fn display(&self) -> String {
        format!("{} {}", self.code, self.phrase())
    }
}

/// The rows of a valid set.
pub fn rows<'a>(lowered: &'a [Lowered<'a>]) -> Vec<Row<'a>> {
    let mut rows: Vec<Row> = lowered
        .iter()
        .filter_map(|lowered| Row::new(lowered, *lowered.code.as_ref().ok()?))
        .collect();
    rows.sort_by_key(|row| row.code);
    rows
}

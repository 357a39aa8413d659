//! A validated input lowered to what expansion needs: one row per code, in code order.

use crate::ast::{Entry, Input};
use crate::attr::{Attr, Derived};
use crate::case;
use crate::valid;
use syn::Ident;

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

pub struct Row<'a> {
    pub entry: &'a Entry,
    pub code: u16,
    pub variant: Ident,
    /// Each alias with its variant-style associated constant.
    pub aliases: Vec<(&'a Ident, Ident)>,
    /// Whether the row comes from the standard set.
    pub standard: bool,
}

impl<'a> Row<'a> {
    /// The row of an entry, leaving out aliases without a usable variant form; `None` when the
    /// name itself has none. Both only happen on input that validation rejects.
    pub fn new(entry: &'a Entry, code: u16, standard: bool) -> Option<Self> {
        Some(Row {
            entry,
            code,
            variant: variant_of(&entry.name)?,
            aliases: entry
                .attrs
                .aliases
                .iter()
                .filter_map(|alias| Some((alias, variant_of(alias)?)))
                .collect(),
            standard,
        })
    }

    /// The canonical name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &'a Ident> + '_ {
        std::iter::once(&self.entry.name).chain(self.aliases.iter().map(|(alias, _)| *alias))
    }

    pub fn phrase(&self) -> String {
        self.entry.phrase.value()
    }

    /// What `Display` writes: `404 Not Found`.
    pub fn display(&self) -> String {
        format!("{} {}", self.code, self.phrase())
    }
}

/// The variant spelling of a name, if it is an identifier the enum can have.
pub fn variant_of(name: &Ident) -> Option<Ident> {
    let variant = case::to_upper_camel(&case::text(name));
    if valid::RESERVED_VARIANTS.contains(&variant.as_str()) {
        return None;
    }
    let mut ident: Ident = syn::parse_str(&variant).ok()?;
    ident.set_span(name.span());
    Some(ident)
}

/// The rows of a valid input.
pub fn rows(input: &Input) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = input
        .all_entries()
        .filter_map(|(entry, standard)| Row::new(entry, valid::code_value(&entry.code)?, standard))
        .collect();
    rows.sort_by_key(|row| row.code);
    rows
}

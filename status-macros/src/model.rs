//! Lowering: what every later stage needs of an entry, computed once, and the set's entries
//! gathered from where they come from: its base, the statuses it picks, its own. Validation
//! reports on the lowered entries; a valid set's become one row per code, in code order.

use crate::ast::{Entry, Handed, Input, SourcePath};
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

/// Where an entry of the set comes from.
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    /// Written in the invocation.
    Own,
    /// From the set it extends; `standard` when it is one of the standard set's, which the
    /// `extends` chain starts from.
    Extended { standard: bool },
    /// Picked by a `use` line: from `sources[source]`, by the name `by`.
    Picked { source: usize, by: &'a Ident },
}

/// What makes entries of different sets one status: its code and its canonical name.
pub fn identity(entry: &Entry) -> (String, String) {
    (
        entry.code.base10_digits().to_owned(),
        case::text(&entry.name),
    )
}

/// A set this one names, with what it handed over.
pub struct Source<'a> {
    pub path: &'a SourcePath,
    pub handed: &'a Handed,
}

impl<'a> Source<'a> {
    /// Every entry of the source, the standard ones first.
    pub fn entries(&self) -> impl Iterator<Item = &'a Entry> {
        self.handed.standard.iter().chain(&self.handed.other)
    }

    pub fn id(&self) -> String {
        self.handed.id.value()
    }
}

/// The sources in the order the set asks them, the `extends` one first; all of them once every
/// one has answered.
pub fn sources(input: &Input) -> Vec<Source<'_>> {
    input
        .sources()
        .zip(&input.handed)
        .map(|(path, handed)| Source { path, handed })
        .collect()
}

/// An entry with where it comes from, its code's value and its names' forms.
pub struct Lowered<'a> {
    pub entry: &'a Entry,
    pub origin: Origin<'a>,
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

/// The set's entries, lowered, and what a `use` line named that could not be picked.
pub struct Lowering<'a> {
    /// From the base (its standard entries first), then the picked ones, then the set's own.
    pub entries: Vec<Lowered<'a>>,
    /// A name that `sources[index]` does not have.
    pub unknown: Vec<(usize, &'a Ident)>,
    /// A name that picks an entry already picked, with the name that picked it first.
    pub repeated: Vec<(&'a Ident, &'a Ident)>,
    /// A name that picks an entry the set already holds through `extends`.
    pub inherited: Vec<&'a Ident>,
}

/// Every entry of the set, lowered.
pub fn lower<'a>(input: &'a Input, sources: &[Source<'a>]) -> Lowering<'a> {
    let mut entries = Vec::new();
    if input.is_standard_set {
        // The facade's own set: what the standard source hands over is its own.
        let handed = input
            .handed
            .iter()
            .flat_map(|handed| handed.standard.iter());
        entries.extend(handed.map(|entry| Lowered::new(entry, Origin::Own)));
    } else if let (Some(_), Some(base)) = (&input.extends, sources.first()) {
        for (block, standard) in [(&base.handed.standard, true), (&base.handed.other, false)] {
            let origin = Origin::Extended { standard };
            entries.extend(block.iter().map(|entry| Lowered::new(entry, origin)));
        }
    }
    let mut lowering = Lowering {
        entries,
        unknown: Vec::new(),
        repeated: Vec::new(),
        inherited: Vec::new(),
    };
    lowering.pick(input, sources);
    let own = input
        .entries
        .iter()
        .map(|entry| Lowered::new(entry, Origin::Own));
    lowering.entries.extend(own);
    lowering
}

impl<'a> Lowering<'a> {
    /// The entries the `use` lines name, each once.
    fn pick(&mut self, input: &'a Input, sources: &[Source<'a>]) {
        let first_pick = usize::from(input.extends.is_some());
        let mut picked: Vec<((String, String), &Ident)> = Vec::new();
        for (index, pick) in input.picks.iter().enumerate() {
            let source_index = first_pick + index;
            let Some(source) = sources.get(source_index) else {
                continue;
            };
            for name in &pick.names {
                let Some(entry) = source.find(&case::text(name)) else {
                    self.unknown.push((source_index, name));
                    continue;
                };
                let identity = identity(entry);
                if self.entries.iter().any(|held| {
                    matches!(held.origin, Origin::Extended { .. })
                        && self::identity(held.entry) == identity
                }) {
                    self.inherited.push(name);
                    continue;
                }
                if let Some((_, first)) = picked.iter().find(|(seen, _)| *seen == identity) {
                    self.repeated.push((name, first));
                    continue;
                }
                picked.push((identity, name));
                let origin = Origin::Picked {
                    source: source_index,
                    by: name,
                };
                self.entries.push(Lowered::new(entry, origin));
            }
        }
    }
}

impl<'a> Source<'a> {
    /// The entry with this name or alias.
    pub fn find(&self, name: &str) -> Option<&'a Entry> {
        self.entries().find(|entry| {
            std::iter::once(&entry.name)
                .chain(&entry.attrs.aliases)
                .any(|ident| case::text(ident) == name)
        })
    }
}

impl<'a> Lowered<'a> {
    fn new(entry: &'a Entry, origin: Origin<'a>) -> Self {
        Lowered {
            entry,
            origin,
            code: code_value(&entry.code),
            names: std::iter::once(&entry.name)
                .chain(&entry.attrs.aliases)
                .map(Name::new)
                .collect(),
        }
    }
}

impl<'a> Name<'a> {
    pub fn new(ident: &'a Ident) -> Self {
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
    pub origin: Origin<'a>,
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
            origin: lowered.origin,
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

    /// Whether the row is one of the standard set's, through the `extends` chain.
    pub fn is_standard(&self) -> bool {
        matches!(self.origin, Origin::Extended { standard: true })
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

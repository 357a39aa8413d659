//! Lowering: what every later stage needs of an entry, computed once, and the set's entries
//! gathered from where they come from: its base, the statuses it picks, its own. Validation
//! reports on the lowered entries; a valid set's become one row per code, in code order.

use crate::ast::{Answer, Entry, Input, SourcePath};
use crate::case;
use crate::retry::{self, Resolved, Retry};
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

/// What makes entries of different sets one status: its code's value, its canonical name,
/// and the set whose invocation wrote it (`None` for the set being expanded). The standard
/// set's `401` is one status wherever it is inherited or picked; a `470` that two sets each
/// define is two.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Identity {
    code: u16,
    name: String,
    origin: Option<String>,
}

pub fn identity(entry: &Entry) -> Identity {
    Identity {
        code: code_value(&entry.code).unwrap_or(0),
        name: case::text(&entry.name),
        origin: entry.origin.clone(),
    }
}

/// Why the set asked a source.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `extends`: the set holds every status of it.
    Base,
    /// `use`: the set holds the statuses it names.
    Pick,
}

/// A set this one names, with its role and its answer.
pub struct Source<'a> {
    pub path: &'a SourcePath,
    pub role: Role,
    pub answer: &'a Answer,
}

impl<'a> Source<'a> {
    /// Every entry of the source, the standard ones first.
    pub fn entries(&self) -> impl Iterator<Item = &'a Entry> {
        self.answer.standard.iter().chain(&self.answer.other)
    }

    pub fn id(&self) -> String {
        self.answer.id.value()
    }

    /// The entry with this name or alias.
    pub fn find(&self, name: &str) -> Option<&'a Entry> {
        self.entries()
            .find(|entry| entry.names().any(|ident| case::text(ident) == name))
    }
}

/// Each source the set names, once, with its answer; all of them once every one has answered.
pub fn sources(input: &Input) -> Vec<Source<'_>> {
    let base = input.extends.as_ref().map(SourcePath::key);
    input
        .sources()
        .into_iter()
        .filter_map(|path| {
            let key = path.key();
            let answer = input
                .answers
                .iter()
                .find(|answer| answer.asked.key() == key)?;
            let role = if base.as_ref() == Some(&key) {
                Role::Base
            } else {
                Role::Pick
            };
            Some(Source { path, role, answer })
        })
        .collect()
}

/// The source the set extends.
pub fn base<'s, 'a>(sources: &'s [Source<'a>]) -> Option<&'s Source<'a>> {
    sources.iter().find(|source| source.role == Role::Base)
}

/// An entry with where it comes from, its code's value and its names' forms.
pub struct Lowered<'a> {
    pub entry: &'a Entry,
    pub origin: Origin<'a>,
    /// The code's value, or why it is not a valid code, which validation reports.
    pub code: syn::Result<u16>,
    /// The canonical name, then the aliases.
    pub names: Vec<Name<'a>>,
    /// The class a `use` line gives the status in this set, over the one it comes with.
    pub retry: Option<&'a Retry>,
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

    /// The status's retry class in this set: the one a `use` line gives it, or the one its
    /// entry names, or its class's default (for an invalid code, which validation reports,
    /// a `5xx`'s).
    pub fn retry(&self) -> Resolved {
        self.retry.or(self.entry.attrs.retry.as_ref()).map_or_else(
            || retry::default_for(*self.code.as_ref().unwrap_or(&500)),
            Retry::resolved,
        )
    }
}

/// The set's entries, lowered, and what a `use` line named that could not be picked.
pub struct Lowering<'a> {
    /// From the base (its standard entries first), then the picked ones, then the set's own.
    pub entries: Vec<Lowered<'a>>,
    /// A name that `sources[index]` does not have.
    pub unknown: Vec<(usize, &'a Ident)>,
    /// A `use` line's `#[retry]` for a status that an earlier line gave another class, with
    /// the name it was picked by.
    pub retry_conflicts: Vec<(&'a Retry, &'a Ident)>,
}

/// Every entry of the set, lowered.
pub fn lower<'a>(input: &'a Input, sources: &[Source<'a>]) -> Lowering<'a> {
    let mut entries = Vec::new();
    if let Some(base) = base(sources) {
        for (block, standard) in [(&base.answer.standard, true), (&base.answer.other, false)] {
            let origin = Origin::Extended { standard };
            entries.extend(block.iter().map(|entry| Lowered::new(entry, origin)));
        }
    }
    let mut lowering = Lowering {
        entries,
        unknown: Vec::new(),
        retry_conflicts: Vec::new(),
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
    /// The entries the `use` lines name, each once: a status the set holds already, inherited
    /// or picked through another name or source, is the same status, and picking it again
    /// changes nothing.
    fn pick(&mut self, input: &'a Input, sources: &[Source<'a>]) {
        let mut held: std::collections::HashSet<Identity> = self
            .entries
            .iter()
            .map(|lowered| identity(lowered.entry))
            .collect();
        for pick in &input.picks {
            let key = pick.source.key();
            let Some(source_index) = sources.iter().position(|source| source.path.key() == key)
            else {
                continue;
            };
            let source = &sources[source_index];
            for name in &pick.names {
                let Some(entry) = source.find(&case::text(name)) else {
                    self.unknown.push((source_index, name));
                    continue;
                };
                if held.insert(identity(entry)) {
                    let origin = Origin::Picked {
                        source: source_index,
                        by: name,
                    };
                    self.entries.push(Lowered::new(entry, origin));
                }
                if let Some(retry) = &pick.retry {
                    self.give_class(entry, retry, name);
                }
            }
        }
    }

    /// A `use` line's class for a status the set holds: one line's, or the same from many.
    fn give_class(&mut self, entry: &'a Entry, retry: &'a Retry, by: &'a Ident) {
        let status = identity(entry);
        let Some(held) = self
            .entries
            .iter_mut()
            .find(|lowered| identity(lowered.entry) == status)
        else {
            return;
        };
        match held.retry {
            Some(given) if given.resolved() != retry.resolved() => {
                self.retry_conflicts.push((retry, by));
            }
            _ => held.retry = Some(retry),
        }
    }
}

impl<'a> Lowered<'a> {
    fn new(entry: &'a Entry, origin: Origin<'a>) -> Self {
        Lowered {
            entry,
            origin,
            code: code_value(&entry.code),
            names: entry.names().map(Name::new).collect(),
            retry: None,
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
pub fn code_value(code: &LitInt) -> syn::Result<u16> {
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
    /// The retry class in this set, with the clause it comes from.
    pub retry: Resolved,
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
            retry: lowered.retry(),
        })
    }

    /// Whether the row is one of the standard set's, through the `extends` chain.
    pub fn is_standard(&self) -> bool {
        matches!(self.origin, Origin::Extended { standard: true })
    }

    /// The canonical name's identifier, then the aliases' that have a variant form.
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

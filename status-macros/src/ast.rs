//! What an invocation of `status_codes!` says, as plain data. `parse/` builds it.
//!
//! ```text
//! Input    := OuterAttr* Vis "enum" Ident ";" Header* Entry* Hidden
//! Header   := OuterAttr* Vis "mod" Ident ";"
//!           | "extends" Source ";"
//!           | "use" Source "::" ( Ident | "{" Ident ( "," Ident )* ","? "}" ) ";"
//!           | "crate" "=" Path ";"
//! Source   := "standard" | Path
//!           | ( "#" "[" "retry" "(" .. ")" "]" )? "use" ..  // the class of the statuses named
//! Entry    := OuterAttr* LitInt "=>" Ident "," LitStr "," LitStr ";"
//! Hidden   := what only the macros write: see `protocol.rs`
//! ```
//!
//! `#[extensible]` among the enum's attributes makes the set a source for others.

use crate::attr::EntryAttrs;
use crate::retry::Retry;
use crate::syntax::{Attr, Vis};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Ident, LitInt, LitStr};

pub mod kw {
    syn::custom_keyword!(extends);
    syn::custom_keyword!(standard);
}

pub struct Input {
    pub attrs: Vec<Attr>,
    pub vis: Vis,
    pub ident: Ident,
    /// `#[extensible]`, taken out of the enum's attributes.
    pub extensible: Option<Attr>,
    pub consts: Option<ConstsMod>,
    pub extends: Option<SourcePath>,
    pub picks: Vec<Pick>,
    pub krate: Option<TokenStream>,
    /// The entries written in the invocation.
    pub entries: Vec<Entry>,
    /// What the sources answered, each with the source it answers.
    pub answers: Vec<Answer>,
    /// The facade's own `HttpStatus`: its entries are the standard set's.
    pub is_standard_set: bool,
}

pub struct ConstsMod {
    pub attrs: Vec<Attr>,
    pub vis: Vis,
    pub ident: Ident,
}

/// The set an `extends` or `use` line names.
pub enum SourcePath {
    Standard(kw::standard),
    Path(TokenStream),
}

/// `use SOURCE::{NAME, ..};`
pub struct Pick {
    pub source: SourcePath,
    pub names: Vec<Ident>,
    /// `#[retry(..)]` on the line: the class the set gives the statuses it names.
    pub retry: Option<Retry>,
}

/// What a source's macro appended: which source it answers, then the source's entries.
pub struct Answer {
    /// The source as the set named it when it asked.
    pub asked: SourcePath,
    /// Unique among the sets of a build: two answers with one id are one set.
    pub id: LitStr,
    /// The source's enum is `#[non_exhaustive]`: another crate's `match` on it needs `_`.
    pub non_exhaustive: bool,
    /// The standard set's entries, when the source's `extends` chain starts from it (all of
    /// them).
    pub standard: Vec<Entry>,
    /// The source's other entries.
    pub other: Vec<Entry>,
}

pub struct Entry {
    pub attrs: EntryAttrs,
    /// The source's docs for the entry could not be handed over (they were written with
    /// macros, which mean something else where the set is): its variant links to the source's.
    pub docs_at_source: bool,
    /// The id of the set whose invocation wrote the entry, for an entry a source handed over;
    /// `None` for the set's own. A status is its code, name and origin: the standard set's
    /// `401` is one status wherever it is inherited or picked.
    pub origin: Option<String>,
    pub code: LitInt,
    pub name: Ident,
    pub phrase: LitStr,
    pub description: LitStr,
}

/// The id the standard set answers with.
pub const STANDARD_ID: &str = "standard";

impl Input {
    /// The path to the facade crate that generated code names.
    pub fn krate(&self) -> TokenStream {
        if let Some(path) = &self.krate {
            return path.clone();
        }
        let facade = Ident::new("status", Span::call_site());
        quote!(::#facade)
    }

    /// Each set the invocation names, once, in the order it names them: the `extends` one
    /// first. A set named by many `use` lines is asked once.
    pub fn sources(&self) -> Vec<&SourcePath> {
        let mut sources: Vec<&SourcePath> = Vec::new();
        let named = self
            .extends
            .iter()
            .chain(self.picks.iter().map(|p| &p.source));
        for source in named {
            if !sources.iter().any(|seen| seen.key() == source.key()) {
                sources.push(source);
            }
        }
        sources
    }

    /// The first source that has not answered yet.
    pub fn next_to_ask(&self) -> Option<&SourcePath> {
        self.sources().into_iter().find(|source| {
            !self
                .answers
                .iter()
                .any(|answer| answer.asked.key() == source.key())
        })
    }

    /// Whether the enum may be `#[non_exhaustive]`: said alone or under a `cfg_attr`, whose
    /// condition the macro cannot know. Another crate's `match` on such a set needs `_`.
    pub fn may_be_non_exhaustive(&self) -> bool {
        fn names_it(tokens: proc_macro2::TokenStream) -> bool {
            tokens.into_iter().any(|token| match token {
                proc_macro2::TokenTree::Ident(ident) => ident == "non_exhaustive",
                proc_macro2::TokenTree::Group(group) => names_it(group.stream()),
                _ => false,
            })
        }
        self.attrs
            .iter()
            .any(|attr| attr.is("non_exhaustive") || (attr.is("cfg_attr") && names_it(attr.body())))
    }
}

impl Entry {
    /// The canonical name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &Ident> {
        std::iter::once(&self.name).chain(&self.attrs.aliases)
    }
}

impl SourcePath {
    /// The source a path names: `standard` alone is the standard set.
    pub fn from_path(path: TokenStream) -> Self {
        let mut tokens = path.clone().into_iter();
        if let (Some(proc_macro2::TokenTree::Ident(ident)), None) = (tokens.next(), tokens.next())
            && ident == "standard"
        {
            return SourcePath::Standard(kw::standard { span: ident.span() });
        }
        SourcePath::Path(path)
    }

    /// The source as text, the same for every spelling of its tokens: what pairs a source
    /// with its answer and finds the lines that name one source.
    pub fn key(&self) -> String {
        self.to_token_stream().to_string().replace(' ', "")
    }

    /// The macro that answers for the source: the one that an `#[extensible]` set defines
    /// under its own name, the standard set's in the facade included.
    pub fn macro_path(&self, krate: &TokenStream) -> TokenStream {
        self.type_path(krate)
    }

    /// The source's enum, as generated code names it.
    pub fn type_path(&self, krate: &TokenStream) -> TokenStream {
        match self {
            SourcePath::Standard(keyword) => {
                let name = Ident::new("HttpStatus", keyword.span);
                quote!(#krate::#name)
            }
            SourcePath::Path(path) => path.clone(),
        }
    }

    /// How messages name it: `the standard set`, or `` `acme::AcmeStatus` ``.
    pub fn describe(&self) -> String {
        match self {
            SourcePath::Standard(_) => "the standard set".to_owned(),
            SourcePath::Path(path) => format!("`{}`", path.to_string().replace(' ', "")),
        }
    }
}

impl ToTokens for SourcePath {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            SourcePath::Standard(keyword) => keyword.to_tokens(tokens),
            SourcePath::Path(path) => path.to_tokens(tokens),
        }
    }
}

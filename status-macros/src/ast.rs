//! What an invocation of `status_codes!` says, as plain data. `parse.rs` builds it.
//!
//! ```text
//! Input    := OuterAttr* Vis "enum" Ident ";" Header* Entry* Handed*
//! Header   := OuterAttr* Vis "mod" Ident ";"
//!           | "extends" Source ";"
//!           | "use" Source "::" ( Ident | "{" Ident ( "," Ident )* ","? "}" ) ";"
//!           | "crate" "=" Path ";"
//! Source   := "standard" | Path
//! Entry    := OuterAttr* LitInt "=>" Ident "," LitStr "," LitStr ";"
//! Handed   := "@" "source" LitStr "{" Entry* "}" "{" Entry* "}"  // hidden: a source's entries
//!           | "@" "standard_set"                                // hidden: the facade's own set
//! ```
//!
//! `#[extensible]` among the enum's attributes makes the set a source for others.
//!
//! A set that names sources (`extends`, `use`) is expanded in rounds: the macro asks each source
//! in turn by calling the macro the source's own expansion defined under the set's name, which
//! calls `status_codes!` back with the invocation and its entries appended as `@source`. When
//! every source has answered, the set expands.

use crate::attr::EntryAttrs;
use crate::syntax::{Attr, Vis};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Ident, LitInt, LitStr};

pub mod kw {
    syn::custom_keyword!(extends);
    syn::custom_keyword!(standard);
    syn::custom_keyword!(source);
    syn::custom_keyword!(standard_set);
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
    /// What the sources answered, in the order `sources` asks them.
    pub handed: Vec<Handed>,
    /// `@standard_set`: the facade's `HttpStatus`, whose entries the standard source hands over.
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
}

/// What a source's macro appended: its id, then the standard set's entries when the source's
/// `extends` chain starts from it (all of them), then its other entries.
pub struct Handed {
    pub id: LitStr,
    pub standard: Vec<Entry>,
    pub other: Vec<Entry>,
}

pub struct Entry {
    pub attrs: EntryAttrs,
    pub code: LitInt,
    pub name: Ident,
    pub phrase: LitStr,
    pub description: LitStr,
}

/// The id the standard set hands over.
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

    /// The sources to ask, in order: the `extends` one, then each `use` line's.
    pub fn sources(&self) -> impl Iterator<Item = &SourcePath> {
        self.extends
            .iter()
            .chain(self.picks.iter().map(|pick| &pick.source))
    }
}

impl SourcePath {
    /// The macro that answers for the source: the standard set's in the facade, or the one
    /// that an `#[extensible]` set defines under its own name.
    pub fn macro_path(&self, krate: &TokenStream) -> TokenStream {
        match self {
            SourcePath::Standard(keyword) => {
                let name = Ident::new("__standard_set", keyword.span);
                quote!(#krate::#name)
            }
            SourcePath::Path(path) => path.clone(),
        }
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

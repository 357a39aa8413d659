//! What an invocation of `status_codes!` says, as plain data. `parse.rs` builds it.
//!
//! ```text
//! Input    := OuterAttr* Vis "enum" Ident ";" Header* Entry* Standard?
//! Header   := OuterAttr* Vis "mod" Ident ";"
//!           | "extends" "standard" ";"
//!           | "crate" "=" Path ";"
//! Entry    := OuterAttr* LitInt "=>" Ident "," LitStr "," LitStr ";"
//! Standard := "@" "standard" Entry*   // hidden: how the facade hands over the standard set
//! ```

use crate::attr::EntryAttrs;
use crate::syntax::{Attr, Vis};
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, LitInt, LitStr};

pub mod kw {
    syn::custom_keyword!(extends);
    syn::custom_keyword!(standard);
}

pub struct Input {
    pub attrs: Vec<Attr>,
    pub vis: Vis,
    pub ident: Ident,
    pub consts: Option<ConstsMod>,
    pub extends: Option<kw::standard>,
    pub krate: Option<TokenStream>,
    /// The standard entries (when the facade handed them over), then the set's own.
    pub entries: Vec<Entry>,
    /// Whether the facade handed over the standard set after `@standard`.
    pub has_standard: bool,
}

pub struct ConstsMod {
    pub attrs: Vec<Attr>,
    pub vis: Vis,
    pub ident: Ident,
}

pub struct Entry {
    pub origin: Origin,
    pub attrs: EntryAttrs,
    pub code: LitInt,
    pub name: Ident,
    pub phrase: LitStr,
    pub description: LitStr,
}

/// Where an entry was written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// In the facade's standard set, for a set that `extends standard`.
    Standard,
    /// In the invocation.
    Own,
}

impl Input {
    /// The path to the facade crate that generated code names.
    pub fn krate(&self) -> TokenStream {
        if let Some(path) = &self.krate {
            return path.clone();
        }
        let facade = Ident::new("status", Span::call_site());
        quote!(::#facade)
    }

    /// Whether this is the facade's `HttpStatus`: the standard set handed over without
    /// `extends standard`, which only the facade's own invocation does.
    pub fn is_facade_standard_set(&self) -> bool {
        self.has_standard && self.extends.is_none()
    }

    /// The entries written in the invocation.
    pub fn own_entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(|entry| entry.origin == Origin::Own)
    }
}

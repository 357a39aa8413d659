//! The macro through which an `#[extensible]` set hands its entries to the sets built on it.
//!
//! `extends acme::AcmeStatus;` and `use acme::AcmeStatus::{..};` call `acme::AcmeStatus!`: a
//! `macro_rules!` with a hidden name, re-exported next to the enum under the enum's own name
//! (macros have a namespace of their own). It calls `status_codes!` back, through the path to
//! the facade that the caller gives it, with the invocation and the set's entries appended. A
//! `pub` set exports the macro from its crate; any other keeps it inside the crate, visible as
//! far as the set is.

use super::Set;
use crate::ast::Entry;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Ident;

impl Set<'_> {
    pub(super) fn extensible_macro(&self) -> Option<TokenStream> {
        self.input.extensible.as_ref()?;
        let fingerprint = self.fingerprint?;
        let (vis, ident) = (&self.input.vis, &self.input.ident);
        let hash = fnv1a(&fingerprint.to_string());
        let hidden = Ident::new(
            &format!("__status_codes_{}_{hash:016x}", crate::case::text(ident)),
            Span::call_site(),
        );
        // Unique among every set that a build sees: the crate, its version, the set.
        let id = Literal::string(&format!(
            "{}@{}/{hidden}",
            std::env::var("CARGO_PKG_NAME").unwrap_or_default(),
            std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        ));
        let (standard, other): (Vec<_>, Vec<_>) =
            self.rows.iter().partition(|row| row.is_standard());
        let standard = standard.iter().map(|row| entry(row.entry));
        let other = other.iter().map(|row| entry(row.entry));
        let doc = format!(
            "Hands the entries of [`{ident}`] to the `status_codes!` invocations that extend it \
             or pick from it. Not public API."
        );
        let rules = quote! {
            (($($krate:tt)*) $($input:tt)*) => {
                $($krate)*::status_codes! {
                    $($input)*
                    @source #id { #(#standard)* } { #(#other)* }
                }
            };
        };
        Some(if vis.is_pub() {
            quote! {
                #[doc = #doc]
                #[doc(hidden)]
                #[macro_export]
                macro_rules! #hidden { #rules }

                #[doc(hidden)]
                #vis use #hidden as #ident;
            }
        } else {
            quote! {
                #[allow(unused_macros)]
                macro_rules! #hidden { #rules }

                #[doc(hidden)]
                #[allow(unused_imports)]
                #vis use #hidden as #ident;
            }
        })
    }
}

/// An entry as the invocation that defined it wrote it, with everything it carries but
/// `#[default]`, which belongs to the set that chose it.
fn entry(entry: &Entry) -> TokenStream {
    let attrs = &entry.attrs;
    let docs = &attrs.docs;
    let aliases = &attrs.aliases;
    let aliases = (!aliases.is_empty()).then(|| quote!(#[alias(#(#aliases),*)]));
    let phrases = &attrs.phrase_aliases;
    let phrases = (!phrases.is_empty()).then(|| quote!(#[phrase_alias(#(#phrases),*)]));
    let spec = attrs.spec.as_ref().map(|spec| quote!(#[spec = #spec]));
    let (cacheable, no_content, deprecated) =
        (&attrs.cacheable, &attrs.no_content, &attrs.deprecated);
    let Entry {
        code,
        name,
        phrase,
        description,
        ..
    } = entry;
    quote! {
        #(#docs)*
        #aliases
        #phrases
        #spec
        #cacheable
        #no_content
        #deprecated
        #code => #name, #phrase, #description;
    }
}

/// FNV-1a: a stable hash for the hidden name, the same on every build of the same invocation.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3)
    })
}

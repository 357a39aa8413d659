//! The items a set defines: the enum and the module of `u16` constants.

use super::Set;
use crate::docs;
use crate::item_attrs::{self, Item};
use crate::model;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Ident;

impl Set<'_> {
    pub(super) fn enum_item(&self) -> TokenStream {
        let vis = &self.input.vis;
        let ident = &self.input.ident;
        let has_default = self
            .rows
            .iter()
            .any(|row| row.entry.attrs.default.is_some());
        let attrs = item_attrs::screen(&self.input.attrs, Item::Enum, has_default).kept;
        let has_docs = attrs.iter().any(|attr| attr.is("doc"));
        let summary = (!has_docs)
            .then(|| docs::default_summary(self.rows))
            .into_iter();
        let table = docs::table(self.rows);
        let repr = (!self.rows.is_empty()).then(|| quote!(#[repr(u16)]));
        let derives = model::DERIVES.iter().map(|(name, module)| {
            let name = Ident::new(name, Span::call_site());
            let module = Ident::new(module, Span::call_site());
            quote!(::core::#module::#name)
        });
        // One `#[default]` with its derive: a rejected input must not add rustc's errors.
        let default_variant = self
            .input
            .derives_default()
            .then(|| {
                self.rows
                    .iter()
                    .find(|row| row.entry.attrs.default.is_some())
            })
            .flatten()
            .map(|row| row.variant);
        let variants = self.rows.iter().map(|row| {
            let mut docs = docs::variant(row);
            if let Some(source) = self.source_of(row).filter(|_| row.entry.docs_at_source) {
                let path = source.path.type_path(&self.krate);
                docs.extend([String::new(), docs::see_source(&path, row.variant)]);
            }
            let user_docs = &row.entry.attrs.docs;
            let separator = (!user_docs.is_empty()).then(|| quote!(#[doc = ""]));
            let deprecated = &row.entry.attrs.deprecated;
            let variant = row.variant;
            let default = row
                .entry
                .attrs
                .default
                .as_ref()
                .filter(|_| Some(variant) == default_variant);
            let code = Literal::u16_unsuffixed(row.code);
            quote! {
                #(#[doc = #docs])*
                #separator
                #(#user_docs)*
                #deprecated
                #default
                #variant = #code
            }
        });
        quote! {
            #(#attrs)*
            #(#[doc = #summary])*
            #(#[doc = #table])*
            #[derive(#(#derives),*)]
            #repr
            // Variants are named by the statuses, whatever the set's name.
            #[allow(clippy::enum_variant_names)]
            #vis enum #ident {
                #(#variants,)*
            }
        }
    }

    pub(super) fn consts_module(&self) -> Option<TokenStream> {
        // Named like the enum, it is an error already reported.
        let consts = self
            .input
            .consts
            .as_ref()
            .filter(|consts| consts.ident != self.input.ident)?;
        let (vis, ident) = (&consts.vis, &consts.ident);
        let attrs = item_attrs::screen(&consts.attrs, Item::Mod, false).kept;
        let has_docs = attrs.iter().any(|attr| attr.is("doc"));
        let summary = (!has_docs)
            .then(|| docs::consts_module(&self.input.ident))
            .into_iter();
        let items = self.rows.iter().flat_map(|row| {
            let code = Literal::u16_unsuffixed(row.code);
            let deprecated = &row.entry.attrs.deprecated;
            row.idents().enumerate().map(move |(index, name)| {
                let doc = if index == 0 {
                    docs::constant(row)
                } else {
                    docs::alias_constant(row)
                };
                quote! {
                    #[doc = #doc]
                    #deprecated
                    pub const #name: ::core::primitive::u16 = #code;
                }
            })
        });
        Some(quote! {
            #(#attrs)*
            #(#[doc = #summary])*
            #[allow(dead_code)]
            #vis mod #ident {
                #(#items)*
            }
        })
    }
}

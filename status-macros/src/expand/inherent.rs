//! The inherent impl: `ALL`, the alias constants and the class predicates, around the
//! accessors (`accessors.rs`), the tables they read (`tables.rs`) and the lookups
//! (`lookups.rs`).

use super::Set;
use crate::docs;
use crate::model::Row;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Ident;

impl<'a> Set<'a> {
    pub(super) fn inherent_impl(&self) -> TokenStream {
        let ident = &self.input.ident;
        let count = Literal::usize_unsuffixed(self.rows.len());
        let variants = self.variants();
        let allow_deprecated = self.allow_deprecated();
        let alias_consts = self.rows.iter().flat_map(|row| {
            let variant = row.variant;
            let deprecated = &row.entry.attrs.deprecated;
            row.aliases.iter().map(move |(alias, alias_variant)| {
                let doc = docs::alias(row, alias);
                quote! {
                    #[doc = #doc]
                    #deprecated
                    #[allow(non_upper_case_globals)]
                    pub const #alias_variant: Self = Self::#variant;
                }
            })
        });
        let tables = self.tables();
        let accessors = self.accessors();
        let lookups = self.lookups();
        let classes = self.class_predicates();
        quote! {
            // A binary that uses a few of these items must not be warned about the rest. rustc
            // does not report dead code inside another crate's macro today; this keeps it so.
            #allow_deprecated
            #[allow(dead_code)]
            impl #ident {
                /// Every status of this set, in ascending code order.
                pub const ALL: [Self; #count] = [#(Self::#variants),*];

                #(#alias_consts)*
                #tables
                #accessors
                #lookups
                #classes
            }
        }
    }

    pub(super) fn variants(&self) -> impl Iterator<Item = &'a Ident> + '_ {
        self.rows.iter().map(|row| row.variant)
    }

    fn class_predicates(&self) -> TokenStream {
        let krate = &self.krate;
        let predicates = [
            ("is_informational", "Informational", "informational (`1xx`)"),
            ("is_success", "Success", "a success (`2xx`)"),
            ("is_redirection", "Redirection", "a redirection (`3xx`)"),
            ("is_client_error", "ClientError", "a client error (`4xx`)"),
            ("is_server_error", "ServerError", "a server error (`5xx`)"),
        ]
        .map(|(method, class, what)| {
            let method = Ident::new(method, Span::call_site());
            let class = Ident::new(class, Span::call_site());
            let doc = format!("Whether the status is {what}.");
            quote! {
                #[doc = #doc]
                #[must_use]
                #[inline]
                pub const fn #method(self) -> ::core::primitive::bool {
                    ::core::matches!(self.class(), #krate::StatusClass::#class)
                }
            }
        });
        let rows_with = |flag: fn(&Row) -> bool| -> Vec<&Row> {
            self.rows.iter().filter(|row| flag(row)).collect()
        };
        let no_content = rows_with(|row| row.entry.attrs.no_content.is_some());
        let no_content_variants = no_content.iter().map(|row| row.variant);
        let allows_content = if no_content.is_empty() {
            quote!(!self.is_informational())
        } else {
            quote!(
                !self.is_informational()
                    && !::core::matches!(self, #(Self::#no_content_variants)|*)
            )
        };
        let cacheable = rows_with(|row| row.entry.attrs.cacheable.is_some());
        let cacheable_variants = cacheable.iter().map(|row| row.variant);
        let is_cacheable = if cacheable.is_empty() {
            quote!(false)
        } else {
            quote!(::core::matches!(self, #(Self::#cacheable_variants)|*))
        };
        let allows_content_doc = docs::allows_content(&no_content);
        let cacheable_doc = docs::cacheable(&cacheable);
        quote! {
            #(#[doc = #allows_content_doc])*
            #[must_use]
            #[inline]
            pub const fn allows_content(self) -> ::core::primitive::bool {
                #allows_content
            }

            #(#[doc = #cacheable_doc])*
            #[must_use]
            #[inline]
            pub const fn is_cacheable_by_default(self) -> ::core::primitive::bool {
                #is_cacheable
            }

            /// The class of the status, from the first digit of its code.
            #[must_use]
            #[inline]
            pub const fn class(self) -> #krate::StatusClass {
                #krate::__private::class_of(self as ::core::primitive::u16)
            }

            #(#predicates)*

            /// Whether the status is an error, a client (`4xx`) or server (`5xx`) one.
            #[must_use]
            #[inline]
            pub const fn is_error(self) -> ::core::primitive::bool {
                self.is_client_error() || self.is_server_error()
            }
        }
    }
}

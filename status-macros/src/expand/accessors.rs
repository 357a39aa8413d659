//! The accessors: `code`, `code_str`, `name`, `aliases`, `phrase`, `phrase_aliases`,
//! `description` and `spec`, and `retry_class` and `retry_spec`.

use super::Set;
use crate::model::Row;
use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

impl Set<'_> {
    pub(super) fn accessors(&self) -> TokenStream {
        let krate = &self.krate;
        let variants: Vec<&Ident> = self.variants().collect();
        let names = self.rows.iter().map(|row| row.name);
        let descriptions = self.rows.iter().map(|row| row.entry.description.value());
        let specs = self.rows.iter().map(|row| {
            row.entry.attrs.spec.as_ref().map_or_else(
                || quote!(::core::option::Option::None),
                |spec| quote!(::core::option::Option::Some(#spec)),
            )
        });
        let aliases = self.rows.iter().map(|row| {
            let aliases = row.names().skip(1);
            quote!(&[#(#aliases),*])
        });
        let phrase_aliases = self.rows.iter().map(|row| {
            let aliases = row.phrase_aliases();
            quote!(&[#(#aliases),*])
        });
        let retry = self.retry_accessors();
        quote! {
            /// The numeric code, such as `404`.
            #[must_use]
            #[inline]
            pub const fn code(self) -> ::core::primitive::u16 {
                self as ::core::primitive::u16
            }

            /// The code as text, such as `"404"`, without allocating.
            #[must_use]
            #[inline]
            pub const fn code_str(self) -> &'static ::core::primitive::str {
                #krate::__private::code_str(self as ::core::primitive::u16)
            }

            /// The canonical name, such as `"NOT_FOUND"`; aliases are never returned.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                match self {
                    #(Self::#variants => #names,)*
                }
            }

            /// The other names of the status, such as `["REQUEST_ENTITY_TOO_LARGE"]` for
            /// `CONTENT_TOO_LARGE`; usually none.
            #[must_use]
            #[inline]
            pub const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                match self {
                    #(Self::#variants => #aliases,)*
                }
            }

            /// The reason phrase, such as `"Not Found"`.
            #[must_use]
            #[inline]
            pub const fn phrase(self) -> &'static ::core::primitive::str {
                // `404 Not Found` after `404 `: one text for both.
                self.__status_line(4)
            }

            /// Other reason phrases that servers send for the code, such as
            /// `["Payload Too Large", "Request Entity Too Large"]` for `413 Content Too Large`;
            /// `from_phrase` and `FromStr` accept them, `phrase` and `Display` never return them.
            #[must_use]
            #[inline]
            pub const fn phrase_aliases(self) -> &'static [&'static ::core::primitive::str] {
                match self {
                    #(Self::#variants => #phrase_aliases,)*
                }
            }

            /// A one-sentence description of what the status means.
            #[must_use]
            #[inline]
            pub const fn description(self) -> &'static ::core::primitive::str {
                match self {
                    #(Self::#variants => #descriptions,)*
                }
            }

            /// The specification that defines the status, such as `"RFC 9110, Section 15.5.5"`.
            #[must_use]
            #[inline]
            pub const fn spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match self {
                    #(Self::#variants => #specs,)*
                }
            }

            #retry
        }
    }

    /// `retry_class` and `retry_spec`, each a `match` with one arm per value, listing the
    /// statuses that have it.
    fn retry_accessors(&self) -> TokenStream {
        let krate = &self.krate;
        let classes =
            grouped(self.rows, |row| row.retry.class)
                .into_iter()
                .map(|(class, variants)| {
                    let class = class.path(krate);
                    quote!(#(Self::#variants)|* => #class,)
                });
        let specs = grouped(self.rows, |row| row.retry.spec.clone())
            .into_iter()
            .map(|(spec, variants)| {
                let spec = spec.map_or_else(
                    || quote!(::core::option::Option::None),
                    |spec| quote!(::core::option::Option::Some(#spec)),
                );
                quote!(#(Self::#variants)|* => #spec,)
            });
        quote! {
            /// When a client may send the request again after this status, which
            /// `status::retry::decide` reads with the request and the response.
            #[must_use]
            #[inline]
            pub const fn retry_class(self) -> #krate::RetryClass {
                match self {
                    #(#classes)*
                }
            }

            /// The clause that `retry_class` comes from, such as `"RFC 9110, Section 15.6.4"`:
            /// the one its `#[retry(..)]` names, or the section of RFC 9110 that gives the
            /// class of a status without one.
            #[must_use]
            #[inline]
            pub const fn retry_spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match self {
                    #(#specs)*
                }
            }
        }
    }
}

/// The rows' variants by a value of each, in the order each value first appears.
fn grouped<'r, K: PartialEq>(
    rows: &'r [Row<'r>],
    key: impl Fn(&Row) -> K,
) -> Vec<(K, Vec<&'r syn::Ident>)> {
    let mut groups: Vec<(K, Vec<&syn::Ident>)> = Vec::new();
    for row in rows {
        let value = key(row);
        match groups.iter_mut().find(|(seen, _)| *seen == value) {
            Some((_, variants)) => variants.push(row.variant),
            None => groups.push((value, vec![row.variant])),
        }
    }
    groups
}

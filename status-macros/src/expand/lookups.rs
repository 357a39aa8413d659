//! The lookups: `from_code`, `from_name`, `from_phrase` and `from_code_or_class`.

use super::Set;
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use syn::Ident;

impl Set<'_> {
    pub(super) fn lookups(&self) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        // Indexed by the code itself, so slot 0, which no code has, is the empty one.
        let table_len = self.rows.last().map_or(1, |row| usize::from(row.code) + 1);
        let table_len = Literal::usize_unsuffixed(table_len);
        let code_rows = self.code_rows();
        let from_name = self.name_lookup();
        let from_phrase = self.phrase_lookup();
        quote! {
            /// The status with this code, or `None` if the set has none.
            #[must_use]
            #[inline]
            pub const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                const BY_CODE: [::core::option::Option<#ident>; #table_len] =
                    #krate::__private::by_code(#code_rows);
                BY_CODE[#krate::__private::code_slot(code, #table_len)]
            }

            /// The status with this canonical name or alias, such as `"NOT_FOUND"`; the match
            /// is exact.
            #[must_use]
            #[inline]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_name
            }

            /// The status with this reason phrase or phrase alias, matched exactly but for
            /// ASCII case: `"not found"` is `404 Not Found`. Split a status line such as
            /// `HTTP/1.1 404 Not Found` first and pass the phrase alone.
            #[must_use]
            #[inline]
            pub fn from_phrase(phrase: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_phrase
            }

            /// The status with this code or, for an unrecognized code in `100..=599`, the `x00`
            /// status of its class, as RFC 9110, Section 15 tells a client to treat it: `None`
            /// outside that range, or when the set has no such `x00` status.
            #[must_use]
            #[inline]
            pub const fn from_code_or_class(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(status) => ::core::option::Option::Some(status),
                    ::core::option::Option::None => Self::from_code(#krate::__private::class_code(code)),
                }
            }
        }
    }

    /// A perfect-hash lookup over every name and alias.
    fn name_lookup(&self) -> TokenStream {
        let keys: Vec<(String, &Ident)> = self
            .rows
            .iter()
            .flat_map(|row| row.names().map(|name| (name.to_owned(), row.variant)))
            .collect();
        match self.perfect_hash("BY_NAME", &keys) {
            Ok(table) => quote! {
                #table
                BY_NAME.get(name.as_bytes())
            },
            Err(error) => error,
        }
    }

    /// A perfect-hash lookup over every phrase and phrase alias, lowercased, each of which
    /// validation keeps to one status; a rejected set's repeats are left out.
    fn phrase_lookup(&self) -> TokenStream {
        let mut phrases = std::collections::HashSet::new();
        let canonical = self.rows.iter().map(|row| (row.phrase(), row.variant));
        let aliases = self.rows.iter().flat_map(|row| {
            row.phrase_aliases()
                .into_iter()
                .map(move |alias| (alias, row.variant))
        });
        let keys: Vec<(String, &Ident)> = canonical
            .chain(aliases)
            .map(|(phrase, variant)| (phrase.to_ascii_lowercase(), variant))
            .filter(|(phrase, _)| phrases.insert(phrase.clone()))
            .collect();
        let longest = keys.iter().map(|(phrase, _)| phrase.len()).max();
        let longest = Literal::usize_unsuffixed(longest.unwrap_or(0));
        match self.perfect_hash("BY_PHRASE", &keys) {
            Ok(table) => quote! {
                #table
                BY_PHRASE.get_ignore_case::<#longest>(phrase)
            },
            Err(error) => error,
        }
    }

    /// Every code with its status, `[(100, HttpStatus::Continue), ...]`, from which
    /// `from_code`'s table is built (`FromStr` reads it too, through `from_code`). Not `Self`:
    /// a `const` in a function can't name it.
    fn code_rows(&self) -> TokenStream {
        let ident = &self.input.ident;
        let rows = self.rows.iter().map(|row| {
            let code = Literal::u16_unsuffixed(row.code);
            let variant = row.variant;
            quote!((#code, #ident::#variant))
        });
        quote!([#(#rows),*])
    }
}

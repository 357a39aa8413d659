//! The inherent impl: `ALL`, the alias constants, the accessors, the lookups with their
//! tables, and the class predicates.

use super::Set;
use crate::docs;
use crate::model::Row;
use crate::phf;
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
                #accessors
                #lookups
                #classes
            }
        }
    }

    fn variants(&self) -> impl Iterator<Item = &'a Ident> + '_ {
        self.rows.iter().map(|row| row.variant)
    }

    /// `__POSITIONS`: each status's position in `ALL`, by its code less the lowest one, in
    /// the narrowest integer that holds them (one byte for up to 256 statuses). `phrase` and
    /// `Display` look up their text by it.
    fn positions(&self) -> TokenStream {
        let krate = &self.krate;
        let min = Literal::u16_unsuffixed(self.min_code());
        let slots = self.slots();
        let width = narrowest(self.rows.len() - 1);
        let rows = self.rows.iter().enumerate().map(|(position, row)| {
            let code = Literal::u16_unsuffixed(row.code);
            let position = Literal::usize_unsuffixed(position);
            quote!((#code, #position))
        });
        quote! {
            /// Each status's position in `ALL`, by its code less the lowest code.
            const __POSITIONS: [#width; #slots] =
                #krate::__private::by_slot(#min, 0, [#(#rows),*]);
        }
    }

    /// `__status_line`, the code and phrase (`404 Not Found`) that `Display` writes and
    /// `phrase` reads after the code: every status line in one string, and where each starts,
    /// by position. Offsets, not a table of `&str`: a position-independent binary relocates
    /// no pointer per status.
    fn status_line(&self) -> TokenStream {
        let krate = &self.krate;
        let offset = self.slot_offset();
        let lines: Vec<String> = self.rows.iter().map(Row::display).collect();
        let (text, starts) = concatenated(lines.iter().map(String::as_str));
        // The end of the last line, repeated up to a power of two of entries: see `nth`.
        let count = (lines.len() + 1).next_power_of_two();
        let padding = std::iter::repeat_n(text.len(), count - lines.len());
        let starts = starts.into_iter().chain(padding).map(u32_literal);
        quote! {
            /// Every status line, one after the other.
            const __LINES: &'static ::core::primitive::str = #text;
            /// Where each status line starts in `__LINES`, by position, then where the last ends.
            const __LINE_STARTS: [::core::primitive::u32; #count] = [#(#starts),*];

            /// The code and phrase, `404 Not Found`, less its first `skip` bytes.
            #[inline]
            const fn __status_line(self, skip: ::core::primitive::usize) -> &'static ::core::primitive::str {
                let position = Self::__POSITIONS[self as ::core::primitive::usize - #offset];
                #krate::__private::nth(
                    Self::__LINES,
                    &Self::__LINE_STARTS,
                    position as ::core::primitive::usize,
                    skip,
                )
            }
        }
    }

    /// `__is_phrase`: whether a status line's phrase is the status's phrase or a phrase alias,
    /// ignoring ASCII case, for `FromStr`. The phrase aliases are one string too, each with its
    /// code.
    fn phrase_test(&self) -> TokenStream {
        let krate = &self.krate;
        let aliases: Vec<(u16, String)> = self
            .rows
            .iter()
            .flat_map(|row| {
                row.phrase_aliases()
                    .into_iter()
                    .map(|alias| (row.code, alias))
            })
            .collect();
        let test_aliases = (!aliases.is_empty()).then(|| {
            let codes = aliases
                .iter()
                .map(|(code, _)| Literal::u16_unsuffixed(*code));
            let (text, starts) = concatenated(aliases.iter().map(|(_, alias)| alias.as_str()));
            let ends = starts
                .into_iter()
                .skip(1)
                .chain([text.len()])
                .map(u32_literal);
            let count = aliases.len();
            quote! {
                || {
                    const ALIASES: &::core::primitive::str = #text;
                    const ENDS: [(::core::primitive::u16, ::core::primitive::u32); #count] =
                        [#((#codes, #ends)),*];
                    #krate::__private::is_phrase_alias(self.code(), phrase, ALIASES, &ENDS)
                }
            }
        });
        quote! {
            /// Whether `phrase` is the status's phrase or a phrase alias, ignoring ASCII case.
            #[inline]
            fn __is_phrase(self, phrase: &::core::primitive::str) -> ::core::primitive::bool {
                self.phrase().eq_ignore_ascii_case(phrase) #test_aliases
            }
        }
    }

    fn accessors(&self) -> TokenStream {
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
        let positions = self.positions();
        let status_line = self.status_line();
        let phrase_test = self.phrase_test();
        quote! {
            #positions
            #status_line
            #phrase_test

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
        }
    }

    fn lookups(&self) -> TokenStream {
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

    /// The constant `name`: a perfect-hash table over `keys`, each with its variant.
    fn perfect_hash(
        &self,
        name: &str,
        keys: &[(String, &Ident)],
    ) -> Result<TokenStream, TokenStream> {
        let krate = &self.krate;
        let ident = &self.input.ident;
        let name = Ident::new(name, Span::call_site());
        let bytes: Vec<&[u8]> = keys.iter().map(|(key, _)| key.as_bytes()).collect();
        let Some(table) = phf::build(&bytes) else {
            return Err(quote!(::core::compile_error!(
                "status_codes!: no perfect hash separates these keys; please report this set"
            )));
        };
        let seed = Literal::u64_suffixed(table.seed);
        let full = table.full;
        let displacements = table
            .displacements
            .iter()
            .map(|d| Literal::u16_unsuffixed(*d));
        // Each slot holds its key's index; an empty one, that of an empty key past the last.
        let empty = keys.len();
        let slots = table
            .slots
            .iter()
            .map(|key| Literal::usize_unsuffixed(key.unwrap_or(empty)));
        let index = narrowest(empty);
        let (text, mut starts) = concatenated(keys.iter().map(|(key, _)| key.as_str()));
        // The last key ends, and the empty key starts and ends, at the end of the text.
        starts.extend([text.len(), text.len()]);
        let offset = narrowest(text.len());
        let starts = starts.into_iter().map(Literal::usize_unsuffixed);
        let values = keys
            .iter()
            .map(|(_, variant)| quote!(::core::option::Option::Some(#ident::#variant)));
        Ok(quote! {
            const #name: #krate::__private::PerfectHash<#ident, #index, #offset> =
                #krate::__private::PerfectHash {
                    full: #full,
                    seed: #seed,
                    displacements: &[#(#displacements),*],
                    slots: &[#(#slots),*],
                    keys: #text,
                    starts: &[#(#starts),*],
                    values: &[#(#values,)* ::core::option::Option::None],
                };
        })
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

/// Texts one after the other in one string, and where each starts.
fn concatenated<'t>(texts: impl Iterator<Item = &'t str>) -> (String, Vec<usize>) {
    let mut text = String::new();
    let starts = texts
        .map(|value| {
            let start = text.len();
            text.push_str(value);
            start
        })
        .collect();
    (text, starts)
}

/// An offset into a string as a `u32` literal; `str`s that the macro emits are far shorter.
fn u32_literal(offset: usize) -> Literal {
    Literal::u32_unsuffixed(u32::try_from(offset).unwrap_or(u32::MAX))
}

/// The narrowest unsigned integer type that holds `max`.
fn narrowest(max: usize) -> TokenStream {
    if u8::try_from(max).is_ok() {
        quote!(::core::primitive::u8)
    } else if u16::try_from(max).is_ok() {
        quote!(::core::primitive::u16)
    } else {
        quote!(::core::primitive::u32)
    }
}

//! Turns a validated set into tokens. The rows drive every table, so they cannot disagree.

use crate::ast::Input;
use crate::attr::{self, Attr};
use crate::case;
use crate::docs;
use crate::fallback;
use crate::model::{self, Row};
use crate::phf;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Ident;

/// The whole macro on `proc_macro2` tokens: parse, validate, expand. Never panics; invalid input
/// becomes `compile_error!`s next to a best-effort expansion.
pub fn status_codes(tokens: &TokenStream) -> TokenStream {
    let input = match syn::parse2::<Input>(tokens.clone()) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    if input.extends.is_some() && input.standard.is_none() {
        // The standard list lives in the facade; it calls back with the list appended.
        let krate = input.krate();
        return quote!(#krate::__standard_set! { #tokens });
    }
    match input.validate() {
        Ok(()) => expand(&input, &model::rows(&input)),
        Err(errors) => {
            let mut tokens = errors.to_compile_error();
            tokens.extend(expand(&input, &fallback::rows(&input)));
            tokens
        }
    }
}

fn expand(input: &Input, rows: &[Row]) -> TokenStream {
    let set = Set {
        input,
        rows,
        krate: input.krate(),
    };
    let enum_item = set.enum_item();
    if rows.is_empty() {
        return enum_item;
    }
    let inherent = set.inherent_impl();
    let traits = set.trait_impls();
    let status = set.status_impl();
    let conversions = set.conversions();
    let consts = set.consts_module();
    quote! {
        #enum_item
        #inherent
        #traits
        #status
        #conversions
        #consts
    }
}

struct Set<'a> {
    input: &'a Input,
    rows: &'a [Row<'a>],
    krate: TokenStream,
}

impl<'a> Set<'a> {
    fn enum_item(&self) -> TokenStream {
        let Input { vis, ident, .. } = self.input;
        let has_default = self
            .rows
            .iter()
            .any(|row| row.entry.attrs.default.is_some());
        let attrs = passed_through(&self.input.attrs, has_default);
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
            .map(|row| &row.variant);
        let variants = self.rows.iter().map(|row| {
            let docs = docs::variant(row);
            let user_docs = &row.entry.attrs.docs;
            let separator = (!user_docs.is_empty()).then(|| quote!(#[doc = ""]));
            let deprecated = &row.entry.attrs.deprecated;
            let variant = &row.variant;
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

    /// `#[allow(deprecated)]` for items that name every variant, when some are deprecated.
    fn allow_deprecated(&self) -> Option<TokenStream> {
        self.rows
            .iter()
            .any(|row| row.entry.attrs.deprecated.is_some())
            .then(|| quote!(#[allow(deprecated)]))
    }

    fn min_code(&self) -> u16 {
        self.rows.first().map_or(0, |row| row.code)
    }

    /// Length of the tables indexed by `code - min_code`.
    fn slots(&self) -> usize {
        self.rows
            .last()
            .map_or(0, |row| usize::from(row.code - self.min_code()) + 1)
    }

    /// What a variant's discriminant minus this is its slot in those tables.
    fn slot_offset(&self) -> Literal {
        Literal::usize_unsuffixed(usize::from(self.min_code()))
    }

    /// A constant table of strings, indexed by `code - min_code`.
    fn string_table(&self, name: &str, value: impl Fn(&Row<'a>) -> String) -> TokenStream {
        let name = Ident::new(name, Span::call_site());
        let krate = &self.krate;
        let min = Literal::u16_unsuffixed(self.min_code());
        let slots = self.slots();
        let codes = self
            .rows
            .iter()
            .map(|row| Literal::u16_unsuffixed(row.code));
        let values = self.rows.iter().map(value);
        quote! {
            const #name: [&::core::primitive::str; #slots] =
                #krate::__private::by_slot(#min, "", [#((#codes, #values)),*]);
        }
    }

    fn variants(&self) -> impl Iterator<Item = &Ident> {
        self.rows.iter().map(|row| &row.variant)
    }

    fn inherent_impl(&self) -> TokenStream {
        let ident = &self.input.ident;
        let count = Literal::usize_unsuffixed(self.rows.len());
        let variants = self.variants();
        let allow_deprecated = self.allow_deprecated();
        let alias_consts = self.rows.iter().flat_map(|row| {
            let variant = &row.variant;
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

    fn accessors(&self) -> TokenStream {
        let variants: Vec<&Ident> = self.variants().collect();
        let names = self.rows.iter().map(|row| case::text(&row.entry.name));
        let descriptions = self.rows.iter().map(|row| row.entry.description.value());
        let specs = self.rows.iter().map(|row| {
            row.entry.attrs.spec.as_ref().map_or_else(
                || quote!(::core::option::Option::None),
                |spec| quote!(::core::option::Option::Some(#spec)),
            )
        });
        let aliases = self.rows.iter().map(|row| {
            let aliases = row.aliases.iter().map(|(alias, _)| case::text(alias));
            quote!(&[#(#aliases),*])
        });
        let phrases = self.string_table("PHRASES", Row::phrase);
        let offset = self.slot_offset();
        quote! {
            /// The numeric code, such as `404`.
            #[must_use]
            #[inline]
            pub const fn code(self) -> ::core::primitive::u16 {
                self as ::core::primitive::u16
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
                #phrases
                PHRASES[self as ::core::primitive::usize - #offset]
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

    /// Every code with its status, `[(100, HttpStatus::Continue), ...]`, from which the tables
    /// of `from_code` and `FromStr` are built. Not `Self`: a `const` in a function can't name it.
    fn code_rows(&self) -> TokenStream {
        let ident = &self.input.ident;
        let rows = self.rows.iter().map(|row| {
            let code = Literal::u16_unsuffixed(row.code);
            let variant = &row.variant;
            quote!((#code, #ident::#variant))
        });
        quote!([#(#rows),*])
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

            /// The status with this reason phrase, matched exactly but for ASCII case:
            /// `"not found"` is `404 Not Found`. Split a status line such as
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
            .flat_map(|row| {
                row.names()
                    .map(move |name| (case::text(name), &row.variant))
            })
            .collect();
        let krate = &self.krate;
        match self.perfect_hash(&keys) {
            Ok((tables, seed, params)) => quote! {
                #tables
                #krate::__private::perfect_hash::<_, #params>(name.as_bytes(), #seed, &DISPLACEMENTS, &SLOTS)
            },
            Err(error) => error,
        }
    }

    /// A perfect-hash lookup over every phrase, lowercased; the lowest code wins a shared one.
    fn phrase_lookup(&self) -> TokenStream {
        let mut phrases = std::collections::HashSet::new();
        let keys: Vec<(String, &Ident)> = self
            .rows
            .iter()
            .map(|row| (row.phrase().to_ascii_lowercase(), &row.variant))
            .filter(|(phrase, _)| phrases.insert(phrase.clone()))
            .collect();
        let max = Literal::usize_unsuffixed(
            keys.iter()
                .map(|(phrase, _)| phrase.len())
                .max()
                .unwrap_or(0),
        );
        let krate = &self.krate;
        match self.perfect_hash(&keys) {
            Ok((tables, seed, params)) => quote! {
                #tables
                #krate::__private::perfect_hash_ignore_case::<_, #params, #max>(phrase, #seed, &DISPLACEMENTS, &SLOTS)
            },
            Err(error) => error,
        }
    }

    /// The tables `DISPLACEMENTS` and `SLOTS` of a perfect hash over `keys`, its seed, and the
    /// generic parameters of the facade's lookup that searches them.
    fn perfect_hash(
        &self,
        keys: &[(String, &Ident)],
    ) -> Result<(TokenStream, Literal, TokenStream), TokenStream> {
        let krate = &self.krate;
        let ident = &self.input.ident;
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
        let buckets = Literal::usize_unsuffixed(table.displacements.len());
        let slots = Literal::usize_unsuffixed(table.slots.len());
        let filled = table.slots.iter().enumerate().filter_map(|(slot, key)| {
            let (key, variant) = &keys[(*key)?];
            let slot = Literal::usize_unsuffixed(slot);
            Some(quote!((#slot, (#key, ::core::option::Option::Some(#ident::#variant)))))
        });
        let tables = quote! {
            const DISPLACEMENTS: [::core::primitive::u16; #buckets] = [#(#displacements),*];
            const SLOTS: [(&::core::primitive::str, ::core::option::Option<#ident>); #slots] =
                #krate::__private::by_slot(0, ("", ::core::option::Option::None), [#(#filled),*]);
        };
        Ok((tables, seed, quote!(#full, #buckets, #slots)))
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
        let variants_with = |flag: fn(&Row) -> bool| -> Vec<&Ident> {
            self.rows
                .iter()
                .filter(|row| flag(row))
                .map(|row| &row.variant)
                .collect()
        };
        let no_content = variants_with(|row| row.entry.attrs.no_content.is_some());
        let allows_content = if no_content.is_empty() {
            quote!(!self.is_informational())
        } else {
            quote!(!self.is_informational() && !::core::matches!(self, #(Self::#no_content)|*))
        };
        let cacheable = variants_with(|row| row.entry.attrs.cacheable.is_some());
        let is_cacheable = if cacheable.is_empty() {
            quote!(false)
        } else {
            quote!(::core::matches!(self, #(Self::#cacheable)|*))
        };
        quote! {
            /// Whether a response with this status may carry content: never for `1xx`, nor
            /// for the statuses marked `#[no_content]` (`204`, `205` and `304` in the standard
            /// set; RFC 9110, Sections 15.3.5, 15.3.6 and 15.4.5).
            #[must_use]
            #[inline]
            pub const fn allows_content(self) -> ::core::primitive::bool {
                #allows_content
            }

            /// Whether a response with this status is cacheable by default, that is, without
            /// explicit freshness information: the statuses marked `#[cacheable]` (RFC 9110,
            /// Section 15.1; RFC 7725 for `451`).
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
        }
    }

    fn trait_impls(&self) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        let offset = self.slot_offset();
        let displays = self.string_table("DISPLAYS", Row::display);
        let code_rows = self.code_rows();
        let allow_deprecated = self.allow_deprecated();
        quote! {
            /// Writes the status line's code and phrase, such as `404 Not Found`.
            #allow_deprecated
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #displays
                    #krate::__private::display(f, DISPLAYS[*self as ::core::primitive::usize - #offset])
                }
            }

            /// Parses a three-digit code (`"404"`), a canonical name or alias (`"NOT_FOUND"`), or
            /// what `Display` writes (`"404 Not Found"`).
            #allow_deprecated
            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #krate::ParseStatusError;

                // Not `Self::Err`, which a variant named `Err` would shadow.
                #[inline]
                fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseStatusError> {
                    const BY_DIGITS: [::core::result::Result<#ident, #krate::ParseStatusError>; 1000] =
                        #krate::__private::by_digits(#code_rows);
                    #krate::__private::parse(text, &BY_DIGITS)
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
                type Error = #krate::UnknownStatusCode;

                #[inline]
                fn try_from(code: ::core::primitive::u16) -> ::core::result::Result<Self, #krate::UnknownStatusCode> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                        ::core::option::Option::None => {
                            ::core::result::Result::Err(#krate::UnknownStatusCode::new(code))
                        }
                    }
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#ident> for ::core::primitive::u16 {
                #[inline]
                fn from(status: #ident) -> Self {
                    status.code()
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq<::core::primitive::u16> for #ident {
                #[inline]
                fn eq(&self, code: &::core::primitive::u16) -> ::core::primitive::bool {
                    self.code() == *code
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq<#ident> for ::core::primitive::u16 {
                #[inline]
                fn eq(&self, status: &#ident) -> ::core::primitive::bool {
                    *self == status.code()
                }
            }
        }
    }

    fn status_impl(&self) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        quote! {
            #[automatically_derived]
            impl #krate::Status for #ident {
                const ALL: &'static [Self] = &Self::ALL;

                #[inline]
                fn code(self) -> ::core::primitive::u16 {
                    Self::code(self)
                }

                #[inline]
                fn name(self) -> &'static ::core::primitive::str {
                    Self::name(self)
                }

                #[inline]
                fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                    Self::aliases(self)
                }

                #[inline]
                fn phrase(self) -> &'static ::core::primitive::str {
                    Self::phrase(self)
                }

                #[inline]
                fn description(self) -> &'static ::core::primitive::str {
                    Self::description(self)
                }

                #[inline]
                fn spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    Self::spec(self)
                }

                #[inline]
                fn class(self) -> #krate::StatusClass {
                    Self::class(self)
                }

                #[inline]
                fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                    Self::from_code(code)
                }

                #[inline]
                fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                    Self::from_name(name)
                }

                #[inline]
                fn from_phrase(phrase: &::core::primitive::str) -> ::core::option::Option<Self> {
                    Self::from_phrase(phrase)
                }

                #[inline]
                fn allows_content(self) -> ::core::primitive::bool {
                    Self::allows_content(self)
                }

                #[inline]
                fn is_cacheable_by_default(self) -> ::core::primitive::bool {
                    Self::is_cacheable_by_default(self)
                }

                #[inline]
                fn from_code_or_class(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                    Self::from_code_or_class(code)
                }
            }

            // The facade's features decide whether these exist, not the invoking crate's.
            #krate::__with_serde! {
                #[automatically_derived]
                impl #krate::__private::serde::Serialize for #ident {
                    #[inline]
                    fn serialize<S: #krate::__private::serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> ::core::result::Result<S::Ok, S::Error> {
                        #krate::__private::serde::serialize(*self, serializer)
                    }
                }

                #[automatically_derived]
                impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
                    #[inline]
                    fn deserialize<D: #krate::__private::serde::Deserializer<'de>>(
                        deserializer: D,
                    ) -> ::core::result::Result<Self, D::Error> {
                        #krate::__private::serde::deserialize(deserializer)
                    }
                }
            }

            #krate::__with_http! {
                #[automatically_derived]
                impl ::core::convert::From<#ident> for #krate::__private::http::StatusCode {
                    #[inline]
                    fn from(status: #ident) -> Self {
                        #krate::__private::http::to_http(status.code())
                    }
                }

                #[automatically_derived]
                impl ::core::convert::TryFrom<#krate::__private::http::StatusCode> for #ident {
                    type Error = #krate::UnknownStatusCode;

                    #[inline]
                    fn try_from(
                        status: #krate::__private::http::StatusCode,
                    ) -> ::core::result::Result<Self, #krate::UnknownStatusCode> {
                        <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.as_u16())
                    }
                }
            }
        }
    }

    /// `From<HttpStatus>` and `TryFrom<Self> for HttpStatus`, for a set that extends the
    /// standard one.
    fn conversions(&self) -> Option<TokenStream> {
        self.input.extends.as_ref()?;
        let krate = &self.krate;
        let ident = &self.input.ident;
        let standard = self
            .rows
            .iter()
            .filter(|row| row.standard)
            .map(|row| &row.variant);
        let allow_deprecated = self.allow_deprecated();
        Some(quote! {
            #allow_deprecated
            #[automatically_derived]
            impl ::core::convert::From<#krate::HttpStatus> for #ident {
                #[inline]
                fn from(status: #krate::HttpStatus) -> Self {
                    match status {
                        #(#krate::HttpStatus::#standard => Self::#standard,)*
                    }
                }
            }

            /// Fails on the codes the standard set does not have.
            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #krate::HttpStatus {
                type Error = #krate::UnknownStatusCode;

                #[inline]
                fn try_from(status: #ident) -> ::core::result::Result<Self, #krate::UnknownStatusCode> {
                    <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.code())
                }
            }
        })
    }

    fn consts_module(&self) -> Option<TokenStream> {
        // Named like the enum, it is an error already reported.
        let consts = self
            .input
            .consts
            .as_ref()
            .filter(|consts| consts.ident != self.input.ident)?;
        let (vis, ident) = (&consts.vis, &consts.ident);
        let attrs = passed_through(&consts.attrs, false);
        let has_docs = attrs.iter().any(|attr| attr.is("doc"));
        let summary = (!has_docs)
            .then(|| docs::consts_module(&self.input.ident))
            .into_iter();
        let items = self.rows.iter().flat_map(|row| {
            let code = Literal::u16_unsuffixed(row.code);
            let deprecated = &row.entry.attrs.deprecated;
            let canonical = {
                let name = &row.entry.name;
                let doc = docs::constant(row);
                quote! {
                    #[doc = #doc]
                    #deprecated
                    pub const #name: ::core::primitive::u16 = #code;
                }
            };
            let aliases = row.aliases.iter().map(move |(alias, _)| {
                let doc = docs::alias_constant(row);
                quote! {
                    #[doc = #doc]
                    #deprecated
                    pub const #alias: ::core::primitive::u16 = #code;
                }
            });
            std::iter::once(canonical).chain(aliases)
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

/// The attributes of the `enum` or `mod` item that reach the output: all of a valid input's; of
/// a rejected one, not those already reported, so rustc does not report them again.
fn passed_through(attrs: &[Attr], has_default: bool) -> Vec<Attr> {
    attrs
        .iter()
        .filter(|attr| !attr.is("repr"))
        .filter(|attr| {
            !attr
                .name()
                .is_some_and(|name| attr::ENTRY_ATTRIBUTES.iter().any(|entry| name == entry))
        })
        .filter_map(|attr| {
            attr.retain_derived(|derived| {
                !model::is_generated(derived) && (has_default || derived.name != "Default")
            })
        })
        .collect()
}

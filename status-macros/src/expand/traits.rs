//! The trait impls of a set: the std traits, `Status`, and one line for each of the facade's
//! features, whose impls live in the facade.

use super::Set;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

impl Set<'_> {
    pub(super) fn trait_impls(&self) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        let allow_deprecated = self.allow_deprecated();
        let comparisons = self.comparisons();
        quote! {
            /// Writes the status line's code and phrase, such as `404 Not Found`.
            #allow_deprecated
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #krate::__private::display(f, self.__status_line(0))
                }
            }

            /// Parses a three-digit code (`"404"`), a canonical name or alias (`"NOT_FOUND"`), or
            /// a code and its phrase or a phrase alias, ignoring ASCII case, as `Display` and
            /// `http::StatusCode`'s `Display` write them (`"404 Not Found"`).
            #allow_deprecated
            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = #krate::ParseStatusError;

                // Not `Self::Err`, which a variant named `Err` would shadow.
                #[inline]
                fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseStatusError> {
                    #krate::__private::parse(text, Self::__is_phrase)
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

            #comparisons
        }
    }

    /// `PartialEq<u16>` and `PartialOrd<u16>`, both ways: a status compares as its code.
    fn comparisons(&self) -> TokenStream {
        let ident = &self.input.ident;
        quote! {
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

            /// Orders a status by its code, as `PartialEq<u16>` compares it: `status >= 400`.
            #[automatically_derived]
            impl ::core::cmp::PartialOrd<::core::primitive::u16> for #ident {
                #[inline]
                fn partial_cmp(
                    &self,
                    code: &::core::primitive::u16,
                ) -> ::core::option::Option<::core::cmp::Ordering> {
                    ::core::cmp::PartialOrd::partial_cmp(&self.code(), code)
                }
            }

            /// Orders a code against a status's code: `400 <= status`.
            #[automatically_derived]
            impl ::core::cmp::PartialOrd<#ident> for ::core::primitive::u16 {
                #[inline]
                fn partial_cmp(
                    &self,
                    status: &#ident,
                ) -> ::core::option::Option<::core::cmp::Ordering> {
                    ::core::cmp::PartialOrd::partial_cmp(self, &status.code())
                }
            }
        }
    }

    pub(super) fn status_impl(&self) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        let identity = self.identity();
        quote! {
            #[automatically_derived]
            impl #krate::Status for #ident {
                const ALL: &'static [Self] = &Self::ALL;

                const __SET: #krate::__private::SetIdentity = #identity;

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
                fn phrase_aliases(self) -> &'static [&'static ::core::primitive::str] {
                    Self::phrase_aliases(self)
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
                fn retry_class(self) -> #krate::RetryClass {
                    Self::retry_class(self)
                }

                #[inline]
                fn retry_spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    Self::retry_spec(self)
                }
            }
        }
    }

    /// The set as the compile-time checks read it: each status's code, name and origin, in
    /// `ALL`'s order (see the facade's `__private/identity.rs`).
    fn identity(&self) -> TokenStream {
        let krate = &self.krate;
        let name = self.input.ident.to_string();
        // A rejected set has no id; nothing builds on it.
        let id = self.id.as_ref().map_or("", |id| id.id.as_str());
        let extensible = self.input.extensible.is_some();
        let statuses = self.rows.iter().map(|row| {
            let code = Literal::u16_unsuffixed(row.code);
            let (name, origin) = (row.name, row.entry.origin.as_deref().unwrap_or(id));
            quote!((#code, #name, #origin))
        });
        let aliases = self.rows.iter().enumerate().flat_map(|(index, row)| {
            let index = Literal::usize_unsuffixed(index);
            row.aliases.iter().map(move |(alias, _)| {
                let alias = &alias.text;
                quote!((#alias, #index))
            })
        });
        quote! {
            #krate::__private::SetIdentity {
                name: #name,
                id: #id,
                extensible: #extensible,
                statuses: &[#(#statuses),*],
                aliases: &[#(#aliases),*],
            }
        }
    }

    /// The impls of the facade's optional features, which the facade's `__impl_features!`
    /// writes: the facade's features decide whether they exist, not the invoking crate's.
    pub(super) fn features(&self) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        // The facade's own set shows the features' badges; see `__impl_features!`.
        let documented = self.input.is_standard_set.then(|| quote!(documented));
        quote!(#krate::__impl_features!(#documented #ident);)
    }
}

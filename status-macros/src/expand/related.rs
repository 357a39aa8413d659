//! Conversions and comparisons with the sets this one is built on: the set it extends, the
//! standard set when the `extends` chain starts from it, and each set it picks from. A status
//! is its code and name, whichever set holds it; `From` goes where every status of one set is
//! in the other, `TryFrom` elsewhere, and `PartialEq` both ways.

use super::Set;
use crate::ast::{Entry, STANDARD_ID};
use crate::model::{self, Name, Origin, Role};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashMap;
use syn::Ident;

/// A set this one converts with, and the variants of the statuses both hold.
struct Related<'a> {
    path: TokenStream,
    /// Every status of the related set.
    entries: Vec<&'a Entry>,
    /// Whether the related set is `#[non_exhaustive]`.
    non_exhaustive: bool,
    /// Its variant and this set's, for each status both hold.
    shared: Vec<(Ident, &'a Ident)>,
}

impl<'a> Set<'a> {
    pub(super) fn related_impls(&self) -> TokenStream {
        // A rejected set's rows are a best effort: exhaustive matches on them would only add
        // errors to the ones reported.
        if self.fingerprint.is_none() {
            return TokenStream::new();
        }
        self.related()
            .iter()
            .map(|related| self.convert(related))
            .collect()
    }

    fn related(&self) -> Vec<Related<'a>> {
        let mut related: Vec<(String, TokenStream, Vec<&'a Entry>, bool)> = Vec::new();
        let mut add = |id: String, path, entries, non_exhaustive| {
            if !related.iter().any(|(seen, ..)| *seen == id) {
                related.push((id, path, entries, non_exhaustive));
            }
        };
        let krate = &self.krate;
        for (position, source) in self.sources.iter().enumerate() {
            let picked = self.rows.iter().any(|row| {
                matches!(row.origin, Origin::Picked { source: index, .. } if index == position)
            });
            if source.role == Role::Pick && !picked {
                continue;
            }
            let answer = source.answer;
            let path = source.path.type_path(krate);
            add(
                source.id(),
                path,
                source.entries().collect(),
                answer.non_exhaustive,
            );
            // The set holds every standard status of its base's chain.
            if source.role == Role::Base && !answer.standard.is_empty() {
                let standard = answer.standard.iter().collect();
                add(
                    STANDARD_ID.to_owned(),
                    quote!(#krate::HttpStatus),
                    standard,
                    false,
                );
            }
        }
        // A status is its code, name and origin: this set's variant for each.
        let ours: HashMap<model::Identity, &'a Ident> = self
            .rows
            .iter()
            .map(|row| (model::identity(row.entry), row.variant))
            .collect();
        related
            .into_iter()
            .map(|(_, path, entries, non_exhaustive)| {
                let shared = entries
                    .iter()
                    .filter_map(|entry| {
                        let ours = ours.get(&model::identity(entry))?;
                        // The variant the set that holds the entry gave it.
                        Some((Name::new(&entry.name).variant?, *ours))
                    })
                    .collect();
                Related {
                    path,
                    entries,
                    non_exhaustive,
                    shared,
                }
            })
            .collect()
    }

    fn convert(&self, related: &Related) -> TokenStream {
        let krate = &self.krate;
        let ident = &self.input.ident;
        let path = &related.path;
        let (theirs, ours): (Vec<&Ident>, Vec<&Ident>) = related
            .shared
            .iter()
            .map(|(theirs, ours)| (theirs, *ours))
            .unzip();
        let deprecated = self.allow_deprecated().or_else(|| {
            related
                .entries
                .iter()
                .any(|entry| entry.attrs.deprecated.is_some())
                .then(|| quote!(#[allow(deprecated)]))
        });
        let (path_variants, our_variants) = (quote!(#path), quote!(#ident));
        let into_ours = Conversion {
            from: (&path_variants, &theirs),
            into: (&our_variants, &ours),
            complete: related.shared.len() == related.entries.len(),
            from_non_exhaustive: related.non_exhaustive,
        };
        let into_theirs = Conversion {
            from: (&our_variants, &ours),
            into: (&path_variants, &theirs),
            complete: related.shared.len() == self.rows.len(),
            from_non_exhaustive: false,
        };
        let into_ours = into_ours.impl_item(krate, deprecated.as_ref());
        let into_theirs = into_theirs.impl_item(krate, deprecated.as_ref());
        // The path is the user's, as written: never linted as if they had written this code.
        quote! {
            #into_ours
            #into_theirs

            /// Equal when both are the same status.
            #[automatically_derived]
            #[allow(unused_qualifications)]
            impl ::core::cmp::PartialEq<#path> for #ident {
                #[inline]
                fn eq(&self, other: &#path) -> ::core::primitive::bool {
                    match <Self as ::core::convert::TryFrom<#path>>::try_from(*other) {
                        ::core::result::Result::Ok(other) => *self == other,
                        ::core::result::Result::Err(_) => false,
                    }
                }
            }

            /// Equal when both are the same status.
            #[automatically_derived]
            #[allow(unused_qualifications)]
            impl ::core::cmp::PartialEq<#ident> for #path {
                #[inline]
                fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                    *other == *self
                }
            }
        }
    }
}

/// One direction of a conversion: the statuses both sets hold, each set's variant for them.
struct Conversion<'v> {
    from: (&'v TokenStream, &'v [&'v Ident]),
    into: (&'v TokenStream, &'v [&'v Ident]),
    /// Whether every status of `from` is in `into`: then `From`, else `TryFrom`.
    complete: bool,
    /// Whether `from` is `#[non_exhaustive]`, so that another crate's `match` needs `_`.
    from_non_exhaustive: bool,
}

impl Conversion<'_> {
    fn impl_item(&self, krate: &TokenStream, deprecated: Option<&TokenStream>) -> TokenStream {
        let ((from, from_variants), (into, into_variants)) = (self.from, self.into);
        if self.complete {
            let (proof, wildcard) = self.non_exhaustive_arm(from_variants.len());
            return quote! {
                #deprecated
                #[automatically_derived]
                #[allow(unused_qualifications)]
                impl ::core::convert::From<#from> for #into {
                    #[inline]
                    fn from(status: #from) -> Self {
                        #proof
                        match status {
                            #(#from::#from_variants => #into::#into_variants,)*
                            #wildcard
                        }
                    }
                }
            };
        }
        let error = quote!(#krate::UnknownStatusCode);
        quote! {
            /// Fails on the statuses that the set converted into does not hold, naming the code.
            #deprecated
            #[automatically_derived]
            #[allow(unused_qualifications)]
            impl ::core::convert::TryFrom<#from> for #into {
                type Error = #error;

                #[inline]
                fn try_from(status: #from) -> ::core::result::Result<Self, #error> {
                    match status {
                        #(#from::#from_variants => ::core::result::Result::Ok(#into::#into_variants),)*
                        _ => ::core::result::Result::Err(#error::new(status.code())),
                    }
                }
            }
        }
    }
}

impl Conversion<'_> {
    /// For a `#[non_exhaustive]` set of another crate, the `_` arm that `match` requires, and
    /// the proof that it is never taken: the arms above name every status the set has, as
    /// many as `ALL` holds. A set asks its sources at every build, so it always holds them
    /// all.
    fn non_exhaustive_arm(&self, matched: usize) -> (Option<TokenStream>, Option<TokenStream>) {
        if !self.from_non_exhaustive {
            return (None, None);
        }
        let from = self.from.0;
        let matched = proc_macro2::Literal::usize_unsuffixed(matched);
        let proof = quote! {
            const {
                ::core::assert!(
                    <#from>::ALL.len() == #matched,
                    "a set's statuses changed after the sets built on it were expanded"
                );
            }
        };
        let wildcard = quote! {
            // Only the first arms are taken: see the assertion above.
            #[allow(unreachable_patterns)]
            _ => ::core::unreachable!(),
        };
        (Some(proof), Some(wildcard))
    }
}

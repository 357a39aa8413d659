//! The tables the accessors read, each emitted beside the facade's code that reads it
//! (`__private/tables.rs`): the positions by code, the status lines, the phrase aliases.

use super::Set;
use crate::model::Row;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

impl Set<'_> {
    /// Every table of the inherent impl.
    pub(super) fn tables(&self) -> TokenStream {
        let positions = self.positions();
        let status_line = self.status_line();
        let phrase_test = self.phrase_test();
        quote! {
            #positions
            #status_line
            #phrase_test
        }
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
}

/// Texts one after the other in one string, and where each starts.
pub(super) fn concatenated<'t>(texts: impl Iterator<Item = &'t str>) -> (String, Vec<usize>) {
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
pub(super) fn narrowest(max: usize) -> TokenStream {
    if u8::try_from(max).is_ok() {
        quote!(::core::primitive::u8)
    } else if u16::try_from(max).is_ok() {
        quote!(::core::primitive::u16)
    } else {
        quote!(::core::primitive::u32)
    }
}

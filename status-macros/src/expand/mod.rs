//! Turns a set into tokens: the pipeline, and what its emitters share. Each file of this module
//! emits one kind of output from the same rows, so no two outputs can disagree:
//!
//! - `items.rs`: the enum and the constants module;
//! - `lookups.rs`: the accessors, the lookups and their tables;
//! - `traits.rs`: the std traits, `Status`, conversions and the facade's features.

mod items;
mod lookups;
mod traits;

use crate::ast::Input;
use crate::errors::Errors;
use crate::fallback;
use crate::model::{self, Row};
use crate::parse;
use crate::valid;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The whole macro on `proc_macro2` tokens: parse, lower, validate, expand. Never panics;
/// invalid input becomes `compile_error!`s next to a best-effort expansion.
pub fn status_codes(tokens: &TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let input = match parse::input(tokens.clone(), &mut errors) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    if input.extends.is_some() && !input.has_standard {
        // The standard list lives in the facade; it calls back with the list appended.
        let krate = input.krate();
        return quote!(#krate::__standard_set! { #tokens });
    }
    let lowered = model::lower(&input);
    valid::validate(&input, &lowered, &mut errors);
    match errors.finish() {
        Ok(()) => Set::new(&input, &model::rows(&lowered)).expand(),
        Err(errors) => {
            let mut tokens = errors.to_compile_error();
            tokens.extend(Set::new(&input, &fallback::rows(&lowered)).expand());
            tokens
        }
    }
}

/// A set to emit: the input, and its rows in code order.
struct Set<'a> {
    input: &'a Input,
    rows: &'a [Row<'a>],
    krate: TokenStream,
}

impl<'a> Set<'a> {
    fn new(input: &'a Input, rows: &'a [Row<'a>]) -> Self {
        Set {
            input,
            rows,
            krate: input.krate(),
        }
    }

    fn expand(&self) -> TokenStream {
        let enum_item = self.enum_item();
        if self.rows.is_empty() {
            return enum_item;
        }
        let inherent = self.inherent_impl();
        let traits = self.trait_impls();
        let status = self.status_impl();
        let conversions = self.conversions();
        let features = self.features();
        let consts = self.consts_module();
        quote! {
            #enum_item
            #inherent
            #traits
            #status
            #conversions
            #features
            #consts
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

    /// Every code with its status, `[(100, HttpStatus::Continue), ...]`, from which the tables
    /// of `from_code` and `FromStr` are built. Not `Self`: a `const` in a function can't name it.
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

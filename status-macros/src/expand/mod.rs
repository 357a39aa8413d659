//! Turns a set into tokens: the pipeline, and what its emitters share. Each file of this module
//! emits one kind of output from the same rows, so no two outputs can disagree:
//!
//! - `items.rs`: the enum and the constants module;
//! - `lookups.rs`: the accessors, the lookups and their tables;
//! - `traits.rs`: the std traits, `Status` and the facade's features;
//! - `related.rs`: conversions and comparisons with the sets it extends and picks from;
//! - `extensible.rs`: the macro through which an `#[extensible]` set hands its entries over.

mod extensible;
mod items;
mod lookups;
mod related;
mod traits;

use crate::ast::Input;
use crate::errors::Errors;
use crate::fallback;
use crate::model::{self, Row, Source};
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
    if let Some(source) = input.sources().nth(input.handed.len()) {
        // The next source to ask: its macro calls back with its entries appended.
        let krate = input.krate();
        let source = source.macro_path(&krate);
        return quote!(#source! { (#krate) #tokens });
    }
    let sources = model::sources(&input);
    let lowering = model::lower(&input, &sources);
    valid::validate(&input, &sources, &lowering, &mut errors);
    match errors.finish() {
        Ok(()) => {
            let rows = model::rows(&lowering.entries);
            let mut set = Set::new(&input, &sources, &rows);
            set.fingerprint = Some(tokens);
            set.expand()
        }
        Err(errors) => {
            let mut tokens = errors.to_compile_error();
            let rows = fallback::rows(&lowering.entries);
            tokens.extend(Set::new(&input, &sources, &rows).expand());
            tokens
        }
    }
}

/// A set to emit: the input, the sets it names, and its rows in code order.
struct Set<'a> {
    input: &'a Input,
    sources: &'a [Source<'a>],
    rows: &'a [Row<'a>],
    krate: TokenStream,
    /// The whole invocation of a valid set, which names what it hands to other sets; `None`
    /// for a rejected one, whose rows are a best effort that nothing builds on.
    fingerprint: Option<&'a TokenStream>,
}

impl<'a> Set<'a> {
    fn new(input: &'a Input, sources: &'a [Source<'a>], rows: &'a [Row<'a>]) -> Self {
        Set {
            input,
            sources,
            rows,
            krate: input.krate(),
            fingerprint: None,
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
        let related = self.related_impls();
        let features = self.features();
        let consts = self.consts_module();
        let extensible = self.extensible_macro();
        quote! {
            #enum_item
            #inherent
            #traits
            #status
            #related
            #features
            #consts
            #extensible
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

//! Turns a set into tokens: the pipeline, and what its emitters share. Each file of this module
//! emits one kind of output from the same rows, so no two outputs can disagree:
//!
//! - `items.rs`: the enum and the constants module;
//! - `inherent.rs`: the inherent impl, `ALL`, the alias constants and the class predicates,
//!   around `accessors.rs` (`code`, `name`, `phrase`, ..), `lookups.rs` (`from_code`,
//!   `from_name`, ..), and the tables they read, `tables.rs` and `hash.rs`, each beside the
//!   facade's code that reads it;
//! - `traits.rs`: the std traits, `Status` and the facade's features;
//! - `related.rs`: conversions and comparisons with the sets it extends and picks from;
//!
//! and `protocol.rs` the macro through which an `#[extensible]` set hands its entries over.

mod accessors;
mod hash;
mod inherent;
mod items;
mod lookups;
mod related;
mod tables;
mod traits;

use crate::ast::Input;
use crate::errors::Errors;
use crate::fallback;
use crate::model::{self, Origin, Row, Source};
use crate::parse;
use crate::protocol::{self, Answering};
use crate::valid;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The whole macro on `proc_macro2` tokens: parse, lower, validate, expand. Never panics;
/// invalid input becomes `compile_error!`s next to a best-effort expansion.
pub fn status_codes(tokens: &TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let (written, hidden) = protocol::split(tokens);
    let mut input = match parse::input(written, &mut errors) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    if let Err(error) = protocol::read_hidden(hidden, &mut input, &mut errors) {
        return error.to_compile_error();
    }
    if let Some(source) = input.next_to_ask() {
        return protocol::request(&input, source, tokens);
    }
    let sources = model::sources(&input);
    let lowering = model::lower(&input, &sources);
    valid::validate(&input, &sources, &lowering, &mut errors);
    match errors.finish() {
        Ok(()) => {
            let rows = model::rows(&lowering.entries);
            let mut set = Set::new(&input, &sources, &rows);
            set.fingerprint = Some(tokens);
            set.id = Some(protocol::set_id(
                &input.ident,
                tokens,
                input.is_standard_set,
            ));
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
    /// The names of a valid set in the build.
    id: Option<protocol::SetId>,
}

impl<'a> Set<'a> {
    fn new(input: &'a Input, sources: &'a [Source<'a>], rows: &'a [Row<'a>]) -> Self {
        Set {
            input,
            sources,
            rows,
            krate: input.krate(),
            fingerprint: None,
            id: None,
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
        let extensible = self.answer_macro();
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

    /// What an `#[extensible]` set hands over to the sets built on it.
    fn answer_macro(&self) -> Option<TokenStream> {
        self.input.extensible.as_ref()?;
        let (standard, other) = self
            .rows
            .iter()
            .partition(|row| row.is_standard() || self.input.is_standard_set);
        Some(protocol::answer_macro(&Answering {
            vis: &self.input.vis,
            ident: &self.input.ident,
            id: self.id.as_ref()?,
            non_exhaustive: self.input.may_be_non_exhaustive(),
            standard,
            other,
        }))
    }

    /// The set a row comes from, if not this one.
    fn source_of(&self, row: &Row) -> Option<&'a Source<'a>> {
        match row.origin {
            Origin::Own => None,
            Origin::Extended { .. } => model::base(self.sources),
            Origin::Picked { source, .. } => self.sources.get(source),
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
}

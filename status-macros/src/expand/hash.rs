//! The perfect-hash tables of `from_name` and `from_phrase`, emitted beside the facade's code
//! that reads them (`__private/hash.rs`), built by `phf.rs`.

use super::Set;
use super::tables::{concatenated, narrowest};
use crate::phf;
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Ident;

impl Set<'_> {
    /// The constant `name`: a perfect-hash table over `keys`, each with its variant.
    pub(super) fn perfect_hash(
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
}

//! The lists beside the arms: `statuses()`, every status an error answers with, and
//! `__documented()`, what each variant says of its status for the OpenAPI document.

use super::{Answer, Context, Kind};
use crate::problem::members;
use proc_macro2::TokenStream;
use quote::quote;

impl Context<'_> {
    /// `statuses()`'s body: the variants' statuses and the transparent ones', once each, sorted.
    pub(super) fn statuses(&self, answers: &[Answer]) -> TokenStream {
        let (set, private) = (self.set, &self.private);
        let fixed = answers.iter().filter_map(|answer| match &answer.kind {
            Kind::Status(status, _) => Some(status),
            Kind::Transparent(..) => None,
        });
        let fixed = quote!(::core::convert::From::from([#(#fixed),*]));
        let inners: Vec<TokenStream> = answers
            .iter()
            .filter_map(|answer| match &answer.kind {
                Kind::Transparent(field) => {
                    let ty = &field.ty;
                    Some(quote!(#private::Of::<#ty>::new().statuses::<#set>()))
                }
                Kind::Status(..) => None,
            })
            .collect();
        if inners.is_empty() {
            return quote!(#private::sorted(#fixed));
        }
        quote! {
            let mut statuses: #private::Vec<#set> = #fixed;
            #(::core::iter::Extend::extend(&mut statuses, #inners);)*
            #private::sorted(statuses)
        }
    }

    /// `__documented()`'s body: each variant's docs, `type` and extension members, and what
    /// the transparent ones' inner types document.
    pub(super) fn documented(&self, answers: &[Answer]) -> TokenStream {
        let (set, private) = (self.set, &self.private);
        let container = &self.input.settings;
        let own = answers.iter().filter_map(|answer| {
            let Kind::Status(status, settings) = &answer.kind else {
                return None;
            };
            let (variant, docs) = (answer.name.to_string(), answer.docs);
            let type_uri = settings.type_uri.as_ref().map_or_else(
                || quote!(::core::option::Option::None),
                |uri| quote!(::core::option::Option::Some(#uri)),
            );
            let extensions = answer
                .fields
                .list
                .iter()
                .filter_map(|field| members::extension_name(field, container));
            Some(quote! {
                #private::Documented {
                    status: #status,
                    variant: #variant,
                    doc: #docs,
                    type_uri: #type_uri,
                    extensions: &[#(#extensions),*],
                }
            })
        });
        let inners: Vec<TokenStream> = answers
            .iter()
            .filter_map(|answer| match &answer.kind {
                Kind::Transparent(field) => {
                    let ty = &field.ty;
                    Some(quote!(#private::Of::<#ty>::new().documented::<#set>()))
                }
                Kind::Status(..) => None,
            })
            .collect();
        let own = quote!(::core::convert::From::from([#(#own),*]));
        if inners.is_empty() {
            return own;
        }
        quote! {
            let mut documented: #private::Vec<#private::Documented<#set>> = #own;
            #(::core::iter::Extend::extend(&mut documented, #inners);)*
            documented
        }
    }
}

//! `FromProblem`'s impl: the inverse of `IntoProblem`'s. A problem reads back as the first
//! variant (in declaration order) whose status and `type` it carries, its extension fields
//! deserialized from the members and its skipped fields their `Default`; then as the first
//! transparent variant whose inner error reads it, its status narrowed into the inner set.
//! Anything else comes back unchanged.

use super::arms::member;
use super::{Answer, Context, Kind};
use crate::problem::members;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Context<'_> {
    pub(super) fn decode_impl(&self, answers: &[Answer], items: &[TokenStream]) -> TokenStream {
        let (krate, set) = (&self.krate, self.set);
        let generics = &self.input.generics;
        let self_type = generics.self_type(&self.input.ident);
        let where_clause = generics.where_clause(&self.decode_bounds(answers));
        let impl_params = generics.impl_params();
        let decodable = || answers.iter().filter(|answer| !answer.server_only);
        let own = decodable().filter_map(|answer| self.own_attempt(answer));
        let inner = decodable().filter_map(|answer| self.inner_attempt(answer));
        quote! {
            const _: () = {
                #(#items)*

                #[automatically_derived]
                impl #impl_params #krate::FromProblem for #self_type #where_clause {
                    type Set = #set;

                    fn from_problem(
                        problem: #krate::Problem<#set>,
                    ) -> ::core::result::Result<Self, #krate::Problem<#set>> {
                        #(#own)*
                        #(let problem = #inner;)*
                        ::core::result::Result::Err(problem)
                    }
                }
            };
        }
    }

    /// `if` the problem is this variant's, `return` it, when its members read.
    fn own_attempt(&self, answer: &Answer) -> Option<TokenStream> {
        let Kind::Status(status, settings) = &answer.kind else {
            return None;
        };
        let private = &self.private;
        let type_uri = settings
            .type_uri
            .as_ref()
            .map_or_else(|| "about:blank".to_owned(), syn::LitStr::value);
        let container = &self.input.settings;
        let mut reads = Vec::new();
        let mut bindings = Vec::new();
        let members = answer.fields.list.iter().enumerate().map(|(index, field)| {
            let member = member(index, field);
            let value = if field.skip.is_some() {
                quote!(::core::default::Default::default())
            } else {
                let name = members::extension_name(field, container).unwrap_or_default();
                let ty = &field.ty;
                let binding = format_ident!("__field_{index}");
                reads.push(quote!(#private::member::<#ty>(&problem, #name)));
                bindings.push(quote!(::core::option::Option::Some(#binding)));
                quote!(#binding)
            };
            quote!(#member: #value)
        });
        let members: Vec<TokenStream> = members.collect();
        let path = &answer.path;
        let value = quote!(::core::result::Result::Ok(#path { #(#members),* }));
        let read = if reads.is_empty() {
            quote!(return #value;)
        } else {
            quote! {
                if let (#(#bindings,)*) = (#(#reads,)*) {
                    return #value;
                }
            }
        };
        Some(quote! {
            if #private::is(&problem, #status, #type_uri) {
                #read
            }
        })
    }

    /// The problem, handed to a transparent variant's inner type in its set; back, unchanged,
    /// where it does not read.
    fn inner_attempt(&self, answer: &Answer) -> Option<TokenStream> {
        let Kind::Transparent(field) = &answer.kind else {
            return None;
        };
        let (krate, set, private) = (&self.krate, self.set, &self.private);
        let ty = &field.ty;
        let member = member(0, field);
        let path = &answer.path;
        Some(quote! {
            match #private::narrow::<<#ty as #krate::FromProblem>::Set, #set>(problem) {
                ::core::result::Result::Ok(inner) => {
                    match <#ty as #krate::FromProblem>::from_problem(inner) {
                        ::core::result::Result::Ok(inner) => {
                            return ::core::result::Result::Ok(#path { #member: inner });
                        }
                        ::core::result::Result::Err(inner) => #private::widen(inner),
                    }
                }
                ::core::result::Result::Err(problem) => problem,
            }
        })
    }

    /// For a generic type, what reading needs of the fields whose types name a parameter.
    fn decode_bounds(&self, answers: &[Answer]) -> Vec<TokenStream> {
        let generics = &self.input.generics;
        let (krate, private) = (&self.krate, &self.private);
        let mut bounds: Vec<TokenStream> = Vec::new();
        for answer in answers.iter().filter(|answer| !answer.server_only) {
            for field in &answer.fields.list {
                let ty = &field.ty;
                let bound = match (&answer.kind, field.skip.is_some()) {
                    (Kind::Transparent(_), _) => quote!(#ty: #krate::FromProblem),
                    (Kind::Status(..), true) => quote!(#ty: ::core::default::Default),
                    (Kind::Status(..), false) => quote!(#ty: #private::DeserializeOwned),
                };
                if generics.mentions(ty)
                    && !bounds
                        .iter()
                        .any(|seen| seen.to_string() == bound.to_string())
                {
                    bounds.push(bound);
                }
            }
        }
        bounds
    }
}

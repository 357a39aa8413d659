//! The impl of `IntoProblem`, and the facade's features for the type.
//!
//! A status is a constant looked up by name in the set's `__STATUS_NAMES` at compile time,
//! spanned on the user's token, whose evaluation fails with a message that says what to do
//! when the set has no such status, or when it is not an error (`4xx` or `5xx`).

use super::ast::{Detail, Field, Fields, ProblemInput, Settings, Shape};
use crate::case;
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

/// What one variant (or the struct) answers with.
struct Answer<'a> {
    /// `Self::Variant`, or `Self` for a struct.
    path: TokenStream,
    fields: &'a Fields,
    kind: Kind<'a>,
}

enum Kind<'a> {
    /// The status's constant, its `type` and `detail`.
    Status {
        status: Ident,
        type_uri: Option<&'a syn::LitStr>,
        detail: Option<&'a Detail>,
    },
    /// The inner error's problem, and the function that converts its status.
    Transparent(&'a Field, Ident),
}

pub fn expand(input: &ProblemInput) -> TokenStream {
    let ident = &input.ident;
    let krate = input.settings.krate.clone().unwrap_or_else(|| {
        let facade = Ident::new("status", Span::call_site());
        quote!(::#facade)
    });
    let Some(set) = &input.settings.set else {
        return TokenStream::new();
    };
    let private = quote!(#krate::__private::problem);
    let mut items = Items {
        krate: &krate,
        set,
        private: &private,
        emitted: Vec::new(),
    };
    let answers: Vec<Answer> = match &input.shape {
        Shape::Enum(variants) => variants
            .iter()
            .filter_map(|variant| {
                let default = input.settings.status.as_ref();
                let fields = &variant.fields;
                let kind = items.kind(&variant.settings, default, fields)?;
                let name = &variant.ident;
                let path = quote!(Self::#name);
                Some(Answer { path, fields, kind })
            })
            .collect(),
        Shape::Struct(fields) => items
            .kind(&input.settings, None, fields)
            .map(|kind| Answer {
                path: quote!(Self),
                fields,
                kind,
            })
            .into_iter()
            .collect(),
    };
    let status_arms = answers.iter().map(|answer| status_arm(answer, &krate));
    let problem_arms = answers
        .iter()
        .map(|answer| problem_arm(answer, &krate, &private));
    let statuses = statuses(&answers, (&krate, set), &private);
    let items = items.emitted;
    quote! {
        const _: () = {
            #(#items)*

            #[automatically_derived]
            impl #krate::IntoProblem for #ident {
                type Set = #set;

                fn status(&self) -> #set {
                    match self {
                        #(#status_arms)*
                    }
                }

                fn problem(&self) -> #krate::Problem<#set> {
                    match self {
                        #(#problem_arms)*
                    }
                }

                fn statuses() -> #private::Vec<#set> {
                    #statuses
                }
            }
        };
        #krate::__impl_problem!(#ident);
    }
}

/// `status()`'s arm for an answer.
fn status_arm(answer: &Answer, krate: &TokenStream) -> TokenStream {
    let (pattern, inner) = pattern(answer);
    let body = match &answer.kind {
        Kind::Status { status, .. } => quote!(#status),
        Kind::Transparent(_, convert) => quote!(#convert(#krate::IntoProblem::status(#inner))),
    };
    quote!(#pattern => #body,)
}

/// `problem()`'s arm for an answer.
fn problem_arm(answer: &Answer, krate: &TokenStream, private: &TokenStream) -> TokenStream {
    let (pattern, inner) = pattern(answer);
    let body = match &answer.kind {
        Kind::Transparent(_, convert) => {
            quote!(#private::map_problem(#krate::IntoProblem::problem(#inner), #convert))
        }
        Kind::Status {
            status,
            type_uri,
            detail,
        } => {
            let type_uri = type_uri.map_or_else(
                || quote!(::core::option::Option::None),
                |uri| quote!(::core::option::Option::Some(#uri)),
            );
            let detail = match detail {
                None => quote!(#private::Detail::ByClass(self)),
                Some(Detail::Display(_)) => quote!(#private::Detail::Display(self)),
                Some(Detail::Text(text)) => quote!(#private::Detail::Text(#text)),
                Some(Detail::None(_)) => quote!(#private::Detail::None),
            };
            let problem = quote!(#private::problem(#status, #type_uri, #detail));
            let extensions: Vec<TokenStream> = extensions(answer.fields)
                .map(|(name, binding)| quote!(#private::extension(&mut problem, #name, #binding);))
                .collect();
            if extensions.is_empty() {
                problem
            } else {
                quote!({
                    let mut problem = #problem;
                    #(#extensions)*
                    problem
                })
            }
        }
    };
    quote!(#pattern => #body,)
}

/// `statuses()`'s body: the variants' statuses and the transparent ones', once each, sorted.
fn statuses(
    answers: &[Answer],
    (krate, set): (&TokenStream, &TokenStream),
    private: &TokenStream,
) -> TokenStream {
    let fixed = answers.iter().filter_map(|answer| match &answer.kind {
        Kind::Status { status, .. } => Some(status),
        Kind::Transparent(..) => None,
    });
    let inners = answers.iter().filter_map(|answer| match &answer.kind {
        Kind::Transparent(field, convert) => {
            let ty = &field.ty;
            Some(quote!(<#ty as #krate::IntoProblem>::statuses(), #convert))
        }
        Kind::Status { .. } => None,
    });
    let inners: Vec<TokenStream> = inners.collect();
    let fixed = quote!(::core::convert::From::from([#(#fixed),*]));
    if inners.is_empty() {
        return quote!(#private::sorted(#fixed));
    }
    quote! {
        let mut statuses: #private::Vec<#set> = #fixed;
        #(#private::extend(&mut statuses, #inners);)*
        #private::sorted(statuses)
    }
}

/// The items beside the impl: a constant for each status, and a conversion for each
/// transparent variant.
struct Items<'t> {
    krate: &'t TokenStream,
    set: &'t TokenStream,
    private: &'t TokenStream,
    emitted: Vec<TokenStream>,
}

impl Items<'_> {
    /// What a variant answers with, with the item it needs; `None` when validation reported
    /// that it has no status.
    fn kind<'a>(
        &mut self,
        settings: &'a Settings,
        default: Option<&'a Ident>,
        fields: &'a Fields,
    ) -> Option<Kind<'a>> {
        let (krate, set, private) = (self.krate, self.set, self.private);
        if let Some(transparent) = &settings.transparent {
            let field = fields.list.first()?;
            let ty = &field.ty;
            // The one place that needs the set to hold the inner set's statuses: its error is
            // on `transparent`.
            let convert = format_ident!("__convert_{}", self.emitted.len());
            self.emitted.push(quote_spanned! {transparent.span()=>
                fn #convert(status: <#ty as #krate::IntoProblem>::Set) -> #set {
                    <#set as #private::Holds<<#ty as #krate::IntoProblem>::Set>>::convert(status)
                }
            });
            return Some(Kind::Transparent(field, convert));
        }
        let name = settings.status.as_ref().or(default)?;
        let text = case::text(name);
        let constant = format_ident!("__STATUS_{}", self.emitted.len());
        let set_text = set.to_string().replace(' ', "");
        let missing = Literal::string(&format!(
            "`{text}` is not a status of `{set_text}`: name one of the statuses its docs list, \
             or pick this one into it from the set that holds it, `use SET::{{{{{text}}}}};`"
        ));
        let not_error = Literal::string(&format!(
            "`{text}` is not an error status: a problem answers with a 4xx or 5xx status; name \
             another"
        ));
        // Looked up by name at compile time, so that both mistakes are messages of this
        // crate's on the name. The messages are format strings: `{{` writes a brace.
        self.emitted.push(quote_spanned! {name.span()=>
            const #constant: #set = {
                let names = <#set>::__STATUS_NAMES;
                let mut index = 0;
                let status = loop {
                    if index == names.len() {
                        ::core::panic!(#missing);
                    }
                    if #private::same_text(names[index].0, #text) {
                        break names[index].1;
                    }
                    index += 1;
                };
                ::core::assert!(status.code() >= 400, #not_error);
                status
            };
        });
        Some(Kind::Status {
            status: constant,
            type_uri: settings.type_uri.as_ref(),
            detail: settings.detail.as_ref(),
        })
    }
}

/// The pattern of an answer, binding the fields it reads, and the transparent field's binding.
fn pattern(answer: &Answer) -> (TokenStream, TokenStream) {
    let path = &answer.path;
    let inner = format_ident!("__inner");
    let mut bindings: Vec<TokenStream> = extensions(answer.fields)
        .map(|(_, binding)| {
            let member = binding.member;
            let name = binding.name;
            quote!(#member: #name)
        })
        .collect();
    if let Kind::Transparent(field, _) = answer.kind {
        let member = member(answer.fields, field);
        bindings.push(quote!(#member: #inner));
    }
    (quote!(#path { #(#bindings,)* .. }), quote!(#inner))
}

/// A field bound in a pattern: its member (`balance`, `0`) and the name bound to it.
struct Binding {
    member: TokenStream,
    name: Ident,
}

impl quote::ToTokens for Binding {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.name.to_tokens(tokens);
    }
}

/// Each extension field: its member's name, and its binding.
fn extensions(fields: &Fields) -> impl Iterator<Item = (String, Binding)> + '_ {
    fields.list.iter().enumerate().filter_map(|(index, field)| {
        let (name, _) = field.extension.as_ref()?;
        Some((
            name.clone(),
            Binding {
                member: member(fields, field),
                name: format_ident!("__field_{index}"),
            },
        ))
    })
}

/// How a pattern names a field: `balance`, or `0` in a tuple.
fn member(fields: &Fields, field: &Field) -> TokenStream {
    if let Some(ident) = &field.ident {
        return quote!(#ident);
    }
    let index = fields
        .list
        .iter()
        .position(|other| std::ptr::eq(other, field))
        .unwrap_or(0);
    let index = Literal::usize_unsuffixed(index);
    quote!(#index)
}

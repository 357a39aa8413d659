//! The arms of `status()` and `problem()`: each answer's pattern, binding the fields it reads,
//! and what it answers with.

use super::{Answer, Context, Kind, template_fields};
use crate::problem::ast::{Detail, Field, Fields};
use crate::problem::{format, members};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

impl Context<'_> {
    /// `status()`'s arm for an answer.
    pub(super) fn status_arm(&self, answer: &Answer) -> TokenStream {
        let (set, private) = (self.set, &self.private);
        let pattern = pattern(answer);
        let body = match &answer.kind {
            Kind::Status(status, _) => quote!(#status),
            Kind::Transparent(field) => {
                let inner = binding(answer.fields, field);
                quote!(#private::Inner(#inner).status::<#set>())
            }
        };
        quote!(#pattern => #body,)
    }

    /// `problem()`'s arm for an answer.
    pub(super) fn problem_arm(&self, answer: &Answer) -> TokenStream {
        let (set, private) = (self.set, &self.private);
        let pattern = pattern(answer);
        let (status, settings) = match &answer.kind {
            Kind::Transparent(field) => {
                let inner = binding(answer.fields, field);
                return quote!(#pattern => #private::Inner(#inner).problem::<#set>(),);
            }
            Kind::Status(status, settings) => (status, *settings),
        };
        let option = |text: Option<&syn::LitStr>| {
            text.map_or_else(
                || quote!(::core::option::Option::None),
                |text| quote!(::core::option::Option::Some(#text)),
            )
        };
        let (type_uri, title) = (
            option(settings.type_uri.as_ref()),
            option(settings.title.as_ref()),
        );
        let detail = match &settings.detail {
            None => quote!(#private::Detail::ByClass(self)),
            Some(Detail::Display(_)) => quote!(#private::Detail::Display(self)),
            Some(Detail::Text(text)) => detail_text(text, answer.fields, private),
            Some(Detail::None(_)) => quote!(#private::Detail::None),
        };
        let problem = quote!(#private::problem(#status, #type_uri, #title, #detail));
        let container = &self.input.settings;
        let extensions: Vec<TokenStream> = answer
            .fields
            .list
            .iter()
            .filter_map(|field| {
                let name = members::extension_name(field, container)?;
                let value = binding(answer.fields, field);
                let add = if is_option(&field.ty) {
                    quote!(optional_extension)
                } else {
                    quote!(extension)
                };
                Some(quote!(#private::#add(&mut problem, #name, #value);))
            })
            .collect();
        let mut extensions = extensions;
        for (name, value) in &settings.headers {
            extensions.push(quote!(#private::header(&mut problem, #name, #value);));
        }
        for field in &answer.fields.list {
            if let Some(name) = &field.header {
                let value = binding(answer.fields, field);
                extensions.push(quote!(#private::field_header(&mut problem, #name, #value);));
            }
        }
        let body = if extensions.is_empty() {
            problem
        } else {
            quote!({
                let mut problem = #problem;
                #(#extensions)*
                problem
            })
        };
        quote!(#pattern => #body,)
    }
}

/// A `detail` text: borrowed when it formats nothing, otherwise formatted from the fields.
fn detail_text(text: &syn::LitStr, fields: &Fields, private: &TokenStream) -> TokenStream {
    let Ok(template) = format::read(text, fields) else {
        return quote!(#private::Detail::Text(#text));
    };
    if template.fields.is_empty() {
        return quote!(#private::Detail::Text(#text));
    }
    let mut literal = Literal::string(&template.text);
    literal.set_span(text.span());
    let mut names: Vec<Ident> = template
        .fields
        .iter()
        .map(|(index, _)| format_ident!("__field_{index}"))
        .collect();
    names.dedup();
    quote!(#private::Detail::Owned(#private::format(::core::format_args!(#literal, #(#names = #names),*))))
}

/// Whether a field's type is written as an `Option`: an extension that is `None` is left
/// out. Read from the tokens, as serde's `skip_serializing_if` would be written by hand.
fn is_option(ty: &TokenStream) -> bool {
    let text = ty.to_string().replace(' ', "");
    [
        "Option<",
        "::core::option::Option<",
        "core::option::Option<",
        "::std::option::Option<",
        "std::option::Option<",
    ]
    .iter()
    .any(|prefix| text.starts_with(prefix))
}

/// The pattern of an answer, binding each field it reads as `__field_N`.
fn pattern(answer: &Answer) -> TokenStream {
    let path = &answer.path;
    let bound = bound_fields(answer);
    let bindings = answer
        .fields
        .list
        .iter()
        .enumerate()
        .filter(|(index, _)| bound.contains(index))
        .map(|(index, field)| {
            let member = member(index, field);
            let name = format_ident!("__field_{index}");
            quote!(#member: #name)
        });
    quote!(#path { #(#bindings,)* .. })
}

/// The indices of the fields an answer reads: its extensions, its detail's, its inner error.
fn bound_fields(answer: &Answer) -> Vec<usize> {
    let fields = &answer.fields.list;
    match &answer.kind {
        Kind::Transparent(_) => vec![0],
        Kind::Status(_, settings) => {
            let mut bound: Vec<usize> = (0..fields.len())
                .filter(|&index| {
                    fields[index].extension.is_some() || fields[index].header.is_some()
                })
                .collect();
            if let Some(Detail::Text(text)) = &settings.detail {
                bound.extend(
                    template_fields(text, answer.fields)
                        .into_iter()
                        .map(|(index, _)| index),
                );
            }
            bound.sort_unstable();
            bound.dedup();
            bound
        }
    }
}

/// The name a field is bound to.
fn binding(fields: &Fields, field: &Field) -> Ident {
    let index = fields
        .list
        .iter()
        .position(|other| std::ptr::eq(other, field))
        .unwrap_or(0);
    format_ident!("__field_{index}")
}

/// How a pattern or a struct expression names a field: `balance`, or `0` in a tuple.
pub(super) fn member(index: usize, field: &Field) -> TokenStream {
    if let Some(ident) = &field.ident {
        return quote!(#ident);
    }
    let index = Literal::usize_unsuffixed(index);
    quote!(#index)
}

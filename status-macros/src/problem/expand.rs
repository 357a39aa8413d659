//! The impl of `IntoProblem`, and the facade's features for the type.
//!
//! A status is a constant looked up by name in the set's table at compile time; beside it, a
//! check spanned on the user's token whose evaluation fails with a message that says what to
//! write when the set has no such status, when it is written otherwise (`Conflict`, `409`),
//! or when it is not an error. A transparent variant's check says which statuses of the inner
//! set the set lacks, and the `use` lines that add them. The messages are the facade's
//! (`__private/identity.rs`): only the compiler sees both sets.

use super::ast::{Detail, Field, Fields, ProblemInput, Settings, Shape, Written};
use super::format::{self, Trait};
use super::members;
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
    /// The status's constant, and the settings that say the rest.
    Status(Ident, &'a Settings),
    /// The inner error's problem, through its one field.
    Transparent(&'a Field),
}

/// What the expansion names everywhere.
struct Context<'a> {
    input: &'a ProblemInput,
    krate: TokenStream,
    set: &'a TokenStream,
    /// `#krate::__private::problem`.
    private: TokenStream,
}

/// The items beside the impl: each status's constant and check, once per spelling, and each
/// transparent variant's check.
#[derive(Default)]
struct Items {
    tokens: Vec<TokenStream>,
    statuses: Vec<(String, Ident)>,
}

pub fn expand(input: &ProblemInput) -> TokenStream {
    let Some(set) = &input.settings.set else {
        return TokenStream::new();
    };
    let krate = input.settings.krate.clone().unwrap_or_else(|| {
        let facade = Ident::new("status", Span::call_site());
        quote!(::#facade)
    });
    let private = quote!(#krate::__private::problem);
    let cx = Context {
        input,
        krate,
        set,
        private,
    };
    let mut items = Items::default();
    let answers: Vec<Answer> = match &input.shape {
        Shape::Enum(variants) => variants
            .iter()
            .filter_map(|variant| {
                let default = input.settings.status.as_ref();
                let fields = &variant.fields;
                let kind = cx.kind(&variant.settings, default, fields, &mut items)?;
                let name = &variant.ident;
                Some(Answer {
                    path: quote!(Self::#name),
                    fields,
                    kind,
                })
            })
            .collect(),
        Shape::Struct(fields) => cx
            .kind(&input.settings, None, fields, &mut items)
            .map(|kind| Answer {
                path: quote!(Self),
                fields,
                kind,
            })
            .into_iter()
            .collect(),
    };
    cx.impl_item(&answers, &items.tokens)
}

impl Context<'_> {
    /// What a variant answers with, with the items it needs; `None` when validation reported
    /// that it has no status.
    fn kind<'a>(
        &self,
        settings: &'a Settings,
        default: Option<&'a Written>,
        fields: &'a Fields,
        items: &mut Items,
    ) -> Option<Kind<'a>> {
        if let Some(transparent) = &settings.transparent {
            let field = fields.list.first()?;
            // A generic field's statuses are known once its type is: `convert` checks them
            // then, where the impl is used.
            if !self.input.generics.mentions(&field.ty) {
                items
                    .tokens
                    .push(self.transparent_check(transparent.span(), &field.ty));
            }
            return Some(Kind::Transparent(field));
        }
        let written = settings.status.as_ref().or(default)?;
        Some(Kind::Status(self.status(written, items), settings))
    }

    /// The constant of the status `written` names, and its check, once per spelling.
    fn status(&self, written: &Written, items: &mut Items) -> Ident {
        let key = written.tokens().to_string();
        if let Some((_, constant)) = items.statuses.iter().find(|(seen, _)| *seen == key) {
            return constant.clone();
        }
        let constant = format_ident!("__STATUS_{}", items.statuses.len());
        let set = self.set;
        let krate = &self.krate;
        let identity = quote!(#krate::__private::identity);
        let value = match written {
            Written::Name(name) => {
                let text = crate::case::text(name);
                quote!(#identity::Written::Name(#text))
            }
            Written::Loose(text, _) => quote!(#identity::Written::Loose(#text)),
            Written::Keyed(text, _) => quote!(#identity::Written::Keyed(#text)),
            Written::Code(code) => {
                let code = Literal::u16_unsuffixed(code.base10_parse().unwrap_or(0));
                quote!(#identity::Written::Code(#code))
            }
        };
        let span = written
            .tokens()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |token| token.span());
        items.tokens.push(quote! {
            const #constant: #set = #identity::status_at::<#set>(#value);
        });
        items.tokens.push(quote_spanned! {span=>
            const _: () = {
                let message = #identity::status_message::<#set>(#value);
                ::core::assert!(message.is_empty(), "{}", message.as_str());
            };
        });
        items.statuses.push((key, constant.clone()));
        constant
    }

    /// That the set holds every status of the wrapped type, which is a problem: one error on
    /// `transparent`, or on the type, that says what is missing.
    fn transparent_check(&self, span: Span, ty: &TokenStream) -> TokenStream {
        let (set, private) = (self.set, &self.private);
        quote_spanned! {span=>
            const _: () = {
                let message = #private::transparent_message::<#ty, #set>();
                ::core::assert!(message.is_empty(), "{}", message.as_str());
            };
        }
    }

    fn impl_item(&self, answers: &[Answer], items: &[TokenStream]) -> TokenStream {
        let (krate, set, private) = (&self.krate, self.set, &self.private);
        let generics = &self.input.generics;
        let self_type = generics.self_type(&self.input.ident);
        let bounds = self.bounds(answers, &self_type);
        let where_clause = generics.where_clause(&bounds);
        let impl_params = generics.impl_params();
        let (status, problem) = if answers.is_empty() {
            // No variants: no value to answer for.
            (quote!(match *self {}), quote!(match *self {}))
        } else {
            let status_arms = answers.iter().map(|answer| self.status_arm(answer));
            let problem_arms = answers.iter().map(|answer| self.problem_arm(answer));
            (
                quote!(match self { #(#status_arms)* }),
                quote!(match self { #(#problem_arms)* }),
            )
        };
        let statuses = self.statuses(answers);
        let fallback = answers
            .iter()
            .any(|answer| matches!(answer.kind, Kind::Transparent(_)))
            .then(|| quote!(use #private::Fallback as _;));
        let no_response = self.input.settings.no_response.as_ref();
        let params = &generics.params;
        let predicates = generics.predicates.iter().chain(&bounds);
        quote! {
            const _: () = {
                #fallback
                #(#items)*

                #[automatically_derived]
                impl #impl_params #krate::IntoProblem for #self_type #where_clause {
                    type Set = #set;

                    fn status(&self) -> #set {
                        #status
                    }

                    fn problem(&self) -> #krate::Problem<#set> {
                        #problem
                    }

                    fn statuses() -> #private::Vec<#set> {
                        #statuses
                    }
                }
            };
            #krate::__impl_problem!({#no_response} impl [#(#params),*] for #self_type, where [#(#predicates,)*]);
        }
    }

    /// For a generic type, the bounds its generated code needs: on the fields whose types
    /// name a parameter, for what the code does with them, and `Display` where a detail is
    /// the error's text.
    fn bounds(&self, answers: &[Answer], self_type: &TokenStream) -> Vec<TokenStream> {
        let generics = &self.input.generics;
        if !generics.is_generic() {
            return Vec::new();
        }
        let (krate, private) = (&self.krate, &self.private);
        let mut bounds = Vec::new();
        let mut add = |ty: &TokenStream, bound: TokenStream| {
            let predicate = quote!(#ty: #bound);
            if generics.mentions(ty)
                && !bounds
                    .iter()
                    .any(|seen: &TokenStream| seen.to_string() == predicate.to_string())
            {
                bounds.push(predicate);
            }
        };
        let mut displays = false;
        for answer in answers {
            match &answer.kind {
                Kind::Transparent(field) => add(&field.ty, quote!(#krate::IntoProblem)),
                Kind::Status(_, settings) => {
                    for field in answer.fields.list.iter().filter(|f| f.extension.is_some()) {
                        add(&field.ty, quote!(#private::Serialize));
                    }
                    match &settings.detail {
                        None | Some(Detail::Display(_)) => displays = true,
                        Some(Detail::Text(text)) => {
                            for (index, format_trait) in template_fields(text, answer.fields) {
                                let ty = &answer.fields.list[index].ty;
                                match format_trait {
                                    Trait::Display => add(ty, quote!(::core::fmt::Display)),
                                    Trait::Debug => add(ty, quote!(::core::fmt::Debug)),
                                    Trait::Other => {}
                                }
                            }
                        }
                        Some(Detail::None(_)) => {}
                    }
                }
            }
        }
        if displays {
            bounds.push(quote!(#self_type: ::core::fmt::Display));
        }
        bounds
    }

    /// `status()`'s arm for an answer.
    fn status_arm(&self, answer: &Answer) -> TokenStream {
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
    fn problem_arm(&self, answer: &Answer) -> TokenStream {
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

    /// `statuses()`'s body: the variants' statuses and the transparent ones', once each, sorted.
    fn statuses(&self, answers: &[Answer]) -> TokenStream {
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

/// The fields a `detail` text formats, with their traits.
fn template_fields(text: &syn::LitStr, fields: &Fields) -> Vec<(usize, Trait)> {
    format::read(text, fields).map_or_else(|_| Vec::new(), |template| template.fields)
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
                .filter(|&index| fields[index].extension.is_some())
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

/// How a pattern names a field: `balance`, or `0` in a tuple.
fn member(index: usize, field: &Field) -> TokenStream {
    if let Some(ident) = &field.ident {
        return quote!(#ident);
    }
    let index = Literal::usize_unsuffixed(index);
    quote!(#index)
}

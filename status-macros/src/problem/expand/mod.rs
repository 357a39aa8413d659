//! The impl of `IntoProblem`, and the facade's features for the type.
//!
//! A status is a constant looked up by name in the set's table at compile time; beside it, a
//! check spanned on the user's token whose evaluation fails with a message that says what to
//! write when the set has no such status, when it is written otherwise (`Conflict`, `409`),
//! or when it is not an error. A transparent variant's check says which statuses of the inner
//! set the set lacks, and the `use` lines that add them. The messages are the facade's
//! (`__private/identity.rs`): only the compiler sees both sets.

mod arms;
mod decode;
mod lists;

use super::ast::{Detail, Field, Fields, ProblemInput, Settings, Shape, Written};
use super::format::Trait;
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

/// What one variant (or the struct) answers with.
struct Answer<'a> {
    /// `Self::Variant`, or `Self` for a struct.
    path: TokenStream,
    /// The variant's name or the struct's, and its doc comment.
    name: &'a Ident,
    docs: &'a str,
    fields: &'a Fields,
    kind: Kind<'a>,
    /// Whether `FromProblem` never reads a problem back as this answer.
    server_only: bool,
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

/// Which derive expands.
#[derive(Clone, Copy)]
pub enum Derive {
    /// `IntoProblem`'s impl, and the features' for the type.
    IntoProblem,
    /// `FromProblem`'s impl.
    FromProblem,
}

/// Reads what each variant answers with, with its items beside, and emits `derive`'s impl.
pub fn expand(input: &ProblemInput, derive: Derive) -> TokenStream {
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
                    name,
                    docs: &variant.docs,
                    fields,
                    kind,
                    server_only: variant.settings.server_only.is_some(),
                })
            })
            .collect(),
        Shape::Struct(fields) => cx
            .kind(&input.settings, None, fields, &mut items)
            .map(|kind| Answer {
                path: quote!(Self),
                name: &input.ident,
                docs: &input.docs,
                fields,
                kind,
                server_only: input.settings.server_only.is_some(),
            })
            .into_iter()
            .collect(),
    };
    match derive {
        Derive::IntoProblem => cx.impl_item(&answers, &items.tokens),
        Derive::FromProblem => cx.decode_impl(&answers, &items.tokens),
    }
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
        let documented = self.documented(answers);
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

                    fn __documented() -> #private::Vec<#private::Documented<#set>> {
                        #documented
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
                    for field in answer.fields.list.iter().filter(|f| f.header.is_some()) {
                        add(&field.ty, quote!(::core::fmt::Display));
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
}

/// The fields a `detail` text formats, with their traits.
fn template_fields(text: &syn::LitStr, fields: &Fields) -> Vec<(usize, Trait)> {
    super::format::read(text, fields).map_or_else(|_| Vec::new(), |template| template.fields)
}

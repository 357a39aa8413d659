//! Outer attributes, and the ones accepted on an entry. Attributes stay tokens: those the
//! macro reads are parsed here, the rest pass through as written.

use crate::ast::parse_path;
use proc_macro2::extra::DelimSpan;
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Token, token};

/// `#[...]`, kept whole: what the brackets hold passes through as written, invisible groups
/// from `macro_rules!` fragments included, and is read through them.
#[derive(Clone)]
pub struct Attr {
    pound: Span,
    brackets: DelimSpan,
    body: TokenStream,
}

impl Attr {
    /// Outer attributes, each parsed the way Rust reads one: `#`, then one bracketed group.
    /// Inner ones go to `errors` and are skipped.
    pub fn parse_outer(input: ParseStream, errors: &mut Vec<syn::Error>) -> syn::Result<Vec<Attr>> {
        let mut attrs = Vec::new();
        while input.peek(Token![#]) {
            if input.peek2(Token![!]) {
                errors.push(skip_inner_attribute(input));
                continue;
            }
            if !input.peek2(token::Bracket) {
                break;
            }
            let pound = input.parse::<Token![#]>()?;
            let body;
            let brackets = syn::bracketed!(body in input);
            let attr = Attr {
                pound: pound.spans[0],
                brackets: brackets.span,
                body: body.parse()?,
            };
            check_meta.parse2(attr.body.clone()).map_err(|_| {
                syn::Error::new_spanned(
                    &attr,
                    "malformed attribute; expected `#[name]`, `#[name(..)]` or `#[name = value]`",
                )
            })?;
            attrs.push(attr);
        }
        Ok(attrs)
    }

    /// What is inside the brackets.
    pub fn body(&self) -> TokenStream {
        self.body.clone()
    }

    /// The attribute's name: `doc` for `#[doc = ".."]`.
    pub fn name(&self) -> Option<Ident> {
        let name = |input: ParseStream| {
            let name = input.call(Ident::parse_any)?;
            input.parse::<TokenStream>()?;
            Ok(name)
        };
        name.parse2(self.body()).ok()
    }

    pub fn is(&self, name: &str) -> bool {
        self.name().is_some_and(|ident| ident == name)
    }

    pub fn name_span(&self) -> Span {
        self.name()
            .map_or_else(|| self.brackets.join(), |name| name.span())
    }

    /// The same attribute with another body, such as a `derive` with fewer traits.
    pub fn with_body(&self, body: TokenStream) -> Attr {
        Attr {
            body,
            ..self.clone()
        }
    }
}

/// A path in a `derive`, with its last segment: `::core::fmt::Debug` and `Debug`.
pub struct Derived {
    pub path: TokenStream,
    pub name: Ident,
}

impl Attr {
    /// The paths of a `#[derive(..)]`; empty for any other attribute.
    pub fn derived(&self) -> Vec<Derived> {
        let paths = |input: ParseStream| {
            let name = input.call(Ident::parse_any)?;
            if name != "derive" {
                return Ok(Vec::new());
            }
            let list;
            syn::parenthesized!(list in input);
            let mut paths = Vec::new();
            while !list.is_empty() {
                let path = parse_path(&list)?;
                let name = path.clone().into_iter().filter_map(|token| match token {
                    TokenTree::Ident(ident) => Some(ident),
                    _ => None,
                });
                if let Some(name) = name.last() {
                    paths.push(Derived { path, name });
                }
                if !list.is_empty() {
                    list.parse::<Token![,]>()?;
                }
            }
            Ok(paths)
        };
        paths.parse2(self.body()).unwrap_or_default()
    }

    /// The attribute without the derives that `keep` rejects; `None` if none is left.
    pub fn retain_derived(&self, keep: impl Fn(&Derived) -> bool) -> Option<Attr> {
        let derived = self.derived();
        if derived.iter().all(&keep) {
            return Some(self.clone());
        }
        let name = self.name()?;
        let kept: Vec<TokenStream> = derived
            .into_iter()
            .filter(keep)
            .map(|derived| derived.path)
            .collect();
        (!kept.is_empty()).then(|| self.with_body(quote::quote!(#name(#(#kept),*))))
    }
}

/// `#![..]` or `//!`, which would document the enclosing item: there is none in the invocation.
fn skip_inner_attribute(input: ParseStream) -> syn::Error {
    let mut tokens = TokenStream::new();
    for _ in 0..3 {
        match input.parse::<TokenTree>() {
            Ok(token) => tokens.extend([token]),
            Err(_) => break,
        }
    }
    syn::Error::new_spanned(
        tokens,
        "inner attributes and `//!` doc comments are not accepted here; document the set \
         with `///` on its `enum` item",
    )
}

impl ToTokens for Attr {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let mut pound = Punct::new('#', Spacing::Alone);
        pound.set_span(self.pound);
        let mut brackets = Group::new(Delimiter::Bracket, self.body.clone());
        brackets.set_span(self.brackets.join());
        tokens.extend([TokenTree::Punct(pound), TokenTree::Group(brackets)]);
    }
}

#[derive(Default)]
pub struct EntryAttrs {
    pub aliases: Vec<Ident>,
    pub spec: Option<LitStr>,
    /// Doc comments, appended to the generated docs of the variant.
    pub docs: Vec<Attr>,
    /// `#[deprecated]`, passed to the variant and to every constant naming it.
    pub deprecated: Option<Attr>,
    /// `#[default]`, passed to the variant for a `#[derive(Default)]` on the enum.
    pub default: Option<Attr>,
    /// `#[cacheable]`: cacheable by default (RFC 9110, Section 15.1).
    pub cacheable: Option<Attr>,
    /// `#[no_content]`: a response never carries content.
    pub no_content: Option<Attr>,
}

const ACCEPTED: &str = "`#[alias(NAME, ..)]`, `#[spec = \"..\"]`, `#[cacheable]`, `#[no_content]`, \
                        `#[deprecated]`, `#[default]` or a doc comment";

/// Interprets an entry's attributes. An invalid one goes to `errors` and is left out, so the
/// entry still expands and only the attribute is reported.
pub fn parse(attrs: &[Attr], errors: &mut Vec<syn::Error>) -> EntryAttrs {
    let mut parsed = EntryAttrs::default();
    for attr in attrs {
        if let Err(error) = parse_one(attr, &mut parsed) {
            errors.push(error);
        }
    }
    parsed
}

fn parse_one(attr: &Attr, parsed: &mut EntryAttrs) -> syn::Result<()> {
    let once = |slot: &mut Option<Attr>, name: &str| {
        if slot.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                format!("duplicate `#[{name}]`; keep one"),
            ));
        }
        *slot = Some(attr.clone());
        Ok(())
    };
    if attr.is("doc") {
        parsed.docs.push(attr.clone());
    } else if attr.is("deprecated") {
        once(&mut parsed.deprecated, "deprecated")?;
    } else if attr.is("default") {
        once(&mut parsed.default, "default")?;
    } else if attr.is("cacheable") || attr.is("no_content") {
        if flag_alone.parse2(attr.body()).is_err() {
            return Err(syn::Error::new_spanned(
                attr,
                "write the flag alone, as `#[cacheable]` or `#[no_content]`",
            ));
        }
        if attr.is("cacheable") {
            once(&mut parsed.cacheable, "cacheable")?;
        } else {
            once(&mut parsed.no_content, "no_content")?;
        }
    } else if attr.is("alias") {
        parsed.aliases.extend(alias_names(attr)?);
    } else if attr.is("spec") {
        if parsed.spec.is_some() {
            return Err(syn::Error::new_spanned(
                attr,
                "duplicate `#[spec]`; keep one",
            ));
        }
        parsed.spec = Some(spec_value.parse2(attr.body()).map_err(|_| {
            syn::Error::new_spanned(
                attr,
                "expected `#[spec = \"..\"]` with a string, such as `#[spec = \"RFC 9110, Section 15.5.5\"]`",
            )
        })?);
    } else {
        return Err(syn::Error::new(
            attr.name_span(),
            format!("unknown entry attribute; expected {ACCEPTED}"),
        ));
    }
    Ok(())
}

/// The names entry attributes take; on the `enum` or `mod` item they are a misplaced entry's.
pub const ENTRY_ATTRIBUTES: &[&str] = &["alias", "spec", "cacheable", "no_content", "default"];

/// `cacheable`: a name and nothing else.
fn flag_alone(input: ParseStream) -> syn::Result<()> {
    input.call(Ident::parse_any)?;
    Ok(())
}

/// `alias(A, B)`: one name at least, separated by commas.
fn alias_names(attr: &Attr) -> syn::Result<Vec<Ident>> {
    let parse = |input: ParseStream| {
        input.call(Ident::parse_any)?;
        if !input.peek(token::Paren) {
            return Ok(None);
        }
        let list;
        syn::parenthesized!(list in input);
        let mut names = Vec::new();
        while !list.is_empty() {
            if !list.peek(Ident::peek_any) {
                return Err(list.error(
                    "expected a name in `#[alias(..)]`, such as `REQUEST_ENTITY_TOO_LARGE`",
                ));
            }
            names.push(list.call(Ident::parse_any)?);
            if list.is_empty() {
                break;
            }
            if !list.peek(Token![,]) {
                return Err(list.error("expected `,` between the names in `#[alias(..)]`"));
            }
            list.parse::<Token![,]>()?;
        }
        Ok(Some(names).filter(|names| !names.is_empty()))
    };
    parse.parse2(attr.body())?.ok_or_else(|| {
        syn::Error::new_spanned(
            attr,
            "`#[alias]` needs the other names, such as `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
        )
    })
}

/// `spec = "..."`.
fn spec_value(input: ParseStream) -> syn::Result<LitStr> {
    input.parse::<Ident>()?;
    input.parse::<Token![=]>()?;
    input.parse()
}

/// The shape of an attribute's body, as Rust requires it: a path, then nothing, one delimited
/// group, or `=` and a value (a literal, a path, a macro call or a group).
fn check_meta(input: ParseStream) -> syn::Result<()> {
    parse_path(input)?;
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        if input.peek(syn::Lit) {
            input.parse::<syn::Lit>()?;
        } else if peek_group(input) {
            input.parse::<TokenTree>()?;
        } else {
            parse_path(input)?;
            if input.peek(Token![!]) {
                input.parse::<Token![!]>()?;
                if !peek_group(input) {
                    return Err(input.error("expected the macro's arguments"));
                }
                input.parse::<TokenTree>()?;
            }
        }
    } else if !input.is_empty() {
        if !peek_group(input) {
            return Err(input.error("expected `(`, `[`, `{` or `=`"));
        }
        input.parse::<TokenTree>()?;
    }
    if input.is_empty() {
        Ok(())
    } else {
        Err(input.error("unexpected tokens"))
    }
}

/// A group in any delimiters: `(..)`, `[..]` or `{..}`.
fn peek_group(input: ParseStream) -> bool {
    input.peek(syn::token::Paren)
        || input.peek(syn::token::Bracket)
        || input.peek(syn::token::Brace)
}

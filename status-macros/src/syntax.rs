//! The Rust syntax the macro reads itself, as rustc reads it: outer attributes, visibilities
//! and paths. Every reader looks through the invisible groups that `macro_rules!` fragments
//! arrive in, and keeps what it read as written.

use crate::errors::Errors;
use proc_macro2::extra::DelimSpan;
use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Token, token};

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
    pub fn parse_outer(input: ParseStream, errors: &mut Errors) -> syn::Result<Vec<Attr>> {
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

/// A visibility, kept as written: nothing, `pub`, or `pub(..)`.
pub struct Vis(TokenStream);

impl Parse for Vis {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut tokens = TokenStream::new();
        if input.peek(Token![pub]) {
            input.parse::<Token![pub]>()?.to_tokens(&mut tokens);
            if input.peek(syn::token::Paren) {
                let restriction: TokenTree = input.parse()?;
                let TokenTree::Group(group) = &restriction else {
                    return Err(input.error("expected a visibility"));
                };
                check_restriction.parse2(group.stream()).map_err(|_| {
                    syn::Error::new_spanned(
                        &restriction,
                        "expected `pub(crate)`, `pub(self)`, `pub(super)` or `pub(in PATH)`",
                    )
                })?;
                tokens.extend([restriction]);
            }
        }
        Ok(Vis(tokens))
    }
}

impl Vis {
    /// Whether it is `pub` alone, visible outside the crate.
    pub fn is_pub(&self) -> bool {
        let mut tokens = self.0.clone().into_iter();
        matches!(
            (tokens.next(), tokens.next()),
            (Some(TokenTree::Ident(ident)), None) if ident == "pub"
        )
    }
}

impl ToTokens for Vis {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}

/// What `pub(..)` may hold.
fn check_restriction(input: ParseStream) -> syn::Result<()> {
    if input.peek(Token![in]) {
        input.parse::<Token![in]>()?;
        return parse_path(input).map(drop);
    }
    if peek_path_keyword(input) {
        input.call(Ident::parse_any)?;
        return Ok(());
    }
    Err(input.error("not a visibility"))
}

/// `crate`, `self` or `super`: the keywords a path may hold.
fn peek_path_keyword(input: ParseStream) -> bool {
    input.peek(Token![crate]) || input.peek(Token![self]) || input.peek(Token![super])
}

/// A module path such as `::status` or `crate::vendored::status`, kept as written.
pub fn parse_path(input: ParseStream) -> syn::Result<TokenStream> {
    parse_path_until(input, |_| false)
}

/// A path, ending before the `::` where `stop` holds: `acme::AcmeStatus` of
/// `acme::AcmeStatus::{..}`.
pub fn parse_path_until(
    input: ParseStream,
    stop: impl Fn(ParseStream) -> bool,
) -> syn::Result<TokenStream> {
    let mut path = TokenStream::new();
    if input.peek(Token![::]) {
        input.parse::<Token![::]>()?.to_tokens(&mut path);
    }
    loop {
        // An identifier, or one of the keywords a path may hold.
        let segment = if peek_path_keyword(input) {
            input.call(Ident::parse_any)
        } else {
            input.parse::<Ident>()
        };
        segment
            .map_err(|_| {
                input.error("expected the path to the `status` crate, such as `::status`")
            })?
            .to_tokens(&mut path);
        if !input.peek(Token![::]) || stop(input) {
            return Ok(path);
        }
        input.parse::<Token![::]>()?.to_tokens(&mut path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invisible(tokens: &str) -> TokenStream {
        let group = Group::new(Delimiter::None, tokens.parse().unwrap());
        TokenStream::from(TokenTree::Group(group))
    }

    fn outer_attrs(tokens: TokenStream) -> (Vec<Attr>, Errors) {
        let mut errors = Errors::default();
        let attrs = (|input: ParseStream| {
            let attrs = Attr::parse_outer(input, &mut errors)?;
            input.parse::<TokenStream>()?;
            Ok(attrs)
        })
        .parse2(tokens)
        .unwrap();
        (attrs, errors)
    }

    #[test]
    fn attributes_are_read_through_invisible_groups() {
        // `#[$meta]` with `$meta:meta` = `doc = "x"`.
        let mut tokens: TokenStream = "#".parse().unwrap();
        let body = invisible("doc = \"x\"");
        tokens.extend([TokenTree::Group(Group::new(Delimiter::Bracket, body))]);
        let (attrs, errors) = outer_attrs(tokens);
        assert!(errors.is_empty());
        assert!(attrs[0].is("doc"));
        // `$attr` with `$attr:tt` around a whole attribute.
        let (attrs, _) = outer_attrs(invisible("#[alias(A, B)]"));
        assert!(attrs[0].is("alias"));
    }

    #[test]
    fn an_attribute_is_a_pound_and_one_bracketed_group() {
        let mut tokens = invisible("#[]");
        tokens.extend("[doc = \"x\"] pub".parse::<TokenStream>().unwrap());
        let mut errors = Errors::default();
        let result = (|input: ParseStream| Attr::parse_outer(input, &mut errors)).parse2(tokens);
        assert!(result.is_err(), "`#[]` is malformed, whatever follows it");
    }

    #[test]
    fn inner_attributes_are_reported_and_skipped() {
        let (attrs, errors) = outer_attrs("#![doc = \"x\"] #[doc = \"y\"]".parse().unwrap());
        assert_eq!(attrs.len(), 1);
        assert!(!errors.is_empty());
    }

    #[test]
    fn derives_are_listed_with_their_last_segment() {
        let (attrs, _) = outer_attrs("#[derive(Default, ::core::fmt::Debug)]".parse().unwrap());
        let names: Vec<String> = attrs[0]
            .derived()
            .iter()
            .map(|d| d.name.to_string())
            .collect();
        assert_eq!(names, ["Default", "Debug"]);
        let kept = attrs[0].retain_derived(|d| d.name == "Default").unwrap();
        assert_eq!(kept.to_token_stream().to_string(), "# [derive (Default)]");
        assert!(attrs[0].retain_derived(|_| false).is_none());
    }

    #[test]
    fn visibilities() {
        for (text, ok) in [
            ("", true),
            ("pub", true),
            ("pub(crate)", true),
            ("pub(super)", true),
            ("pub(in crate::a)", true),
            ("pub(x)", false),
        ] {
            let vis = syn::parse_str::<Vis>(text);
            assert_eq!(vis.is_ok(), ok, "{text}");
        }
        let vis: Vis = syn::parse2(invisible("pub(crate)")).unwrap();
        assert_eq!(vis.to_token_stream().to_string(), "pub (crate)");
    }

    #[test]
    fn paths() {
        for (text, ok) in [
            ("::status", true),
            ("crate::vendored::status", true),
            ("self::s", true),
            ("a::", false),
            ("::", false),
            ("1", false),
        ] {
            let path = (|input: ParseStream| {
                parse_path(input)?;
                Ok(())
            })
            .parse_str(text);
            assert_eq!(path.is_ok(), ok, "{text}");
        }
    }

    #[test]
    fn meta_shapes() {
        for (text, ok) in [
            ("doc", true),
            ("doc = \"x\"", true),
            ("doc = concat!(\"a\")", true),
            ("cfg(test)", true),
            ("path::to = value", true),
            ("doc = ", false),
            ("doc x", false),
            ("", false),
        ] {
            assert_eq!(check_meta.parse_str(text).is_ok(), ok, "{text}");
        }
    }
}

//! Outer attributes, and the ones accepted on an entry. Attributes stay tokens: those the
//! macro reads are parsed here, the rest pass through as written.

use crate::ast::parse_path;
use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{LitStr, Token};

/// `#[...]`, kept whole.
#[derive(Clone)]
pub struct Attr {
    pound: TokenTree,
    brackets: TokenTree,
}

impl Attr {
    pub fn parse_outer(input: ParseStream) -> syn::Result<Vec<Attr>> {
        let mut attrs = Vec::new();
        while input.peek(Token![#]) && input.peek2(syn::token::Bracket) {
            let attr = Attr {
                pound: input.parse()?,
                brackets: input.parse()?,
            };
            check_meta.parse2(attr.body()).map_err(|_| {
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
    fn body(&self) -> TokenStream {
        match &self.brackets {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Bracket => group.stream(),
            _ => TokenStream::new(),
        }
    }

    /// The attribute's name: `doc` for `#[doc = ".."]`.
    pub fn name(&self) -> Option<Ident> {
        match self.body().into_iter().next() {
            Some(TokenTree::Ident(name)) => Some(name),
            _ => None,
        }
    }

    pub fn is(&self, name: &str) -> bool {
        self.name().is_some_and(|ident| ident == name)
    }

    fn name_span(&self) -> Span {
        self.name()
            .map_or_else(|| self.brackets.span(), |name| name.span())
    }
}

impl ToTokens for Attr {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append(self.pound.clone());
        tokens.append(self.brackets.clone());
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
        if attr.body().into_iter().nth(1).is_some() {
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
        let names = alias_names.parse2(attr.body()).map_err(|_| {
            syn::Error::new_spanned(
                attr,
                "`#[alias]` needs the other names, such as `#[alias(REQUEST_ENTITY_TOO_LARGE)]`",
            )
        })?;
        parsed.aliases.extend(names);
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

/// `alias(A, B)`: one name at least.
fn alias_names(input: ParseStream) -> syn::Result<Vec<Ident>> {
    input.parse::<Ident>()?;
    let names;
    syn::parenthesized!(names in input);
    let names = Punctuated::<Ident, Token![,]>::parse_terminated(&names)?;
    if names.is_empty() {
        return Err(input.error("no names"));
    }
    Ok(names.into_iter().collect())
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

//! The attributes an entry accepts, read from its outer attributes. An invalid one is reported
//! and left out, so the entry still expands.

use crate::errors::Errors;
use crate::syntax::Attr;
use proc_macro2::Ident;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Token, token};

#[derive(Default)]
pub struct EntryAttrs {
    pub aliases: Vec<Ident>,
    pub spec: Option<LitStr>,
    /// Other reason phrases sent for the code, from `#[phrase_alias("..", ..)]`.
    pub phrase_aliases: Vec<LitStr>,
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

const ACCEPTED: &str = "`#[alias(NAME, ..)]`, `#[phrase_alias(\"..\", ..)]`, `#[spec = \"..\"]`, \
                        `#[cacheable]`, `#[no_content]`, \
                        `#[deprecated]`, `#[default]` or a doc comment";

/// Interprets an entry's attributes. An invalid one goes to `errors` and is left out, so the
/// entry still expands and only the attribute is reported.
pub fn parse(attrs: &[Attr], errors: &mut Errors) -> EntryAttrs {
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
    } else if attr.is("phrase_alias") {
        parsed.phrase_aliases.extend(phrase_aliases(attr)?);
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

/// Whether an attribute of the `enum` or `mod` item is one that belongs on an entry.
pub fn is_entry_attribute(name: &Ident) -> bool {
    [
        "alias",
        "phrase_alias",
        "spec",
        "cacheable",
        "no_content",
        "default",
    ]
    .iter()
    .any(|entry| name == entry)
}

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
            input.parse::<proc_macro2::TokenStream>()?;
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

/// `phrase_alias("A", "B")`: one phrase at least, separated by commas.
fn phrase_aliases(attr: &Attr) -> syn::Result<Vec<LitStr>> {
    let parse = |input: ParseStream| {
        input.call(Ident::parse_any)?;
        if !input.peek(token::Paren) {
            input.parse::<proc_macro2::TokenStream>()?;
            return Ok(None);
        }
        let list;
        syn::parenthesized!(list in input);
        let mut phrases = Vec::new();
        while !list.is_empty() {
            if !list.peek(LitStr) {
                return Err(list.error(
                    "expected a phrase as a string in `#[phrase_alias(..)]`, such as \
                     \"Payload Too Large\"",
                ));
            }
            phrases.push(list.parse::<LitStr>()?);
            if list.is_empty() {
                break;
            }
            if !list.peek(Token![,]) {
                return Err(list.error("expected `,` between the phrases in `#[phrase_alias(..)]`"));
            }
            list.parse::<Token![,]>()?;
        }
        Ok(Some(phrases).filter(|phrases| !phrases.is_empty()))
    };
    parse.parse2(attr.body())?.ok_or_else(|| {
        syn::Error::new_spanned(
            attr,
            "`#[phrase_alias]` needs the other phrases, such as \
             `#[phrase_alias(\"Payload Too Large\")]`",
        )
    })
}

/// `spec = "..."`.
fn spec_value(input: ParseStream) -> syn::Result<LitStr> {
    input.parse::<Ident>()?;
    input.parse::<Token![=]>()?;
    input.parse()
}

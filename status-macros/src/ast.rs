//! The input model of `status_codes!` and its parser.
//!
//! ```text
//! Input  := OuterAttr* Vis "enum" Ident ";" Header* Entry* Base?
//! Header := OuterAttr* Vis "mod" Ident ";"
//!         | "extends" "standard" ";"
//!         | "crate" "=" Path ";"
//! Entry  := OuterAttr* LitInt "=>" Ident "," LitStr "," LitStr ";"
//! Base   := "@" "standard" Entry*      // hidden: how the facade hands over its list
//! ```
//!
//! A syntax error inside one header item or entry is recorded and parsing resumes after the
//! next `;`, so that every mistake is reported at once and the rest of the set still expands.

use crate::attr::{self, Attr, EntryAttrs};
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Ident, LitInt, LitStr, Token};

pub mod kw {
    syn::custom_keyword!(extends);
    syn::custom_keyword!(standard);
}

pub struct Input {
    pub attrs: Vec<Attr>,
    pub vis: Vis,
    pub ident: Ident,
    pub consts: Option<ConstsMod>,
    pub extends: Option<kw::standard>,
    pub krate: Option<TokenStream>,
    pub entries: Vec<Entry>,
    /// The standard set's entries, present only when the facade's `__standard_set!` forwarded
    /// the invocation.
    pub standard: Option<Vec<Entry>>,
    /// Syntax errors in header items and entries.
    pub errors: Vec<syn::Error>,
}

pub struct ConstsMod {
    pub attrs: Vec<Attr>,
    pub vis: Vis,
    pub ident: Ident,
}

pub struct Entry {
    pub attrs: EntryAttrs,
    pub code: LitInt,
    pub name: Ident,
    pub phrase: LitStr,
    pub description: LitStr,
}

enum Header {
    Consts(ConstsMod),
    Extends(kw::standard),
    Crate(TokenStream),
}

const HEADER_ITEMS: &str = "`pub mod NAME;`, `extends standard;` or `crate = PATH;`";

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attr::parse_outer)?;
        let vis: Vis = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(
                input.error("expected the set's enum item first, such as `pub enum ApiStatus;`")
            );
        }
        input.parse::<Token![enum]>()?;
        let ident: Ident = input.parse()?;
        input.parse::<Token![;]>()?;

        let mut set = Input {
            attrs,
            vis,
            ident,
            consts: None,
            extends: None,
            krate: None,
            entries: Vec::new(),
            standard: None,
            errors: Vec::new(),
        };
        let mut entries = Vec::new();
        while !input.is_empty() {
            if input.peek(Token![@]) {
                set.standard = Some(parse_base(input, &mut set.errors)?);
                break;
            }
            let item_attrs = input.call(Attr::parse_outer)?;
            let result = if starts_entry(input) {
                Entry::parse_rest(&item_attrs, input, &mut set.errors)
                    .map(|entry| entries.push(entry))
            } else if !entries.is_empty() {
                Err(input.error("header items go before the entries; move this line up"))
            } else {
                parse_header(item_attrs, input).and_then(|header| set.add_header(header))
            };
            if let Err(error) = result {
                set.errors.push(error);
                skip_past_semicolon(input);
            }
        }
        set.entries = entries;
        Ok(set)
    }
}

impl Input {
    fn add_header(&mut self, header: Header) -> syn::Result<()> {
        match header {
            Header::Consts(consts) if self.consts.is_some() => {
                Err(duplicate_header(&consts.ident, "mod"))
            }
            Header::Extends(base) if self.extends.is_some() => {
                Err(duplicate_header(base, "extends"))
            }
            Header::Crate(path) if self.krate.is_some() => Err(duplicate_header(&path, "crate")),
            Header::Consts(consts) => {
                self.consts = Some(consts);
                Ok(())
            }
            Header::Extends(base) => {
                self.extends = Some(base);
                Ok(())
            }
            Header::Crate(path) => {
                self.krate = Some(path);
                Ok(())
            }
        }
    }
}

fn duplicate_header(tokens: impl quote::ToTokens, item: &str) -> syn::Error {
    syn::Error::new_spanned(tokens, format!("duplicate `{item}` item; keep only one"))
}

/// An entry starts with its code; a line with `=>` is an entry whose code is malformed.
fn starts_entry(input: ParseStream) -> bool {
    if input.peek(syn::Lit) || input.peek(Token![-]) {
        return true;
    }
    let fork = input.fork();
    while !fork.is_empty() && !fork.peek(Token![;]) {
        if fork.peek(Token![=>]) {
            return true;
        }
        if fork.parse::<TokenTree>().is_err() {
            break;
        }
    }
    false
}

fn parse_header(attrs: Vec<Attr>, input: ParseStream) -> syn::Result<Header> {
    if input.peek(kw::extends) {
        reject_attrs(&attrs, "extends")?;
        input.parse::<kw::extends>()?;
        let base = if input.peek(kw::standard) {
            input.parse::<kw::standard>()?
        } else {
            return Err(input.error("only `extends standard;` is supported"));
        };
        input.parse::<Token![;]>()?;
        return Ok(Header::Extends(base));
    }
    if input.peek(Token![crate]) && input.peek2(Token![=]) {
        reject_attrs(&attrs, "crate")?;
        input.parse::<Token![crate]>()?;
        input.parse::<Token![=]>()?;
        let path = parse_path(input)?;
        input.parse::<Token![;]>()?;
        return Ok(Header::Crate(path));
    }
    let vis: Vis = input.parse()?;
    if !input.peek(Token![mod]) {
        let message = format!("unknown header item; expected {HEADER_ITEMS}");
        return Err(match input.parse::<TokenTree>() {
            Ok(token) => syn::Error::new_spanned(token, message),
            Err(_) => input.error(message),
        });
    }
    input.parse::<Token![mod]>()?;
    let ident: Ident = input.parse()?;
    input.parse::<Token![;]>()?;
    Ok(Header::Consts(ConstsMod { attrs, vis, ident }))
}

fn reject_attrs(attrs: &[Attr], item: &str) -> syn::Result<()> {
    match attrs.first() {
        Some(attr) => Err(syn::Error::new_spanned(
            attr,
            format!("attributes are not accepted on the `{item}` item; remove this one"),
        )),
        None => Ok(()),
    }
}

fn parse_base(input: ParseStream, errors: &mut Vec<syn::Error>) -> syn::Result<Vec<Entry>> {
    input.parse::<Token![@]>()?;
    input.parse::<kw::standard>()?;
    let mut entries = Vec::new();
    while !input.is_empty() {
        let attrs = input.call(Attr::parse_outer)?;
        entries.push(Entry::parse_rest(&attrs, input, errors)?);
    }
    Ok(entries)
}

impl Entry {
    /// Parses an entry after its attributes. Errors in the attributes go to `errors` and leave
    /// the entry in place; errors in its syntax are returned.
    fn parse_rest(
        attrs: &[Attr],
        input: ParseStream,
        errors: &mut Vec<syn::Error>,
    ) -> syn::Result<Self> {
        let code = parse_code(input)?;
        input.parse::<Token![=>]>()?;
        let name = expect(input, "the status name after `=>`, such as `NOT_FOUND`")?;
        expect::<Token![,]>(input, "`,` after the name, then the reason phrase")?;
        let phrase = expect(
            input,
            "the reason phrase as a string, such as \"Not Found\"",
        )?;
        expect::<Token![,]>(input, "`,` after the phrase, then the description")?;
        let description = expect(input, "the description as a string after the phrase")?;
        if !input.is_empty() {
            input.parse::<Token![;]>().map_err(|_| {
                input.error("expected `;` after the description, which ends the entry")
            })?;
        }
        Ok(Entry {
            attrs: attr::parse(attrs, errors),
            code,
            name,
            phrase,
            description,
        })
    }
}

fn parse_code(input: ParseStream) -> syn::Result<LitInt> {
    if input.peek(LitInt) {
        return input.parse();
    }
    let message = "expected the status code as an integer literal, such as `404`";
    Err(match input.parse::<TokenTree>() {
        Ok(token) => syn::Error::new_spanned(token, message),
        Err(_) => input.error(message),
    })
}

fn expect<T: Parse>(input: ParseStream, what: &str) -> syn::Result<T> {
    let fork = input.fork();
    match fork.parse::<T>() {
        Ok(_) => input.parse(),
        Err(_) => Err(input.error(format!("expected {what}"))),
    }
}

fn skip_past_semicolon(input: ParseStream) {
    while !input.is_empty() {
        if input.parse::<Option<Token![;]>>().ok().flatten().is_some() {
            return;
        }
        if input.parse::<TokenTree>().is_err() {
            return;
        }
    }
}

impl Input {
    /// The path to the facade crate that generated code names.
    pub fn krate(&self) -> TokenStream {
        if let Some(path) = &self.krate {
            return path.clone();
        }
        let facade = Ident::new("status", Span::call_site());
        quote!(::#facade)
    }

    /// Every entry of the set, each with whether it comes from the standard set: the standard
    /// ones first, then its own.
    pub fn all_entries(&self) -> impl Iterator<Item = (&Entry, bool)> {
        let standard = self.standard.iter().flatten().map(|entry| (entry, true));
        standard.chain(self.entries.iter().map(|entry| (entry, false)))
    }
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
        if !input.peek(Token![::]) {
            return Ok(path);
        }
        input.parse::<Token![::]>()?.to_tokens(&mut path);
    }
}

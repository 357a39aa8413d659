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
        let mut errors = Vec::new();
        let attrs = Attr::parse_outer(input, &mut errors)?;
        let vis: Vis = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(
                input.error("expected the set's enum item first, such as `pub enum ApiStatus;`")
            );
        }
        input.parse::<Token![enum]>()?;
        let ident = item_name(input, "enum", "`pub enum ApiStatus;`")?;
        if let Err(error) = item_end(input, "enum") {
            errors.push(error);
            // A body `{ .. }` is skipped alone: the entries after it still count.
            if input.peek(syn::token::Brace) {
                input.parse::<TokenTree>()?;
                input.parse::<Option<Token![;]>>()?;
            } else {
                skip_item(input);
            }
        }

        let mut set = Input {
            attrs,
            vis,
            ident,
            consts: None,
            extends: None,
            krate: None,
            entries: Vec::new(),
            standard: None,
            errors,
        };
        let mut entries = Vec::new();
        while !input.is_empty() {
            if input.peek(Token![@]) {
                set.standard = Some(parse_base(input, &mut set.errors)?);
                break;
            }
            if input.peek(Token![;]) {
                let semi = input.parse::<Token![;]>()?;
                set.errors
                    .push(syn::Error::new_spanned(semi, "stray `;`; remove it"));
                continue;
            }
            let item_attrs = match Attr::parse_outer(input, &mut set.errors) {
                Ok(attrs) => attrs,
                Err(error) => {
                    set.errors.push(error);
                    skip_item(input);
                    continue;
                }
            };
            let result = if input.is_empty() {
                if item_attrs.is_empty() {
                    continue; // Inner attributes only, already reported.
                }
                Err(attrs_on_nothing(&item_attrs))
            } else if starts_entry(input) {
                Entry::parse_rest(&item_attrs, input, &mut set.errors)
                    .map(|entry| entries.push(entry))
            } else if !entries.is_empty() && !starts_header(input) {
                Err(unexpected_token(
                    input,
                    "expected an entry, `CODE => NAME, \"phrase\", \"description\";`",
                ))
            } else if !entries.is_empty() {
                Err(input.error("header items go before the entries; move this line up"))
            } else {
                parse_header(item_attrs, input).and_then(|header| set.add_header(header))
            };
            if let Err(error) = result {
                set.errors.push(error);
                skip_item(input);
            }
        }
        set.entries = entries;
        Ok(set)
    }
}

/// Attributes with no item after them: the last entry is above them.
fn attrs_on_nothing(attrs: &[Attr]) -> syn::Error {
    let tokens = quote!(#(#attrs)*);
    if attrs.iter().all(|attr| attr.is("doc")) {
        syn::Error::new_spanned(
            tokens,
            "this doc comment documents nothing; move it above the entry it describes",
        )
    } else {
        syn::Error::new_spanned(
            tokens,
            "this attribute applies to nothing; move it above the entry it belongs to",
        )
    }
}

/// The name of the `enum` or `mod` item.
fn item_name(input: ParseStream, item: &str, example: &str) -> syn::Result<Ident> {
    if input.peek(Ident) {
        return input.parse();
    }
    Err(unexpected_token(
        input,
        &format!("expected the name of the `{item}` item, such as {example}"),
    ))
}

/// The `;` that ends the `enum` or `mod` item, or an error that says what stands in its place.
fn item_end(input: ParseStream, item: &str) -> syn::Result<()> {
    if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
        return Ok(());
    }
    let message = if input.peek(Token![<]) {
        format!("the `{item}` item takes no generic parameters; remove them")
    } else if input.peek(Token![::]) {
        format!("the `{item}` item's name is one identifier, not a path")
    } else if input.peek(syn::token::Brace) && item == "enum" {
        "the entries follow the `enum` item, not inside braces: write `pub enum NAME;`, then \
         the entries"
            .to_owned()
    } else if input.peek(syn::token::Brace) {
        "the macro fills the module with constants: write `pub mod NAME;`, with no body".to_owned()
    } else {
        format!("expected `;` after the `{item}` item's name")
    };
    Err(unexpected_token(input, &message))
}

/// An error on the next token, or at the end of the input if there is none.
fn unexpected_token(input: ParseStream, message: &str) -> syn::Error {
    match input.fork().parse::<TokenTree>() {
        Ok(token) => syn::Error::new_spanned(token, message),
        Err(_) => input.error(message),
    }
}

/// Whether the next item reads as a header item, however malformed.
fn starts_header(input: ParseStream) -> bool {
    input.peek(Token![pub])
        || input.peek(Token![mod])
        || input.peek(Token![enum])
        || input.peek(Token![crate])
        || input.peek(kw::extends)
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
    if input.peek(Token![crate]) {
        reject_attrs(&attrs, "crate")?;
        input.parse::<Token![crate]>()?;
        if !input.peek(Token![=]) {
            return Err(unexpected_token(
                input,
                "expected `=` after `crate`, as in `crate = ::status;`",
            ));
        }
        input.parse::<Token![=]>()?;
        let path = parse_path(input)?;
        input.parse::<Token![;]>()?;
        return Ok(Header::Crate(path));
    }
    let vis: Vis = input.parse()?;
    if input.peek(kw::extends) || input.peek(Token![crate]) {
        return Err(syn::Error::new_spanned(
            &vis,
            "only the `enum` and `mod` items take a visibility; remove it",
        ));
    }
    if input.peek(Token![enum]) {
        return Err(unexpected_token(
            input,
            "an invocation defines one set, with one `enum` item; invoke `status_codes!` again \
             for another",
        ));
    }
    if !input.peek(Token![mod]) {
        return Err(unexpected_token(
            input,
            &format!("unknown header item; expected {HEADER_ITEMS}"),
        ));
    }
    input.parse::<Token![mod]>()?;
    let ident = item_name(input, "mod", "`pub mod api_codes;`")?;
    item_end(input, "mod")?;
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
        let attrs = Attr::parse_outer(input, errors)?;
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
        if input.peek(Token![::]) {
            let mut path = quote!(#name);
            while input.peek(Token![::]) {
                input.parse::<Token![::]>()?.to_tokens(&mut path);
                if input.peek(Ident::peek_any) {
                    input.call(Ident::parse_any)?.to_tokens(&mut path);
                }
            }
            return Err(syn::Error::new_spanned(
                path,
                "a status name is one identifier, not a path; write the name alone, such as \
                 `NOT_FOUND`",
            ));
        }
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
        let code: LitInt = input.parse()?;
        if input.peek(Token![=>]) {
            return Ok(code);
        }
        // More tokens, then `=>`: an expression, which the macro does not evaluate.
        let fork = input.fork();
        let mut rest = TokenStream::new();
        while !fork.is_empty() && !fork.peek(Token![;]) {
            if fork.peek(Token![=>]) {
                return Err(syn::Error::new_spanned(
                    quote!(#code #rest),
                    "the status code is one integer literal, such as `404`; expressions are \
                     not evaluated",
                ));
            }
            rest.extend([fork.parse::<TokenTree>()?]);
        }
        return Ok(code);
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

/// Skips the rest of a malformed item, through its `;`.
fn skip_item(input: ParseStream) {
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

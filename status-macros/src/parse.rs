//! Parses an invocation into `ast::Input`. A syntax error inside one header item or entry goes
//! to the error accumulator and parsing resumes after the item, so that every mistake is
//! reported at once and the rest of the set still expands.

use crate::ast::{ConstsMod, Entry, Handed, Input, Pick, SourcePath, kw};
use crate::attr;
use crate::case;
use crate::errors::Errors;
use crate::syntax::{Attr, Vis, parse_path, parse_path_until};
use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Ident, LitInt, Token};

const HEADER_ITEMS: &str =
    "`pub mod NAME;`, `extends SET;`, `use SET::{NAME, ..};` or `crate = PATH;`";

/// The input, or the error that leaves nothing to expand; every other error goes to `errors`.
pub fn input(tokens: TokenStream, errors: &mut Errors) -> syn::Result<Input> {
    (|input: ParseStream| parse_input(input, errors)).parse2(tokens)
}

fn parse_input(input: ParseStream, errors: &mut Errors) -> syn::Result<Input> {
    let mut attrs = Attr::parse_outer(input, errors)?;
    let extensible = take_extensible(&mut attrs, errors);
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
        extensible,
        consts: None,
        extends: None,
        picks: Vec::new(),
        krate: None,
        entries: Vec::new(),
        handed: Vec::new(),
        is_standard_set: false,
    };
    while !input.is_empty() {
        if input.peek(Token![@]) {
            parse_handed(input, &mut set, errors)?;
            break;
        }
        if input.peek(Token![;]) {
            let semi = input.parse::<Token![;]>()?;
            errors.at(semi, "stray `;`; remove it");
            continue;
        }
        let item_attrs = match Attr::parse_outer(input, errors) {
            Ok(attrs) => attrs,
            Err(error) => {
                errors.push(error);
                skip_item(input);
                continue;
            }
        };
        let has_entries = !set.entries.is_empty();
        let result = if input.is_empty() {
            if item_attrs.is_empty() {
                continue; // Inner attributes only, already reported.
            }
            Err(attrs_on_nothing(&item_attrs))
        } else if starts_entry(input) {
            parse_entry(&item_attrs, input, errors).map(|entry| set.entries.push(entry))
        } else if has_entries && !starts_header(input) {
            Err(unexpected_token(
                input,
                "expected an entry, `CODE => NAME, \"phrase\", \"description\";`",
            ))
        } else if has_entries {
            Err(input.error("header items go before the entries; move this line up"))
        } else {
            parse_header(item_attrs, input, &mut set)
        };
        if let Err(error) = result {
            errors.push(error);
            skip_item(input);
        }
    }
    Ok(set)
}

/// Attributes with no item after them: the last entry is above them.
fn attrs_on_nothing(attrs: &[Attr]) -> syn::Error {
    let message = if attrs.iter().all(|attr| attr.is("doc")) {
        "this doc comment documents nothing; move it above the entry it describes"
    } else {
        "this attribute applies to nothing; move it above the entry it belongs to"
    };
    syn::Error::new_spanned(quote!(#(#attrs)*), message)
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

/// Whether the next item reads as a header item, however malformed.
fn starts_header(input: ParseStream) -> bool {
    input.peek(Token![pub])
        || input.peek(Token![mod])
        || input.peek(Token![enum])
        || input.peek(Token![crate])
        || input.peek(Token![use])
        || input.peek(kw::extends)
}

/// A header item, recorded in `set`.
fn parse_header(attrs: Vec<Attr>, input: ParseStream, set: &mut Input) -> syn::Result<()> {
    if input.peek(kw::extends) {
        reject_attrs(&attrs, "extends")?;
        let keyword = input.parse::<kw::extends>()?;
        let source = parse_source(input, "extends")?;
        if !input.peek(Token![;]) {
            return Err(unexpected_token(
                input,
                "expected `;` after the set that this one extends, as in `extends standard;`",
            ));
        }
        input.parse::<Token![;]>()?;
        if set.extends.is_some() {
            return Err(syn::Error::new_spanned(
                keyword,
                "a set extends one set; pick statuses of others with `use SET::{NAME, ..};`",
            ));
        }
        set.extends = Some(source);
        return Ok(());
    }
    if input.peek(Token![use]) {
        reject_attrs(&attrs, "use")?;
        set.picks.push(parse_pick(input)?);
        return Ok(());
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
        return set_once(&mut set.krate, path, "crate");
    }
    let vis: Vis = input.parse()?;
    if input.peek(kw::extends) || input.peek(Token![crate]) || input.peek(Token![use]) {
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
    if set.consts.is_some() {
        return Err(duplicate_header(&ident, "mod"));
    }
    set.consts = Some(ConstsMod { attrs, vis, ident });
    Ok(())
}

/// Records a header item that may appear once.
fn set_once<T: ToTokens>(slot: &mut Option<T>, value: T, item: &str) -> syn::Result<()> {
    if slot.is_some() {
        return Err(duplicate_header(&value, item));
    }
    *slot = Some(value);
    Ok(())
}

fn duplicate_header(tokens: impl ToTokens, item: &str) -> syn::Error {
    syn::Error::new_spanned(tokens, format!("duplicate `{item}` item; keep only one"))
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

/// `#[extensible]` among the enum's attributes, taken out of them: it is the macro's, not the
/// enum's.
fn take_extensible(attrs: &mut Vec<Attr>, errors: &mut Errors) -> Option<Attr> {
    let mut extensible = None;
    attrs.retain(|attr| {
        if !attr.is("extensible") {
            return true;
        }
        if !attr::is_flag(attr) {
            errors.at(attr, "write `#[extensible]` alone, with no arguments");
        } else if extensible.is_some() {
            errors.at(attr, "duplicate `#[extensible]`; keep one");
        } else {
            extensible = Some(attr.clone());
        }
        false
    });
    extensible
}

/// The set after `extends` or `use`: `standard`, or a path such as `acme::AcmeStatus`. In a
/// `use` line the path stops before the `::` that the names follow.
fn parse_source(input: ParseStream, item: &str) -> syn::Result<SourcePath> {
    let expected = || {
        let example = if item == "use" {
            "`use standard::{CREATED, CONFLICT};` or `use acme::AcmeStatus::{CLIENT_GONE};`"
        } else {
            "`extends standard;` or `extends acme::AcmeStatus;`"
        };
        unexpected_token(
            input,
            &format!("expected the set's path after `{item}`, as in {example}"),
        )
    };
    let stop =
        |input: ParseStream| item == "use" && input.fork().call(names_follow).unwrap_or(false);
    let path = parse_path_until(input, stop).map_err(|_| expected())?;
    let mut tokens = path.clone().into_iter();
    if let (Some(TokenTree::Ident(ident)), None) = (tokens.next(), tokens.next())
        && ident == "standard"
    {
        return Ok(SourcePath::Standard(kw::standard { span: ident.span() }));
    }
    Ok(SourcePath::Path(path))
}

/// Whether what follows is the `::` before a `use` line's names: `::{..}`, `::*`, or
/// `::NAME` at the end of the line.
fn names_follow(input: ParseStream) -> syn::Result<bool> {
    input.parse::<Token![::]>()?;
    if input.peek(syn::token::Brace) || input.peek(Token![*]) {
        return Ok(true);
    }
    // A status name is SCREAMING_SNAKE_CASE: `use acme::AcmeStatus;` names a set, not a status.
    let name = input.call(Ident::parse_any)?;
    Ok((input.is_empty() || input.peek(Token![;])) && case::is_screaming_snake(&case::text(&name)))
}

/// `use SOURCE::{NAME, ..};` or `use SOURCE::NAME;`, after its attributes.
fn parse_pick(input: ParseStream) -> syn::Result<Pick> {
    let keyword = input.parse::<Token![use]>()?;
    let source = parse_source(input, "use")?;
    let example = "name the statuses to pick, as in `use standard::{CREATED, CONFLICT};`";
    if !input.peek(Token![::]) {
        return Err(syn::Error::new_spanned(quote!(#keyword #source), example));
    }
    input.parse::<Token![::]>()?;
    let mut names = Vec::new();
    if input.peek(syn::token::Brace) {
        let list;
        let braces = syn::braced!(list in input);
        let names_in = |list: ParseStream, names: &mut Vec<Ident>| -> syn::Result<()> {
            while !list.is_empty() {
                if !list.peek(Ident::peek_any) || list.peek(Token![self]) {
                    return Err(unexpected_token(
                        list,
                        "expected a status name, such as `NOT_FOUND`; a `use` line picks \
                         statuses by name or alias",
                    ));
                }
                names.push(list.call(Ident::parse_any)?);
                if list.is_empty() {
                    break;
                }
                if !list.peek(Token![,]) {
                    return Err(unexpected_token(list, "expected `,` between the names"));
                }
                list.parse::<Token![,]>()?;
            }
            Ok(())
        };
        if let Err(error) = names_in(&list, &mut names) {
            // The rest of the braces is read, so that the error is this one and not syn's.
            list.parse::<TokenStream>()?;
            return Err(error);
        }
        if names.is_empty() {
            return Err(syn::Error::new(braces.span.join(), example));
        }
    } else if input.peek(Token![*]) {
        return Err(unexpected_token(
            input,
            "a `use` line names each status it picks: write `{NAME, ..}`; to take every \
             status of the set, write `extends` instead",
        ));
    } else if input.peek(Ident::peek_any) {
        names.push(input.call(Ident::parse_any)?);
    } else {
        return Err(unexpected_token(input, example));
    }
    if !input.peek(Token![;]) {
        return Err(unexpected_token(input, "expected `;` after the names"));
    }
    input.parse::<Token![;]>()?;
    Ok(Pick { source, names })
}

/// What the facade or a source's macro appended after the invocation: `@standard_set`, and one
/// `@source ID { .. } { .. }` for each source asked so far.
fn parse_handed(input: ParseStream, set: &mut Input, errors: &mut Errors) -> syn::Result<()> {
    while !input.is_empty() {
        input.parse::<Token![@]>()?;
        if input.peek(kw::standard_set) {
            input.parse::<kw::standard_set>()?;
            set.is_standard_set = true;
            continue;
        }
        input.parse::<kw::source>()?;
        let id = input.parse()?;
        let entries = |input: ParseStream, errors: &mut Errors| -> syn::Result<Vec<Entry>> {
            let block;
            syn::braced!(block in input);
            let mut entries = Vec::new();
            while !block.is_empty() {
                let attrs = Attr::parse_outer(&block, errors)?;
                entries.push(parse_entry(&attrs, &block, errors)?);
            }
            Ok(entries)
        };
        let standard = entries(input, errors)?;
        let other = entries(input, errors)?;
        set.handed.push(Handed {
            id,
            standard,
            other,
        });
    }
    Ok(())
}

/// An entry after its attributes. Errors in the attributes go to `errors` and leave the entry
/// in place; errors in its syntax are returned.
fn parse_entry(attrs: &[Attr], input: ParseStream, errors: &mut Errors) -> syn::Result<Entry> {
    let code = parse_code(input)?;
    input.parse::<Token![=>]>()?;
    let name = expect(input, "the status name after `=>`, such as `NOT_FOUND`")?;
    reject_path(&name, input)?;
    expect::<Token![,]>(input, "`,` after the name, then the reason phrase")?;
    let phrase = expect(
        input,
        "the reason phrase as a string, such as \"Not Found\"",
    )?;
    expect::<Token![,]>(input, "`,` after the phrase, then the description")?;
    let description = expect(input, "the description as a string after the phrase")?;
    if !input.is_empty() {
        input
            .parse::<Token![;]>()
            .map_err(|_| input.error("expected `;` after the description, which ends the entry"))?;
    }
    Ok(Entry {
        attrs: attr::parse(attrs, errors),
        code,
        name,
        phrase,
        description,
    })
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
    Err(unexpected_token(
        input,
        "expected the status code as an integer literal, such as `404`",
    ))
}

/// A path such as `errors::NOT_FOUND` where a name belongs.
fn reject_path(name: &Ident, input: ParseStream) -> syn::Result<()> {
    if !input.peek(Token![::]) {
        return Ok(());
    }
    let mut path = quote!(#name);
    while input.peek(Token![::]) {
        input.parse::<Token![::]>()?.to_tokens(&mut path);
        if input.peek(Ident::peek_any) {
            input.call(Ident::parse_any)?.to_tokens(&mut path);
        }
    }
    Err(syn::Error::new_spanned(
        path,
        "a status name is one identifier, not a path; write the name alone, such as `NOT_FOUND`",
    ))
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

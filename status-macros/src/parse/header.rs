//! The header items: `pub mod NAME;`, `extends SET;`, `use SET::{NAME, ..};`, `crate = PATH;`,
//! and `#[extensible]` among the enum's attributes.

use super::{item_end, item_name, unexpected_token};
use crate::ast::{ConstsMod, Input, Pick, SourcePath, kw};
use crate::attr;
use crate::case;
use crate::errors::Errors;
use crate::retry::{self, Retry};
use crate::syntax::{Attr, Vis, parse_path, parse_path_until};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, Token};

const HEADER_ITEMS: &str =
    "`pub mod NAME;`, `extends SET;`, `use SET::{NAME, ..};` or `crate = PATH;`";

/// Whether the next item reads as a header item, however malformed.
pub fn starts_header(input: ParseStream) -> bool {
    input.peek(Token![pub])
        || input.peek(Token![mod])
        || input.peek(Token![enum])
        || input.peek(Token![crate])
        || input.peek(Token![use])
        || input.peek(kw::extends)
}

/// A header item, recorded in `set`. An error after the line was read whole goes to
/// `errors`: returned, it would make the caller skip the next item, which may be an answer.
pub fn parse_header(
    attrs: Vec<Attr>,
    input: ParseStream,
    set: &mut Input,
    errors: &mut Errors,
) -> syn::Result<()> {
    if input.peek(kw::extends) {
        if let Some(retry) = attrs.iter().find(|attr| attr.is("retry")) {
            return Err(syn::Error::new_spanned(
                retry,
                "`extends` takes the classes its set gives; give another to the statuses that \
                 take one with a `use` line, as in `#[retry(any)] use standard::{CONFLICT};`",
            ));
        }
        reject_attrs(&attrs, "extends")?;
        let keyword = input.parse::<kw::extends>()?;
        let source = parse_source(input, "extends")?;
        expect_end(
            input,
            "the set that this one extends, as in `extends standard;`",
        )?;
        if set.extends.is_some() {
            errors.at(
                keyword,
                "duplicate `extends`: a set extends one set; pick the statuses of others with \
                 `use SET::{NAME, ..};`",
            );
            return Ok(());
        }
        set.extends = Some(source);
        return Ok(());
    }
    if input.peek(Token![use]) {
        let retry = pick_retry(&attrs, errors);
        let mut pick = parse_pick(input)?;
        pick.retry = retry;
        set.picks.push(pick);
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
        expect_end(input, "the path to the facade, as in `crate = ::status;`")?;
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

/// The `;` that ends a header line, or an error on what stands in its place: a line that
/// runs into the next one says so, not what the next line lacks.
fn expect_end(input: ParseStream, after: &str) -> syn::Result<()> {
    if input.peek(Token![;]) {
        input.parse::<Token![;]>()?;
        return Ok(());
    }
    Err(unexpected_token(
        input,
        &format!("expected `;` after {after}"),
    ))
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
pub fn take_extensible(attrs: &mut Vec<Attr>, errors: &mut Errors) -> Option<Attr> {
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
pub fn parse_source(input: ParseStream, item: &str) -> syn::Result<SourcePath> {
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
    Ok(SourcePath::from_path(path))
}

/// Whether what follows is the `::` before a `use` line's names: `::{..}`, `::*`, or
/// `::NAME` at the end of the line (or before `as`).
fn names_follow(input: ParseStream) -> syn::Result<bool> {
    input.parse::<Token![::]>()?;
    if input.peek(syn::token::Brace) || input.peek(Token![*]) {
        return Ok(true);
    }
    // A set is named like a type: `use acme::AcmeStatus;` names a set, not a status, and
    // `use standard::not_found;` a status, misspelled.
    let name = input.call(Ident::parse_any)?;
    let ends = input.is_empty() || input.peek(Token![;]) || input.peek(Token![as]);
    Ok(ends && !case::is_type_like(&case::text(&name)))
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
        if let Err(error) = pick_list(&list, &mut names) {
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
        reject_rename(input)?;
    } else {
        return Err(unexpected_token(input, example));
    }
    expect_end(input, "the names")?;
    Ok(Pick {
        source,
        names,
        retry: None,
    })
}

/// The attributes of a `use` line: `#[retry(..)]`, once, which gives the statuses it names
/// another class in this set. Errors go to `errors`, so that the line is still picked.
fn pick_retry(attrs: &[Attr], errors: &mut Errors) -> Option<Retry> {
    let mut retry: Option<Retry> = None;
    for attr in attrs {
        if !attr.is("retry") {
            errors.push(syn::Error::new_spanned(
                attr,
                "a `use` line takes `#[retry(CLASS)]` alone, which gives the statuses it names \
                 another retry class in this set; remove this attribute",
            ));
            continue;
        }
        match retry::parse(attr) {
            Ok(_) if retry.is_some() => {
                errors.push(syn::Error::new_spanned(
                    attr,
                    "duplicate `#[retry]`; keep one",
                ));
            }
            Ok(parsed) => retry = Some(parsed),
            Err(error) => errors.push(error),
        }
    }
    retry
}

/// `NAME, ..` inside a `use` line's braces.
fn pick_list(list: ParseStream, names: &mut Vec<Ident>) -> syn::Result<()> {
    while !list.is_empty() {
        if !list.peek(Ident::peek_any) || list.peek(Token![self]) {
            return Err(unexpected_token(
                list,
                "expected a status name, such as `NOT_FOUND`; a `use` line picks statuses by \
                 name or alias",
            ));
        }
        names.push(list.call(Ident::parse_any)?);
        reject_rename(list)?;
        if list.is_empty() {
            break;
        }
        if !list.peek(Token![,]) {
            return Err(unexpected_token(list, "expected `,` between the names"));
        }
        list.parse::<Token![,]>()?;
    }
    Ok(())
}

/// `NAME as OTHER`: a picked status is the same status in both sets, names included.
fn reject_rename(input: ParseStream) -> syn::Result<()> {
    if !input.peek(Token![as]) {
        return Ok(());
    }
    let keyword = input.parse::<Token![as]>()?;
    let rename = input.call(Ident::parse_any).ok();
    Err(syn::Error::new_spanned(
        quote!(#keyword #rename),
        "a picked status keeps its name and aliases, as the same status in both sets; \
         renaming with `as` is not supported: remove it",
    ))
}

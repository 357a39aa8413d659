//! The protocol between `status_codes!` and the sets it builds on, both directions, in one
//! place. Nothing else in the crate writes or reads these tokens.
//!
//! A set that names sources (`extends SET;`, `use SET::{..};`) is expanded in rounds. In each
//! round the macro asks the next source that has not answered by calling the macro that the
//! source's `#[extensible]` expansion defined under the source's own name (macros have a
//! namespace of their own, so `acme::AcmeStatus!` sits beside the enum `acme::AcmeStatus`; the
//! standard set's is `status::HttpStatus!`). That macro calls `status_codes!` back with the
//! invocation and its answer appended. Each source is asked once, however many lines name it.
//!
//! ```text
//! Request  := SourceMacro "!" "{" "(" FacadePath ")" Invocation "@" "ask" Source "}"
//! Answer   := FacadePath "::" "status_codes" "!" "{" Invocation "@" "ask" Source
//!             "@" "source" VERSION:LitInt Builder:LitStr Id:LitStr
//!             "{" Flag* "}" "{" Entry* "}" "{" Entry* "}" "}"
//! Flag     := "non_exhaustive"
//! Entry    := ( "@" "see_source" )? ( "@" "origin" Origin:LitStr )?
//!             OuterAttr* LitInt "=>" Ident "," LitStr "," LitStr ";"
//! Hidden   := ( "@" "standard_set" )? ( "@" "ask" Source Answer )*   // ends every invocation
//! ```
//!
//! - `Invocation` is what the set's invocation holds so far, the answers to earlier requests
//!   included; `Source` is the source as the set wrote it, which pairs the answer with the line
//!   that named it.
//! - The request's shape, `(FacadePath) ...`, is the same in every version, so that a source
//!   built by any version answers; the answer starts with the version of this grammar and the
//!   version of the macro that built the source, so that a set built by another version says
//!   so in one message instead of failing to parse.
//! - `Id` is unique among the sets of a build: answers with one id are one set. It reads
//!   `crate@version/Set#hash`, so that the facade's compile-time messages can name the set
//!   and its crate.
//! - `Origin` is the id of the set whose invocation wrote an entry the source holds from
//!   another set; without it, the entry is the source's own (or, in the first block, the
//!   standard set's). A status is its code, name and origin (see `model::Identity`): the
//!   standard set's `401` is one status however many sets hand it on.
//! - The first block holds the standard set's entries, when the source's `extends` chain starts
//!   from it (all of them); the second, the source's other entries. An entry is handed as the
//!   source's invocation wrote it, with its code as a plain integer, without `#[default]`
//!   (the choice of the set that made it), and without docs that would mean something else
//!   where the set that asked is: docs written with macros (`include_str!`, `env!`) are left
//!   out and the entry marked `@see_source`, so that its variant links to the source's.
//! - An entry carries its retry class in the set that answers as `#[retry(..)]`, resolved there
//!   (written on the entry or given by a `use` line) with the clause it comes from, so that a
//!   set inherits the class its source gives a status; an entry without one has its class's
//!   default, the same on both sides (`retry::default_for`; a change to it is a change of
//!   version).
//! - `@standard_set` marks the facade's own invocation: its entries are the standard set's.

use crate::ast::{Answer, Entry, Input, STANDARD_ID, SourcePath};
use crate::errors::Errors;
use crate::model::Row;
use crate::parse::parse_entry;
use crate::retry;
use crate::syntax::{Attr, Vis, parse_path_until};
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use std::sync::atomic::{AtomicU64, Ordering};
use syn::parse::ParseStream;
use syn::{Ident, LitInt, LitStr, Token};

/// The version of this grammar. Change it with any change to what an answer holds.
pub const VERSION: u32 = 3;

mod hidden {
    syn::custom_keyword!(ask);
    syn::custom_keyword!(source);
    syn::custom_keyword!(standard_set);
    syn::custom_keyword!(see_source);
    syn::custom_keyword!(origin);
    syn::custom_keyword!(non_exhaustive);
}

/// What the macro that built a source is, as its answer says and messages show it.
fn builder() -> String {
    format!("status-macros {}", env!("CARGO_PKG_VERSION"))
}

/// The call that asks `source` for its entries.
pub fn request(input: &Input, source: &SourcePath, tokens: &TokenStream) -> TokenStream {
    let krate = input.krate();
    let source_macro = source.macro_path(&krate);
    quote!(#source_macro! { (#krate) #tokens @ask #source })
}

/// The invocation as the user wrote it, and its hidden end: what follows the first `@` outside
/// any group, which only the macros write (the user's grammar has no `@`).
pub fn split(tokens: &TokenStream) -> (TokenStream, TokenStream) {
    let mut written = TokenStream::new();
    let mut trees = tokens.clone().into_iter();
    for tree in trees.by_ref() {
        if matches!(&tree, proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '@') {
            let mut hidden = TokenStream::from(tree);
            hidden.extend(trees);
            return (written, hidden);
        }
        written.extend([tree]);
    }
    (written, TokenStream::new())
}

/// Reads the hidden end of an invocation into `set`: `@standard_set`, and each answer with
/// what it answers.
pub fn read_hidden(hidden: TokenStream, set: &mut Input, errors: &mut Errors) -> syn::Result<()> {
    syn::parse::Parser::parse2(
        |input: ParseStream| parse_hidden(input, set, errors),
        hidden,
    )
}

fn parse_hidden(input: ParseStream, set: &mut Input, errors: &mut Errors) -> syn::Result<()> {
    while !input.is_empty() {
        input.parse::<Token![@]>()?;
        if input.peek(hidden::standard_set) {
            input.parse::<hidden::standard_set>()?;
            set.is_standard_set = true;
            continue;
        }
        input.parse::<hidden::ask>()?;
        let asked = parse_asked(input)?;
        set.answers.push(parse_answer(input, asked, errors)?);
    }
    Ok(())
}

/// The source after `@ask`, as the set wrote it.
fn parse_asked(input: ParseStream) -> syn::Result<SourcePath> {
    parse_path_until(input, |_| false).map(SourcePath::from_path)
}

fn parse_answer(input: ParseStream, asked: SourcePath, errors: &mut Errors) -> syn::Result<Answer> {
    let source = asked.describe();
    if !(input.peek(Token![@]) && input.peek2(hidden::source)) {
        return Err(syn::Error::new_spanned(
            &asked,
            format!(
                "{source} did not answer as a set does; `extends` and `use` name a set that \
                 `status_codes!` defined with `#[extensible]`"
            ),
        ));
    }
    input.parse::<Token![@]>()?;
    input.parse::<hidden::source>()?;
    let version = input.parse::<LitInt>().ok();
    let version = version.and_then(|version| version.base10_parse::<u32>().ok());
    if version != Some(VERSION) {
        let theirs = match version {
            Some(version) => {
                let built_by = input.parse::<LitStr>().map(|lit| lit.value());
                format!(
                    "{}, which speaks version {version} of the protocol between sets",
                    built_by.unwrap_or_else(|_| "another status-macros".to_owned())
                )
            }
            None => "a status-macros older than the protocol's version 1".to_owned(),
        };
        return Err(syn::Error::new_spanned(
            &asked,
            format!(
                "{source} was built by {theirs}, and this set by {} (version {VERSION}); build \
                 both with one version of `status-codes`: `cargo tree -i status-codes` shows \
                 the versions, `cargo update -p status-codes` or one requirement in every \
                 crate's Cargo.toml makes them one",
                builder()
            ),
        ));
    }
    input.parse::<LitStr>()?;
    let id: LitStr = input.parse()?;
    let flags;
    syn::braced!(flags in input);
    let mut non_exhaustive = false;
    while !flags.is_empty() {
        flags.parse::<hidden::non_exhaustive>()?;
        non_exhaustive = true;
    }
    let standard = parse_entries(input, STANDARD_ID, errors)?;
    let other = parse_entries(input, &id.value(), errors)?;
    Ok(Answer {
        asked,
        id,
        non_exhaustive,
        standard,
        other,
    })
}

/// A block of entries; an entry without `@origin` comes from `origin`.
fn parse_entries(input: ParseStream, origin: &str, errors: &mut Errors) -> syn::Result<Vec<Entry>> {
    let block;
    syn::braced!(block in input);
    let mut entries = Vec::new();
    while !block.is_empty() {
        let see_source = block.peek(Token![@]) && block.peek2(hidden::see_source);
        if see_source {
            block.parse::<Token![@]>()?;
            block.parse::<hidden::see_source>()?;
        }
        let mut entry_origin = origin.to_owned();
        if block.peek(Token![@]) && block.peek2(hidden::origin) {
            block.parse::<Token![@]>()?;
            block.parse::<hidden::origin>()?;
            entry_origin = block.parse::<LitStr>()?.value();
        }
        let attrs = Attr::parse_outer(&block, errors)?;
        let mut entry = parse_entry(&attrs, &block, errors)?;
        entry.docs_at_source = see_source;
        entry.origin = Some(entry_origin);
        entries.push(entry);
    }
    Ok(entries)
}

/// A set's names in a build: the hidden macro through which it answers, and its id.
pub struct SetId {
    pub hidden: Ident,
    pub id: String,
}

/// The names of the set that `invocation` defines. Call once per expansion: twins of one text
/// get names of their own from the count of sets expanded (see `hidden_name`).
pub fn set_id(ident: &Ident, invocation: &TokenStream, is_standard_set: bool) -> SetId {
    let (hidden, hash) = hidden_name(ident, invocation);
    let id = if is_standard_set {
        STANDARD_ID.to_owned()
    } else {
        // Unique among every set that a build sees: the crate, its version, the set.
        format!(
            "{}@{}/{}#{hash:016x}",
            std::env::var("CARGO_PKG_NAME").unwrap_or_default(),
            std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
            crate::case::text(ident),
        )
    };
    SetId { hidden, id }
}

/// What an `#[extensible]` set hands over, as `answer_macro` needs it.
pub struct Answering<'a> {
    pub vis: &'a Vis,
    pub ident: &'a Ident,
    pub id: &'a SetId,
    pub non_exhaustive: bool,
    /// The rows of the standard set's entries.
    pub standard: Vec<&'a Row<'a>>,
    pub other: Vec<&'a Row<'a>>,
}

/// The macro through which an `#[extensible]` set answers, and its re-export under the set's
/// name. A `pub` set exports the macro from its crate; any other keeps it inside the crate,
/// visible as far as the set is.
pub fn answer_macro(answering: &Answering) -> TokenStream {
    let (vis, ident) = (answering.vis, answering.ident);
    let (hidden, id) = (&answering.id.hidden, &answering.id.id);
    let (version, builder) = (Literal::u32_unsuffixed(VERSION), builder());
    let flags = answering.non_exhaustive.then(|| quote!(non_exhaustive));
    let standard = answering.standard.iter().map(|row| print(row, false));
    let other = answering.other.iter().map(|row| print(row, true));
    let doc = format!(
        "Hands the entries of [`{ident}`] to the `status_codes!` invocations that extend it or \
         pick from it. Not public API."
    );
    let rules = quote! {
        (($($krate:tt)*) $($input:tt)*) => {
            $($krate)*::status_codes! {
                $($input)*
                @source #version #builder #id { #flags } { #(#standard)* } { #(#other)* }
            }
        };
    };
    if vis.is_pub() {
        quote! {
            #[doc = #doc]
            #[doc(hidden)]
            #[macro_export]
            // Exported from the crate root wherever the set is, a function body included.
            #[allow(non_local_definitions)]
            macro_rules! #hidden { #rules }

            #[doc(hidden)]
            #vis use #hidden as #ident;
        }
    } else {
        quote! {
            #[allow(unused_macros)]
            macro_rules! #hidden { #rules }

            #[doc(hidden)]
            #[allow(unused_imports)]
            #vis use #hidden as #ident;
        }
    }
}

/// The hidden macro's name: `#[macro_export]` puts it at the crate root, so it is unique in
/// the crate even for two sets of the same text in two modules (a wrapper macro invoked twice,
/// one file included twice). The invocation's hash keeps it apart from other crates' sets in
/// messages; the count of the sets this compilation has expanded keeps twins apart, and is the
/// same on every build, since rustc expands a crate's macros in one order.
fn hidden_name(ident: &Ident, invocation: &TokenStream) -> (Ident, u64) {
    static EXPANDED: AtomicU64 = AtomicU64::new(0);
    let count = EXPANDED.fetch_add(1, Ordering::Relaxed);
    let hash = fnv1a(&format!("{invocation}#{count}"));
    let hidden = Ident::new(
        &format!("__status_codes_{}_{hash:016x}", crate::case::text(ident)),
        Span::call_site(),
    );
    (hidden, hash)
}

/// An entry as the invocation that defined it wrote it, with the class this set gives it, as
/// the module's docs say; with its origin where `with_origin` and it comes from another set.
fn print(row: &Row, with_origin: bool) -> TokenStream {
    let entry = row.entry;
    let portable = !entry.docs_at_source && entry.attrs.docs.iter().all(is_plain_doc);
    let see_source = (!portable).then(|| quote!(@see_source));
    let attrs =
        entry.attrs.written.iter().filter(|attr| {
            !attr.is("default") && !attr.is("retry") && (portable || !attr.is("doc"))
        });
    let retry = (row.retry != retry::default_for(row.code)).then(|| row.retry.attribute());
    let code = Literal::u16_unsuffixed(row.code);
    let Entry {
        name,
        phrase,
        description,
        ..
    } = entry;
    let origin = entry
        .origin
        .as_deref()
        .filter(|_| with_origin)
        .map(|origin| quote!(@origin #origin));
    quote! {
        #see_source
        #origin
        #(#attrs)*
        #retry
        #code => #name, #phrase, #description;
    }
}

/// `#[doc = "text"]` (a `///` comment) or `#[doc(..)]`: docs that mean the same in any crate.
fn is_plain_doc(attr: &Attr) -> bool {
    let plain = |input: ParseStream| -> syn::Result<()> {
        input.parse::<Ident>()?;
        if input.peek(syn::token::Paren) {
            input.parse::<proc_macro2::TokenTree>()?;
        } else {
            input.parse::<Token![=]>()?;
            input.parse::<LitStr>()?;
        }
        Ok(())
    };
    syn::parse::Parser::parse2(plain, attr.body()).is_ok()
}

/// FNV-1a: a stable hash, the same on every build of the same text.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3)
    })
}

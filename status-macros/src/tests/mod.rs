//! The expansion never panics: on any input it returns items, an expansion or
//! `compile_error!`s.
//!
//! The cases are drawn at random on every run. A failure prints its seed as a `cc` line, and
//! proptest saves it in `proptest-regressions/tests/mod.txt`, which replays it first on every
//! later run: commit that file with the fix. `protocol.rs` tests the exchange between sets.

mod problem;
mod protocol;

use crate::expand::status_codes;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use std::fmt::Write as _;

pub const VALID: &str = r#"
    /// Docs.
    #[derive(Default)]
    pub(crate) enum Api;
    pub mod api_codes;
    crate = ::status;
    #[default]
    200 => OK, "OK", "Fine.";
    #[alias(REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE)]
    #[spec = "RFC 9110, Section 15.5.14"]
    /// More docs.
    413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
    #[deprecated = "gone"]
    499 => OLD, "Old", "Old.";
"#;

/// What the standard set's macro and an `#[extensible]` set's hand back (see `protocol.rs`)
/// for a set that extends the standard one and picks from another, by many `use` lines, with
/// a code written in hex and another with an underscore.
pub const FORWARDED: &str = r#"
    #[extensible]
    #[non_exhaustive]
    pub enum Edge;
    extends standard;
    use acme::AcmeStatus::{CLIENT_GONE};
    use acme::AcmeStatus::VENDOR;
    #[doc = include_str!("edge.md")]
    4_71 => OWN, "Own", "The set's own.";
    0x1D8 => OTHER, "Other", "Another of the set's own.";
    @ask standard
    @source PROTOCOL_VERSION "status-macros 0.1.0" "standard" {} {
        #[spec = "RFC 9110, Section 15.3.1"]
        200 => OK, "OK", "Request fulfilled, document follows";
        #[alias(REQUEST_ENTITY_TOO_LARGE)]
        413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
    } {}
    @ask acme::AcmeStatus
    @source PROTOCOL_VERSION "status-macros 0.1.0" "acme@1.0.0/__status_codes_AcmeStatus_0" { non_exhaustive } {
        #[spec = "RFC 9110, Section 15.3.1"]
        200 => OK, "OK", "Request fulfilled, document follows";
    } {
        @see_source
        #[phrase_alias("Client Closed Request")]
        460 => CLIENT_GONE, "Client Gone", "The client left.";
        #[alias(VENDOR)]
        #[deprecated]
        520 => VENDOR_FAILED, "Vendor Failed", "A vendor failed.";
    }
"#;

/// The tokens of `source`, where `PROTOCOL_VERSION` is the protocol's version.
pub fn tokens(source: &str) -> TokenStream {
    let version = crate::protocol::VERSION.to_string();
    source
        .replace("PROTOCOL_VERSION", &version)
        .parse()
        .expect("test input lexes")
}

/// The property: no panic, and the output is non-empty Rust items.
fn expands_to_items(input: &TokenStream) -> Result<(), TestCaseError> {
    let output = std::panic::catch_unwind(|| status_codes(input))
        .map_err(|_| TestCaseError::fail(format!("panicked on: {input}")))?;
    prop_assert!(!output.is_empty(), "no tokens for: {}", input);
    // Errors are the user's: the name table always builds from what the fallback keeps.
    prop_assert!(
        !output.to_string().contains("no perfect hash"),
        "for: {}",
        input
    );
    // A request is a macro call on the source's path, which may be any path, `default::A`.
    let items = syn::parse2::<syn::File>(output.clone()).map(drop);
    if let Err(error) = items.or_else(|_| syn::parse2::<syn::Macro>(output.clone()).map(drop)) {
        return Err(TestCaseError::fail(format!(
            "output is not items ({error}) for: {input}\noutput: {output}"
        )));
    }
    Ok(())
}

#[test]
fn valid_inputs_expand() {
    for source in [VALID, FORWARDED] {
        let output = status_codes(&tokens(source));
        assert!(!output.to_string().contains("compile_error"), "{output}");
        expands_to_items(&tokens(source)).unwrap();
    }
}

#[test]
fn every_truncation_of_valid_input_expands_to_items() {
    for source in [VALID, FORWARDED] {
        // Cutting the text, not the token list, also cuts inside attributes and groups.
        for end in (0..=source.len()).filter(|&end| source.is_char_boundary(end)) {
            if let Ok(input) = source[..end].parse::<TokenStream>() {
                expands_to_items(&input).unwrap();
            }
        }
    }
}

/// Identifiers of the grammar, and names that are wrong in every way a name can be.
const IDENTS: &[&str] = &[
    "enum",
    "pub",
    "mod",
    "extends",
    "standard",
    "crate",
    "use",
    "as",
    "ask",
    "source",
    "see_source",
    "standard_set",
    "non_exhaustive",
    "problem",
    "transparent",
    "extension",
    "detail",
    "display",
    "set",
    "NOT_FOUND",
    "OK",
    "Self",
    "SELF",
    "A_L_L",
    "ALL",
    "__",
    "_",
    "r#type",
    "not_found",
    "alias",
    "spec",
    "deprecated",
    "default",
    "doc",
    "status",
    "cfg",
    "FOO_1",
    "FOO1",
    "ÉTAT",
    "X",
];

fn ident(name: &str) -> TokenTree {
    match name.strip_prefix("r#") {
        Some(raw) => TokenTree::Ident(Ident::new_raw(raw, Span::call_site())),
        None => tokens(name).into_iter().next().expect("one token"),
    }
}

#[test]
fn every_kind_of_name_expands_to_items() {
    for name in IDENTS {
        for template in [
            "pub enum Api; 200 => {}, \"OK\", \"Fine.\"; 201 => B, \"B\", \"B.\";",
            "pub enum Api; #[alias({})] 200 => OK, \"OK\", \"Fine.\";",
            "pub enum Api; pub mod {}; 200 => OK, \"OK\", \"Fine.\";",
            "pub enum {}; 200 => OK, \"OK\", \"Fine.\";",
        ] {
            let input = template.replace("{}", name);
            if let Ok(input) = input.parse::<TokenStream>() {
                expands_to_items(&input).unwrap();
            }
        }
    }
}

/// Tokens of the macro's grammar and its typical mistakes.
pub(super) fn token() -> impl Strategy<Value = TokenTree> {
    let ident = prop::sample::select(IDENTS).prop_map(ident);
    let punct = prop::sample::select(vec!['=', '>', ',', ';', '@', '#', ':', '-', '!', '&'])
        .prop_map(|c| TokenTree::Punct(Punct::new(c, Spacing::Alone)));
    let literal = prop::sample::select(vec![
        "0",
        "99",
        "100",
        "200",
        "404",
        "599",
        "600",
        "65536",
        "99999999999999999999",
        "404u16",
        "4.04",
        "\"OK\"",
        "\"\"",
        "\"a\\r\\nb\"",
        "\"Not Found\"",
        "'c'",
        "b\"x\"",
        "r\"raw\"",
    ])
    .prop_map(|text| TokenTree::Literal(text.parse::<Literal>().expect("literal lexes")));
    let leaf = prop_oneof![4 => ident, 3 => punct, 3 => literal];
    leaf.prop_recursive(2, 12, 4, |inner| {
        (
            prop::sample::select(vec![
                Delimiter::Bracket,
                Delimiter::Parenthesis,
                Delimiter::Brace,
                Delimiter::None,
            ]),
            prop::collection::vec(inner, 0..4),
        )
            .prop_map(|(delimiter, trees)| {
                TokenTree::Group(Group::new(delimiter, trees.into_iter().collect()))
            })
    })
}

/// The pieces attributes are made of, alone and in invisible groups as `macro_rules!` forwards
/// them: a `meta` fragment arrives as `#[«doc = ".."»]`, a `tt` as itself.
fn attribute_piece() -> impl Strategy<Value = TokenTree> {
    let leaf = prop::sample::select(vec![
        "#",
        "!",
        "[]",
        "[doc = \"x\"]",
        "[alias(A)]",
        "[spec = \"s\"]",
        "[derive(Default)]",
        "[default]",
    ])
    .prop_map(|text| tokens(text).into_iter().next().expect("one token"));
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop::collection::vec(inner, 0..3).prop_map(|trees| {
            TokenTree::Group(Group::new(Delimiter::None, trees.into_iter().collect()))
        })
    })
}

#[derive(Debug, Clone)]
pub(super) enum Edit {
    Swap(usize, usize),
    Drop(usize),
    Duplicate(usize),
    Replace(usize, TokenTree),
    /// Replaces the n-th identifier, to reach the name positions often.
    Rename(usize, &'static str),
    /// Wraps a run of tokens in an invisible group, as a `macro_rules!` fragment arrives.
    Wrap(usize, usize),
}

pub(super) fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        any::<usize>().prop_map(Edit::Drop),
        any::<usize>().prop_map(Edit::Duplicate),
        (any::<usize>(), token()).prop_map(|(at, tree)| Edit::Replace(at, tree)),
        (any::<usize>(), prop::sample::select(IDENTS))
            .prop_map(|(at, name)| Edit::Rename(at, name)),
        (any::<usize>(), 1usize..4).prop_map(|(at, len)| Edit::Wrap(at, len)),
    ]
}

pub(super) fn apply(source: &str, edits: Vec<Edit>) -> TokenStream {
    let mut trees: Vec<TokenTree> = tokens(source).into_iter().collect();
    for edit in edits {
        let len = trees.len();
        if len == 0 {
            break;
        }
        match edit {
            Edit::Swap(a, b) => trees.swap(a % len, b % len),
            Edit::Drop(at) => {
                trees.remove(at % len);
            }
            Edit::Duplicate(at) => trees.insert(at % len, trees[at % len].clone()),
            Edit::Replace(at, tree) => trees[at % len] = tree,
            Edit::Rename(nth, name) => {
                let idents: Vec<usize> = (0..len)
                    .filter(|&at| matches!(trees[at], TokenTree::Ident(_)))
                    .collect();
                if !idents.is_empty() {
                    trees[idents[nth % idents.len()]] = ident(name);
                }
            }
            Edit::Wrap(at, count) => {
                let start = at % len;
                let end = (start + count).min(len);
                let inner: TokenStream = trees.drain(start..end).collect();
                trees.insert(start, TokenTree::Group(Group::new(Delimiter::None, inner)));
            }
        }
    }
    trees.into_iter().collect()
}

/// `count` entries with codes from `first`, every `step`-th one repeated.
fn long_list(count: u32, first: u32, step: u32) -> String {
    let mut source = String::from("pub enum Big; pub mod big_codes;\n");
    for i in 0..count {
        let n = if step > 0 && i % step == 0 { 0 } else { i };
        let _ = writeln!(
            source,
            "#[alias(ALIAS_{n})] {} => CODE_{n}, \"Phrase {n}\", \"Description {n}.\";",
            first + n
        );
    }
    source
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn edited_valid_input_expands_to_items(
        forwarded in any::<bool>(),
        edits in prop::collection::vec(edit(), 1..5),
    ) {
        let input = apply(if forwarded { FORWARDED } else { VALID }, edits);
        expands_to_items(&input)?;
    }

    #[test]
    fn token_soup_expands_to_items(trees in prop::collection::vec(token(), 0..40)) {
        expands_to_items(&trees.into_iter().collect())?;
    }

    #[test]
    fn attributes_of_any_shape_expand_to_items(
        on_enum in prop::collection::vec(attribute_piece(), 0..5),
        on_entry in prop::collection::vec(attribute_piece(), 0..5),
    ) {
        let mut input: TokenStream = on_enum.into_iter().collect();
        input.extend(tokens("pub enum Api; pub mod api_codes;"));
        input.extend(on_entry);
        input.extend(tokens("200 => OK, \"OK\", \"Fine.\";"));
        expands_to_items(&input)?;
    }

    #[test]
    fn soup_after_a_valid_header_expands_to_items(trees in prop::collection::vec(token(), 0..40)) {
        let mut input = tokens("pub enum Api; pub mod api_codes;");
        input.extend(trees);
        expands_to_items(&input)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn long_and_repeated_lists_expand_to_items(
        count in 0u32..1200,
        first in 0u32..700,
        step in 0u32..4,
    ) {
        expands_to_items(&tokens(&long_list(count, first, step)))?;
    }
}

#[test]
fn a_500_code_set_expands_without_errors() {
    let output = status_codes(&tokens(&long_list(500, 100, 0))).to_string();
    assert!(!output.contains("compile_error"));
}

/// The case behind a random CI failure: `«#[]» [doc = ..]` was read as `#` and a body.
#[test]
fn an_invisible_group_is_no_attribute_of_its_own() {
    let group = Group::new(Delimiter::None, tokens("#[]"));
    let mut input: TokenStream = [TokenTree::Group(group)].into_iter().collect();
    input.extend(tokens(
        "[doc = \"x\"] pub enum Api; 200 => OK, \"OK\", \"Fine.\";",
    ));
    let output = status_codes(&input).to_string();
    assert!(output.contains("malformed attribute"), "{output}");
    expands_to_items(&input).unwrap();
}

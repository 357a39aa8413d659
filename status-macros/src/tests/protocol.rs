//! The exchange between a set and the sets it builds on (`protocol.rs`): requests, answers,
//! what an `#[extensible]` set hands over and how a set reads it back.

use super::{FORWARDED, VALID, tokens};
use crate::expand::status_codes;
use crate::protocol::VERSION;
use std::fmt::Write as _;

/// Only the facade's own set carries the features' `doc(cfg)` badges: `doc(cfg)` is unstable,
/// and another crate may not enable it.
#[test]
fn only_the_facade_set_documents_its_features() {
    let facade = r#"#[extensible] pub enum HttpStatus; 200 => OK, "OK", "Fine."; @standard_set"#;
    let output = status_codes(&tokens(facade)).to_string();
    assert!(
        output.contains("__impl_features ! (documented HttpStatus)"),
        "{output}"
    );
    // Its entries are the standard set's: they answer in the first block, as `standard`; one
    // whose retry class is its class's default carries none.
    assert!(output.contains("\"standard\" { } { 200 => OK"), "{output}");
    for source in [VALID, FORWARDED] {
        let output = status_codes(&tokens(source)).to_string();
        assert!(output.contains("__impl_features ! ("), "{output}");
        assert!(!output.contains("documented"), "{output}");
    }
}

/// A set that names a source that has not answered yet asks the source's macro, with the path
/// to the facade and the source it asks, and expands nothing else; each source once, however
/// many lines name it.
#[test]
fn a_set_asks_each_source_once() {
    let mut input = "pub enum Api; crate = ::renamed; use acme::AcmeStatus::{GONE};".to_owned();
    for name in ["OK", "CREATED", "ACCEPTED"] {
        let _ = write!(
            input,
            " use acme :: AcmeStatus::{name}_2; use standard::{name};"
        );
    }
    input.push_str(" 470 => OWN, \"Own\", \"Own.\";");
    let output = status_codes(&tokens(&input)).to_string();
    assert!(
        output.starts_with("acme :: AcmeStatus ! { (:: renamed) pub enum Api ;"),
        "{output}"
    );
    assert!(output.ends_with("@ ask acme :: AcmeStatus }"), "{output}");
    let answered = format!(
        "{input} @ask acme::AcmeStatus @source PROTOCOL_VERSION \"status-macros 0.1.0\" \"acme\" {{}} {{}} {{ \
         460 => GONE, \"Gone\", \"Gone.\"; 461 => OK_2, \"OK 2\", \"Fine.\"; \
         462 => CREATED_2, \"Created 2\", \"Made.\"; 463 => ACCEPTED_2, \"Accepted 2\", \"Taken.\"; }}"
    );
    let output = status_codes(&tokens(&answered)).to_string();
    assert!(
        output.starts_with(":: renamed :: HttpStatus ! { (:: renamed) pub enum Api ;"),
        "{output}"
    );
    assert!(output.ends_with("@ ask standard }"), "{output}");
    let answered = format!(
        "{answered} @ask standard @source PROTOCOL_VERSION \"status-macros 0.1.0\" \"standard\" {{}} {{ \
         200 => OK, \"OK\", \"Fine.\"; 201 => CREATED, \"Created\", \"Made.\"; \
         202 => ACCEPTED, \"Accepted\", \"Taken.\"; }} {{}}"
    );
    let output = status_codes(&tokens(&answered)).to_string();
    assert!(!output.contains("compile_error"), "{output}");
    assert!(output.contains("pub enum Api"), "{output}");
}

/// An answer from a macro that speaks another version of the protocol is one message naming
/// both versions, on the source the user wrote.
#[test]
fn an_answer_of_another_version_says_so() {
    let input = "pub enum Api; use acme::AcmeStatus::{GONE}; @ask acme::AcmeStatus";
    let newer = format!(
        "{input} @source {newer} \"status-macros 0.9.0\" \"acme\" {{ whatever }} {{}} {{ \
         460 => GONE, \"Gone\", \"Gone.\"; }}",
        newer = VERSION + 1
    );
    let older = format!("{input} @source \"acme\" {{}} {{ 460 => GONE, \"Gone\", \"Gone.\"; }}");
    for (answered, theirs) in [
        (
            newer,
            format!("status-macros 0.9.0, which speaks version {}", VERSION + 1),
        ),
        (older, "older than the protocol's version 1".to_owned()),
    ] {
        let output = status_codes(&tokens(&answered)).to_string();
        let ours = format!(
            "status-macros {} (version {VERSION})",
            env!("CARGO_PKG_VERSION")
        );
        assert!(output.contains("compile_error"), "{output}");
        assert!(output.contains(&theirs), "{output}");
        assert!(output.contains(&ours), "{output}");
        assert!(output.contains("cargo update -p status-codes"), "{output}");
    }
}

/// The answer of an `#[extensible]` set, as the macro it defines appends it.
fn answer_of(output: &str) -> &str {
    let start = output.find("@ source").expect("an answer");
    // The answer's last block, then the ends of `status_codes! {..}`, the rule and the rules.
    let end = output[start..]
        .find("} } } ;")
        .expect("the end of the rules")
        + start
        + 1;
    &output[start..end]
}

/// An `#[extensible]` set hands over every entry, the standard ones apart; a `pub` one exports
/// its macro from the crate, another keeps it inside.
#[test]
fn an_extensible_set_defines_its_macro_under_its_name() {
    let output = status_codes(&tokens(FORWARDED)).to_string();
    assert!(
        output.contains(
            "# [macro_export] # [allow (non_local_definitions)] macro_rules ! __status_codes_Edge_"
        ),
        "{output}"
    );
    assert!(output.contains("pub use __status_codes_Edge_"), "{output}");
    assert!(output.contains("as Edge ;"), "{output}");
    let answer = answer_of(&output);
    assert!(
        answer.starts_with(&format!("@ source {VERSION} \"status-macros ")),
        "{answer}"
    );
    let (flags, entries) = answer.split_once("{ non_exhaustive }").expect("the flag");
    assert!(flags.contains("/Edge#"), "{flags}");
    let (standard, other) = entries.split_once("} {").unwrap();
    assert!(standard.contains("200 => OK"), "{standard}");
    assert!(!standard.contains("460"), "{standard}");
    for entry in [
        // Entries of another set's say where they come from; the set's own do not.
        "@ see_source @ origin \"acme@1.0.0/__status_codes_AcmeStatus_0\" \
         # [phrase_alias (\"Client Closed Request\")] 460 => CLIENT_GONE",
        "@ origin \"acme@1.0.0/__status_codes_AcmeStatus_0\" # [alias (VENDOR)] # [deprecated] \
         520 => VENDOR_FAILED",
        // Codes by value; docs written with a macro are left for the link.
        "@ see_source 471 => OWN",
        "472 => OTHER",
        "# [deprecated]",
    ] {
        assert!(other.contains(entry), "{entry} in {other}");
    }
    assert!(!other.contains("include_str"), "{other}");
    let private = FORWARDED.replace("pub enum Edge", "pub(crate) enum Edge");
    let output = status_codes(&tokens(&private)).to_string();
    assert!(!output.contains("macro_export"), "{output}");
    assert!(
        output.contains("pub (crate) use __status_codes_Edge_"),
        "{output}"
    );
    let closed = FORWARDED.replace("#[extensible]", "");
    assert!(
        !status_codes(&tokens(&closed))
            .to_string()
            .contains("macro_rules")
    );
}

/// Docs that a macro writes mean something else in the crate of a set built on the set:
/// `include_str!` reads another file, `env!` another crate's variables. Plain docs go as they
/// are.
#[test]
fn only_plain_docs_are_handed_over() {
    for (docs, plain) in [
        ("/// Plain.", true),
        ("#[doc = \"Plain.\"]", true),
        ("#[doc(alias = \"x\")]", true),
        ("#[doc = include_str!(\"x.md\")]", false),
        (
            "/// Plain. \n #[doc = concat!(\"In \", env!(\"CARGO_PKG_NAME\"))]",
            false,
        ),
    ] {
        let input = format!("#[extensible] pub enum A;\n{docs}\n470 => X, \"X\", \"X.\";");
        let output = status_codes(&tokens(&input)).to_string();
        let answer = answer_of(&output);
        assert_eq!(!answer.contains("see_source"), plain, "{answer}");
        assert_eq!(answer.contains("doc"), plain, "{answer}");
    }
}

/// Two sets of one text (a wrapper macro invoked in two modules) are two sets: their macros
/// have two names.
#[test]
fn twin_sets_define_two_macros() {
    let input = tokens("#[extensible] pub enum A; 470 => X, \"X\", \"X.\";");
    let name = |output: String| {
        let start = output.find("macro_rules ! ").unwrap() + "macro_rules ! ".len();
        output[start..].split(' ').next().unwrap().to_owned()
    };
    let first = name(status_codes(&input).to_string());
    let second = name(status_codes(&input).to_string());
    assert!(first.starts_with("__status_codes_A_"), "{first}");
    assert_ne!(first, second);
}

/// What a set hands over reads back as the same entries: the printer is the parser's inverse.
#[test]
fn an_answer_reads_back_as_the_entries_it_hands_over() {
    let output = status_codes(&tokens(
        VALID
            .replace("pub(crate) enum", "#[extensible] pub enum")
            .as_str(),
    ))
    .to_string();
    let answer = answer_of(&output).replace(" @ source", "@source");
    let derived = format!("pub enum D; extends api::Api; @ask api::Api {answer}");
    let output = status_codes(&tokens(&derived)).to_string();
    assert!(!output.contains("compile_error"), "{output}");
    for expected in [
        "Ok = 200",
        "ContentTooLarge = 413",
        "pub const RequestEntityTooLarge : Self = Self :: ContentTooLarge",
        "\"RFC 9110, Section 15.5.14\"",
        "# [deprecated = \"gone\"] Old = 499",
    ] {
        assert!(output.contains(expected), "{expected} in {output}");
    }
    // `#[default]` is the choice of the set that made it.
    assert!(!output.contains("# [default]"), "{output}");
}

/// A set that may be `#[non_exhaustive]`, alone or under a `cfg_attr` the macro cannot
/// evaluate, says so in its answer: another crate's `match` on it needs `_`.
#[test]
fn a_set_that_may_be_non_exhaustive_says_so() {
    for (attr, flagged) in [
        ("#[non_exhaustive]", true),
        ("#[cfg_attr(feature = \"grow\", non_exhaustive)]", true),
        ("#[cfg_attr(docsrs, doc(hidden), non_exhaustive)]", true),
        ("#[doc = \"non_exhaustive\"]", false),
        ("", false),
    ] {
        let input = format!("#[extensible] {attr} pub enum A; 470 => X, \"X\", \"X.\";");
        let output = status_codes(&tokens(&input)).to_string();
        let answer = answer_of(&output);
        assert_eq!(
            answer.contains("{ non_exhaustive }"),
            flagged,
            "{attr}: {answer}"
        );
    }
}

/// A set hands over the class it gives a status, not the one it received: a `use` line's
/// `#[retry]` overrides an inherited class, and the sets built on it inherit the override.
#[test]
fn an_answer_carries_the_class_the_set_gives() {
    let input = FORWARDED
        .replace(
            "use acme::AcmeStatus::VENDOR;",
            "#[retry(never, \"ADR 12\")] use acme::AcmeStatus::VENDOR; \
             #[retry(any)] use standard::CONTENT_TOO_LARGE;",
        )
        .replace("0x1D8 =>", "#[retry(after_change)] 0x1D8 =>");
    let output = status_codes(&tokens(&input)).to_string();
    let answer = answer_of(&output);
    for entry in [
        "# [retry (never , \"ADR 12\")] 520 => VENDOR_FAILED",
        "# [retry (any)] 413 => CONTENT_TOO_LARGE",
        "# [retry (after_change)] 472 => OTHER",
    ] {
        assert!(answer.contains(entry), "{entry} in {answer}");
    }
    // Written once: the entry's own `#[retry]` is not handed over beside the resolved one.
    assert_eq!(
        answer.matches("retry (after_change)").count(),
        1,
        "{answer}"
    );
}

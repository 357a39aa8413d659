//! `cargo bench -p status-macros`: how long `status_codes!` takes to expand the standard set
//! and a 500-code set, and `#[derive(IntoProblem)]` a 20-variant error. A proc-macro crate exports only its macro, so the bench includes the
//! macro's modules by path and calls the same function the macro does.

// The included modules carry unit tests and items this bench does not use.
#![allow(dead_code, unused_imports)]

#[path = "../src/ast.rs"]
mod ast;
#[path = "../src/attr.rs"]
mod attr;
#[path = "../src/case.rs"]
mod case;
#[path = "../src/docs.rs"]
mod docs;
#[path = "../src/errors.rs"]
mod errors;
#[path = "../src/expand/mod.rs"]
mod expand;
#[path = "../src/fallback.rs"]
mod fallback;
#[path = "../src/item_attrs.rs"]
mod item_attrs;
#[path = "../src/model.rs"]
mod model;
#[path = "../src/parse/mod.rs"]
mod parse;
#[path = "../src/phf.rs"]
mod phf;
#[path = "../src/problem/mod.rs"]
mod problem;
#[path = "../src/prose.rs"]
mod prose;
#[path = "../src/protocol.rs"]
mod protocol;
#[path = "../src/retry.rs"]
mod retry;
#[path = "../src/syntax.rs"]
mod syntax;
#[path = "../src/valid/mod.rs"]
mod valid;

use criterion::Criterion;
use proc_macro2::TokenStream;
use std::hint::black_box;

/// The standard set's entries, as the facade writes them.
fn standard_entries() -> &'static str {
    let source = include_str!("../../status/src/standard.rs");
    let start = source.find("pub mod client;").unwrap() + "pub mod client;".len();
    let end = source.rfind("@standard_set").unwrap();
    &source[start..end]
}

/// The standard set as the facade writes it.
fn standard_set() -> TokenStream {
    format!(
        "/// Docs.\n#[extensible]\npub enum HttpStatus;\npub mod client;\n{}\n@standard_set",
        standard_entries()
    )
    .parse()
    .unwrap()
}

/// The benchmark's 500-code fixture, without the macro call around it.
fn large_entries() -> &'static str {
    let source = include_str!("../../status/benches/large_set.rs");
    let body = &source[source.find('{').unwrap() + 1..source.rfind('}').unwrap()];
    &body[body.find("pub enum LargeSet;").unwrap() + "pub enum LargeSet;".len()..]
}

fn large_set() -> TokenStream {
    format!(
        "/// Docs.\n#[extensible]\npub enum LargeSet;\n{}",
        large_entries()
    )
    .parse()
    .unwrap()
}

/// The 500-code set's answer.
fn large_answer() -> String {
    format!(
        "@source {} \"status-macros 0.1.0\" \"large@0.0.0/LargeSet\" {{}} {{}} {{ {} }}",
        protocol::VERSION,
        large_entries()
    )
}

/// A set that extends the 500-code set, as its macro hands it back: every entry, none of its
/// own.
fn extends_large_set() -> TokenStream {
    format!(
        "pub enum Derived;\nextends crate::LargeSet;\n@ask crate::LargeSet {}",
        large_answer()
    )
    .parse()
    .unwrap()
}

/// An endpoint's set: eight statuses picked from the 500-code set by two `use` lines. (Not
/// from the standard set besides: the 500 codes give its codes other names, and a set may not
/// pick from two sets that disagree.)
fn picks_from_large_set() -> TokenStream {
    format!(
        "pub enum Endpoint;\n\
         use crate::LargeSet::{{VAULT_STOCK_MERCHANT, REGION_NETWORK, CLIENT_PAYMENT}};\n\
         use crate::LargeSet::{{VAULT_CONFLICT, WALLET_SHIPPING, INVALID_REGION_PENDING, \
         DEVICE_LIMIT_VAULT, RETRY_MISSING}};\n@ask crate::LargeSet {}",
        large_answer()
    )
    .parse()
    .unwrap()
}

/// An error of 20 variants, each with a status and a few with a type, a detail, extension
/// fields or `transparent`, as a service's error enum has them.
fn error_20() -> TokenStream {
    let statuses = [
        "BAD_REQUEST",
        "UNAUTHORIZED",
        "PAYMENT_REQUIRED",
        "FORBIDDEN",
        "NOT_FOUND",
        "METHOD_NOT_ALLOWED",
        "NOT_ACCEPTABLE",
        "REQUEST_TIMEOUT",
        "CONFLICT",
        "GONE",
        "LENGTH_REQUIRED",
        "PRECONDITION_FAILED",
        "CONTENT_TOO_LARGE",
        "URI_TOO_LONG",
        "UNSUPPORTED_MEDIA_TYPE",
        "INTERNAL_SERVER_ERROR",
        "NOT_IMPLEMENTED",
        "BAD_GATEWAY",
        "SERVICE_UNAVAILABLE",
    ];
    let mut variants = String::new();
    for (index, status) in statuses.iter().enumerate() {
        let settings = match index % 4 {
            0 => format!("{status}, type = \"https://example.com/problems/{index}\""),
            1 => format!("{status}, detail = \"Fixed text {index}.\""),
            _ => (*status).to_owned(),
        };
        let fields = if index % 3 == 0 {
            format!("{{ #[problem(extension)] field_{index}: u64, other: String }}")
        } else {
            "(String)".to_owned()
        };
        variants.push_str(&format!(
            "#[error(\"{index}\")] #[problem({settings})] Variant{index} {fields},\n"
        ));
    }
    variants.push_str("#[error(transparent)] #[problem(transparent)] Auth(#[from] AuthError),\n");
    format!(
        "#[derive(Debug, thiserror::Error)]\n#[problem(set = ApiStatus)]\npub enum ApiError {{\n{variants}}}"
    )
    .parse()
    .unwrap()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    for (name, input) in [
        ("standard_62", standard_set()),
        ("large_500", large_set()),
        ("extends_large_500", extends_large_set()),
        ("picks_8_of_500", picks_from_large_set()),
    ] {
        let output = expand::status_codes(&input);
        assert!(
            !output.to_string().contains("compile_error"),
            "{name} expands cleanly"
        );
        criterion.bench_function(&format!("expand/{name}"), |b| {
            b.iter(|| expand::status_codes(black_box(&input)));
        });
    }
    let error = error_20();
    let output = problem::derive(error.clone());
    assert!(
        !output.to_string().contains("compile_error"),
        "the 20-variant error derives cleanly: {output}"
    );
    criterion.bench_function("derive/into_problem_20", |b| {
        b.iter(|| problem::derive(black_box(error.clone())));
    });
    for (name, count) in [("phf_67", 67), ("phf_550", 550)] {
        let names: Vec<String> = (0..count)
            .map(|i| format!("STATUS_NAME_{i}_OF_THE_SET"))
            .collect();
        let keys: Vec<&[u8]> = names.iter().map(String::as_bytes).collect();
        criterion.bench_function(&format!("expand/{name}"), |b| {
            b.iter(|| phf::build(black_box(&keys)))
        });
    }
    criterion.final_summary();
}

//! `cargo bench -p status-macros`: how long `status_codes!` takes to expand the standard set
//! and a 500-code set. A proc-macro crate exports only its macro, so the bench includes the
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
#[path = "../src/model.rs"]
mod model;
#[path = "../src/parse.rs"]
mod parse;
#[path = "../src/phf.rs"]
mod phf;
#[path = "../src/syntax.rs"]
mod syntax;
#[path = "../src/valid.rs"]
mod valid;

use criterion::Criterion;
use proc_macro2::TokenStream;
use std::hint::black_box;

/// The standard set as the facade's `__standard_set!` hands it to the macro.
fn standard_set() -> TokenStream {
    let source = include_str!("../../status/src/standard.rs");
    let entries = &source[source.find("\n            @standard").unwrap()
        ..source.rfind("        }\n    };").unwrap()];
    format!("/// Docs.\npub enum HttpStatus;\npub mod client;\n{entries}")
        .parse()
        .unwrap()
}

/// The benchmark's 500-code fixture, without the macro call around it.
fn large_set() -> TokenStream {
    let source = include_str!("../../status/benches/large_set.rs");
    let body = &source[source.find('{').unwrap() + 1..source.rfind('}').unwrap()];
    body.parse().unwrap()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    for (name, input) in [("standard_62", standard_set()), ("large_500", large_set())] {
        let output = expand::status_codes(&input);
        assert!(
            !output.to_string().contains("compile_error"),
            "{name} expands cleanly"
        );
        criterion.bench_function(&format!("expand/{name}"), |b| {
            b.iter(|| expand::status_codes(black_box(&input)));
        });
    }
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

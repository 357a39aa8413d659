#!/usr/bin/env bash
# Clean `cargo build` time of a crate that depends on `status` against one that depends on
# `http` 1.x, and against the floor of any syn-based macro: median of 3 runs each, debug and
# release, on this machine.
#
#   bash status/benches/build_cost.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=timing.sh
source "$(dirname "$0")/timing.sh"

make_crate() { # name, dependency line, body
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n' "$1" "$2" \
        > "$work/$1/Cargo.toml"
    printf '%s\n' "$3" > "$work/$1/src/lib.rs"
    (cd "$work/$1" && cargo fetch -q)
}

make_crate uses-status "status-codes = { path = \"$root/status\" }" \
    'pub fn phrase(code: u16) -> Option<&'"'"'static str> { status::HttpStatus::from_code(code).map(|s| s.phrase()) }'
make_crate uses-http 'http = "1"' \
    'pub fn phrase(code: u16) -> Option<&'"'"'static str> { http::StatusCode::from_u16(code).ok()?.canonical_reason() }'

# The floor of any macro built on syn, quote and proc-macro2 with status-macros' features: a
# macro that parses `code => NAME,` pairs into constants, and a crate that uses it.
syn_line=$(grep -m1 '^syn = ' "$root/status-macros/Cargo.toml")
make_crate tiny-macro "$(printf 'proc-macro2 = "1"\nquote = "1"\n%s\n\n[lib]\nproc-macro = true' "$syn_line")" \
    'use syn::parse::{ParseStream, Parser};
#[proc_macro]
pub fn codes(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let rows = (|input: ParseStream| {
        let mut rows = Vec::new();
        while !input.is_empty() {
            let code = input.parse::<syn::LitInt>()?.token();
            input.parse::<syn::Token![=>]>()?;
            let name: syn::Ident = input.parse()?;
            input.parse::<syn::Token![,]>()?;
            rows.push(quote::quote!(pub const #name: u16 = #code;));
        }
        Ok(rows)
    })
    .parse(input);
    match rows {
        Ok(rows) => quote::quote!(#(#rows)*).into(),
        Err(error) => error.to_compile_error().into(),
    }
}'
make_crate uses-tiny-macro "tiny-macro = { path = \"../tiny-macro\" }" \
    'tiny_macro::codes! { 200 => OK, 404 => NOT_FOUND, }
pub fn sum() -> u16 { OK + NOT_FOUND }'

# Cargo builds path dependencies incrementally and registry ones not. `status` is a path
# dependency here but comes from crates.io for its users: measure every build as theirs.
export CARGO_INCREMENTAL=0


echo "| profile | status (s) | http (s) | status / http | syn floor (s) | floor / http |"
echo "|---|---:|---:|---:|---:|---:|"
for profile in debug release; do
    flags=""
    [ "$profile" = release ] && flags="--release"
    s=$(median_build "$work/uses-status" 3 clean ${flags:+"$flags"})
    h=$(median_build "$work/uses-http" 3 clean ${flags:+"$flags"})
    f=$(median_build "$work/uses-tiny-macro" 3 clean ${flags:+"$flags"})
    printf '| %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n' "$profile" "$s" "$h" \
        "$(echo "$s / $h" | bc -l)" "$f" "$(echo "$f / $h" | bc -l)"
done

#!/usr/bin/env bash
# What status codes cost in a release binary: programs that read a code from their arguments
# and print it, built without status codes, with `http`, and with `status`, stripped, in the
# default release profile: a status line (`from_code`, `phrase`, `Display`), the same with
# `FromStr`, `from_code` alone, and the status line with `FromStr` on a 500-code set. Prints each binary's size and the two sections that tables of
# pointers fill in a position-independent executable: `.data.rel.ro` (the tables) and
# `.rela.dyn` (a 24-byte relocation record for every pointer in them).
#
#   bash status/benches/footprint.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every program does the same work around the lookups, so the difference is theirs.
read_code='let text = std::env::args().nth(1).unwrap_or_else(|| "404".to_owned());
    let code: u16 = text.parse().unwrap_or(404);'

make_program() { # name, dependency line, body of main, items before it
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n' \
        "$1" "$2" > "$work/$1/Cargo.toml"
    printf '%s\nfn main() {\n    %s\n    %s\n}\n' "${4:-}" "$read_code" "$3" > "$work/$1/src/main.rs"
}

status_line="status-codes = { path = \"$root/status\" }"
make_program none '' 'println!("{code} {text}");'
# A server writing a status line: a code in, its phrase and its `Display` out.
make_program http-line 'http = "1"' \
    'let status = http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::NOT_FOUND);
    println!("{code} {text} {:?} {status}", status.canonical_reason());'
make_program status-line "$status_line" \
    'let status = status::HttpStatus::from_code(code).unwrap_or(status::HttpStatus::NotFound);
    println!("{code} {text} {:?} {status}", status.phrase());'
# The same, and `FromStr` on the argument.
make_program http 'http = "1"' \
    'let status = http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::NOT_FOUND);
    let parsed: Option<http::StatusCode> = text.parse().ok();
    println!("{code} {text} {:?} {status} {parsed:?}", status.canonical_reason());'
make_program status "$status_line" \
    'let status = status::HttpStatus::from_code(code).unwrap_or(status::HttpStatus::NotFound);
    let parsed: Option<status::HttpStatus> = text.parse().ok();
    println!("{code} {text} {:?} {status} {parsed:?}", status.phrase());'
make_program status-from-code "$status_line" \
    'let status = status::HttpStatus::from_code(code);
    println!("{code} {text} {:?}", status.map(|status| status as u16));'
make_program status-500 "$status_line" \
    'let status = LargeSet::from_code(code).unwrap_or(LargeSet::VaultStockMerchant);
    let parsed: Option<LargeSet> = text.parse().ok();
    println!("{code} {text} {:?} {status} {parsed:?}", status.phrase());' \
    "include!(\"$root/status/benches/large_set.rs\");"

section() { # binary, section name: its size in bytes, 0 if absent
    size -A "$1" | awk -v name="$2" '$1 == name { print $2; found = 1 } END { if (!found) print 0 }'
}

echo "| program | stripped (bytes) | over none | .data.rel.ro | .rela.dyn |"
echo "|---|---:|---:|---:|---:|"
base=""
for program in none http-line status-line http status status-from-code status-500; do
    (cd "$work/$program" && cargo build -q --release)
    binary="$work/$program/target/release/$program"
    strip "$binary"
    bytes=$(stat -c %s "$binary")
    [ -z "$base" ] && base=$bytes
    printf '| %s | %d | %+d | %d | %d |\n' "$program" "$bytes" $((bytes - base)) \
        "$(section "$binary" .data.rel.ro)" "$(section "$binary" .rela.dyn)"
done

#!/usr/bin/env bash
# Clean `cargo build` time of a crate that depends on `status` against one that depends on
# `http` 1.x: median of 3 runs each, debug and release, on this machine.
#
#   bash status/benches/build_cost.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_crate() { # name, dependency line, body
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\n%s\n' "$1" "$2" \
        > "$work/$1/Cargo.toml"
    printf '%s\n' "$3" > "$work/$1/src/lib.rs"
    (cd "$work/$1" && cargo fetch -q)
}

make_crate uses-status "status = { path = \"$root/status\" }" \
    'pub fn phrase(code: u16) -> Option<&'"'"'static str> { status::HttpStatus::from_code(code).map(|s| s.phrase()) }'
make_crate uses-http 'http = "1"' \
    'pub fn phrase(code: u16) -> Option<&'"'"'static str> { http::StatusCode::from_u16(code).ok()?.canonical_reason() }'

median_seconds() { # crate, cargo flags
    local times=()
    for _ in 1 2 3; do
        rm -rf "$work/$1/target"
        local start end
        start=$(date +%s.%N)
        (cd "$work/$1" && cargo build -q --offline $2)
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

echo "| profile | status (s) | http (s) | status / http |"
echo "|---|---:|---:|---:|"
for profile in debug release; do
    flags=""
    [ "$profile" = release ] && flags="--release"
    s=$(median_seconds uses-status "$flags")
    h=$(median_seconds uses-http "$flags")
    printf '| %s | %.2f | %.2f | %.2f |\n' "$profile" "$s" "$h" "$(echo "$s / $h" | bc -l)"
done

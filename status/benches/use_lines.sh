#!/usr/bin/env bash
# How long a crate with ten endpoint sets takes to build when each set names its five statuses
# in five `use` lines, against the same sets each with one braced `use` line: both pick from
# an `#[extensible]` set of 462 statuses. Median of 5 rebuilds of the crate alone (its
# dependencies built once), on this machine.
#
#   bash status/benches/use_lines.sh [PATH_TO_A_CHECKOUT]   # this checkout by default
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=timing.sh
source "$(dirname "$0")/timing.sh"

# The base: the standard set and 400 codes of the service's own.
base() {
    echo 'status::status_codes! {'
    echo '    /// The service'"'"'s statuses.'
    echo '    #[extensible]'
    echo '    pub enum Base;'
    echo '    extends standard;'
    local count=0
    for code in $(seq 100 599); do
        grep -q "^ *$code => " "$root/status/src/standard.rs" && continue
        echo "    $code => S_$code, \"Status $code\", \"The service's status $code.\";"
        count=$((count + 1))
        [ "$count" = 400 ] && break
    done
    echo '}'
}

base_text=$(base)
mapfile -t own_names < <(grep -o 'S_[0-9]*' <<<"$base_text")

make_crate() { # name, form (lines or braced)
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nstatus-codes = { path = "%s/status" }\n' \
        "$1" "$root" > "$work/$1/Cargo.toml"
    {
        echo "$base_text"
        for set in $(seq 0 9); do
            printf 'status::status_codes! {\n    /// An endpoint.\n    pub enum Endpoint%s;\n' "$set"
            names=()
            for pick in $(seq 0 4); do
                names+=("${own_names[$((set * 5 + pick))]}")
            done
            if [ "$2" = lines ]; then
                for name in "${names[@]}"; do echo "    use crate::Base::$name;"; done
            else
                (IFS=,; echo "    use crate::Base::{${names[*]}};")
            fi
            echo '}'
        done
    } > "$work/$1/src/lib.rs"
    (cd "$work/$1" && cargo build -q)
}


make_crate use-lines lines
make_crate use-braced braced
lines=$(median_build "$work/use-lines" 5 touch)
braced=$(median_build "$work/use-braced" 5 touch)
echo "| form | build (s) |"
echo "|---|---:|"
printf '| five `use` lines per set | %.2f |\n| one braced `use` line per set | %.2f |\n' "$lines" "$braced"
printf '| lines / braced | %.2f |\n' "$(echo "$lines / $braced" | bc -l)"

#!/usr/bin/env bash
# What the `problem` feature adds to a clean build: a crate that derives `IntoProblem` for a
# five-variant error, against the same crate with a hand-written `match` to statuses and no
# feature. Median of 3 clean debug builds each, on this machine.
#
#   bash status/benches/problem_build_cost.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=timing.sh
source "$(dirname "$0")/timing.sh"

sets='status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{BAD_REQUEST, CONFLICT, INTERNAL_SERVER_ERROR};
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service'"'"'s own use.";
}'

make_crate() { # name, features, body
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nstatus-codes = { path = "%s/status", features = [%s] }\n' \
        "$1" "$root" "$2" > "$work/$1/Cargo.toml"
    printf '%s\n%s\n' "$sets" "$3" > "$work/$1/src/lib.rs"
    (cd "$work/$1" && cargo fetch -q)
}

make_crate by-hand '' '
#[derive(Debug)]
pub enum CreateUserError { Taken, Reserved, Storage, Poor, Empty }
impl CreateUserError {
    pub fn status(&self) -> CreateUserStatus {
        match self {
            Self::Taken => CreateUserStatus::Conflict,
            Self::Reserved => CreateUserStatus::NameReserved,
            Self::Storage => CreateUserStatus::InternalServerError,
            Self::Poor | Self::Empty => CreateUserStatus::BadRequest,
        }
    }
}'
make_crate derived '"problem"' '
#[derive(Debug, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[problem(CONFLICT)] Taken,
    #[problem(NAME_RESERVED)] Reserved,
    #[problem(INTERNAL_SERVER_ERROR)] Storage,
    #[problem(BAD_REQUEST)] Poor,
    #[problem(BAD_REQUEST)] Empty,
}
impl core::fmt::Display for CreateUserError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'"'"'_>) -> core::fmt::Result { write!(f, "{self:?}") }
}'

# Cargo builds path dependencies incrementally and registry ones not: measure as users build.
export CARGO_INCREMENTAL=0


by_hand=$(median_build "$work/by-hand" 3 clean)
derived=$(median_build "$work/derived" 3 clean)
echo "| crate | clean debug build (s) |"
echo "|---|---:|"
printf '| statuses by hand, no feature | %.2f |\n| `#[derive(IntoProblem)]`, `problem` | %.2f |\n' "$by_hand" "$derived"
printf '| added by `problem` | +%.2f |\n' "$(echo "$derived - $by_hand" | bc -l)"

#!/usr/bin/env bash
# The marginal clean-build time of `status`, web features on, in an axum + serde + tokio
# service: the same service built with and without it, median of 3 clean debug builds each.
#
#   bash status/benches/web_build_cost.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=timing.sh
source "$(dirname "$0")/timing.sh"

make_service() { # name, extra dependency line, extra source
    mkdir -p "$work/$1/src"
    cat > "$work/$1/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"

[dependencies]
axum = "0.8"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["macros", "rt-multi-thread", "net"] }
$2
TOML
    cat > "$work/$1/src/main.rs" <<RUST
use axum::{Json, Router, routing::get};

#[derive(serde::Serialize, serde::Deserialize)]
struct Order {
    id: u32,
}

async fn order() -> Json<Order> {
    Json(Order { id: 1 })
}
$3
#[tokio::main]
async fn main() {
    let app = Router::new().route("/order", get(order));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
RUST
    (cd "$work/$1" && cargo fetch -q)
}

make_service without '' ''
make_service with "status-codes = { path = \"$root/status\", features = [\"axum\", \"serde\"] }" '
status::status_codes! {
    /// The service'"'"'s own statuses.
    pub enum ServiceStatus;
    extends standard;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

#[allow(dead_code)]
async fn gone() -> Result<Json<Order>, ServiceStatus> {
    Err(ServiceStatus::ClientGone)
}
'

# As users build it: `status` comes from a registry for them, so no incremental builds.
export CARGO_INCREMENTAL=0


without=$(median_build "$work/without" 3 clean)
with=$(median_build "$work/with" 3 clean)
echo "| service | clean debug build (s) |"
echo "|---|---:|"
printf '| axum + serde + tokio | %.2f |\n' "$without"
printf '| the same with status (axum, serde) | %.2f |\n' "$with"
printf '| difference | %+.2f (%+.1f%%) |\n' "$(echo "$with - $without" | bc -l)" \
    "$(echo "($with - $without) * 100 / $without" | bc -l)"

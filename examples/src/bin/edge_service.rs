//! A small axum service that answers with the edge proxy's own statuses, phrases included:
//! `HTTP/1.1 523 Origin Is Unreachable`, not `523 <none>`.
//!
//! ```sh
//! cargo run --bin edge_service --features serve            # listens on 127.0.0.1:3000
//! curl -si http://127.0.0.1:3000/origins/billing           # HTTP/1.1 523 Origin Is Unreachable
//! ```

use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use status::{HttpStatus, WithBody};
use status_examples::edge::EdgeStatus;

/// The origins this edge knows, and whether each is up.
const ORIGINS: [(&str, bool); 2] = [("catalog", true), ("billing", false)];

/// An origin's state: `200 OK` with a body, `523 Origin Is Unreachable` with one, or
/// `404 Not Found` for an origin this edge does not know.
async fn origin(Path(name): Path<String>) -> Result<Json<serde_json::Value>, EdgeStatus> {
    match ORIGINS.iter().find(|(origin, _)| *origin == name) {
        Some((_, true)) => Ok(Json(serde_json::json!({ "origin": name, "up": true }))),
        Some((_, false)) => Err(EdgeStatus::OriginIsUnreachable),
        None => Err(EdgeStatus::NotFound),
    }
}

/// The client left before the answer: `499 Client Closed Request`, with a body that says so.
async fn abandoned() -> WithBody<EdgeStatus, &'static str> {
    WithBody(
        EdgeStatus::ClientClosedRequest,
        "the client closed the connection\n",
    )
}

/// `200 OK`, from the standard set.
async fn health() -> HttpStatus {
    HttpStatus::Ok
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let app = Router::new()
        .route("/health", get(health))
        .route("/origins/{name}", get(origin))
        .route("/abandoned", get(abandoned));
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            tokio::signal::ctrl_c().await.ok();
        })
        .await
}

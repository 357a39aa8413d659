//! A users API with one status set per endpoint, documented in OpenAPI (see
//! `status_examples::users`).
//!
//! ```sh
//! cargo run --bin users_service --features serve           # listens on 127.0.0.1:3000
//! curl -si -d '{"name":"ada"}' -H 'content-type: application/json' \
//!     http://127.0.0.1:3000/users                           # HTTP/1.1 201 Created
//! curl -s http://127.0.0.1:3000/openapi.json                # each path lists its statuses
//! ```

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, status_examples::users::router())
        .with_graceful_shutdown(async {
            tokio::signal::ctrl_c().await.ok();
        })
        .await
}

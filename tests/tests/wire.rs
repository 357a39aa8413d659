//! Statuses on a real wire. axum and actix-web servers, started on `127.0.0.1:0` inside each
//! test, answer with statuses of a set; a raw TCP client checks the exact status line, and
//! reqwest reads each response back into the set. Every wait is bounded, and every server is
//! shut down at the end of its test. (`problem.rs` puts problems on the wire.)

use axum::Json;
use axum::routing::get;
use servers::{LIMIT, raw, with_actix_web, with_axum};
use status::{HttpStatus, WithBody};
use std::net::SocketAddr;

mod servers;

status::status_codes! {
    /// What the edge answers with: the standard set and a code of its own.
    pub enum Edge;
    extends standard;
    #[phrase_alias("Client Closed Request")]
    460 => CLIENT_GONE, "Client Gone", "The client closed the connection first.";
}

/// The paths both servers answer, and what each answers with.
const ROUTES: [(&str, u16, &str); 6] = [
    ("/not-found", 404, "Not Found"),
    ("/too-large", 413, "Content Too Large"),
    ("/gone", 460, "Client Gone"),
    ("/result-ok", 200, "OK"),
    ("/result-err", 460, "Client Gone"),
    ("/with-body", 460, "Client Gone"),
];

async fn status_line(address: SocketAddr, version: &str, path: &str) -> String {
    let request = format!("GET {path} {version}\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    let response = raw(address, &request).await;
    response.split("\r\n").next().unwrap().to_owned()
}

/// Every route, over raw HTTP/1.1 and HTTP/1.0 and with reqwest over HTTP/1.1 and h2c.
async fn check_server(address: SocketAddr) {
    for (path, code, phrase) in ROUTES {
        let line = status_line(address, "HTTP/1.1", path).await;
        assert_eq!(line, format!("HTTP/1.1 {code} {phrase}"), "{path}");
        let line = status_line(address, "HTTP/1.0", path).await;
        assert_eq!(line, format!("HTTP/1.0 {code} {phrase}"), "{path}");
    }
    let body = raw(
        address,
        "GET /with-body HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert!(
        body.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{body}"
    );
    assert!(body.ends_with(r#"{"retry":true}"#), "{body}");

    let http1 = reqwest::Client::builder()
        .http1_only()
        .timeout(LIMIT)
        .build()
        .unwrap();
    let h2c = reqwest::Client::builder()
        .http2_prior_knowledge()
        .timeout(LIMIT)
        .build()
        .unwrap();
    for (path, code, phrase) in ROUTES {
        let url = format!("http://{address}{path}");
        let response = http1.get(&url).send().await.unwrap();
        assert_eq!(response.version(), reqwest::Version::HTTP_11);
        let status = Edge::try_from(response.status()).unwrap();
        assert_eq!((status.code(), status.phrase()), (code, phrase));
        // hyper keeps a phrase that is not `http`'s own; reading it back gives the status.
        let sent = response
            .extensions()
            .get::<hyper::ext::ReasonPhrase>()
            .map_or_else(
                || response.status().canonical_reason().unwrap().to_owned(),
                |reason| String::from_utf8(reason.as_bytes().to_vec()).unwrap(),
            );
        assert_eq!(Edge::from_phrase(&sent), Some(status), "{path}: {sent}");

        let response = h2c.get(&url).send().await.unwrap();
        assert_eq!(response.version(), reqwest::Version::HTTP_2);
        // HTTP/2 has no phrase: the code arrives, and the set names it.
        assert_eq!(
            Edge::try_from(response.status()),
            Ok(status),
            "{path} over h2c"
        );
    }
}

#[tokio::test]
async fn axum_serves_statuses_with_their_phrases() {
    async fn with_body() -> WithBody<Edge, Json<serde_json::Value>> {
        WithBody(Edge::ClientGone, Json(serde_json::json!({ "retry": true })))
    }
    let app = axum::Router::new()
        .route("/not-found", get(|| async { HttpStatus::NotFound }))
        .route("/too-large", get(|| async { HttpStatus::ContentTooLarge }))
        .route("/gone", get(|| async { Edge::ClientGone }))
        .route(
            "/result-ok",
            get(|| async { Result::<Json<u8>, Edge>::Ok(Json(1)) }),
        )
        .route(
            "/result-err",
            get(|| async { Result::<Json<u8>, Edge>::Err(Edge::ClientGone) }),
        )
        .route("/with-body", get(with_body));
    with_axum(app, check_server).await;
}

#[tokio::test]
async fn actix_web_serves_statuses_with_their_phrases() {
    use actix_web::{App, web};

    async fn with_body() -> WithBody<Edge, web::Json<serde_json::Value>> {
        WithBody(
            Edge::ClientGone,
            web::Json(serde_json::json!({ "retry": true })),
        )
    }
    let app = || {
        App::new()
            .route(
                "/not-found",
                web::get().to(|| async { HttpStatus::NotFound }),
            )
            .route(
                "/too-large",
                web::get().to(|| async { HttpStatus::ContentTooLarge }),
            )
            .route("/gone", web::get().to(|| async { Edge::ClientGone }))
            .route(
                "/result-ok",
                web::get().to(|| async { Ok::<_, Edge>("fine") }),
            )
            .route(
                "/result-err",
                web::get().to(|| async { Err::<&str, _>(Edge::ClientGone) }),
            )
            .route("/with-body", web::get().to(with_body))
    };
    with_actix_web(app, check_server).await;
}

#[test]
fn conversions_with_every_framework_agree() {
    for status in Edge::ALL {
        let http = http::StatusCode::from(status);
        assert_eq!(http.as_u16(), status.code());
        // Both ways: clippy would take `a == b && b == a` for one comparison.
        assert_eq!(status, http);
        assert_eq!(http, status);
        let actix = actix_web::http::StatusCode::from(status);
        assert_eq!(actix.as_u16(), status.code());
        assert_eq!(Edge::try_from(actix), Ok(status));
        let reason = hyper::ext::ReasonPhrase::from(status);
        assert_eq!(reason.as_bytes(), status.phrase().as_bytes());
    }
    assert!(HttpStatus::NotFound != http::StatusCode::OK);
    assert!(http::StatusCode::OK != Edge::ClientGone);
    let unknown = actix_web::http::StatusCode::from_u16(299).unwrap();
    assert_eq!(HttpStatus::try_from(unknown).unwrap_err().code(), 299);
}

/// axum: a phrase that `http` writes anyway adds nothing to the response, as for a plain
/// `http::StatusCode`; another phrase goes in the extensions, for hyper to write.
#[test]
fn axum_adds_a_phrase_only_where_http_has_another() {
    use axum::response::IntoResponse;
    let phrase = |response: &axum::response::Response| {
        response
            .extensions()
            .get::<hyper::ext::ReasonPhrase>()
            .map(|reason| reason.as_bytes().to_vec())
    };
    let not_found = HttpStatus::NotFound.into_response();
    assert_eq!(not_found.status(), http::StatusCode::NOT_FOUND);
    assert!(not_found.extensions().is_empty());
    assert_eq!(
        phrase(&HttpStatus::ContentTooLarge.into_response()),
        Some(b"Content Too Large".to_vec())
    );
    assert_eq!(
        phrase(&Edge::ClientGone.into_response()),
        Some(b"Client Gone".to_vec())
    );
    let with_body = WithBody(HttpStatus::NotFound, "missing").into_response();
    assert_eq!(with_body.status(), http::StatusCode::NOT_FOUND);
    assert!(with_body.extensions().is_empty());
    assert_eq!(
        with_body.headers()[http::header::CONTENT_TYPE],
        "text/plain; charset=utf-8"
    );
}

/// The facade's compile-time copy of `http`'s phrases, which decides when axum needs the set's
/// own phrase, is `http`'s, for every code `http` accepts.
#[test]
fn the_copy_of_http_phrases_is_http_s() {
    for code in 100..=999 {
        let http = http::StatusCode::from_u16(code).unwrap();
        assert_eq!(
            status::__private::axum::http_reason(code),
            http.canonical_reason(),
            "{code}"
        );
    }
}

//! Statuses on a real wire. axum and actix-web servers, started on `127.0.0.1:0` inside each
//! test, answer with statuses of a set and with problems; a raw TCP client checks the exact
//! status line, headers and body, and reqwest reads each response back into the set. Every
//! wait is bounded, and every server is shut down at the end of its test.

use axum::Json;
use axum::routing::get;
use status::{HttpStatus, WithBody};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

status::status_codes! {
    /// What the edge answers with: the standard set and a code of its own.
    pub enum Edge;
    extends standard;
    #[phrase_alias("Client Closed Request")]
    460 => CLIENT_GONE, "Client Gone", "The client closed the connection first.";
}

status::status_codes! {
    /// What the authentication middleware answers.
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

status::status_codes! {
    /// What `POST /users` answers: the middleware's, and its own.
    pub enum CreateUserStatus;
    extends AuthStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT, INTERNAL_SERVER_ERROR};
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

/// Why authentication fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("the token does not allow {0}")]
    #[problem(FORBIDDEN)]
    Scope(&'static str),
}

/// Why `POST /users` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("the name {0:?} is taken")]
    #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
    Taken(&'static str),
    #[error("the name is reserved")]
    #[problem(NAME_RESERVED)]
    Reserved,
    #[error("storage failed: disk full")]
    #[problem(INTERNAL_SERVER_ERROR)]
    Storage,
    #[error("balance too low")]
    #[problem(BAD_REQUEST, detail = "The account cannot pay for this.")]
    Poor {
        #[problem(extension)]
        balance: i64,
    },
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
}

/// The paths both servers answer with a problem, and the status line and JSON of each.
fn problem_routes() -> [(&'static str, &'static str, serde_json::Value); 6] {
    use serde_json::json;
    [
        (
            "/taken",
            "409 Conflict",
            json!({
                "type": "https://example.com/problems/name-taken",
                "title": "Conflict",
                "status": 409,
                "detail": "the name \"ada\" is taken",
            }),
        ),
        (
            "/reserved",
            "470 Name Reserved",
            json!({
                "title": "Name Reserved", "status": 470, "detail": "the name is reserved",
            }),
        ),
        (
            "/storage",
            "500 Internal Server Error",
            json!({
                "title": "Internal Server Error", "status": 500,
            }),
        ),
        (
            "/poor",
            "400 Bad Request",
            json!({
                "title": "Bad Request", "status": 400,
                "detail": "The account cannot pay for this.", "balance": -5,
            }),
        ),
        (
            "/auth",
            "403 Forbidden",
            json!({
                "title": "Forbidden", "status": 403, "detail": "the token does not allow users:write",
            }),
        ),
        (
            "/problem",
            "470 Name Reserved",
            json!({
                "title": "Name Reserved", "status": 470, "instance": "/users/admin",
            }),
        ),
    ]
}

/// What each problem route fails with.
fn problem_of(path: &str) -> Result<CreateUserStatus, CreateUserError> {
    Err(match path {
        "/taken" => CreateUserError::Taken("ada"),
        "/reserved" => CreateUserError::Reserved,
        "/storage" => CreateUserError::Storage,
        "/poor" => CreateUserError::Poor { balance: -5 },
        _ => AuthError::Scope("users:write").into(),
    })
}

/// The bare problem `/problem` answers with.
fn bare_problem() -> status::Problem<CreateUserStatus> {
    status::Problem::new(CreateUserStatus::NameReserved).with_instance("/users/admin")
}

/// Every problem route over raw HTTP/1.1: the status line with the set's phrase, the media
/// type, and the JSON, which reads back as a `Problem` of the set; and with reqwest.
async fn check_problems(address: SocketAddr) {
    for (path, line, json) in problem_routes() {
        let request =
            format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        let response = raw(address, &request).await;
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        assert!(
            head.starts_with(&format!("HTTP/1.1 {line}\r\n")),
            "{path}: {head}"
        );
        assert!(
            head.to_ascii_lowercase()
                .contains("\r\ncontent-type: application/problem+json\r\n"),
            "{path}: {head}"
        );
        let sent: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(sent, json, "{path}");
        let problem: status::Problem<CreateUserStatus> = serde_json::from_str(body).unwrap();
        assert_eq!(serde_json::to_value(&problem).unwrap(), json, "{path}");

        let client = reqwest::Client::builder().timeout(LIMIT).build().unwrap();
        let response = client
            .get(format!("http://{address}{path}"))
            .send()
            .await
            .unwrap();
        let status = CreateUserStatus::try_from(response.status()).unwrap();
        let problem = response
            .json::<status::Problem<CreateUserStatus>>()
            .await
            .unwrap();
        assert_eq!(problem.status(), Some(status), "{path}");
    }
}

/// Bounds every wait: connecting, sending, reading, starting and stopping a server.
const LIMIT: Duration = Duration::from_secs(10);

/// The paths both servers answer, and what each answers with.
const ROUTES: [(&str, u16, &str); 6] = [
    ("/not-found", 404, "Not Found"),
    ("/too-large", 413, "Content Too Large"),
    ("/gone", 460, "Client Gone"),
    ("/result-ok", 200, "OK"),
    ("/result-err", 460, "Client Gone"),
    ("/with-body", 460, "Client Gone"),
];

/// The bytes of the whole response to `request`, sent on a fresh connection.
async fn raw(address: SocketAddr, request: &str) -> String {
    let exchange = async {
        let mut stream = TcpStream::connect(address).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        String::from_utf8(response).unwrap()
    };
    timeout(LIMIT, exchange)
        .await
        .expect("the server answers in time")
}

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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                stopped.await.ok();
            })
            .await
    });

    check_server(address).await;

    stop.send(()).unwrap();
    timeout(LIMIT, server)
        .await
        .expect("the server stops")
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn actix_web_serves_statuses_with_their_phrases() {
    use actix_web::{App, HttpServer, web};

    async fn with_body() -> WithBody<Edge, web::Json<serde_json::Value>> {
        WithBody(
            Edge::ClientGone,
            web::Json(serde_json::json!({ "retry": true })),
        )
    }
    // actix-web runs on its own runtime: a thread of its own, which hands back the address and
    // the handle that stops it.
    let (started, start) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
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
            })
            .workers(1)
            .disable_signals()
            .bind_auto_h2c(("127.0.0.1", 0))
            .unwrap();
            let address = server.addrs()[0];
            let server = server.run();
            started.send((address, server.handle())).unwrap();
            server.await
        })
    });
    let (address, handle) = start.recv_timeout(LIMIT).expect("the server starts");

    check_server(address).await;

    timeout(LIMIT, handle.stop(true))
        .await
        .expect("the server stops");
    thread.join().unwrap().unwrap();
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

#[tokio::test]
async fn axum_answers_errors_as_problems() {
    let mut app = axum::Router::new();
    for (path, ..) in problem_routes().into_iter().take(5) {
        app = app.route(path, get(move || async move { problem_of(path) }));
    }
    let app = app.route("/problem", get(|| async { bare_problem() }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                stopped.await.ok();
            })
            .await
    });

    check_problems(address).await;

    stop.send(()).unwrap();
    timeout(LIMIT, server)
        .await
        .expect("the server stops")
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn actix_web_answers_errors_as_problems() {
    use actix_web::{App, HttpServer, web};

    let (started, start) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                let mut app = App::new();
                for (path, ..) in problem_routes().into_iter().take(5) {
                    app = app.route(path, web::get().to(move || async move { problem_of(path) }));
                }
                app.route("/problem", web::get().to(|| async { bare_problem() }))
            })
            .workers(1)
            .disable_signals()
            .bind(("127.0.0.1", 0))
            .unwrap();
            let address = server.addrs()[0];
            let server = server.run();
            started.send((address, server.handle())).unwrap();
            server.await
        })
    });
    let (address, handle) = start.recv_timeout(LIMIT).expect("the server starts");

    check_problems(address).await;

    timeout(LIMIT, handle.stop(true))
        .await
        .expect("the server stops");
    thread.join().unwrap().unwrap();
}

//! `#[derive(IntoProblem)]` and `Problem`, on a users API: every variant's status, problem and
//! JSON, transparent variants through sets built on sets, and both on a real wire: axum and
//! actix-web servers on `127.0.0.1:0`, asked with a raw TCP client and with reqwest.

use axum::routing::get;
use servers::{LIMIT, raw, with_actix_web, with_axum};
use status::{IntoProblem, Problem, Status};
use std::net::SocketAddr;

mod servers;

status::status_codes! {
    /// Every status of the users service: the standard ones and its own.
    #[extensible]
    pub enum UserStatus;
    extends standard;
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

status::status_codes! {
    /// What the authentication middleware answers, on every endpoint.
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

status::status_codes! {
    /// What `POST /users` answers: the middleware's statuses, written once, and its own.
    pub enum CreateUserStatus;
    extends AuthStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT, INTERNAL_SERVER_ERROR};
    use UserStatus::{NAME_RESERVED};
}

/// Why authentication fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("no credentials")]
    #[problem(UNAUTHORIZED, type = "https://example.com/problems/no-credentials")]
    Missing,
    #[error("the token does not allow {0}")]
    #[problem(FORBIDDEN)]
    Scope(String),
}

/// Why `POST /users` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("the name {0:?} is taken")]
    #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
    Taken(String),
    #[error("the name is reserved")]
    #[problem(NAME_RESERVED)]
    Reserved,
    #[error("storage failed: {0}")]
    #[problem(INTERNAL_SERVER_ERROR)]
    Storage(std::io::Error),
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

#[test]
fn each_variant_answers_with_its_status_and_problem() {
    let taken = CreateUserError::Taken("ada".into());
    assert_eq!(taken.status(), CreateUserStatus::Conflict);
    let problem = taken.problem();
    assert_eq!(problem.status(), Some(CreateUserStatus::Conflict));
    assert_eq!(
        problem.type_uri(),
        "https://example.com/problems/name-taken"
    );
    assert_eq!(problem.title(), Some("Conflict"));
    // A 4xx sends its `Display`.
    assert_eq!(problem.detail(), Some("the name \"ada\" is taken"));

    // The service's own status is titled by its own phrase.
    let reserved = CreateUserError::Reserved.problem();
    assert_eq!(reserved.status().map(Status::code), Some(470));
    assert_eq!(reserved.title(), Some("Name Reserved"));
    assert_eq!(reserved.type_uri(), "about:blank");

    // A 5xx withholds its `Display`, which may leak what the client must not see.
    let storage = CreateUserError::Storage(std::io::Error::other("disk /dev/sda1 full"));
    assert_eq!(storage.status(), CreateUserStatus::InternalServerError);
    assert_eq!(storage.problem().detail(), None);

    let poor = CreateUserError::Poor { balance: -5 }.problem();
    assert_eq!(poor.detail(), Some("The account cannot pay for this."));
    assert_eq!(poor.extension("balance"), Some(&serde_json::json!(-5)));
}

#[test]
fn a_transparent_variant_answers_with_the_inner_problem_in_this_set() {
    let error = CreateUserError::from(AuthError::Scope("users:write".into()));
    assert_eq!(error.status(), CreateUserStatus::Forbidden);
    let problem = error.problem();
    assert_eq!(problem.status(), Some(CreateUserStatus::Forbidden));
    assert_eq!(
        problem.detail(),
        Some("the token does not allow users:write")
    );
    let missing = CreateUserError::Auth(AuthError::Missing).problem();
    assert_eq!(
        missing.type_uri(),
        "https://example.com/problems/no-credentials"
    );
}

#[test]
fn statuses_lists_every_status_once_in_code_order() {
    let codes: Vec<u16> = CreateUserError::statuses()
        .into_iter()
        .map(Status::code)
        .collect();
    assert_eq!(codes, [400, 401, 403, 409, 470, 500]);
    assert_eq!(
        AuthError::statuses(),
        [AuthStatus::Unauthorized, AuthStatus::Forbidden]
    );
}

#[test]
fn the_json_is_rfc_9457s() {
    let json = serde_json::to_value(CreateUserError::Poor { balance: 3 }.problem()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "title": "Bad Request",
            "status": 400,
            "detail": "The account cannot pay for this.",
            "balance": 3,
        })
    );
    let read: Problem<CreateUserStatus> = serde_json::from_value(json).unwrap();
    assert_eq!(read, CreateUserError::Poor { balance: 3 }.problem());
}

/// The derive's expansion names every path absolutely: it compiles without the prelude, and
/// with a renamed facade through `crate = PATH`.
#[no_implicit_prelude]
mod bare {
    extern crate status as renamed;

    ::status::status_codes! {
        /// A set without the prelude.
        pub enum BareStatus;
        use standard::{NOT_FOUND, GONE};
    }

    /// An error without the prelude.
    #[derive(Debug, ::status::IntoProblem)]
    #[problem(set = BareStatus, crate = renamed)]
    pub enum BareError {
        #[problem(NOT_FOUND)]
        Missing {
            #[problem(extension)]
            id: u32,
        },
        #[problem(GONE, detail = "It left.")]
        Gone,
    }

    impl ::core::fmt::Display for BareError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("bare")
        }
    }

    /// A generic error without the prelude: a transparent variant over `E`, placeholders, a
    /// title and an `Option` extension.
    #[derive(Debug, ::status::IntoProblem)]
    #[problem(set = BareStatus, crate = renamed, rename_all = "camelCase")]
    pub enum GenericError<E> {
        #[problem(transparent)]
        Inner(::std::boxed::Box<E>),
        #[problem(GONE, title = "Left", detail = "{name} left, {code:?}")]
        Left {
            name: ::std::string::String,
            #[problem(extension)]
            code: ::core::option::Option<u8>,
        },
    }

    impl<E> ::core::fmt::Display for GenericError<E> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("generic")
        }
    }
}

#[test]
fn the_derive_needs_no_prelude() {
    let problem = bare::BareError::Missing { id: 3 }.problem();
    assert_eq!(problem.status(), Some(bare::BareStatus::NotFound));
    assert_eq!(problem.detail(), Some("bare"));
    assert_eq!(bare::BareError::Gone.problem().detail(), Some("It left."));
    let inner = bare::GenericError::Inner(Box::new(bare::BareError::Gone));
    assert_eq!(inner.status(), bare::BareStatus::Gone);
    let left = bare::GenericError::<bare::BareError>::Left {
        name: "ada".into(),
        code: Some(3),
    }
    .problem();
    assert_eq!(left.title(), Some("Left"));
    assert_eq!(left.detail(), Some("ada left, Some(3)"));
    assert_eq!(left.extension("code"), Some(&serde_json::json!(3)));
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
        "/taken" => CreateUserError::Taken("ada".into()),
        "/reserved" => CreateUserError::Reserved,
        "/storage" => CreateUserError::Storage(std::io::Error::other("disk full")),
        "/poor" => CreateUserError::Poor { balance: -5 },
        _ => AuthError::Scope("users:write".into()).into(),
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

#[tokio::test]
async fn axum_answers_errors_as_problems() {
    let mut app = axum::Router::new();
    for (path, ..) in problem_routes().into_iter().take(5) {
        app = app.route(path, get(move || async move { problem_of(path) }));
    }
    let app = app.route("/problem", get(|| async { bare_problem() }));
    with_axum(app, check_problems).await;
}

#[tokio::test]
async fn actix_web_answers_errors_as_problems() {
    use actix_web::{App, web};

    let app = || {
        let mut app = App::new();
        for (path, ..) in problem_routes().into_iter().take(5) {
            app = app.route(path, web::get().to(move || async move { problem_of(path) }));
        }
        app.route("/problem", web::get().to(|| async { bare_problem() }))
    };
    with_actix_web(app, check_problems).await;
}

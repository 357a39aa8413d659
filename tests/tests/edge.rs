//! The contract at axum's edge: every answer of an endpoint, whoever produced it (a handler,
//! an extractor's rejection, the router, a body limit, a timeout, a panic), is a status of its
//! set as a problem. A real axum server on `127.0.0.1:0`, asked over raw TCP where the status
//! line matters.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query};
use axum::routing::{get, post};
use axum::{Json, Router};
use axum_extra::extract::WithRejection;
use servers::{raw, with_axum};
use std::net::SocketAddr;
use std::time::Duration;

mod servers;
mod store;

use store::{StoreStatus, disk_error};

status::status_codes! {
    /// What the service answers, wherever the answer comes from.
    #[extensible]
    pub enum ServiceStatus;
    use standard::{OK, CREATED, BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, REQUEST_TIMEOUT};
    use standard::{CONFLICT, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT};
    use standard::{INTERNAL_SERVER_ERROR};
}

status::status_codes! {
    /// What `POST /users` answers.
    pub enum CreateUserStatus;
    use standard::{CREATED, CONFLICT};
    use status::axum::JsonRejectionStatus::{
        BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT,
    };
}

status::status_codes! {
    /// What `GET /users/{id}` answers.
    pub enum GetUserStatus;
    use standard::{OK, NOT_FOUND};
    use status::axum::PathRejectionStatus::{BAD_REQUEST, INTERNAL_SERVER_ERROR};
    use status::axum::QueryRejectionStatus::{BAD_REQUEST};
}

/// Why `POST /users` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    /// The name is taken.
    #[error("the name {0:?} is taken")]
    #[problem(CONFLICT)]
    Taken(String),
    /// The body is not a new user.
    #[error(transparent)]
    #[problem(transparent)]
    Body(#[from] JsonRejection),
}

/// Why `GET /users/{id}` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = GetUserStatus)]
pub enum GetUserError {
    /// No user has the id.
    #[error("no user {0}")]
    #[problem(NOT_FOUND)]
    Missing(u32),
    /// The id is not a number.
    #[error(transparent)]
    #[problem(transparent)]
    Path(#[from] PathRejection),
    /// The query does not parse.
    #[error(transparent)]
    #[problem(transparent)]
    Query(#[from] QueryRejection),
}

#[derive(serde::Deserialize)]
struct NewUser {
    name: String,
}

#[derive(serde::Deserialize)]
struct Fields {
    #[allow(dead_code)]
    verbose: Option<bool>,
}

async fn create_user(
    WithRejection(Json(user), _): WithRejection<Json<NewUser>, CreateUserError>,
) -> Result<CreateUserStatus, CreateUserError> {
    if user.name == "ada" {
        return Err(CreateUserError::Taken(user.name));
    }
    Ok(CreateUserStatus::Created)
}

async fn get_user(
    WithRejection(Path(id), _): WithRejection<Path<u32>, GetUserError>,
    WithRejection(Query(_), _): WithRejection<Query<Fields>, GetUserError>,
) -> Result<GetUserStatus, GetUserError> {
    if id == 1 {
        Ok(GetUserStatus::Ok)
    } else {
        Err(GetUserError::Missing(id))
    }
}

async fn panics() -> &'static str {
    panic!("the secret is 42")
}

fn app() -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(get_user))
        .route("/panic", get(panics))
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        )
        .layer(DefaultBodyLimit::max(64))
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_millis(200),
        ))
        .layer(status::axum::ProblemLayer::<ServiceStatus>::new())
}

fn post_json(content_type: &str, body: &str) -> String {
    format!(
        "POST /users HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: {content_type}\r\n\
         content-length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn get_request(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
}

/// The response's status line, its problem as JSON (or `Null`), and its raw text.
async fn ask(address: SocketAddr, request: &str) -> (String, serde_json::Value, String) {
    let response = raw(address, request).await;
    let status_line = response.lines().next().unwrap_or_default().to_owned();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let is_problem = head
        .to_ascii_lowercase()
        .contains("content-type: application/problem+json");
    let problem = if is_problem {
        serde_json::from_str(body).unwrap()
    } else {
        serde_json::Value::Null
    };
    (status_line, problem, response)
}

/// Asks `request`, checks that the answer is `status_line` as a problem of that status, titled
/// by its phrase, and gives the problem.
async fn refused(address: SocketAddr, request: &str, status_line: &str) -> serde_json::Value {
    let (line, problem, response) = ask(address, request).await;
    assert_eq!(line, status_line, "{response}");
    let (code, phrase) = status_line["HTTP/1.1 ".len()..].split_once(' ').unwrap();
    assert_eq!(
        problem["status"],
        code.parse::<u16>().unwrap(),
        "{response}"
    );
    assert_eq!(problem["title"], phrase, "{response}");
    problem
}

#[tokio::test]
async fn every_refusal_is_a_problem_of_the_set() {
    with_axum(app(), |address| async move {
        // A handler's own error and success.
        let (line, problem, _) =
            ask(address, &post_json("application/json", r#"{"name":"ada"}"#)).await;
        assert_eq!(line, "HTTP/1.1 409 Conflict");
        assert_eq!(problem["detail"], "the name \"ada\" is taken");
        let (line, _, _) = ask(address, &post_json("application/json", r#"{"name":"bo"}"#)).await;
        assert_eq!(line, "HTTP/1.1 201 Created");

        // The extractors' rejections, through the error's transparent variant.
        let too_large = format!(r#"{{"name":"{}"}}"#, "x".repeat(100));
        let cases = [
            (
                post_json("application/json", "{not json"),
                "HTTP/1.1 400 Bad Request",
            ),
            (
                post_json("text/plain", r#"{"name":"bo"}"#),
                "HTTP/1.1 415 Unsupported Media Type",
            ),
            (
                post_json("application/json", r#"{"name":7}"#),
                "HTTP/1.1 422 Unprocessable Content",
            ),
            (
                post_json("application/json", &too_large),
                "HTTP/1.1 413 Content Too Large",
            ),
            (get_request("/users/abc"), "HTTP/1.1 400 Bad Request"),
            (
                get_request("/users/1?verbose=maybe"),
                "HTTP/1.1 400 Bad Request",
            ),
        ];
        for (request, status_line) in cases {
            let problem = refused(address, &request, status_line).await;
            // A 4xx says what was wrong, in axum's words.
            assert!(
                problem["detail"].as_str().is_some_and(|d| !d.is_empty()),
                "{problem}"
            );
        }

        // What no handler answers, through the layer.
        let (line, problem, _) = ask(address, &get_request("/nowhere")).await;
        assert_eq!(line, "HTTP/1.1 404 Not Found");
        assert_eq!(problem["title"], "Not Found");
        let (line, problem, response) = ask(address, &get_request("/users")).await;
        assert_eq!(line, "HTTP/1.1 405 Method Not Allowed");
        assert_eq!(problem["status"], 405);
        assert!(
            response.to_ascii_lowercase().contains("\r\nallow: post"),
            "{response}"
        );
        let (line, problem, response) = ask(address, &get_request("/panic")).await;
        assert_eq!(line, "HTTP/1.1 500 Internal Server Error");
        assert_eq!(problem["status"], 500);
        assert!(problem.get("detail").is_none(), "{response}");
        assert!(
            !response.contains("secret"),
            "a panic's message is never sent: {response}"
        );
        let (line, problem, _) = ask(address, &get_request("/slow")).await;
        assert_eq!(line, "HTTP/1.1 408 Request Timeout");
        assert_eq!(problem["status"], 408);

        // A success and a handler's problem pass untouched.
        let (line, problem, response) = ask(address, &get_request("/users/1")).await;
        assert_eq!(line, "HTTP/1.1 200 OK");
        assert_eq!(problem, serde_json::Value::Null, "{response}");
        let (line, problem, _) = ask(address, &get_request("/users/7")).await;
        assert_eq!(line, "HTTP/1.1 404 Not Found");
        assert_eq!(problem["detail"], "no user 7");
    })
    .await;
}

#[test]
fn a_rejection_answers_with_a_status_its_set_holds() {
    use status::IntoProblem;
    assert_eq!(
        <JsonRejection as IntoProblem>::statuses()
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
        [400, 413, 415, 422]
    );
    assert_eq!(
        CreateUserError::statuses()
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
        [400, 409, 413, 415, 422]
    );
}

status::status_codes! {
    /// What the actix-web service's `POST /users` answers.
    pub enum ActixCreateStatus;
    use standard::{CREATED, CONFLICT};
    use status::actix_web::JsonPayloadErrorStatus::{
        BAD_REQUEST, CONTENT_TOO_LARGE, INTERNAL_SERVER_ERROR,
    };
    use status::actix_web::PathErrorStatus::{BAD_REQUEST};
    use status::actix_web::QueryPayloadErrorStatus::{BAD_REQUEST};
}

/// Why the actix-web service refuses a request.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = ActixCreateStatus)]
pub enum ActixError {
    /// The name is taken.
    #[error("the name {0:?} is taken")]
    #[problem(CONFLICT)]
    Taken(String),
    /// The body is not a new user.
    #[error(transparent)]
    #[problem(transparent)]
    Json(#[from] actix_web::error::JsonPayloadError),
    /// The id is not a number.
    #[error(transparent)]
    #[problem(transparent)]
    Path(#[from] actix_web::error::PathError),
    /// The query does not parse.
    #[error(transparent)]
    #[problem(transparent)]
    Query(#[from] actix_web::error::QueryPayloadError),
}

async fn actix_create(
    user: actix_web::web::Json<NewUser>,
) -> Result<actix_web::HttpResponse, ActixError> {
    if user.name == "ada" {
        return Err(ActixError::Taken(user.into_inner().name));
    }
    Ok(actix_web::HttpResponse::Created().finish())
}

async fn actix_get(
    id: actix_web::web::Path<u32>,
    _: actix_web::web::Query<Fields>,
) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok().body(id.to_string())
}

fn actix_app() -> actix_web::App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<
            actix_web::body::EitherBody<actix_web::body::BoxBody>,
        >,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    use actix_web::web;
    actix_web::App::new()
        .app_data(status::actix_web::json_config::<ActixError>().limit(64))
        .app_data(status::actix_web::path_config::<ActixError>())
        .app_data(status::actix_web::query_config::<ActixError>())
        .wrap(status::actix_web::problem_handlers::<ServiceStatus, _>())
        .service(web::resource("/users").route(web::post().to(actix_create)))
        .service(web::resource("/users/{id}").route(web::get().to(actix_get)))
}

#[tokio::test]
async fn every_refusal_is_a_problem_of_the_set_in_actix_web() {
    servers::with_actix_web(actix_app, |address| async move {
        let (line, problem, _) =
            ask(address, &post_json("application/json", r#"{"name":"ada"}"#)).await;
        assert_eq!(line, "HTTP/1.1 409 Conflict");
        assert_eq!(problem["detail"], "the name \"ada\" is taken");
        let too_large = format!(r#"{{"name":"{}"}}"#, "x".repeat(100));
        let cases = [
            (
                post_json("application/json", "{not json"),
                "HTTP/1.1 400 Bad Request",
            ),
            (
                post_json("application/json", r#"{"name":7}"#),
                "HTTP/1.1 400 Bad Request",
            ),
            (
                post_json("application/json", &too_large),
                "HTTP/1.1 413 Content Too Large",
            ),
            (get_request("/users/abc"), "HTTP/1.1 400 Bad Request"),
            (
                get_request("/users/1?verbose=maybe"),
                "HTTP/1.1 400 Bad Request",
            ),
            // What no handler answers, through the error handlers.
            (get_request("/nowhere"), "HTTP/1.1 404 Not Found"),
            (get_request("/users"), "HTTP/1.1 405 Method Not Allowed"),
        ];
        for (request, status_line) in cases {
            refused(address, &request, status_line).await;
        }
        let (line, problem, _) = ask(address, &get_request("/users/1")).await;
        assert_eq!(line, "HTTP/1.1 200 OK");
        assert_eq!(problem, serde_json::Value::Null);
    })
    .await;
}

#[tokio::test]
async fn a_service_middleware_reads_what_a_5xx_withheld() {
    let (sender, mut seen) = tokio::sync::mpsc::unbounded_channel::<String>();
    let app = Router::new()
        .route("/", get(|| async { Err::<StoreStatus, _>(disk_error()) }))
        .layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let sender = sender.clone();
                async move {
                    let response = next.run(request).await;
                    if let Some(withheld) = response.extensions().get::<status::Withheld>() {
                        sender.send(withheld.to_string()).unwrap();
                    }
                    response
                }
            },
        ));
    with_axum(app, |address| async move {
        let (line, problem, response) = ask(address, &get_request("/")).await;
        assert_eq!(line, "HTTP/1.1 500 Internal Server Error");
        assert!(problem.get("detail").is_none());
        assert!(!response.contains("sector"), "{response}");
    })
    .await;
    assert_eq!(
        seen.recv().await.unwrap(),
        "could not read /var/lib/store/users: sector 7 unreadable"
    );
}

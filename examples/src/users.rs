//! A users API whose endpoints each answer with a set of their own, picked from the standard
//! set and the service's: the compiler checks every `match` on them, axum sends each with its
//! phrase, and utoipa lists exactly those statuses in the OpenAPI document. What an endpoint
//! fails with is one error enum: `#[derive(IntoProblem)]` gives each variant its status and
//! its RFC 9457 body, checked against the endpoint's set, and documents them.

use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use utoipa::OpenApi;

status::status_codes! {
    /// Every status of the users service: the standard ones and its own.
    #[extensible]
    pub enum UserStatus;
    extends standard;
    #[spec = "Users API, Section 2"]
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

status::status_codes! {
    /// What the authentication middleware answers, on every endpoint.
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

status::status_codes! {
    /// What `POST /users` answers: the middleware's statuses, and its own.
    pub enum CreateUserStatus;
    extends AuthStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT};
    use self::UserStatus::{NAME_RESERVED};
}

status::status_codes! {
    /// What `GET /users/{name}` answers.
    pub enum GetUserStatus;
    use self::UserStatus::{OK, NOT_FOUND};
}

/// Why a request is not let in, on every endpoint that needs a token.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    /// No `Authorization` header.
    #[error("the request carries no token")]
    #[problem(UNAUTHORIZED, type = "https://example.com/problems/no-token")]
    NoToken,
    /// A token that does not allow the request.
    #[error("the token does not allow {0}")]
    #[problem(FORBIDDEN)]
    Scope(&'static str),
}

/// Why `POST /users` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    /// Another user has the name.
    #[error("the name {0:?} is taken")]
    #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
    Taken(String),
    /// The service keeps the name.
    #[error("the name {name:?} is reserved")]
    #[problem(NAME_RESERVED)]
    Reserved {
        /// The name asked for.
        #[problem(extension)]
        name: String,
    },
    /// Not a name of letters and digits.
    #[error("a name is letters and digits")]
    #[problem(BAD_REQUEST)]
    Malformed,
    /// The middleware's errors, with their own statuses.
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
}

/// The names of the users, shared by the handlers.
pub type Users = Arc<Mutex<BTreeSet<String>>>;

/// The new user's name.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewUser {
    /// A name of letters and digits.
    pub name: String,
}

/// The token check: `POST /users` needs a header `Authorization: Bearer admin-token`.
fn authorize(headers: &axum::http::HeaderMap) -> Result<(), AuthError> {
    match headers.get(axum::http::header::AUTHORIZATION) {
        None => Err(AuthError::NoToken),
        Some(token) if token == "Bearer admin-token" => Ok(()),
        Some(_) => Err(AuthError::Scope("users:write")),
    }
}

/// Creates a user.
///
/// # Errors
///
/// [`CreateUserError`], which answers as a problem: a name taken, reserved or malformed, or a
/// request without the right token.
#[utoipa::path(
    post,
    path = "/users",
    request_body = NewUser,
    responses(CreateUserStatus, CreateUserError)
)]
pub async fn create_user(
    State(users): State<Users>,
    headers: axum::http::HeaderMap,
    Json(user): Json<NewUser>,
) -> Result<CreateUserStatus, CreateUserError> {
    authorize(&headers)?;
    if user.name.is_empty() || !user.name.chars().all(char::is_alphanumeric) {
        return Err(CreateUserError::Malformed);
    }
    if user.name == "admin" {
        return Err(CreateUserError::Reserved { name: user.name });
    }
    let mut users = users
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if users.contains(&user.name) {
        return Err(CreateUserError::Taken(user.name));
    }
    users.insert(user.name);
    Ok(CreateUserStatus::Created)
}

/// Whether a user exists.
#[utoipa::path(
    get,
    path = "/users/{name}",
    params(("name" = String, Path, description = "The user's name")),
    responses(GetUserStatus)
)]
pub async fn get_user(State(users): State<Users>, Path(name): Path<String>) -> GetUserStatus {
    let users = users
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if users.contains(&name) {
        GetUserStatus::Ok
    } else {
        GetUserStatus::NotFound
    }
}

/// The API's OpenAPI document: each path's responses are its set's statuses, its errors with
/// the `Problem` schema, registered once here.
#[derive(OpenApi)]
#[openapi(paths(create_user, get_user), components(schemas(status::Problem)))]
pub struct ApiDoc;

/// The service: the two endpoints, and the OpenAPI document at `/openapi.json`.
pub fn router() -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{name}", get(get_user))
        .with_state(Users::default())
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}

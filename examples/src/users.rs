//! A users API whose endpoints each answer with a set of their own, picked from the standard
//! set and the service's: the compiler checks every `match` on them, axum sends each with its
//! phrase, and utoipa lists exactly those statuses in the OpenAPI document. What an endpoint
//! fails with is one error enum: `#[derive(IntoProblem)]` gives each variant its status and
//! its RFC 9457 body, checked against the endpoint's set, and documents them. What axum
//! refuses before a handler runs (a body that is not JSON, a query that does not parse) goes
//! through the same errors, and what no handler answers (a route that does not exist, a
//! method a route does not take, a body over the limit) through `ProblemLayer`: every answer
//! is a status its document lists, as a problem.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use axum_extra::extract::WithRejection;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use utoipa::OpenApi;

/// The largest body the service reads, in bytes: a new user is a short name, and a larger
/// body is refused with `413 Content Too Large` before it is read whole.
pub const BODY_LIMIT: usize = 64 * 1024;

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
    /// What `POST /users` answers: the middleware's statuses, every status a JSON body may be
    /// refused with, and its own.
    pub enum CreateUserStatus;
    extends AuthStatus;
    use standard::{CREATED, CONFLICT};
    use status::axum::JsonRejectionStatus::{
        BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT,
    };
    use self::UserStatus::{NAME_RESERVED};
}

status::status_codes! {
    /// What `GET /users/{name}` answers: the user, none, or a path or query it refuses.
    pub enum GetUserStatus;
    use self::UserStatus::{OK, NOT_FOUND};
    use status::axum::PathRejectionStatus::{BAD_REQUEST, INTERNAL_SERVER_ERROR};
    use status::axum::QueryRejectionStatus::{BAD_REQUEST};
}

/// Why a request is not let in, on every endpoint that needs a token. Its clients read it
/// back (`FromProblem`).
#[derive(Debug, PartialEq, thiserror::Error, status::IntoProblem, status::FromProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    /// No `Authorization` header: the answer says how to authenticate, as RFC 9110 asks of a
    /// `401`.
    #[error("the request carries no token")]
    #[problem(
        UNAUTHORIZED,
        type = "https://example.com/problems/no-token",
        header("www-authenticate", "Bearer realm=\"users\"")
    )]
    NoToken,
    /// A token that does not allow the request: the scope it lacks.
    #[error("the token does not allow {0}")]
    #[problem(FORBIDDEN)]
    Scope(#[problem(extension = "scope")] String),
}

/// Why `POST /users` fails. Its clients read it back (`FromProblem`), all but a body refused
/// by axum, which they meet as a problem.
#[derive(Debug, thiserror::Error, status::IntoProblem, status::FromProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    /// Another user has the name.
    #[error("the name {name:?} is taken")]
    #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
    Taken {
        /// The name asked for.
        #[problem(extension)]
        name: String,
    },
    /// The service keeps the name.
    #[error("the name {name:?} is reserved")]
    #[problem(NAME_RESERVED)]
    Reserved {
        /// The name asked for.
        #[problem(extension)]
        name: String,
    },
    /// The middleware's errors, with their own statuses.
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
    /// The body is not a new user: not JSON, too large, of another content type, or without a
    /// name of letters and digits.
    #[error(transparent)]
    #[problem(transparent, server_only)]
    Body(#[from] JsonRejection),
}

/// Why `GET /users/{name}` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = GetUserStatus)]
pub enum GetUserError {
    /// No user has the name.
    #[error("no user is named {0:?}")]
    #[problem(NOT_FOUND)]
    Missing(String),
    /// The path does not name a user.
    #[error(transparent)]
    #[problem(transparent)]
    Path(#[from] PathRejection),
    /// The query does not parse.
    #[error(transparent)]
    #[problem(transparent)]
    Query(#[from] QueryRejection),
}

/// The names of the users, shared by the handlers.
pub type Users = Arc<Mutex<BTreeSet<String>>>;

/// The new user's name.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewUser {
    /// A name of ASCII letters and digits, which the body's schema checks.
    #[serde(deserialize_with = "name")]
    #[schema(pattern = "^[A-Za-z0-9]+$", min_length = 1)]
    pub name: String,
}

/// A name of ASCII letters and digits: anything else does not deserialize, and the body is
/// refused as JSON of the wrong shape (`422`), as the schema says.
fn name<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let name = <String as serde::Deserialize>::deserialize(deserializer)?;
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(serde::de::Error::custom(
            "a name is ASCII letters and digits",
        ));
    }
    Ok(name)
}

/// What `GET /users/{name}` may be asked.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GetUserQuery {
    /// Whether to answer with the user's name as the body.
    pub full: Option<bool>,
}

/// The token check: `POST /users` needs a header `Authorization: Bearer admin-token`.
fn authorize(headers: &axum::http::HeaderMap) -> Result<(), AuthError> {
    match headers.get(axum::http::header::AUTHORIZATION) {
        None => Err(AuthError::NoToken),
        Some(token) if token == "Bearer admin-token" => Ok(()),
        Some(_) => Err(AuthError::Scope("users:write".to_owned())),
    }
}

/// Creates a user.
///
/// # Errors
///
/// [`CreateUserError`], which answers as a problem: a name taken or reserved, a body that is
/// not a new user, or a request without the right token.
#[utoipa::path(
    post,
    path = "/users",
    request_body = NewUser,
    responses(CreateUserStatus, CreateUserError)
)]
pub async fn create_user(
    State(users): State<Users>,
    headers: axum::http::HeaderMap,
    WithRejection(Json(user), _): WithRejection<Json<NewUser>, CreateUserError>,
) -> Result<CreateUserStatus, CreateUserError> {
    authorize(&headers)?;
    if user.name == "admin" {
        return Err(CreateUserError::Reserved { name: user.name });
    }
    let mut users = users
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if users.contains(&user.name) {
        return Err(CreateUserError::Taken { name: user.name });
    }
    users.insert(user.name);
    Ok(CreateUserStatus::Created)
}

/// Whether a user exists.
///
/// # Errors
///
/// [`GetUserError`], which answers as a problem: no such user, or a path or query it refuses.
#[utoipa::path(
    get,
    path = "/users/{name}",
    params(("name" = String, Path, description = "The user's name"), GetUserQuery),
    responses(GetUserStatus, GetUserError)
)]
pub async fn get_user(
    State(users): State<Users>,
    WithRejection(Path(name), _): WithRejection<Path<String>, GetUserError>,
    WithRejection(Query(_), _): WithRejection<Query<GetUserQuery>, GetUserError>,
) -> Result<GetUserStatus, GetUserError> {
    let users = users
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if users.contains(&name) {
        Ok(GetUserStatus::Ok)
    } else {
        Err(GetUserError::Missing(name))
    }
}

/// The API's OpenAPI document: each path's responses are its set's statuses, its errors with
/// the `Problem` schema inline.
#[derive(OpenApi)]
#[openapi(paths(create_user, get_user))]
pub struct ApiDoc;

/// The service: the two endpoints and the OpenAPI document at `/openapi.json`, with the body
/// limit, and every error answered as a problem of `UserStatus`, whoever answers it.
pub fn router() -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{name}", get(get_user))
        .with_state(Users::default())
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(status::axum::ProblemLayer::<UserStatus>::new())
}

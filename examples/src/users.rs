//! A users API whose endpoints each answer with a set of their own, picked from the standard
//! set and the service's: the compiler checks every `match` on them, axum sends each with its
//! phrase, and utoipa lists exactly those statuses in the OpenAPI document.

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
    /// What `POST /users` answers.
    pub enum CreateUserStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT};
    use self::UserStatus::{NAME_RESERVED};
}

status::status_codes! {
    /// What `GET /users/{name}` answers.
    pub enum GetUserStatus;
    use self::UserStatus::{OK, NOT_FOUND};
}

/// The names of the users, shared by the handlers.
pub type Users = Arc<Mutex<BTreeSet<String>>>;

/// The new user's name.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct NewUser {
    /// A name of letters and digits.
    pub name: String,
}

/// Creates a user.
#[utoipa::path(post, path = "/users", request_body = NewUser, responses(CreateUserStatus))]
pub async fn create_user(
    State(users): State<Users>,
    Json(user): Json<NewUser>,
) -> CreateUserStatus {
    if user.name.is_empty() || !user.name.chars().all(char::is_alphanumeric) {
        return CreateUserStatus::BadRequest;
    }
    if user.name == "admin" {
        return CreateUserStatus::NameReserved;
    }
    let mut users = users
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if users.insert(user.name) {
        CreateUserStatus::Created
    } else {
        CreateUserStatus::Conflict
    }
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

/// The API's OpenAPI document: each path's responses are its set's statuses.
#[derive(OpenApi)]
#[openapi(paths(create_user, get_user))]
pub struct ApiDoc;

/// The service: the two endpoints, and the OpenAPI document at `/openapi.json`.
pub fn router() -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{name}", get(get_user))
        .with_state(Users::default())
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
}

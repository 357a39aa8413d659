// An endpoint's set that lacks a status a JSON body may be refused with: the transparent
// variant over axum's rejection does not compile, and the message names the line to add.
use axum::extract::rejection::JsonRejection;

status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, CONFLICT, BAD_REQUEST, UNPROCESSABLE_CONTENT};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error(transparent)]
    #[problem(transparent)]
    Body(#[from] JsonRejection),
}

// `WithRejection` with an error that has no variant for the rejection.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum NoBodyVariant {
    #[error("taken")]
    #[problem(CONFLICT)]
    Taken,
}

#[derive(serde::Deserialize)]
pub struct NewUser {
    pub name: String,
}

pub async fn create_user(
    _: axum_extra::extract::WithRejection<axum::Json<NewUser>, NoBodyVariant>,
) -> CreateUserStatus {
    CreateUserStatus::Created
}

fn main() {
    let _ = axum::Router::<()>::new().route("/users", axum::routing::post(create_user));
}

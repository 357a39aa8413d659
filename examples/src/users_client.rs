//! A Rust client of the users API (`users.rs`): it reads each error answer back into the
//! server's own error type, and matches on its variants.

use crate::users::{AuthError, CreateUserError};
use status::ClientError;
use status::reqwest::ResponseExt as _;

/// What creating a user came to, as the client tells its user.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Created.
    Created,
    /// Someone has the name: try another.
    Taken(String),
    /// The service keeps the name.
    Reserved(String),
    /// The token is missing or does not allow it.
    NotAllowed(String),
    /// Anything else, as the API or a proxy said it.
    Failed(String),
}

/// Creates the user `name` on the API at `base` (`http://127.0.0.1:3000`) with `token`.
///
/// # Errors
///
/// The transport's, when no answer came.
pub async fn create_user(
    client: &reqwest::Client,
    base: &str,
    token: Option<&str>,
    name: &str,
) -> Result<Outcome, reqwest::Error> {
    let mut request = client
        .post(format!("{base}/users"))
        .json(&serde_json::json!({ "name": name }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let outcome = match request
        .send()
        .await?
        .error_for_problem::<CreateUserError>()
        .await
    {
        Ok(_) => Outcome::Created,
        Err(ClientError::Known(error)) => match error {
            CreateUserError::Taken { name } => Outcome::Taken(name),
            CreateUserError::Reserved { name } => Outcome::Reserved(name),
            CreateUserError::Auth(AuthError::NoToken) => Outcome::NotAllowed("no token".into()),
            CreateUserError::Auth(AuthError::Scope(scope)) => Outcome::NotAllowed(scope),
            // Never read back (`server_only`): a refused body is a problem to the client.
            CreateUserError::Body(_) => Outcome::Failed(error.to_string()),
        },
        Err(ClientError::Transport(error)) => return Err(error),
        Err(other) => Outcome::Failed(other.to_string()),
    };
    Ok(outcome)
}

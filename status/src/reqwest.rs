//! reqwest's side of problem details: an error answer read into the API's error type, as
//! `error_for_status()` reads it into reqwest's.

use crate::{ClientError, FromProblem};
use core::future::Future;

/// What `reqwest::Response` gets with the `reqwest` feature.
///
/// ```no_run
/// use status::reqwest::ResponseExt as _;
/// use status::ClientError;
///
/// status::status_codes! {
///     pub enum CreateUserStatus;
///     use standard::{CREATED, CONFLICT};
/// }
///
/// #[derive(Debug, thiserror::Error, status::FromProblem)]
/// #[problem(set = CreateUserStatus)]
/// pub enum CreateUserError {
///     #[error("the name {name:?} is taken")]
///     #[problem(CONFLICT)]
///     Taken { #[problem(extension)] name: String },
/// }
///
/// # async fn create(client: reqwest::Client) -> Result<(), reqwest::Error> {
/// let answer = client
///     .post("http://127.0.0.1:3000/users")
///     .json(&serde_json::json!({ "name": "ada" }))
///     .send()
///     .await?
///     .error_for_problem::<CreateUserError>()
///     .await;
/// match answer {
///     Ok(response) => println!("created: {}", response.status()),
///     Err(ClientError::Known(CreateUserError::Taken { name })) => println!("{name} is taken"),
///     Err(other) => println!("failed: {other}"),
/// }
/// # Ok(())
/// # }
/// ```
pub trait ResponseExt: Sized {
    /// The response, for a status below `400`; otherwise what it reads as: the server's error
    /// (`ClientError::Known`), a problem no variant matches, an answer that is no problem, or
    /// `ClientError::Transport` where the body could not be read.
    fn error_for_problem<E: FromProblem>(
        self,
    ) -> impl Future<Output = Result<Self, ClientError<E>>> + Send;
}

impl ResponseExt for ::reqwest::Response {
    async fn error_for_problem<E: FromProblem>(self) -> Result<Self, ClientError<E>> {
        let status = self.status().as_u16();
        if status < 400 {
            return Ok(self);
        }
        let content_type = self
            .headers()
            .get(::reqwest::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(alloc::string::ToString::to_string);
        let body = self.bytes().await.map_err(ClientError::Transport)?;
        Err(ClientError::from_parts(
            status,
            content_type.as_deref(),
            &body,
        ))
    }
}

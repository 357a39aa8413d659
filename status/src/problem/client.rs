//! What an error answer reads as on the client's side: the server's own error, a problem no
//! variant of it matches, or something that is no problem at all.

use super::{FromProblem, Problem};
use crate::Status;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

/// What an answer of `400` or more reads as, for a client of an API whose errors derive
/// [`FromProblem`]: [`from_parts`](ClientError::from_parts) for any HTTP client,
/// `from_response` with the `http` feature, and `status::reqwest::ResponseExt` with `reqwest`.
///
/// ```
/// status::status_codes! {
///     pub enum CreateUserStatus;
///     use standard::{CREATED, CONFLICT};
/// }
///
/// #[derive(Debug, PartialEq, thiserror::Error, status::IntoProblem, status::FromProblem)]
/// #[problem(set = CreateUserStatus)]
/// pub enum CreateUserError {
///     #[error("the name {name:?} is taken")]
///     #[problem(CONFLICT)]
///     Taken { #[problem(extension)] name: String },
/// }
///
/// use status::ClientError;
///
/// let body = br#"{"title":"Conflict","status":409,"name":"ada"}"#;
/// let read = ClientError::<CreateUserError>::from_parts(409, Some("application/problem+json"), body);
/// match read {
///     ClientError::Known(CreateUserError::Taken { name }) => assert_eq!(name, "ada"),
///     other => panic!("{other}"),
/// }
/// // A proxy's page is no problem: everything it sent is kept.
/// let page = b"<h1>Bad Gateway</h1>";
/// let proxy = ClientError::<CreateUserError>::from_parts(502, Some("text/html"), page);
/// assert!(matches!(proxy, ClientError::Unexpected { status: 502, .. }));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError<E: FromProblem> {
    /// The server's error, read back.
    Known(E),
    /// A problem that no variant of `E` reads: another `type`, members that do not read, a
    /// status the set lacks (kept in [`Problem::code`]), a gateway's problem.
    Problem(Problem<E::Set>),
    /// An answer that is no problem: not `application/problem+json`, or not a JSON object.
    Unexpected {
        /// The response's status code.
        status: u16,
        /// Its `Content-Type`, if it had one.
        content_type: Option<String>,
        /// Its body, as it came.
        body: Vec<u8>,
    },
    /// The request or the response failed on its way: no answer to read.
    #[cfg(feature = "reqwest")]
    Transport(::reqwest::Error),
}

impl<E: FromProblem> ClientError<E> {
    /// Reads an answer of `400` or more from its status code, its `Content-Type` and its body.
    /// A problem without a `status` member takes the response's, which is the one that
    /// counts. Never panics, whatever the input.
    #[must_use]
    pub fn from_parts(status: u16, content_type: Option<&str>, body: &[u8]) -> Self {
        let is_problem = content_type.is_some_and(Problem::<E::Set>::is_content_type);
        let problem = is_problem
            .then(|| serde_json::from_slice::<Problem<E::Set>>(body).ok())
            .flatten();
        let Some(mut problem) = problem else {
            return ClientError::Unexpected {
                status,
                content_type: content_type.map(ToString::to_string),
                body: body.to_vec(),
            };
        };
        problem.set_code_if_absent(status);
        match E::from_problem(problem) {
            Ok(error) => ClientError::Known(error),
            Err(problem) => ClientError::Problem(problem),
        }
    }

    /// Reads an `http` response of `400` or more, as [`from_parts`](Self::from_parts).
    #[cfg(feature = "http")]
    #[must_use]
    pub fn from_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
        let content_type = response
            .headers()
            .get(http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok());
        Self::from_parts(
            response.status().as_u16(),
            content_type,
            response.body().as_ref(),
        )
    }

    /// The answer's status code; `None` for a transport error.
    #[must_use]
    pub fn code(&self) -> Option<u16>
    where
        E: crate::IntoProblem,
    {
        match self {
            ClientError::Known(error) => Some(error.status().code()),
            ClientError::Problem(problem) => problem.code(),
            ClientError::Unexpected { status, .. } => Some(*status),
            #[cfg(feature = "reqwest")]
            ClientError::Transport(error) => error.status().map(|status| status.as_u16()),
        }
    }
}

/// What was read: the error's text, the problem's, or the status and the start of the body.
impl<E: FromProblem + fmt::Display> fmt::Display for ClientError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Known(error) => write!(f, "{error}"),
            ClientError::Problem(problem) => write!(f, "{problem}"),
            ClientError::Unexpected {
                status,
                content_type,
                body,
            } => {
                let text = String::from_utf8_lossy(&body[..body.len().min(200)]);
                let kind = content_type.as_deref().unwrap_or("no content type");
                write!(f, "{status}, not a problem ({kind}): {}", text.trim())
            }
            #[cfg(feature = "reqwest")]
            ClientError::Transport(error) => write!(f, "no answer: {error}"),
        }
    }
}

impl<E> core::error::Error for ClientError<E>
where
    E: FromProblem + core::error::Error + 'static,
{
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            ClientError::Known(error) => Some(error),
            ClientError::Problem(problem) => Some(problem),
            ClientError::Unexpected { .. } => None,
            #[cfg(feature = "reqwest")]
            ClientError::Transport(error) => Some(error),
        }
    }
}

impl<S: Status> Problem<S> {
    /// Takes the response's status where the problem has no `status` member.
    fn set_code_if_absent(&mut self, code: u16) {
        if self.code().is_none() {
            match S::from_code(code) {
                Some(status) => self.status = Some(status),
                None => self.rare_mut().other_code = Some(code),
            }
        }
    }
}

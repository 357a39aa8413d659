//! What a client does with a problem beside reading its members: compare it, print it, `?` it
//! into `Box<dyn Error>` or `anyhow`, and turn a derived error into one.

use super::{IntoProblem, Problem};
use crate::Status;
use core::fmt;

/// Equal when every member is, an explicit `about:blank` the same as no `type`; the headers a
/// response carries are not members.
impl<S: Status> PartialEq for Problem<S> {
    fn eq(&self, other: &Self) -> bool {
        self.type_uri() == other.type_uri()
            && self.title == other.title
            && self.status == other.status
            && self.detail == other.detail
            && self.extensions == other.extensions
            && self.rare().instance == other.rare().instance
            && self.rare().other_code == other.rare().other_code
            && self.rare().ignored == other.rare().ignored
    }
}

/// The status's code and the title, then the detail: `409 Conflict: the name "ada" is taken`.
///
/// ```
/// use status::{HttpStatus, Problem};
///
/// let problem = Problem::new(HttpStatus::Conflict).with_detail("the name \"ada\" is taken");
/// assert_eq!(problem.to_string(), "409 Conflict: the name \"ada\" is taken");
///
/// // A client `?`s it like any error.
/// fn create() -> Result<(), Box<dyn std::error::Error>> {
///     Err(Problem::new(HttpStatus::BadGateway))?
/// }
/// assert_eq!(create().unwrap_err().to_string(), "502 Bad Gateway");
/// ```
impl<S: Status> fmt::Display for Problem<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.code(), self.title()) {
            (Some(code), Some(title)) => write!(f, "{code} {title}")?,
            (Some(code), None) => write!(f, "{code}")?,
            (None, Some(title)) => f.write_str(title)?,
            (None, None) => write!(f, "problem {}", self.type_uri())?,
        }
        if let Some(detail) = self.detail() {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl<S: Status> core::error::Error for Problem<S> {}

/// A derived error's problem, so that a handler that answers `Result<_, Problem<S>>` can `?`
/// it.
impl<E: IntoProblem> From<E> for Problem<E::Set> {
    fn from(error: E) -> Self {
        error.problem()
    }
}

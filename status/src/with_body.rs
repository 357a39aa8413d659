/// A status of any set with a body: one expression that answers with both and keeps the set's
/// reason phrase on the wire, in axum and actix-web alike.
///
/// ```
/// use status::{HttpStatus, WithBody};
///
/// let answer = WithBody(HttpStatus::Conflict, "the order is already paid");
/// assert_eq!(answer.0.code(), 409);
/// ```
///
/// Why a type of its own: axum answers `(StatusCode, body)` tuples with impls of its own, which
/// another crate may not add to, and the only trait that joins its tuples, `IntoResponseParts`,
/// cannot set the status. A set's status would lose its phrase there; `WithBody` sets the code
/// and the phrase on the body's response instead, keeping the body's headers. With the `axum`
/// feature it is `IntoResponse` for any body that is; with `actix-web`, `Responder` for any body
/// that is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct WithBody<S, B>(pub S, pub B);

//! Problem details at axum's edge: every request an endpoint refuses answers as a problem of
//! its set, whoever refuses it.
//!
//! - Each rejection of axum's extractors (`JsonRejection`, `QueryRejection`, `PathRejection`,
//!   `FormRejection`, `RawFormRejection`, `BytesRejection`, `StringRejection`) implements
//!   [`IntoProblem`](crate::IntoProblem) on a set of exactly the standard statuses it answers
//!   with, such as [`JsonRejectionStatus`]: an error enum takes it as a transparent variant,
//!   and the compiler checks that the endpoint's set holds those statuses.
//! - [`ProblemLayer`] turns what no handler answers (the router's `404` and `405`, a body
//!   limit's `413`, a timeout, a panic) into problems of the service's set.
//!
//! ```
//! use axum::extract::rejection::JsonRejection;
//! use axum::Json;
//! use axum_extra::extract::WithRejection;
//!
//! status::status_codes! {
//!     /// What `POST /users` answers.
//!     pub enum CreateUserStatus;
//!     use standard::{CREATED, CONFLICT};
//!     // Every status a JSON body may be refused with.
//!     use status::axum::JsonRejectionStatus::{
//!         BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT,
//!     };
//! }
//!
//! #[derive(Debug, thiserror::Error, status::IntoProblem)]
//! #[problem(set = CreateUserStatus)]
//! pub enum CreateUserError {
//!     /// The name is taken.
//!     #[error("the name is taken")]
//!     #[problem(CONFLICT)]
//!     Taken,
//!     /// The body is not a new user.
//!     #[error(transparent)]
//!     #[problem(transparent)]
//!     Body(#[from] JsonRejection),
//! }
//!
//! #[derive(serde::Deserialize)]
//! struct NewUser {
//!     name: String,
//! }
//!
//! async fn create_user(
//!     WithRejection(Json(user), _): WithRejection<Json<NewUser>, CreateUserError>,
//! ) -> Result<CreateUserStatus, CreateUserError> {
//!     if user.name == "admin" {
//!         return Err(CreateUserError::Taken);
//!     }
//!     Ok(CreateUserStatus::Created)
//! }
//!
//! let app: axum::Router = axum::Router::new()
//!     .route("/users", axum::routing::post(create_user))
//!     .layer(status::axum::ProblemLayer::<status::HttpStatus>::new());
//! ```
//!
//! `WithRejection` is axum-extra's, the way axum's docs teach to answer a rejection with an
//! error type of one's own; this crate adds no spelling of its own.

mod layer;
mod rejections;

pub use layer::{ProblemFuture, ProblemLayer, ProblemService};
pub use rejections::{
    BytesRejectionStatus, FormRejectionStatus, JsonRejectionStatus, PathRejectionStatus,
    QueryRejectionStatus, RawFormRejectionStatus, StringRejectionStatus,
};

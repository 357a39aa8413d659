//! Problem details at actix-web's edge: every request an endpoint refuses answers as a problem
//! of its set, whoever refuses it.
//!
//! - Each error of actix-web's extractors (`JsonPayloadError`, `QueryPayloadError`,
//!   `PathError`, `UrlencodedError`) implements [`IntoProblem`] on a set
//!   of exactly the standard statuses it answers with, named after it, such as
//!   [`JsonPayloadErrorStatus`]: an error enum takes it as a transparent variant, and the
//!   compiler checks that the endpoint's set holds those statuses.
//! - [`json_config`], [`query_config`], [`path_config`] and [`form_config`] make an app's or a
//!   resource's extractors answer with a given error type, in one line each.
//! - [`problem_handlers`] turns what no handler answers (a route that does not exist, a
//!   method it does not take) into problems of the service's set, through actix-web's
//!   `ErrorHandlers`.
//!
//! ```
//! use actix_web::{App, web};
//! use actix_web::error::JsonPayloadError;
//!
//! status::status_codes! {
//!     /// What `POST /users` answers.
//!     pub enum CreateUserStatus;
//!     use standard::{CREATED, CONFLICT};
//!     // Every status actix-web refuses a JSON body with.
//!     use status::actix_web::JsonPayloadErrorStatus::{
//!         BAD_REQUEST, CONTENT_TOO_LARGE, INTERNAL_SERVER_ERROR,
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
//!     Body(#[from] JsonPayloadError),
//! }
//!
//! let app = App::new()
//!     .app_data(status::actix_web::json_config::<CreateUserError>())
//!     .wrap(status::actix_web::problem_handlers::<status::HttpStatus, _>());
//! # drop(app);
//! ```

use crate::__private::problem::{framework_problem, held};
use crate::{IntoProblem, Problem, Status};
use actix_web::ResponseError;
use actix_web::dev::ServiceResponse;
use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError, UrlencodedError};
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::middleware::{ErrorHandlerResponse, ErrorHandlers};
use actix_web::web::{FormConfig, JsonConfig, PathConfig, QueryConfig};
use alloc::string::ToString;
use alloc::vec::Vec;

crate::status_codes! {
    /// What actix-web's `Json` extractor refuses a request with: a body that does not parse,
    /// or of another content type (400: actix-web does not answer 415 here), too large (413),
    /// or JSON it could not write (500).
    #[extensible]
    pub enum JsonPayloadErrorStatus;
    use standard::{BAD_REQUEST, CONTENT_TOO_LARGE, INTERNAL_SERVER_ERROR};
}

crate::status_codes! {
    /// What actix-web's `Query` extractor refuses a request with: a query string that does not
    /// deserialize (400).
    #[extensible]
    pub enum QueryPayloadErrorStatus;
    use standard::{BAD_REQUEST};
}

crate::status_codes! {
    /// What actix-web's `Path` extractor refuses a request with: a segment that does not
    /// deserialize (400).
    #[extensible]
    pub enum PathErrorStatus;
    use standard::{BAD_REQUEST};
}

crate::status_codes! {
    /// What actix-web's `Form` extractor refuses a request with: a body that does not parse
    /// (400), without a length (411), too large (413), or of another content type (415).
    #[extensible]
    pub enum UrlencodedErrorStatus;
    use standard::{BAD_REQUEST, LENGTH_REQUIRED, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE};
}

/// `IntoProblem` for each extractor's error, on its set.
macro_rules! extractor_errors {
    ($($error:ident => $set:ident,)*) => {$(
        /// The error's status in its set, titled by its phrase; a `4xx` has actix-web's text as
        /// its `detail`, a `5xx` keeps it for the logs.
        impl IntoProblem for $error {
            type Set = $set;

            #[inline]
            fn status(&self) -> $set {
                held(ResponseError::status_code(self).as_u16())
            }

            fn problem(&self) -> Problem<$set> {
                framework_problem(IntoProblem::status(self), || self.to_string())
            }

            fn statuses() -> Vec<$set> {
                $set::ALL.to_vec()
            }
        }
    )*};
}

extractor_errors! {
    JsonPayloadError => JsonPayloadErrorStatus,
    QueryPayloadError => QueryPayloadErrorStatus,
    PathError => PathErrorStatus,
    UrlencodedError => UrlencodedErrorStatus,
}

/// A `JsonConfig` whose refusals answer as the error `E`, a problem of the endpoint's set:
/// `.app_data(json_config::<CreateUserError>())` on an app, a scope or a resource.
#[must_use]
pub fn json_config<E>() -> JsonConfig
where
    E: From<JsonPayloadError> + ResponseError + 'static,
{
    JsonConfig::default().error_handler(|error, _| E::from(error).into())
}

/// A `QueryConfig` whose refusals answer as the error `E`, as [`json_config`].
#[must_use]
pub fn query_config<E>() -> QueryConfig
where
    E: From<QueryPayloadError> + ResponseError + 'static,
{
    QueryConfig::default().error_handler(|error, _| E::from(error).into())
}

/// A `PathConfig` whose refusals answer as the error `E`, as [`json_config`].
#[must_use]
pub fn path_config<E>() -> PathConfig
where
    E: From<PathError> + ResponseError + 'static,
{
    PathConfig::default().error_handler(|error, _| E::from(error).into())
}

/// A `FormConfig` whose refusals answer as the error `E`, as [`json_config`].
#[must_use]
pub fn form_config<E>() -> FormConfig
where
    E: From<UrlencodedError> + ResponseError + 'static,
{
    FormConfig::default().error_handler(|error, _| E::from(error).into())
}

/// actix-web's `ErrorHandlers`, turning every `4xx` or `5xx` response that is not already a
/// problem into a problem of the set `S`, titled by its phrase on the status line too: the
/// `404` of a route that does not exist, the `405` of a method a resource does not take, an
/// extractor's error without a config of this module. A `4xx` made from an error has the
/// error's text as its `detail`; a `5xx` never does. Every header is kept but the body's own.
/// A status `S` lacks answers as its class's `x00` where `S` has it, and passes unchanged
/// otherwise.
#[must_use]
pub fn problem_handlers<S: Status, B: 'static>() -> ErrorHandlers<B> {
    ErrorHandlers::new().default_handler(|response| Ok(convert::<S, B>(response)))
}

fn convert<S: Status, B>(response: ServiceResponse<B>) -> ErrorHandlerResponse<B> {
    let is_problem = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(Problem::<S>::is_content_type);
    let status = S::from_code_or_class(response.status().as_u16()).filter(|_| !is_problem);
    let Some(status) = status else {
        return ErrorHandlerResponse::Response(response.map_into_left_body());
    };
    let mut problem = Problem::new(status);
    if status.is_client_error()
        && let Some(error) = response.response().error()
    {
        problem = problem.with_detail(error.to_string());
    }
    let (request, original) = response.into_parts();
    let mut converted = crate::__private::actix_web::problem_response(&problem);
    for (name, value) in original.headers() {
        if name != CONTENT_TYPE && name != CONTENT_LENGTH {
            converted.headers_mut().append(name.clone(), value.clone());
        }
    }
    ErrorHandlerResponse::Response(ServiceResponse::new(request, converted).map_into_right_body())
}

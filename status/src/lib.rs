//! HTTP status codes as a closed Rust enum, the way Python's `http.HTTPStatus` has them, and a
//! macro with which any crate defines its own status sets with the same API.
//!
//! ```
//! use status::HttpStatus;                           // from http import HTTPStatus
//!
//! let ok = HttpStatus::Ok;                          // HTTPStatus.OK
//! assert!(ok == 200);                               // HTTPStatus.OK == 200
//! assert!(HttpStatus::NotFound >= 400);             // HTTPStatus.NOT_FOUND >= 400
//! assert!(HttpStatus::NotFound.is_client_error());  // HTTPStatus.NOT_FOUND.is_client_error
//! assert_eq!(ok.code(), 200);                       // HTTPStatus.OK.value
//! assert_eq!(ok.phrase(), "OK");                    // HTTPStatus.OK.phrase
//! assert_eq!(ok.description(), "Request fulfilled, document follows");
//! let all: Vec<HttpStatus> = HttpStatus::ALL.to_vec(); // list(HTTPStatus)
//! assert_eq!(all.len(), 62);
//! assert_eq!(status::client::OK, 200);              // http.client.OK
//! ```
//!
//! Every code also has its name, class and specification, and lookups go in every direction:
//!
//! ```
//! use status::{HttpStatus, StatusClass};
//!
//! let status = HttpStatus::from_code(413).unwrap();
//! assert_eq!(status, HttpStatus::ContentTooLarge);
//! assert_eq!(status.name(), "CONTENT_TOO_LARGE");
//! assert_eq!(status.spec(), Some("RFC 9110, Section 15.5.14"));
//! assert_eq!(status.class(), StatusClass::ClientError);
//! assert_eq!(status.to_string(), "413 Content Too Large");
//!
//! // Older names are aliases, in `from_name`, `FromStr`, as constants and in patterns.
//! assert_eq!(HttpStatus::from_name("REQUEST_ENTITY_TOO_LARGE"), Some(status));
//! assert_eq!("413".parse::<HttpStatus>(), Ok(status));
//! assert!(matches!(status, HttpStatus::RequestEntityTooLarge));
//! assert_eq!(status::client::REQUEST_ENTITY_TOO_LARGE, 413);
//! ```
//!
//! [`status_codes!`] defines sets of your own, with the same API and checks, standalone or
//! built on other sets: a company's set extends the standard one, each service's extends the
//! company's, and each endpoint's picks exactly the statuses it answers. The [`Status`] trait
//! lets code work with any set.
//!
//! ```
//! status::status_codes! {
//!     /// What `POST /users` answers: these three, checked in every `match`.
//!     pub enum CreateUserStatus;
//!     use standard::{CREATED, BAD_REQUEST, CONFLICT};
//! }
//!
//! assert_eq!(CreateUserStatus::ALL.len(), 3);
//! assert!(CreateUserStatus::Conflict == status::HttpStatus::Conflict);
//! ```
//!
//! What users of other crates reach for first is there too: `is_error` (`4xx` or `5xx`, as
//! Spring has it), `code_str` (`"404"` without allocating, as `http`'s `as_str`), and
//! comparisons with integers both ways (`400 <= status`).
//!
//! RFC 9110's rules come with every status: `allows_content`, `is_cacheable_by_default`,
//! `from_code_or_class` (an unknown `299` is read as `200 OK`), `from_phrase` for the
//! phrase of a status line, and `retry_class`, when a client may send the request again, with
//! the clause it comes from (see [`retry`]).
//!
//! ```
//! use status::{HttpStatus, RetryClass};
//!
//! assert_eq!(HttpStatus::TooManyRequests.retry_class(), RetryClass::Any);
//! assert!(!HttpStatus::NoContent.allows_content());
//! assert!(HttpStatus::NotFound.is_cacheable_by_default());
//! assert_eq!(HttpStatus::from_code_or_class(299), Some(HttpStatus::Ok));
//! assert_eq!(HttpStatus::from_phrase("not found"), Some(HttpStatus::NotFound));
//! ```
//!
//! # Features
//!
//! All off by default; they apply to every set, the standard one and those that other crates
//! define with [`status_codes!`], without features of their own.
//!
//! - `serde`: a set serializes as its code, and deserializes from a code, or from a string
//!   holding a name, an alias or the three-digit code; `status::serde::name` serializes the name
//!   instead, with `#[serde(with = "status::serde::name")]`.
//! - `http`: `From<Set> for http::StatusCode` and `TryFrom<http::StatusCode> for Set`, with
//!   `http` 1.x, and `retry::decide`, what a client does after an answer.
//! - `hyper`: `From<Set> for hyper::ext::ReasonPhrase`, with hyper 1.x.
//! - `axum`: `IntoResponse` for every set and for [`WithBody`], with the set's phrase on the
//!   wire (axum 0.8, through axum-core 0.5; brings `http` and `hyper`).
//! - `actix-web`: `Responder` and `ResponseError` for every set, `Responder` for [`WithBody`],
//!   and conversions with actix-web's `StatusCode` (actix-web 4).
//! - `utoipa`: `utoipa::IntoResponses` for every set (utoipa 6), one OpenAPI response per
//!   status, keyed by its code and described by its description: with an endpoint's set,
//!   `#[utoipa::path(post, path = "/users", responses(CreateUserStatus))]` documents exactly
//!   what it answers.
//! - `problem`: RFC 9457 problem details, `Problem` for a status of any set, and
//!   `#[derive(IntoProblem)]`, with which an error enum answers with its endpoint's statuses and
//!   their problems, checked by the compiler; the features above answer and document both.
//!   Needs `alloc`, `serde` and `serde_json`.
//! - `tracing`: with `problem`, each answer of a derived error logged as one event.
//! - `reqwest`: `reqwest::ResponseExt::error_for_problem`, an error answer read into
//!   `ClientError`; turns on `problem`.
//! - `reqwest-retry`: `retry::Strategy`, with which reqwest-retry (0.9) sends a request again
//!   when its status's retry class says so, no sooner than `Retry-After` asks.
//! - `tower`: `retry::Policy`, a `tower::retry::Policy` (tower 0.5) that decides the same way.
//!
//! The crate is `no_std` (the web features, when enabled, bring `std`), allocates nothing
//! (`problem` needs `alloc`), and has no runtime dependency but the optional ones.
//!
#![cfg_attr(
    all(feature = "axum", feature = "actix-web"),
    doc = include_str!("../docs/serving.md")
)]
#![cfg_attr(
    not(all(feature = "axum", feature = "actix-web")),
    doc = "# Serving and reading statuses\n\nSee this section in the docs built with the \
           `axum` and `actix-web` features, as on docs.rs."
)]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
#![deny(missing_docs)]

// Generated code names the facade `::status`, which must resolve inside the facade too.
extern crate self as status;

#[cfg(feature = "problem")]
extern crate alloc;
// `retry::decide` reads the clock's `SystemTime`; `http` needs `std` already.
#[cfg(feature = "http")]
extern crate std;

#[cfg(all(feature = "actix-web", feature = "problem"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "actix-web", feature = "problem"))))]
pub mod actix_web;
#[cfg(all(feature = "axum", feature = "problem"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "axum", feature = "problem"))))]
pub mod axum;
mod class;
mod error;
#[cfg(feature = "problem")]
mod problem;
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub mod reqwest;
pub mod retry;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
mod set;
mod standard;
mod with_body;

#[doc(hidden)]
pub mod __private;

pub use class::StatusClass;
pub use error::{ParseStatusError, UnknownStatusCode};
pub use retry::RetryClass;
pub use set::Status;
pub use with_body::WithBody;

#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub use problem::{ClientError, FromProblem, IntoProblem, Problem, ProblemError, Withheld};

#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
#[doc = include_str!("../docs/into_problem.md")]
pub use status_macros::IntoProblem;

#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
#[doc = include_str!("../docs/from_problem.md")]
pub use status_macros::FromProblem;

#[doc = include_str!("../docs/status_codes.md")]
pub use status_macros::status_codes;

// `extends status::HttpStatus;` names the standard set as `extends standard;` does, and
// `use status::HttpStatus::{..};` picks from it: the macro is re-exported beside the enum.
pub use standard::{HttpStatus, client};

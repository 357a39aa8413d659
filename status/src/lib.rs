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
//! extending the standard set; the [`Status`] trait lets code work with any set.
//!
//! What users of other crates reach for first is there too: `is_error` (`4xx` or `5xx`, as
//! Spring has it), `code_str` (`"404"` without allocating, as `http`'s `as_str`), and
//! comparisons with integers both ways (`400 <= status`).
//!
//! RFC 9110's rules come with every status: `allows_content`, `is_cacheable_by_default`,
//! `from_code_or_class` (an unknown `299` is read as `200 OK`), and `from_phrase` for the
//! phrase of a status line.
//!
//! ```
//! use status::HttpStatus;
//!
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
//!   `http` 1.x.
//!
//! - `hyper`: `From<Set> for hyper::ext::ReasonPhrase`, with hyper 1.x.
//! - `axum`: `IntoResponse` for every set and for [`WithBody`], with the set's phrase on the
//!   wire (axum 0.8, through axum-core 0.5; brings `http` and `hyper`).
//! - `actix-web`: `Responder` and `ResponseError` for every set, `Responder` for [`WithBody`],
//!   and conversions with actix-web's `StatusCode` (actix-web 4).
//!
//! The crate is `no_std` (the web features, when enabled, bring `std`), allocates nothing, and
//! has no runtime dependency but the optional ones.
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

mod class;
mod error;
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
pub use set::Status;
pub use with_body::WithBody;

/// Defines a set of HTTP status codes: an enum with lookups in every direction, `Display`,
/// `FromStr`, conversions to and from `u16`, and a module of `u16` constants.
///
/// ```
/// status::status_codes! {
///     /// Codes returned by the example API.
///     pub enum ApiStatus;
///     pub mod api_codes;
///     200 => OK, "OK", "The request succeeded.";
///     #[alias(REQUEST_ENTITY_TOO_LARGE)]
///     #[spec = "RFC 9110, Section 15.5.14"]
///     /// Extra docs appended to the variant's generated docs.
///     413 => CONTENT_TOO_LARGE, "Content Too Large",
///         "The request content is larger than the server allows.";
/// }
///
/// assert_eq!(ApiStatus::ALL, [ApiStatus::Ok, ApiStatus::ContentTooLarge]);
/// assert_eq!(ApiStatus::from_code(413), Some(ApiStatus::ContentTooLarge));
/// assert_eq!(ApiStatus::RequestEntityTooLarge, ApiStatus::ContentTooLarge);
/// assert_eq!(api_codes::REQUEST_ENTITY_TOO_LARGE, 413);
/// assert_eq!(ApiStatus::Ok.to_string(), "200 OK");
/// ```
///
/// # Grammar
///
/// ```text
/// status_codes! {
///     #[attributes]* VIS enum NAME;           // required, first: the enum
///     #[doc]* VIS mod NAME;                   // optional: a module of `u16` constants
///     extends standard;                       // optional: start from the standard set
///     crate = PATH;                           // optional: the path to this crate
///     #[entry attributes]*
///     CODE => NAME, "phrase", "description";  // the entries, one or more
/// }
/// ```
///
/// The `enum` item comes first; its outer attributes (docs, derives, `cfg_attr`, ...) pass
/// through to the enum. The header items follow it in any order, each at most once, then the
/// entries.
///
/// ## `VIS mod NAME;`
///
/// A module with a `u16` constant for every name and alias, like Python's `http.client`:
///
/// ```
/// status::status_codes! {
///     pub enum ApiStatus;
///     /// The API's codes.
///     pub mod api_codes;
///     #[alias(RETRY)]
///     503 => BUSY, "Busy", "The service is overloaded; retry later.";
/// }
///
/// assert_eq!(api_codes::BUSY, 503);
/// assert_eq!(api_codes::RETRY, 503);
/// ```
///
/// ## `extends standard;`
///
/// The set holds the 62 standard codes of [`HttpStatus`] as well as its own, in one `ALL` in
/// code order, and converts: `From<HttpStatus>` for the set and `TryFrom<Set>` for
/// `HttpStatus`, whose error names the code the standard set lacks. An entry may not reuse a
/// standard code, name or alias.
///
/// ```
/// use status::HttpStatus;
///
/// status::status_codes! {
///     /// Statuses our edge proxy can answer with.
///     pub enum EdgeStatus;
///     pub mod edge_codes;
///     extends standard;
///     460 => CLIENT_GONE, "Client Gone",
///         "The client closed the connection before the proxy answered.";
/// }
///
/// assert_eq!(EdgeStatus::ALL.len(), 63);
/// assert_eq!(EdgeStatus::from(HttpStatus::NotFound), EdgeStatus::NotFound);
/// assert_eq!(HttpStatus::try_from(EdgeStatus::Ok), Ok(HttpStatus::Ok));
/// assert_eq!(HttpStatus::try_from(EdgeStatus::ClientGone).unwrap_err().code(), 460);
/// assert_eq!(edge_codes::NOT_FOUND, 404);
/// ```
///
/// ## `crate = PATH;`
///
/// Generated code names this crate `::status`, the name its library has whatever the package
/// is called: `cargo add status-codes` gives `status`. A crate that renames the dependency
/// (`my_status = { package = "status-codes", .. }`) says where it is:
///
/// ```
/// # extern crate status as my_status;
/// my_status::status_codes! {
///     pub enum Renamed;
///     crate = ::my_status;
///     200 => OK, "OK", "Fine.";
/// }
///
/// assert_eq!(Renamed::Ok.class(), my_status::StatusClass::Success);
/// ```
///
/// ## Entries
///
/// Each entry is a code in `100..=599`, a `SCREAMING_SNAKE_CASE` name, a reason phrase and a
/// one-sentence description. The variant is the name in `UpperCamelCase` (`NOT_FOUND` becomes
/// `NotFound`) and its discriminant is the code. An entry accepts these attributes:
///
/// - `#[alias(OTHER_NAME, ..)]`: more names for the code, accepted by `from_name` and `FromStr`,
///   generated as associated constants (`Self::OtherName`, usable in patterns) and in the
///   constants module;
/// - `#[phrase_alias("Payload Too Large", ..)]`: other reason phrases that servers send for the
///   code, returned by `phrase_aliases()` and accepted by `from_phrase` and `FromStr`; each
///   follows the reason-phrase rules of RFC 9112 and is unique in the set among the phrases and
///   phrase aliases, ignoring ASCII case;
/// - `#[spec = "RFC 9110, Section 15.5.14"]`: the defining specification, returned by `spec()`
///   and linked from the docs;
/// - doc comments, appended to the variant's generated docs;
/// - `#[cacheable]`: responses with the status are cacheable by default (RFC 9110,
///   Section 15.1), as `is_cacheable_by_default` reports; without it, they are not;
/// - `#[no_content]`: responses with the status carry no content, as `allows_content` reports;
///   without it, `1xx` statuses carry none and the others may;
/// - `#[deprecated]`, passed to the variant and to every constant naming it;
/// - `#[default]`, passed to the variant, for a `#[derive(Default)]` on the enum.
///
/// # Generated API
///
/// A `#[repr(u16)]` enum whose discriminants are the codes, with the same API as the standard
/// set: [`HttpStatus`]'s page shows every generated item, each trait impl and what the
/// facade's features add. Every set implements [`Status`], for code that works with any set.
///
/// The expansion names every path absolutely, so it works in `no_std` crates, under
/// `#![no_implicit_prelude]`, in function bodies, and next to items that shadow `core` or the
/// primitive types; it raises no warnings under `#![deny(warnings, missing_docs)]` and
/// `clippy::pedantic`, including dead-code warnings in a binary that uses only part of it.
///
/// # Errors
///
/// Invalid input is a compile error on the offending token that says how to fix it, and every
/// error is reported at once: codes outside `100..=599`, defined twice or written as
/// expressions, names or aliases used twice or not in ASCII `SCREAMING_SNAKE_CASE`, names that
/// become the same variant, empty phrases and descriptions, phrases with characters HTTP does
/// not allow (RFC 9112, Section 4), unknown or misplaced attributes and header items, derives
/// and a `#[repr]` the enum already has, a `#[default]` without its derive or given twice, and
/// entries that clash with the standard set they extend.
///
/// The macro reads its input the way rustc does, through the invisible groups of
/// `macro_rules!` fragments: a wrapper may forward attributes as `$(#[$meta:meta])*`, codes
/// as `$code:literal` or `$code:expr`, and so on.
pub use status_macros::status_codes;

__standard_set! {
    (::status)
    /// The standard HTTP status codes: the 62 of Python 3.13's `http.HTTPStatus`, with the names
    /// and phrases of RFC 9110 and the IANA registry.
    ///
    /// Names RFC 9110 replaced are aliases: `REQUEST_ENTITY_TOO_LARGE`, `REQUEST_URI_TOO_LONG`,
    /// `REQUESTED_RANGE_NOT_SATISFIABLE` (and Python's `REQUEST_RANGE_NOT_SATISFIABLE`) and
    /// `UNPROCESSABLE_ENTITY`, as are RFC 7231's `PAYLOAD_TOO_LARGE` and RFC 1945's
    /// `MOVED_TEMPORARILY`. The phrases of earlier RFCs and of common servers and libraries
    /// are phrase aliases, which `from_phrase` and `FromStr` read: `"413 Payload Too Large"`,
    /// as `http` writes it, is `ContentTooLarge`.
    ///
    /// ```
    /// use status::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::NotFound.code(), 404);
    /// assert_eq!(HttpStatus::NotFound.phrase(), "Not Found");
    /// assert_eq!(HttpStatus::from_code(404), Some(HttpStatus::NotFound));
    /// assert_eq!("NOT_FOUND".parse(), Ok(HttpStatus::NotFound));
    /// ```
    pub enum HttpStatus;

    /// The standard codes as `u16` constants, like Python's `http.client`:
    /// `status::client::NOT_FOUND == 404`.
    pub mod client;

    @standard_set
}

// The standard set is extensible: `extends status::HttpStatus;` names it as `extends standard;`
// does, and `use status::HttpStatus::{..};` picks from it.
#[doc(hidden)]
pub use crate::__standard_set as HttpStatus;

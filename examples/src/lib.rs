//! Programs and status sets that use the `status` crate as a downstream user would.
//!
//! - [`payments`]: a service's own status set, standing alone;
//! - [`edge`]: a proxy's set, the standard codes plus the ones proxies and CDNs answer with;
//! - `users` (with the `serve` feature): an axum API with one set per endpoint, picked from the
//!   standard set and the service's, and its OpenAPI document;
//! - [`access_log`] and [`metric_label`]: code generic over any set, through [`status::Status`].

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
#![deny(missing_docs)]

use status::Status;

pub mod edge;
pub mod payments;
#[cfg(feature = "serve")]
pub mod users;
#[cfg(feature = "serve")]
pub mod users_client;

/// A line of a combined access log, for a status of any set.
///
/// ```
/// use status::HttpStatus;
/// use status_examples::{access_log, edge::EdgeStatus, payments::PaymentStatus};
///
/// assert_eq!(access_log("GET", "/", HttpStatus::NotFound), "GET / 404 Not Found");
/// assert_eq!(
///     access_log("GET", "/", EdgeStatus::ClientClosedRequest),
///     "GET / 499 Client Closed Request"
/// );
/// assert_eq!(access_log("POST", "/pay", PaymentStatus::Declined), "POST /pay 402 Declined");
/// ```
#[must_use]
pub fn access_log<S: Status>(method: &str, path: &str, status: S) -> String {
    format!("{method} {path} {status}")
}

/// A metrics label for a status of any set: its class and lower-case name, such as
/// `4xx_not_found`. Unknown codes from upstream fall back to their class, so the label set
/// stays bounded.
///
/// ```
/// use status::HttpStatus;
/// use status_examples::{metric_label, edge::EdgeStatus};
///
/// assert_eq!(metric_label::<HttpStatus>(404), "4xx_not_found");
/// assert_eq!(metric_label::<EdgeStatus>(522), "5xx_connection_timed_out");
/// assert_eq!(metric_label::<HttpStatus>(522), "5xx_other");
/// assert_eq!(metric_label::<HttpStatus>(1000), "invalid");
/// ```
#[must_use]
pub fn metric_label<S: Status>(code: u16) -> String {
    match S::from_code(code) {
        Some(status) => format!("{}_{}", status.class(), status.name().to_lowercase()),
        None => match status::StatusClass::of(code) {
            Some(class) => format!("{class}_other"),
            None => "invalid".to_owned(),
        },
    }
}

//! When to send a request again: the [`RetryClass`] of every status, and, with the `http`
//! feature, `decide`, the [`Decision`] a client makes from the class, the request and the
//! answer.
//!
//! The classes come from RFC 9110 and the RFCs that define the statuses, not from a list: a
//! `503` to a `GET` is tried again, a `503` to a `POST` is not (the server may have acted on it,
//! RFC 9110, Section 9.2.2), a `429` is tried again whatever the method (the server refused it
//! unprocessed, RFC 6585, Section 4), and both wait what `Retry-After` asks.
//!
//! ```
//! use status::{HttpStatus, RetryClass};
//!
//! assert_eq!(HttpStatus::ServiceUnavailable.retry_class(), RetryClass::Idempotent);
//! assert_eq!(HttpStatus::TooManyRequests.retry_class(), RetryClass::Any);
//! assert_eq!(HttpStatus::Conflict.retry_class(), RetryClass::AfterChange);
//! assert_eq!(HttpStatus::NotFound.retry_class(), RetryClass::Never);
//! assert_eq!(HttpStatus::TooManyRequests.retry_spec(), Some("RFC 6585, Section 4"));
//! ```
//!
//! A set gives each of its statuses a class with `#[retry(..)]`, and one it builds on another
//! class for its own use with `#[retry(..)]` on a `use` line: see
//! [`status_codes!`](crate::status_codes).

#[cfg(feature = "http")]
mod decide;
#[cfg(feature = "reqwest-retry")]
mod reqwest_retry;
#[cfg(feature = "tower")]
mod tower;

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use decide::{decide, is_idempotent, retry_after};
#[cfg(feature = "reqwest-retry")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest-retry")))]
pub use reqwest_retry::Strategy;
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub use tower::{Policy, Wait};

use core::fmt;
use core::time::Duration;

/// The longest `Retry-After` the adapters wait for unless told otherwise: a server that asks
/// for more is answered by the caller, not by a client stalled for an hour.
#[cfg(any(feature = "tower", feature = "reqwest-retry"))]
const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(60);

/// When a client may send a request again after a status: the column that
/// [`Status::retry_class`](crate::Status::retry_class) reads, and that `decide` (feature `http`)
/// turns into a [`Decision`] with the request's method and the answer's `Retry-After`.
///
/// A set names each status's class with `#[retry(any)]`, `#[retry(idempotent)]`,
/// `#[retry(when_retry_after)]`, `#[retry(after_change)]` or `#[retry(never)]`; a status
/// without one has its class's `x00` status's, as RFC 9110, Section 15 has a client treat a
/// code it does not know: [`Idempotent`](Self::Idempotent) for a `5xx`,
/// [`Never`](Self::Never) for the others.
///
/// ```
/// use status::{HttpStatus, RetryClass};
///
/// let classes = [421, 429, 500, 503, 413, 401, 409, 404].map(|code| {
///     HttpStatus::from_code(code).unwrap().retry_class()
/// });
/// assert_eq!(classes, [
///     RetryClass::Any, RetryClass::Any,
///     RetryClass::Idempotent, RetryClass::Idempotent,
///     RetryClass::WhenRetryAfter,
///     RetryClass::AfterChange, RetryClass::AfterChange,
///     RetryClass::Never,
/// ]);
/// assert_eq!(RetryClass::WhenRetryAfter.to_string(), "when_retry_after");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetryClass {
    /// The request was not processed: send it again whatever the method (`421`, RFC 9110,
    /// Section 15.5.20; `425`, RFC 8470, Section 5.2; `429`, RFC 6585, Section 4).
    Any,
    /// A transient failure: send an idempotent request again, or one that carries an
    /// `Idempotency-Key` (`408`, `500`, `502`, `503`, `504`; RFC 9110, Section 9.2.2).
    Idempotent,
    /// Send it again only when the answer carries `Retry-After` (`413`, RFC 9110, Section
    /// 15.5.14: a temporary condition says so with it).
    WhenRetryAfter,
    /// Not as it was sent, but after the client changes something: new credentials (`401`,
    /// `407`, `511`), a fresh read of the resource (`409`, `412`, `428`), another protocol
    /// (`426`) or no expectation (`417`).
    AfterChange,
    /// Sent again, it fails again: every other status.
    Never,
}

impl RetryClass {
    /// Every class, from the most to the least willing.
    pub const ALL: [Self; 5] = [
        Self::Any,
        Self::Idempotent,
        Self::WhenRetryAfter,
        Self::AfterChange,
        Self::Never,
    ];

    /// The class as `#[retry(..)]` spells it: `"when_retry_after"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::Idempotent => "idempotent",
            Self::WhenRetryAfter => "when_retry_after",
            Self::AfterChange => "after_change",
            Self::Never => "never",
        }
    }
}

impl fmt::Display for RetryClass {
    /// Writes [`as_str`](Self::as_str).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a client does after an answer: what `decide` (feature `http`) returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Send the request again, after `after` when the answer said how long to wait
    /// (`Retry-After`), else after the caller's own backoff.
    Retry {
        /// What `Retry-After` asks; `Some(Duration::ZERO)` for a date already past.
        after: Option<Duration>,
    },
    /// Not as it was sent: after the client changes what the status names (credentials, a
    /// fresh read of the resource).
    AfterChange,
    /// Do not send it again.
    Never,
}

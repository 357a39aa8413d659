//! `decide`, and the two facts of a request and an answer it reads: whether the request is
//! idempotent, and what `Retry-After` asks.

use super::{Decision, RetryClass};
use crate::Status;
use core::time::Duration;
use http::{HeaderMap, Method, header::RETRY_AFTER};
use std::time::SystemTime;

/// What a client does after `status`, answered to a request with `method` and
/// `request_headers`, with `response_headers` read at `now`: send it again, and when; change
/// something first; or give up. Never panics, whatever the headers.
///
/// - A status below `400` gives [`Never`](Decision::Never): nothing failed.
/// - [`RetryClass::Any`] gives [`Retry`](Decision::Retry), whatever the method.
/// - [`RetryClass::Idempotent`] gives `Retry` for an [idempotent](is_idempotent) request,
///   `Never` for another.
/// - [`RetryClass::WhenRetryAfter`] gives `Retry` when the answer carries a valid
///   `Retry-After`, `Never` without one.
/// - [`RetryClass::AfterChange`] gives [`AfterChange`](Decision::AfterChange).
/// - [`RetryClass::Never`] gives `Never`.
///
/// `Retry`'s `after` is what [`retry_after`] reads from the answer: `None` when it has none or
/// one that does not parse, and then the caller's backoff applies. A cap on it is the caller's.
///
/// ```
/// use status::HttpStatus;
/// use status::retry::{Decision, decide};
/// use http::{HeaderMap, HeaderValue, Method};
/// use std::time::{Duration, SystemTime};
///
/// let mut answer = HeaderMap::new();
/// answer.insert("retry-after", HeaderValue::from_static("120"));
/// let now = SystemTime::now();
/// let none = HeaderMap::new();
///
/// let get = decide(HttpStatus::ServiceUnavailable, &Method::GET, &none, &answer, now);
/// assert_eq!(get, Decision::Retry { after: Some(Duration::from_secs(120)) });
///
/// // The server may have acted on a `POST`: it is not sent again, unless it says it is safe.
/// let post = decide(HttpStatus::ServiceUnavailable, &Method::POST, &none, &answer, now);
/// assert_eq!(post, Decision::Never);
/// let mut keyed = HeaderMap::new();
/// keyed.insert("idempotency-key", HeaderValue::from_static("8e03978e-40d5"));
/// let post = decide(HttpStatus::ServiceUnavailable, &Method::POST, &keyed, &answer, now);
/// assert!(matches!(post, Decision::Retry { .. }));
///
/// assert_eq!(
///     decide(HttpStatus::Conflict, &Method::PUT, &none, &none, now),
///     Decision::AfterChange,
/// );
/// ```
pub fn decide<S: Status>(
    status: S,
    method: &Method,
    request_headers: &HeaderMap,
    response_headers: &HeaderMap,
    now: SystemTime,
) -> Decision {
    let idempotent = is_idempotent(method, request_headers);
    decide_for(status, idempotent, response_headers, now)
}

/// [`decide`], for a request known to be idempotent or not: what the adapters call, which
/// read the request before it is sent.
pub(super) fn decide_for<S: Status>(
    status: S,
    idempotent: bool,
    response_headers: &HeaderMap,
    now: SystemTime,
) -> Decision {
    if status.code() < 400 {
        return Decision::Never;
    }
    let after = || retry_after(response_headers, now);
    match status.retry_class() {
        RetryClass::Any => Decision::Retry { after: after() },
        RetryClass::Idempotent if idempotent => Decision::Retry { after: after() },
        RetryClass::WhenRetryAfter => match after() {
            Some(after) => Decision::Retry { after: Some(after) },
            None => Decision::Never,
        },
        RetryClass::AfterChange => Decision::AfterChange,
        RetryClass::Idempotent | RetryClass::Never => Decision::Never,
    }
}

/// Whether a request may be sent twice with the effect of once: its method is idempotent (RFC
/// 9110, Section 9.2.2: `GET`, `HEAD`, `OPTIONS`, `TRACE`, `PUT`, `DELETE`), or it carries a
/// non-empty `Idempotency-Key` (the IETF draft `draft-ietf-httpapi-idempotency-key-header`),
/// with which the server answers a repeated request as it answered the first.
///
/// ```
/// use status::retry::is_idempotent;
/// use http::{HeaderMap, HeaderValue, Method};
///
/// let mut keyed = HeaderMap::new();
/// assert!(is_idempotent(&Method::PUT, &keyed));
/// assert!(!is_idempotent(&Method::POST, &keyed));
/// keyed.insert("idempotency-key", HeaderValue::from_static("\"8e03978e\""));
/// assert!(is_idempotent(&Method::POST, &keyed));
/// ```
#[must_use]
pub fn is_idempotent(method: &Method, request_headers: &HeaderMap) -> bool {
    method.is_idempotent()
        || request_headers
            .get_all("idempotency-key")
            .iter()
            .any(|key| !key.as_bytes().trim_ascii().is_empty())
}

/// How long an answer asks to wait before the request is sent again: its `Retry-After` (RFC
/// 9110, Section 10.2.3), as a number of seconds or an HTTP date, the date counted from `now`
/// (a date already past is `Duration::ZERO`). `None` when the answer has none, one that does
/// not parse, or two that disagree. A number of seconds too large for a `u64` is
/// `u64::MAX` seconds.
///
/// ```
/// use status::retry::retry_after;
/// use http::{HeaderMap, HeaderValue};
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480); // Wed, 21 Oct 2015 07:28:00 GMT
/// let mut answer = HeaderMap::new();
/// answer.insert("retry-after", HeaderValue::from_static("Wed, 21 Oct 2015 07:30:00 GMT"));
/// assert_eq!(retry_after(&answer, now), Some(Duration::from_secs(120)));
/// answer.insert("retry-after", HeaderValue::from_static("5"));
/// assert_eq!(retry_after(&answer, now), Some(Duration::from_secs(5)));
/// answer.insert("retry-after", HeaderValue::from_static("soon"));
/// assert_eq!(retry_after(&answer, now), None);
/// ```
#[must_use]
pub fn retry_after(response_headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let mut values = response_headers.get_all(RETRY_AFTER).iter();
    let value = values.next()?;
    // Not a list (RFC 9110, Section 10.2.3): two values that differ say nothing for sure.
    if values.any(|other| other != value) {
        return None;
    }
    let text = value.to_str().ok()?.trim_matches([' ', '\t']);
    if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
        // All digits: only a number too large for a `u64` fails to parse.
        let seconds = text.parse().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(text).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// What the adapters do with an answer's code: the decision for the status of `S` with the
/// code, or, for a code `S` lacks (a proxy's `503` to an endpoint's set), of the standard set;
/// a wait longer than `max_wait` ends the retries rather than come sooner than asked.
#[cfg(any(feature = "tower", feature = "reqwest-retry"))]
pub(super) fn decide_code<S: Status>(
    code: u16,
    idempotent: bool,
    response_headers: &HeaderMap,
    max_wait: Duration,
) -> Decision {
    let now = SystemTime::now();
    let decision = match S::from_code_or_class(code) {
        Some(status) => decide_for(status, idempotent, response_headers, now),
        None => match crate::HttpStatus::from_code_or_class(code) {
            Some(status) => decide_for(status, idempotent, response_headers, now),
            None => Decision::Never,
        },
    };
    match decision {
        Decision::Retry { after: Some(after) } if after > max_wait => Decision::Never,
        decision => decision,
    }
}

//! A downstream crate of `status`, and the lint test: it invokes `status_codes!` under the strictest lints a
//! user may set, in a `no_std` crate that renames its dependency on the facade, so
//! `cargo clippy --workspace -- -D warnings` fails on any warning the expansion raises.

#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, unused_qualifications)]
#![deny(clippy::pedantic)]

renamed_status::status_codes! {
    /// Every kind of entry the macro accepts, under strict lints.
    pub enum LintedStatus;
    /// The codes of [`LintedStatus`].
    pub mod linted_codes;
    crate = renamed_status;
    200 => OK, "OK", "The request succeeded.";
    #[alias(REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE)]
    #[spec = "RFC 9110, Section 15.5.14"]
    /// Extra docs, with `code` and a [link](https://example.com).
    413 => CONTENT_TOO_LARGE, "Content Too Large", "The request content is too large.";
    #[deprecated = "use CONTENT_TOO_LARGE"]
    #[alias(OLD_ALIAS)]
    499 => OLD_STATUS, "Old Status", "A status kept for old clients.";
    #[spec = "Internal | wiki"]
    599 => LAST, "Last\tOne", "The highest code there is.";
}

renamed_status::status_codes! {
    /// A private set with a single code.
    pub(crate) enum Single;
    crate = ::renamed_status;
    100 => ONLY, "Only", "The one code.";
}

renamed_status::status_codes! {
    /// The standard set and more, through the renamed dependency.
    pub enum ExtendedStatus;
    pub mod extended_codes;
    extends standard;
    crate = renamed_status;
    #[retry(any, "Downstream API, Section 2")]
    use standard::CONFLICT;
    #[spec = "nginx"]
    #[retry(never)]
    499 => CLIENT_CLOSED_REQUEST, "Client Closed Request", "The client closed the connection first.";
}

// A private set named like its variants (`MultiStatus`, `BadRequest`), and one extending the
// standard set under another visibility: clippy's lints on names and visibility must not fire
// on code the user did not write.
renamed_status::status_codes! {
    /// A private set named `Status`.
    enum Status;
    mod status_codes;
    extends standard;
    crate = renamed_status;
    460 => CLIENT_GONE_STATUS, "Client Gone", "The client left.";
}

renamed_status::status_codes! {
    /// A set visible in the crate, named like its variants' suffix.
    pub(crate) enum Request;
    crate = renamed_status;
    400 => BAD_REQUEST, "Bad Request", "The request is malformed.";
    408 => TIMEOUT_REQUEST, "Timeout Request", "The request took too long.";
    499 => CLOSED_REQUEST, "Closed Request", "The client closed the request.";
}

/// Uses the private sets, as a crate would.
#[must_use]
pub fn private_sets_in_use(code: u16) -> bool {
    Status::from_code(code).is_some_and(|status| status_codes::CLIENT_GONE_STATUS == status)
        || Request::from_code(code).is_some()
}

/// The API peers' users reach for first, on a custom set: errors by class, ordering against
/// integers both ways (which `Range::contains` needs), and the code as text.
#[must_use]
pub fn peer_api(status: LintedStatus) -> (bool, &'static str, bool, bool) {
    let in_4xx = (400..500).contains(&status);
    (status.is_error(), status.code_str(), in_4xx, status >= 500)
}

use crate::{ParseStatusError, RetryClass, StatusClass, UnknownStatusCode};
use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

/// What every status set has: implemented by [`HttpStatus`](crate::HttpStatus) and by every
/// enum that [`status_codes!`](crate::status_codes) generates, for code that works with any
/// set.
///
/// ```
/// use status::{HttpStatus, Status};
///
/// /// A metrics label such as `4xx_not_found`, for any set.
/// fn label<S: Status>(status: S) -> String {
///     format!("{}_{}", status.class(), status.name().to_lowercase())
/// }
///
/// status::status_codes! {
///     pub enum EdgeStatus;
///     extends standard;
///     460 => CLIENT_GONE, "Client Gone", "The client closed the connection first.";
/// }
///
/// assert_eq!(label(HttpStatus::NotFound), "4xx_not_found");
/// assert_eq!(label(EdgeStatus::ClientGone), "4xx_client_gone");
/// assert_eq!(EdgeStatus::ALL.len(), HttpStatus::ALL.len() + 1);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a status set",
    label = "not a set of `status_codes!`",
    note = "a set is an enum that `status::status_codes!` defines, such as `status::HttpStatus`"
)]
pub trait Status:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr<Err = ParseStatusError>
    + TryFrom<u16, Error = UnknownStatusCode>
    + Into<u16>
    + PartialEq<u16>
    + PartialOrd<u16>
    + 'static
{
    /// Every status of the set, in ascending code order.
    const ALL: &'static [Self];

    /// What makes each status the same status in other sets, for the compile-time checks of
    /// generated code. Not public API: `status_codes!` writes it.
    #[doc(hidden)]
    const __SET: crate::__private::SetIdentity;

    /// The numeric code, such as `404`.
    fn code(self) -> u16;

    /// The canonical name, such as `"NOT_FOUND"`.
    fn name(self) -> &'static str;

    /// The other names of the status; usually none.
    fn aliases(self) -> &'static [&'static str];

    /// The reason phrase, such as `"Not Found"`.
    fn phrase(self) -> &'static str;

    /// Other reason phrases that servers send for the code; usually none.
    fn phrase_aliases(self) -> &'static [&'static str];

    /// A one-sentence description of what the status means.
    fn description(self) -> &'static str;

    /// The specification that defines the status, if the set names one.
    fn spec(self) -> Option<&'static str>;

    /// The class of the status, from the first digit of its code.
    fn class(self) -> StatusClass;

    /// The status with this code, or `None` if the set has none.
    fn from_code(code: u16) -> Option<Self>;

    /// The status with this canonical name or alias; the match is exact.
    fn from_name(name: &str) -> Option<Self>;

    /// The status with this reason phrase, matched exactly but for ASCII case; the lowest
    /// code when two share a phrase.
    fn from_phrase(phrase: &str) -> Option<Self>;

    /// Whether a response with this status may carry content.
    fn allows_content(self) -> bool;

    /// Whether a response with this status is cacheable by default (RFC 9110, Section 15.1).
    fn is_cacheable_by_default(self) -> bool;

    /// When a client may send the request again after this status; see [`RetryClass`] and
    /// [`retry::decide`](crate::retry).
    fn retry_class(self) -> RetryClass;

    /// The clause that [`retry_class`](Self::retry_class) comes from, such as
    /// `"RFC 9110, Section 15.6.4"`, if the set names one.
    fn retry_spec(self) -> Option<&'static str>;

    /// The status with this code or, for an unrecognized code in `100..=599`, the `x00`
    /// status of its class, as RFC 9110, Section 15 tells a client to treat it.
    #[must_use]
    #[inline]
    fn from_code_or_class(code: u16) -> Option<Self> {
        Self::from_code(code).or_else(|| Self::from_code(crate::__private::class_code(code)))
    }

    /// Whether the status is informational (`1xx`).
    #[inline]
    fn is_informational(self) -> bool {
        self.class() == StatusClass::Informational
    }

    /// Whether the status is a success (`2xx`).
    #[inline]
    fn is_success(self) -> bool {
        self.class() == StatusClass::Success
    }

    /// Whether the status is a redirection (`3xx`).
    #[inline]
    fn is_redirection(self) -> bool {
        self.class() == StatusClass::Redirection
    }

    /// Whether the status is a client error (`4xx`).
    #[inline]
    fn is_client_error(self) -> bool {
        self.class() == StatusClass::ClientError
    }

    /// Whether the status is a server error (`5xx`).
    #[inline]
    fn is_server_error(self) -> bool {
        self.class() == StatusClass::ServerError
    }

    /// Whether the status is an error, a client (`4xx`) or server (`5xx`) one, as Spring's
    /// `isError`.
    ///
    /// ```
    /// use status::{HttpStatus, Status};
    ///
    /// fn worth_an_alert<S: Status>(status: S) -> bool {
    ///     status.is_error()
    /// }
    ///
    /// assert!(worth_an_alert(HttpStatus::BadGateway));
    /// assert!(!worth_an_alert(HttpStatus::NotModified));
    /// ```
    #[inline]
    fn is_error(self) -> bool {
        self.is_client_error() || self.is_server_error()
    }

    /// The code as text, such as `"404"`, without allocating.
    ///
    /// ```
    /// use status::{HttpStatus, Status};
    ///
    /// assert_eq!(Status::code_str(HttpStatus::NotFound), "404");
    /// ```
    #[inline]
    fn code_str(self) -> &'static str {
        crate::__private::code_str(self.code())
    }
}

use core::fmt;
use core::ops::RangeInclusive;

/// The class of a status code, given by its first digit (RFC 9110, Section 15).
///
/// ```
/// use status::{HttpStatus, StatusClass};
///
/// assert_eq!(HttpStatus::NotFound.class(), StatusClass::ClientError);
/// assert_eq!(StatusClass::of(599), Some(StatusClass::ServerError));
/// assert_eq!(StatusClass::of(600), None);
/// assert_eq!(StatusClass::ClientError.to_string(), "4xx");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum StatusClass {
    /// `1xx`: the request was received and is being processed.
    Informational = 1,
    /// `2xx`: the request was received, understood and accepted.
    Success = 2,
    /// `3xx`: further action is needed to complete the request.
    Redirection = 3,
    /// `4xx`: the request is wrong or cannot be fulfilled.
    ClientError = 4,
    /// `5xx`: the server failed to fulfill a valid request.
    ServerError = 5,
}

impl StatusClass {
    /// Every class, in code order.
    pub const ALL: [Self; 5] = [
        Self::Informational,
        Self::Success,
        Self::Redirection,
        Self::ClientError,
        Self::ServerError,
    ];

    /// The class of any code in `100..=599`, known or not; `None` outside that range.
    #[must_use]
    #[inline]
    pub const fn of(code: u16) -> Option<Self> {
        match code {
            100..=199 => Some(Self::Informational),
            200..=299 => Some(Self::Success),
            300..=399 => Some(Self::Redirection),
            400..=499 => Some(Self::ClientError),
            500..=599 => Some(Self::ServerError),
            _ => None,
        }
    }

    /// The codes of the class: `400..=499` for [`ClientError`](Self::ClientError).
    #[must_use]
    #[inline]
    pub const fn range(self) -> RangeInclusive<u16> {
        let first = self as u16 * 100;
        first..=first + 99
    }

    /// The name RFC 9110 gives the class, such as `"Client Error"`.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Informational => "Informational",
            Self::Success => "Successful",
            Self::Redirection => "Redirection",
            Self::ClientError => "Client Error",
            Self::ServerError => "Server Error",
        }
    }
}

/// Writes the class as RFC 9110 does, such as `4xx`.
impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Self::Informational => "1xx",
            Self::Success => "2xx",
            Self::Redirection => "3xx",
            Self::ClientError => "4xx",
            Self::ServerError => "5xx",
        })
    }
}

use crate::StatusClass;
use core::fmt;

/// The error of `TryFrom<u16>` on a status set: the code is not in the set.
///
/// ```
/// use status::HttpStatus;
///
/// let error = HttpStatus::try_from(299).unwrap_err();
/// assert_eq!(error.code(), 299);
/// assert_eq!(error.to_string(), "unknown status code 299");
/// assert_eq!(HttpStatus::try_from(600).unwrap_err().to_string(),
///            "invalid status code 600: HTTP status codes are 100..=599");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownStatusCode {
    code: u16,
}

impl UnknownStatusCode {
    /// The error for `code`.
    #[must_use]
    #[inline]
    pub const fn new(code: u16) -> Self {
        UnknownStatusCode { code }
    }

    /// The code that was not found.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self.code
    }
}

impl fmt::Display for UnknownStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if StatusClass::of(self.code).is_some() {
            write!(f, "unknown status code {}", self.code)
        } else {
            write!(
                f,
                "invalid status code {}: HTTP status codes are 100..=599",
                self.code
            )
        }
    }
}

impl core::error::Error for UnknownStatusCode {}

/// The error of `FromStr` on a status set: what was wrong with the text.
///
/// `FromStr` accepts a three-digit code (`"404"`), a canonical name or alias (`"NOT_FOUND"`),
/// and what `Display` writes (`"404 Not Found"`), each exactly.
///
/// ```
/// use status::{HttpStatus, ParseStatusError};
///
/// assert_eq!("404 Not Found".parse(), Ok(HttpStatus::NotFound));
/// assert_eq!("404 Gone".parse::<HttpStatus>(), Err(ParseStatusError::PhraseMismatch(404)));
/// assert_eq!("".parse::<HttpStatus>(), Err(ParseStatusError::Empty));
/// assert_eq!("4040".parse::<HttpStatus>(), Err(ParseStatusError::NotThreeDigits));
/// assert_eq!("299".parse::<HttpStatus>(), Err(ParseStatusError::UnknownCode(299)));
/// assert_eq!("not_found".parse::<HttpStatus>(), Err(ParseStatusError::UnknownName));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusError {
    /// The text was empty.
    Empty,
    /// The text starts with a digit, so it is no name, but it is not three digits, alone or
    /// before a space and a phrase: `"4040"`, `"40x"`, `"404-Not Found"`.
    NotThreeDigits,
    /// The text was a three-digit code that the set does not have.
    UnknownCode(u16),
    /// The text was a code and a phrase, as `Display` writes them, but the phrase is neither
    /// the code's phrase nor one of its phrase aliases (matched exactly but for ASCII case).
    PhraseMismatch(u16),
    /// The text was neither a three-digit code nor a name or alias of the set (names are
    /// matched exactly: `NOT_FOUND`, not `not_found` or `" NOT_FOUND"`).
    UnknownName,
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const EXPECTED: &str =
            "expected a three-digit code such as 404 or a name such as NOT_FOUND";
        match self {
            Self::Empty => write!(f, "empty status: {EXPECTED}"),
            Self::NotThreeDigits => f.write_str("a status code has exactly three digits"),
            Self::UnknownCode(code) => write!(f, "unknown status code {code}"),
            Self::PhraseMismatch(code) => {
                write!(
                    f,
                    "the phrase after {code} is not the phrase of status code {code}"
                )
            }
            Self::UnknownName => write!(f, "unknown status name: {EXPECTED}"),
        }
    }
}

impl core::error::Error for ParseStatusError {}

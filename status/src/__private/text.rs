//! Text in and out: `FromStr` and `Display` of every set.

use crate::{ParseStatusError, Status};
use core::fmt;

/// `FromStr` of every set: a three-digit code, a name or alias, or what `Display` writes.
/// `is_phrase` says whether a phrase is a status's phrase or phrase alias, ignoring ASCII case.
///
/// # Errors
/// What was wrong with `text`, as [`ParseStatusError`] describes.
#[inline]
pub fn parse<S: Status>(text: &str, is_phrase: fn(S, &str) -> bool) -> Result<S, ParseStatusError> {
    // The common case, kept small enough to inline: three digits, then `from_code`'s table.
    if let Some(code) = three_digits(text.as_bytes()) {
        return S::from_code(code).ok_or(ParseStatusError::UnknownCode(code));
    }
    parse_other(text, is_phrase)
}

/// Whatever is not three digits. Out of line: inlined, it slows the common case.
#[inline(never)]
fn parse_other<S: Status>(
    text: &str,
    is_phrase: fn(S, &str) -> bool,
) -> Result<S, ParseStatusError> {
    let bytes = text.as_bytes();
    match bytes.first() {
        None => Err(ParseStatusError::Empty),
        // No name starts with a digit: this is a code, or what `Display` writes.
        Some(first) if first.is_ascii_digit() => match bytes.get(..3).and_then(three_digits) {
            Some(code) if bytes.get(3) == Some(&b' ') => {
                let phrase = &text[4..];
                match S::from_code(code) {
                    Some(status) if is_phrase(status, phrase) || phrase == HTTP_UNKNOWN => {
                        Ok(status)
                    }
                    Some(_) => Err(ParseStatusError::PhraseMismatch(code)),
                    None => Err(ParseStatusError::UnknownCode(code)),
                }
            }
            _ => Err(ParseStatusError::NotThreeDigits),
        },
        Some(_) => S::from_name(text).ok_or(ParseStatusError::UnknownName),
    }
}

/// What `http::StatusCode`'s `Display` writes after a code it has no phrase for, which parses
/// back as the code whatever the set's phrase.
const HTTP_UNKNOWN: &str = "<unknown status code>";

/// `Display` of every set: one `write_str` unless a width or precision asks for padding.
///
/// # Errors
/// The formatter's.
#[inline]
pub fn display(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if f.width().is_some() || f.precision().is_some() {
        return padded(f, text);
    }
    f.write_str(text)
}

#[cold]
#[inline(never)]
fn padded(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.pad(text)
}

/// The value of exactly three ASCII digits, below 1000.
#[inline]
fn three_digits(bytes: &[u8]) -> Option<u16> {
    match *bytes {
        [a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}

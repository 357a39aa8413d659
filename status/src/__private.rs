//! What expanded code calls. Not public API: no stability promise.

use crate::{ParseStatusError, Status, StatusClass};

/// A table of `S` slots indexed by `code - min`, `empty` where no row has the code.
#[must_use]
pub const fn by_slot<T: Copy, const N: usize, const S: usize>(
    min: u16,
    empty: T,
    rows: [(u16, T); N],
) -> [T; S] {
    let mut table = [empty; S];
    let mut i = 0;
    while i < N {
        table[(rows[i].0 - min) as usize] = rows[i].1;
        i += 1;
    }
    table
}

/// The slot of `code` in a table of `slots + 1` entries whose last one is empty. Branch-free,
/// so that unpredictable codes cost no mispredictions.
#[must_use]
#[inline]
pub const fn slot(code: u16, min: u16, slots: usize) -> usize {
    let slot = code.wrapping_sub(min) as usize;
    if slot < slots { slot } else { slots }
}

/// The class of a code already known to be in `100..=599`.
#[must_use]
#[inline]
pub const fn class_of(code: u16) -> StatusClass {
    match code / 100 {
        1 => StatusClass::Informational,
        2 => StatusClass::Success,
        3 => StatusClass::Redirection,
        4 => StatusClass::ClientError,
        _ => StatusClass::ServerError,
    }
}

/// `FromStr` of every set: a three-digit code, a name or alias, or what `Display` writes.
///
/// # Errors
/// What was wrong with `text`, as [`ParseStatusError`] describes.
#[inline]
pub fn parse<S: Status>(text: &str) -> Result<S, ParseStatusError> {
    let bytes = text.as_bytes();
    if let Some(code) = bytes.get(..3).and_then(three_digits) {
        return match bytes.get(3) {
            None => S::from_code(code).ok_or(ParseStatusError::UnknownCode(code)),
            // `404 Not Found`, exactly as `Display` writes it.
            Some(b' ') => match S::from_code(code) {
                Some(status) if status.phrase() == &text[4..] => Ok(status),
                Some(_) => Err(ParseStatusError::PhraseMismatch(code)),
                None => Err(ParseStatusError::UnknownCode(code)),
            },
            Some(_) => Err(if bytes.iter().all(u8::is_ascii_digit) {
                ParseStatusError::NotThreeDigits
            } else {
                ParseStatusError::UnknownName
            }),
        };
    }
    if let Some(status) = S::from_name(text) {
        return Ok(status);
    }
    Err(if bytes.is_empty() {
        ParseStatusError::Empty
    } else if bytes.iter().all(u8::is_ascii_digit) {
        ParseStatusError::NotThreeDigits
    } else {
        ParseStatusError::UnknownName
    })
}

#[inline]
fn three_digits(bytes: &[u8]) -> Option<u16> {
    let &[a, b, c] = bytes else { return None };
    let digits = [
        a.wrapping_sub(b'0'),
        b.wrapping_sub(b'0'),
        c.wrapping_sub(b'0'),
    ];
    if digits.iter().all(|&digit| digit < 10) {
        Some(u16::from(digits[0]) * 100 + u16::from(digits[1]) * 10 + u16::from(digits[2]))
    } else {
        None
    }
}

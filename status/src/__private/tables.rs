//! The constant tables behind `from_code`, `phrase`, `Display` and the perfect hashes, built at
//! compile time from each set's rows, and the class of a code.

use crate::StatusClass;

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

/// The `from_code` table: the status at its code's index, `None` elsewhere, `LEN` one past the
/// set's highest code.
#[must_use]
pub const fn by_code<S: Copy, const N: usize, const LEN: usize>(
    rows: [(u16, S); N],
) -> [Option<S>; LEN] {
    let mut table = [None; LEN];
    let mut i = 0;
    while i < N {
        table[rows[i].0 as usize] = Some(rows[i].1);
        i += 1;
    }
    table
}

/// The index of `code` in a `from_code` table of `len` slots: the code itself, or 0, which no
/// set has, when the code is past the table. Written as a select: in the benchmark's loop it
/// compiles to a conditional move (checked in the assembly), so unpredictable codes cost no
/// mispredictions; the compiler may still choose a branch elsewhere.
#[must_use]
#[inline]
pub const fn code_slot(code: u16, len: usize) -> usize {
    let slot = code as usize;
    if slot < len { slot } else { 0 }
}

/// The class of a code already known to be in `100..=599`, as [`StatusClass::of`] finds it.
#[must_use]
#[inline]
pub const fn class_of(code: u16) -> StatusClass {
    match StatusClass::of(code) {
        Some(class) => class,
        // A set's codes are all in `100..=599`: never reached.
        None => StatusClass::ServerError,
    }
}

/// The `x00` code of the class of a code in `100..=599`; 0, which no set has, otherwise.
#[must_use]
#[inline]
pub const fn class_code(code: u16) -> u16 {
    match StatusClass::of(code) {
        Some(class) => class as u16 * 100,
        None => 0,
    }
}

/// The three digits of every code from 100 to 599, in order: `code_str` slices its code out of
/// it, so the digits cost 1,500 bytes in all and no pointer per code.
#[allow(clippy::cast_possible_truncation)] // Digits, below 10.
const DIGITS: &str = {
    const BYTES: [u8; 1500] = {
        let mut bytes = [0; 1500];
        let mut code = 100;
        while code < 600 {
            let at = (code - 100) * 3;
            bytes[at] = b'0' + (code / 100) as u8;
            bytes[at + 1] = b'0' + (code / 10 % 10) as u8;
            bytes[at + 2] = b'0' + (code % 10) as u8;
            code += 1;
        }
        bytes
    };
    match core::str::from_utf8(&BYTES) {
        Ok(digits) => digits,
        Err(_) => panic!("digits are ASCII"),
    }
};

/// The three digits of a code in `100..=599`, such as `"404"`.
#[must_use]
#[inline]
pub const fn code_str(code: u16) -> &'static str {
    let start = (code as usize - 100) * 3;
    slice(DIGITS, start, start + 3)
}

/// `&text[start..end]`, in a `const` context.
#[inline]
const fn slice(text: &'static str, start: usize, end: usize) -> &'static str {
    let (_, rest) = text.split_at(start);
    rest.split_at(end - start).0
}

/// The `position`th of texts one after the other in `text`, less its first `skip` bytes: from
/// its start to the next one's, in `starts`, which ends with the length of `text`, repeated up
/// to a power of two of entries. Masked by that length, the positions need no bounds check.
#[must_use]
#[inline]
pub const fn nth<const STARTS: usize>(
    text: &'static str,
    starts: &[u32; STARTS],
    position: usize,
    skip: usize,
) -> &'static str {
    let mask = STARTS - 1;
    let (start, end) = (starts[position & mask], starts[(position + 1) & mask]);
    slice(text, start as usize + skip, end as usize)
}

/// Whether `phrase` is, ignoring ASCII case, one of the phrase aliases of `code`: the texts
/// one after the other in `aliases`, each ending at its end in `ends`, beside its code.
#[must_use]
pub fn is_phrase_alias(code: u16, phrase: &str, aliases: &str, ends: &[(u16, u32)]) -> bool {
    let mut start = 0;
    ends.iter().any(|&(alias_code, end)| {
        let alias = aliases.as_bytes().get(start..end as usize);
        start = end as usize;
        alias_code == code
            && alias.is_some_and(|alias| alias.eq_ignore_ascii_case(phrase.as_bytes()))
    })
}

/// Whether two texts are the same, in a `const` context: which phrases axum must write, and
/// how a derived error finds its statuses by name.
#[must_use]
pub const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

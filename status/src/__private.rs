//! What expanded code calls. Not public API: no stability promise.

use crate::{ParseStatusError, Status, StatusClass};
use core::fmt;

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

/// What `FromStr` gives for each three-digit text, by its value: the status where the set has
/// the code, `UnknownCode` elsewhere. It makes `"404"` one load with no branch on the result.
#[allow(clippy::cast_possible_truncation)] // Below 1000.
pub const fn by_digits<S: Copy, const N: usize>(
    rows: [(u16, S); N],
) -> [Result<S, ParseStatusError>; 1000] {
    let mut table = [Err(ParseStatusError::UnknownCode(0)); 1000];
    let mut code = 1;
    while code < 1000 {
        table[code] = Err(ParseStatusError::UnknownCode(code as u16));
        code += 1;
    }
    let mut i = 0;
    while i < N {
        table[rows[i].0 as usize] = Ok(rows[i].1);
        i += 1;
    }
    table
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

/// `FromStr` of every set: a three-digit code, a name or alias, or what `Display` writes.
/// `by_digits` is the set's table of what each three-digit text gives.
///
/// # Errors
/// What was wrong with `text`, as [`ParseStatusError`] describes.
#[inline]
pub fn parse<S: Status>(
    text: &str,
    by_digits: &[Result<S, ParseStatusError>; 1000],
) -> Result<S, ParseStatusError> {
    // The common case, kept small enough to inline: three digits, then one load.
    if let Some(code) = three_digits(text.as_bytes()) {
        return by_digits[usize::from(code)];
    }
    parse_other(text)
}

/// Whatever is not three digits. Out of line: inlined, it slows the common case.
#[inline(never)]
fn parse_other<S: Status>(text: &str) -> Result<S, ParseStatusError> {
    let bytes = text.as_bytes();
    match bytes.first() {
        None => Err(ParseStatusError::Empty),
        // No name starts with a digit: this is a code, or what `Display` writes.
        Some(first) if first.is_ascii_digit() => match bytes.get(..3).and_then(three_digits) {
            Some(code) if bytes.get(3) == Some(&b' ') => match S::from_code(code) {
                Some(status) if status.phrase() == &text[4..] => Ok(status),
                Some(_) => Err(ParseStatusError::PhraseMismatch(code)),
                None => Err(ParseStatusError::UnknownCode(code)),
            },
            _ => Err(ParseStatusError::NotThreeDigits),
        },
        Some(_) => S::from_name(text).ok_or(ParseStatusError::UnknownName),
    }
}

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

/// `from_phrase`: the key lowercased (ASCII), then the table of lowercased phrases. A key
/// longer than the set's longest phrase, `MAX`, is none of them.
#[must_use]
#[inline]
pub fn perfect_hash_ignore_case<
    T: Copy,
    const FULL: bool,
    const BUCKETS: usize,
    const SLOTS: usize,
    const MAX: usize,
>(
    key: &str,
    seed: u64,
    displacements: &[u16; BUCKETS],
    slots: &[(&'static str, Option<T>); SLOTS],
) -> Option<T> {
    let mut buffer = [0; MAX];
    let folded = buffer.get_mut(..key.len())?;
    folded.copy_from_slice(key.as_bytes());
    folded.make_ascii_lowercase();
    perfect_hash::<T, FULL, BUCKETS, SLOTS>(folded, seed, displacements, slots)
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

/// The hashes of the perfect-hash tables that `from_name` uses. The macro computes the same
/// functions when it builds the tables (`status-macros/src/phf.rs`): change them together.
///
/// Both read the key as little-endian words. The short one multiplies its first and last eight
/// bytes and its length by the odd seed, which is all a set needs when those already tell its
/// keys apart. The full one takes the middle eight bytes too, which covers keys up to 24 bytes
/// with no loop, and folds every byte of longer keys; it puts every word through a seeded
/// 128-bit multiply, so distinct keys only share a hash by chance and another seed separates
/// them, however they were chosen.
#[must_use]
#[inline]
pub fn name_hash<const FULL: bool>(bytes: &[u8], seed: u64) -> u64 {
    let len = bytes.len();
    if FULL && len > 24 {
        let mut a = fold(
            word(bytes, 0) ^ seed,
            word(bytes, 8) ^ 0xE703_7ED1_A0B4_28DB,
        );
        let b = fold(
            word(bytes, len - 16) ^ seed,
            word(bytes, len - 8) ^ 0x8EBC_6AF0_9C88_C6E3,
        );
        let mut at = 16;
        while at + 16 < len {
            a = fold(a ^ word(bytes, at), 0x5899_65CC_7537_4CC3);
            at += 8;
        }
        return fold(a ^ seed, b ^ (len as u64) ^ 0xA076_1D64_78BD_642F);
    }
    if FULL {
        // Both ends and the middle eight bytes cover every byte of a key up to 24 long. Each
        // pair goes through a seeded multiply of its own: XOR-ing the words first would let
        // keys with the same XOR collide under every seed.
        let (first, last) = ends(bytes);
        let middle = if len >= 8 {
            word(bytes, len / 2 - 4)
        } else {
            0
        };
        return fold(first ^ seed, last ^ 0xE703_7ED1_A0B4_28DB)
            ^ fold(middle ^ seed, (len as u64) ^ 0x8EBC_6AF0_9C88_C6E3);
    }
    let key = short_key(bytes);
    // Multiplying carries differences only upward: fold the high half down first.
    (key ^ (key >> 32)).wrapping_mul(seed)
}

/// The first and last eight bytes (fewer for short keys) and the length, in one word.
#[inline]
fn short_key(bytes: &[u8]) -> u64 {
    let (first, last) = ends(bytes);
    first ^ last.rotate_left(29) ^ (bytes.len() as u64).rotate_left(53)
}

/// The first and last eight bytes, four for a shorter key, all three of a key up to three long.
#[inline]
fn ends(bytes: &[u8]) -> (u64, u64) {
    let len = bytes.len();
    if len >= 8 {
        (word(bytes, 0), word(bytes, len - 8))
    } else if len >= 4 {
        (half_word(bytes, 0), half_word(bytes, len - 4))
    } else if len > 0 {
        let spread =
            u64::from(bytes[0]) | u64::from(bytes[len / 2]) << 8 | u64::from(bytes[len - 1]) << 16;
        (spread, 0)
    } else {
        (0, 0)
    }
}

/// The two halves of the 128-bit product, folded together.
#[inline]
#[allow(clippy::cast_possible_truncation)] // Taking each half is the point.
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    // Callers keep `at + 8 <= bytes.len()`; this compiles to one unaligned load.
    bytes
        .get(at..at + 8)
        .and_then(|word| word.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

#[inline]
fn half_word(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 4) {
        Some(&[a, b, c, d]) => u64::from(u32::from_le_bytes([a, b, c, d])),
        _ => 0,
    }
}

/// A lookup in a table built by hash-and-displace: the hash picks a bucket, the bucket's
/// displacement moves its keys to free slots of the power-of-two table. With one bucket, the
/// displacement is a constant and the table is a plain perfect hash.
#[must_use]
#[inline]
#[allow(clippy::cast_possible_truncation)] // Shifted down below `SLOTS` and `BUCKETS`.
pub fn perfect_hash<T: Copy, const FULL: bool, const BUCKETS: usize, const SLOTS: usize>(
    key: &[u8],
    seed: u64,
    displacements: &[u16; BUCKETS],
    slots: &[(&'static str, Option<T>); SLOTS],
) -> Option<T> {
    let hash = name_hash::<FULL>(key, seed);
    // The top bits pick the slot; the bits below them, the bucket. All constant shifts.
    let (slot_bits, bucket_bits) = (SLOTS.trailing_zeros(), BUCKETS.trailing_zeros());
    let top = hash.checked_shr(64 - slot_bits).unwrap_or(0) as usize;
    let bucket =
        hash.checked_shr(64 - slot_bits - bucket_bits).unwrap_or(0) as usize & (BUCKETS - 1);
    let slot = top.wrapping_add(usize::from(displacements[bucket])) & (SLOTS - 1);
    let (candidate, value) = slots[slot];
    if candidate.as_bytes() == key {
        value
    } else {
        None
    }
}

/// Items only when the facade's `serde` feature is on: generated code wraps its serde impls in
/// it, so a crate that invokes the macro follows the facade's features without its own.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_serde {
    ($($item:item)*) => { $($item)* };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_serde {
    ($($item:item)*) => {};
}

/// Items only when the facade's `http` feature is on, as `__with_serde!`.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_http {
    ($($item:item)*) => { $($item)* };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __with_http {
    ($($item:item)*) => {};
}

/// The serde impls of every set, written once.
#[cfg(feature = "serde")]
pub mod serde {
    use crate::Status;
    use ::serde::de::{Error, Unexpected, Visitor};
    pub use ::serde::{Deserialize, Deserializer, Serialize, Serializer};
    use core::fmt;
    use core::marker::PhantomData;

    /// As the code, a number.
    ///
    /// # Errors
    /// The serializer's.
    #[inline]
    pub fn serialize<T: Status, S: Serializer>(
        status: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(status.code())
    }

    /// From a number, or from a string holding a name, an alias or the three-digit code; a
    /// format that is not self-describing gives the number.
    ///
    /// # Errors
    /// A value the set does not have, named in the error.
    pub fn deserialize<'de, T: Status, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor(PhantomData))
        } else {
            deserializer.deserialize_u16(StatusVisitor(PhantomData))
        }
    }

    struct StatusVisitor<T>(PhantomData<T>);

    impl<T: Status> Visitor<'_> for StatusVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "a status code of {}, or the name of one",
                short_type_name::<T>()
            )
        }

        fn visit_u64<E: Error>(self, code: u64) -> Result<T, E> {
            u16::try_from(code)
                .ok()
                .and_then(T::from_code)
                .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(code), &self))
        }

        fn visit_i64<E: Error>(self, code: i64) -> Result<T, E> {
            u16::try_from(code)
                .ok()
                .and_then(T::from_code)
                .ok_or_else(|| E::invalid_value(Unexpected::Signed(code), &self))
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
            // Names, aliases and codes; not what `Display` writes, which is not a value.
            match text.parse::<T>() {
                Ok(status) if !text.contains(' ') => Ok(status),
                _ => Err(E::invalid_value(Unexpected::Str(text), &self)),
            }
        }
    }

    fn short_type_name<T>() -> &'static str {
        let name = core::any::type_name::<T>();
        name.rsplit("::").next().unwrap_or(name)
    }
}

/// The `http` conversions of every set.
#[cfg(feature = "http")]
pub mod http {
    pub use ::http::StatusCode;

    /// A set's code as `http`'s: always valid, as codes are in `100..=599`.
    #[must_use]
    #[inline]
    pub fn to_http(code: u16) -> StatusCode {
        // `from_u16` fails only outside `100..=999`, which no set's code is.
        StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

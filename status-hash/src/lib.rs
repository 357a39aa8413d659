//! The hash of the `status-codes` crate's perfect-hash tables, in one place for both of its
//! users: `status-macros` hashes every name and phrase of a set with it when it builds the
//! set's tables at compile time, and the generated `from_name` and `from_phrase` hash the key
//! they are given with it at run time. An implementation detail: depend on `status-codes`.
//!
//! A table has a power-of-two number of slots and of buckets. The top bits of a key's hash pick
//! a slot, the bits below them a bucket, and the bucket's displacement moves the slot, so that
//! every key of the set lands in a slot of its own:
//!
//! ```
//! let seed = 0x9E37_79B9_7F4A_7C15;
//! let hash = status_hash::hash::<false>(b"NOT_FOUND", seed);
//! let displacements = [0, 3];
//! let slot = status_hash::slot(hash, &displacements, 16);
//! assert_eq!(
//!     slot,
//!     status_hash::displaced(hash, displacements[status_hash::bucket(hash, 2, 16)], 16),
//! );
//! assert!(slot < 16);
//! ```

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]

/// The hash of a key under `seed`.
///
/// Both of its forms read the key as little-endian words. The short one (`FULL` false)
/// multiplies its first and last eight bytes and its length by the odd seed, which is all a
/// set needs when those already tell its keys apart. The full one takes the middle eight bytes
/// too, which covers keys up to 24 bytes with no loop, and folds every byte of longer keys; it
/// puts every word through a seeded 128-bit multiply, so distinct keys only share a hash by
/// chance and another seed separates them, however they were chosen.
#[must_use]
#[inline]
pub fn hash<const FULL: bool>(bytes: &[u8], seed: u64) -> u64 {
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

/// The first and last eight bytes (fewer for short keys) and the length, in one word: what the
/// short hash multiplies. Keys with distinct short keys have distinct short hashes under every
/// odd seed, since multiplying by an odd number is a bijection.
#[must_use]
#[inline]
pub fn short_key(bytes: &[u8]) -> u64 {
    let (first, last) = ends(bytes);
    first ^ last.rotate_left(29) ^ (bytes.len() as u64).rotate_left(53)
}

/// The slot of a key with this hash in a table of `slots` slots and `displacements.len()`
/// buckets, both powers of two. Inlined with constant counts, every shift is a constant.
#[must_use]
#[inline]
pub fn slot(hash: u64, displacements: &[u16], slots: usize) -> usize {
    let bucket = bucket(hash, displacements.len(), slots);
    displaced(hash, displacements[bucket], slots)
}

/// The bucket of a key with this hash: the bits just below those that pick its slot.
#[must_use]
#[inline]
#[allow(clippy::cast_possible_truncation)] // Masked below the bucket count.
pub fn bucket(hash: u64, buckets: usize, slots: usize) -> usize {
    let shift = 64 - slots.trailing_zeros() - buckets.trailing_zeros();
    hash.checked_shr(shift).unwrap_or(0) as usize & (buckets - 1)
}

/// The slot of a key with this hash once its bucket's displacement moves it: the top bits of
/// the hash, plus the displacement, wrapped around the table.
#[must_use]
#[inline]
#[allow(clippy::cast_possible_truncation)] // Shifted below the slot count.
pub fn displaced(hash: u64, displacement: u16, slots: usize) -> usize {
    let top = hash.checked_shr(64 - slots.trailing_zeros()).unwrap_or(0) as usize;
    top.wrapping_add(usize::from(displacement)) & (slots - 1)
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

//! The perfect-hash tables of `from_name` and `from_phrase`, and their hash. Self-contained,
//! with no `crate::` path: the macro crate's tests compile this file on its own to check that
//! its hash is the macro's.

/// The hash of the perfect-hash tables that `from_name` and `from_phrase` use. The macro
/// computes the same function when it builds the tables (`status-macros/src/phf.rs`), and a
/// test of the macro crate compiles this file and checks that the two agree.
///
/// Both of its forms read the key as little-endian words. The short one multiplies its first and last eight
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

/// The slot of a key with this hash in a table of `slots` slots, both counts powers of two: the
/// top bits of the hash pick a slot, the bits below them a bucket, whose displacement moves it.
/// Inlined with constant counts, every shift is a constant.
#[must_use]
#[inline]
#[allow(clippy::cast_possible_truncation)] // Shifted down below `slots` and the bucket count.
pub fn slot(hash: u64, displacements: &[u16], slots: usize) -> usize {
    let (slot_bits, bucket_bits) = (slots.trailing_zeros(), displacements.len().trailing_zeros());
    let top = hash.checked_shr(64 - slot_bits).unwrap_or(0) as usize;
    let bucket = hash.checked_shr(64 - slot_bits - bucket_bits).unwrap_or(0) as usize
        & (displacements.len() - 1);
    top.wrapping_add(usize::from(displacements[bucket])) & (slots - 1)
}

/// A table built by hash-and-displace at expansion time: the hash picks a bucket, the bucket's
/// displacement moves its keys to free slots of the power-of-two table. With one bucket, the
/// displacement is a constant and the table is a plain perfect hash.
pub struct PerfectHash<T: 'static, const BUCKETS: usize, const SLOTS: usize> {
    /// Whether the keys need the full hash: the short one cannot tell them apart.
    pub full: bool,
    pub seed: u64,
    pub displacements: [u16; BUCKETS],
    /// Every key, one after the other.
    pub keys: &'static str,
    /// Where each key hashes to, its start and end in `keys` and its value; `(0, 0, None)`
    /// in the empty slots. Offsets, not pointers: a position-independent binary relocates
    /// none of them.
    pub slots: [(u32, u32, Option<T>); SLOTS],
}

impl<T: Copy, const BUCKETS: usize, const SLOTS: usize> PerfectHash<T, BUCKETS, SLOTS> {
    /// The value of `key`: one hash, one displacement, one slot, one comparison.
    #[must_use]
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<T> {
        let hash = if self.full {
            name_hash::<true>(key, self.seed)
        } else {
            name_hash::<false>(key, self.seed)
        };
        let (start, end, value) = self.slots[slot(hash, &self.displacements, SLOTS)];
        if self.keys.as_bytes().get(start as usize..end as usize) == Some(key) {
            value
        } else {
            None
        }
    }

    /// The value of `key` lowercased (ASCII), in a table of lowercased keys. A key longer than
    /// the longest, `MAX`, is none of them.
    #[must_use]
    #[inline]
    pub fn get_ignore_case<const MAX: usize>(&self, key: &str) -> Option<T> {
        let mut buffer = [0; MAX];
        let folded = buffer.get_mut(..key.len())?;
        folded.copy_from_slice(key.as_bytes());
        folded.make_ascii_lowercase();
        self.get(folded)
    }
}

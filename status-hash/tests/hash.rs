//! What the tables rely on: every key lands in a slot of the table, the slot is its bucket's
//! displacement applied, and the hashes tell keys apart as their documentation says.

use proptest::prelude::*;
use status_hash::{bucket, displaced, hash, short_key, slot};

fn power_of_two(max_bits: u32) -> impl Strategy<Value = usize> {
    (0..=max_bits).prop_map(|bits| 1usize << bits)
}

proptest! {
    #[test]
    fn a_slot_is_in_the_table_and_is_its_bucket_displaced(
        key in prop::collection::vec(any::<u8>(), 0..64),
        seed in any::<u64>(),
        full in any::<bool>(),
        slots in power_of_two(12),
        bucket_bits in 0u32..6,
        displacements in prop::collection::vec(any::<u16>(), 64),
    ) {
        let buckets = (1usize << bucket_bits).min(slots);
        let displacements = &displacements[..buckets];
        let hash = if full { hash::<true>(&key, seed) } else { hash::<false>(&key, seed) };
        let found = slot(hash, displacements, slots);
        prop_assert!(found < slots);
        prop_assert!(bucket(hash, buckets, slots) < buckets);
        prop_assert_eq!(
            found,
            displaced(hash, displacements[bucket(hash, buckets, slots)], slots)
        );
    }

    /// Multiplying by an odd seed is a bijection: distinct short keys, distinct short hashes.
    #[test]
    fn distinct_short_keys_have_distinct_short_hashes(
        a in prop::collection::vec(any::<u8>(), 0..40),
        b in prop::collection::vec(any::<u8>(), 0..40),
        seed in any::<u64>(),
    ) {
        let seed = seed | 1;
        prop_assume!(short_key(&a) != short_key(&b));
        prop_assert_ne!(hash::<false>(&a, seed), hash::<false>(&b, seed));
    }

    /// The full hash reads every byte: a key and the same key with one byte changed, anywhere,
    /// hash apart (a 64-bit collision by chance would show up here once in 2^64 runs).
    #[test]
    fn the_full_hash_reads_every_byte(
        key in prop::collection::vec(any::<u8>(), 1..80),
        at in any::<prop::sample::Index>(),
        flip in 1u8..,
        seed in any::<u64>(),
    ) {
        let mut other = key.clone();
        let at = at.index(key.len());
        other[at] ^= flip;
        prop_assert_ne!(hash::<true>(&key, seed), hash::<true>(&other, seed));
    }
}

#[test]
fn keys_up_to_three_bytes_are_read_whole() {
    // First, middle and last byte, then the length: "A", "AA" and "AAA" differ by length alone.
    let keys: [&[u8]; 4] = [b"", b"A", b"AA", b"AAA"];
    for (i, a) in keys.iter().enumerate() {
        for b in &keys[i + 1..] {
            assert_ne!(short_key(a), short_key(b));
        }
    }
    assert_eq!(short_key(b"ABC"), 0x43_4241 ^ 3u64.rotate_left(53));
}

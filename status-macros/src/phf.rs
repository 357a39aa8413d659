//! The perfect-hash tables behind `from_name` and `from_phrase`, built at expansion time so that
//! a lookup costs the same in a set of 5 names or 5,000: one hash, one displacement, one slot,
//! one comparison. The hash and the placement are `status-hash`'s, which the generated code
//! calls at run time.

use status_hash::{bucket, displaced as slot};
use std::collections::HashSet;

/// A hash-and-displace table: key `i` is at `slots[j] == Some(i)`, where `j` is
/// `status_hash::slot` of the key's hash.
pub struct Table {
    /// Whether keys need the full hash: the short one cannot tell them apart.
    pub full: bool,
    pub seed: u64,
    pub displacements: Vec<u16>,
    pub slots: Vec<Option<usize>>,
}

/// Builds the table; `None` for duplicate keys, or if no seed separates distinct ones, which
/// is vanishingly unlikely.
pub fn build(keys: &[&[u8]]) -> Option<Table> {
    let distinct: HashSet<&[u8]> = keys.iter().copied().collect();
    if distinct.len() != keys.len() {
        return None;
    }
    // The short hash is a bijection of the short key, so distinct short keys are enough.
    let short: HashSet<u64> = keys.iter().map(|key| status_hash::short_key(key)).collect();
    let full = short.len() != keys.len();
    // One bucket, so no displacement to load, when a seed is likely to be found for a sparse
    // table: a random seed places n keys in m slots without a collision with odds near
    // exp(-n²/2m), so the expected number of tries is its inverse: try when n²/2m < 6.
    let sparse = (keys.len() * 4).next_power_of_two();
    if keys.len() * keys.len() < 12 * sparse {
        let single =
            (0..4096).find_map(|attempt| try_build(keys, full, splitmix(attempt), 1, sparse));
        if single.is_some() {
            return single;
        }
    }
    let buckets = (keys.len() / 2).next_power_of_two();
    let mut slots = (keys.len() + keys.len() / 4 + 1).next_power_of_two();
    for attempt in 0..256u64 {
        // A larger table after every 32 failed seeds: each one makes the next search easier.
        if attempt > 0 && attempt % 32 == 0 {
            slots *= 2;
        }
        if let Some(table) = try_build(keys, full, splitmix(attempt), buckets, slots) {
            return Some(table);
        }
    }
    None
}

fn try_build(keys: &[&[u8]], full: bool, seed: u64, buckets: usize, slots: usize) -> Option<Table> {
    let hashes: Vec<u64> = keys.iter().map(|key| name_hash(key, seed, full)).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (key, hash) in hashes.iter().enumerate() {
        members[bucket(*hash, buckets, slots)].push(key);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&bucket| std::cmp::Reverse(members[bucket].len()));

    let mut table = Table {
        full,
        seed,
        displacements: vec![0; buckets],
        slots: vec![None; slots],
    };
    let mut positions = Vec::new();
    for bucket in order
        .into_iter()
        .take_while(|&bucket| !members[bucket].is_empty())
    {
        // One bucket's displacement only turns the table around: one try is all it has.
        let tries = if buckets == 1 { 1 } else { slots };
        let fits = (0..=u16::MAX).take(tries).find(|&displacement| {
            positions.clear();
            members[bucket].iter().all(|&key| {
                let position = slot(hashes[key], displacement, slots);
                let free = table.slots[position].is_none() && !positions.contains(&position);
                positions.push(position);
                free
            })
        })?;
        table.displacements[bucket] = fits;
        for &key in &members[bucket] {
            table.slots[slot(hashes[key], fits, slots)] = Some(key);
        }
    }
    Some(table)
}

/// Odd, as the short hash needs: multiplying by it is then a bijection.
fn splitmix(n: u64) -> u64 {
    let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// A key's hash, as the generated code computes it at run time.
pub fn name_hash(bytes: &[u8], seed: u64, full: bool) -> u64 {
    if full {
        status_hash::hash::<true>(bytes, seed)
    } else {
        status_hash::hash::<false>(bytes, seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_key_gets_its_own_slot() {
        let names: Vec<String> = (0..600)
            .map(|i| format!("NAME_{i}_{}", "X".repeat(i % 40)))
            .collect();
        for count in [1, 2, 3, 67, 600] {
            let keys: Vec<&[u8]> = names[..count].iter().map(String::as_bytes).collect();
            let table = build(&keys).unwrap();
            let slots = table.slots.len();
            assert!(slots.is_power_of_two());
            for (index, key) in keys.iter().enumerate() {
                let hash = name_hash(key, table.seed, table.full);
                let displacement =
                    table.displacements[bucket(hash, table.displacements.len(), slots)];
                assert_eq!(table.slots[slot(hash, displacement, slots)], Some(index));
            }
        }
    }

    #[test]
    fn keys_that_differ_in_one_byte_anywhere_are_separated() {
        let base = "A_NAME_LONGER_THAN_THIRTY_TWO_BYTES_IN_ALL";
        let keys: Vec<Vec<u8>> = (0..base.len())
            .map(|at| {
                let mut key = base.as_bytes().to_vec();
                key[at] = b'#';
                key
            })
            .chain([
                base.as_bytes().to_vec(),
                b"A".to_vec(),
                b"AB".to_vec(),
                b"ABC".to_vec(),
                Vec::new(),
            ])
            .collect();
        let keys: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        let table = build(&keys).unwrap();
        assert!(
            table.full,
            "keys that differ in the middle need the full hash"
        );
    }

    #[test]
    fn keys_told_apart_by_their_ends_get_the_short_hash() {
        let table = build(&[b"NOT_FOUND", b"OK", b"NETWORK_AUTHENTICATION_REQUIRED"]).unwrap();
        assert!(!table.full);
    }

    /// The full hash of keys of 8 to 24 bytes before this version, linear in the key's words:
    /// keys with the same XOR of rotated words collided under every seed.
    fn linear_key(bytes: &[u8]) -> u64 {
        let at = bytes.len() / 2 - 4;
        let middle = u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
        status_hash::short_key(bytes) ^ middle.rotate_left(17)
    }

    /// A 24-byte name, and one that differs from it in bit 4 of byte `j` of its last word and
    /// bit 0 of byte `j + 2` of its middle word, for each `j` of `flips` that keeps both names
    /// of `A`-`Z`, `0`-`9` and `_`: rotated by 29 and 17, the two flips cancel.
    fn colliding_pair(name: &[u8], flips: &[usize]) -> (Vec<u8>, Vec<u8>) {
        let valid = |byte: u8| byte.is_ascii_uppercase() || byte.is_ascii_digit() || byte == b'_';
        let mut other = name.to_vec();
        for &j in flips {
            let (last, middle) = (16 + j, 8 + j + 2);
            if valid(other[last] ^ 0x10) && valid(other[middle] ^ 0x01) {
                other[last] ^= 0x10;
                other[middle] ^= 0x01;
            }
        }
        (name.to_vec(), other)
    }

    fn name_of_24() -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(
            prop::sample::select(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_".to_vec()),
            24,
        )
    }

    proptest! {
        #[test]
        fn keys_built_to_collide_under_the_linear_hash_get_a_table(
            pairs in prop::collection::vec(
                (name_of_24(), prop::collection::vec(0usize..6, 1..6)),
                1..40,
            ),
        ) {
            let mut keys: Vec<Vec<u8>> = Vec::new();
            for (name, flips) in &pairs {
                let (a, b) = colliding_pair(name, flips);
                if a != b && !keys.contains(&a) && !keys.contains(&b) {
                    prop_assert_eq!(linear_key(&a), linear_key(&b));
                    keys.extend([a, b]);
                }
            }
            prop_assume!(!keys.is_empty());
            // Two keys alike but in their middle bytes, so that the set needs the full hash.
            let mut twin = keys[0].clone();
            twin[12] = if twin[12] == b'_' { b'A' } else { b'_' };
            if !keys.contains(&twin) {
                keys.push(twin);
            }
            let keys: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
            let table = build(&keys);
            prop_assert!(table.is_some(), "no table for {} keys", keys.len());
            let table = table.unwrap();
            prop_assert!(table.full);
            let slots = table.slots.len();
            for (index, key) in keys.iter().enumerate() {
                let hash = name_hash(key, table.seed, table.full);
                let displacement = table.displacements[bucket(hash, table.displacements.len(), slots)];
                prop_assert_eq!(table.slots[slot(hash, displacement, slots)], Some(index));
            }
        }
    }

    proptest! {
        /// The generated code finds each key where this module put it, with the lookup it runs.
        #[test]
        fn the_lookup_finds_every_key_of_any_set(
            keys in prop::collection::hash_set(prop::collection::vec(any::<u8>(), 0..60), 1..80),
        ) {
            let keys: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
            let table = build(&keys).expect("distinct keys have a table");
            for (index, key) in keys.iter().enumerate() {
                let hash = name_hash(key, table.seed, table.full);
                let slot = status_hash::slot(hash, &table.displacements, table.slots.len());
                prop_assert_eq!(table.slots[slot], Some(index));
            }
        }
    }

    #[test]
    fn duplicate_keys_have_no_table() {
        assert!(build(&[b"OK", b"GONE", b"OK"]).is_none());
    }
}

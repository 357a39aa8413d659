//! The perfect-hash tables of `from_name` and `from_phrase`. Their hash is `status-hash`'s, which
//! the macro also builds them with: one definition, so the two cannot disagree.

use status_hash::{hash, slot};

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
            hash::<true>(key, self.seed)
        } else {
            hash::<false>(key, self.seed)
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

//! The perfect-hash tables of `from_name` and `from_phrase`. Their hash is `status-hash`'s, which
//! the macro also builds them with: one definition, so the two cannot disagree.

use status_hash::{hash, slot};

/// A table built by hash-and-displace at expansion time: the hash picks a bucket, the bucket's
/// displacement moves its keys to free slots of the power-of-two table. With one bucket, the
/// displacement is a constant and the table is a plain perfect hash.
///
/// Every part is a slice of plain numbers, each its own constant: no pointer inside them, so a
/// position-independent binary relocates none, and a slot costs one byte (two for sets of 255
/// keys or more).
pub struct PerfectHash<T: 'static, I: 'static> {
    /// Whether the keys need the full hash: the short one cannot tell them apart.
    pub full: bool,
    pub seed: u64,
    pub displacements: &'static [u16],
    /// The number, counted from 1, of the key that hashes to each slot; 0 in the empty ones.
    pub slots: &'static [I],
    /// Every key, one after the other.
    pub keys: &'static str,
    /// Where each key ends in `keys`; it starts where the one before it ends.
    pub ends: &'static [u32],
    /// Each key's value.
    pub values: &'static [T],
}

impl<T: Copy, I: Copy + Into<usize>> PerfectHash<T, I> {
    /// The value of `key`: one hash, one displacement, one slot, one comparison.
    #[must_use]
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<T> {
        let hash = if self.full {
            hash::<true>(key, self.seed)
        } else {
            hash::<false>(key, self.seed)
        };
        let number: usize = self.slots[slot(hash, self.displacements, self.slots.len())].into();
        let index = number.checked_sub(1)?;
        let start = match index.checked_sub(1) {
            Some(before) => *self.ends.get(before)? as usize,
            None => 0,
        };
        let end = *self.ends.get(index)? as usize;
        if self.keys.as_bytes().get(start..end) == Some(key) {
            self.values.get(index).copied()
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

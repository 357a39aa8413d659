//! The perfect-hash tables of `from_name` and `from_phrase`. Their hash is `status-hash`'s, which
//! the macro also builds them with: one definition, so the two cannot disagree.

use status_hash::{hash, slot};

/// A table built by hash-and-displace at expansion time: the hash picks a bucket, the bucket's
/// displacement moves its keys to free slots of the power-of-two table. With one bucket, the
/// displacement is a constant and the table is a plain perfect hash.
///
/// Every part is a slice of plain numbers, each its own constant: no pointer inside them, so a
/// position-independent binary relocates none, and each number is the narrowest integer that
/// holds it: a slot of the standard set's costs one byte.
pub struct PerfectHash<T: 'static, I: 'static, O: 'static> {
    /// Whether the keys need the full hash: the short one cannot tell them apart.
    pub full: bool,
    pub seed: u64,
    pub displacements: &'static [u16],
    /// The number of the key that hashes to each slot; in the empty ones, the number of an
    /// empty key past the last, whose value is `None`.
    pub slots: &'static [I],
    /// Every key, one after the other.
    pub keys: &'static str,
    /// Where each key starts in `keys`, and then the length of `keys` twice: key `i` is
    /// `keys[starts[i]..starts[i + 1]]`.
    pub starts: &'static [O],
    /// Each key's value, and `None` for the empty key.
    pub values: &'static [Option<T>],
}

/// The integers a table holds: `u8`, `u16` or `u32`, whichever is the narrowest that fits.
pub trait Offset: Copy {
    fn to_usize(self) -> usize;
}

impl Offset for u8 {
    #[inline]
    fn to_usize(self) -> usize {
        usize::from(self)
    }
}

impl Offset for u16 {
    #[inline]
    fn to_usize(self) -> usize {
        usize::from(self)
    }
}

impl Offset for u32 {
    #[inline]
    fn to_usize(self) -> usize {
        // Offsets into a `&str`, which is never longer than `usize::MAX`.
        self as usize
    }
}

impl<T: Copy, I: Offset, O: Offset> PerfectHash<T, I, O> {
    /// The value of `key`: one hash, one displacement, one slot, one comparison, with no
    /// branch but the comparison's.
    #[must_use]
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<T> {
        let hash = if self.full {
            hash::<true>(key, self.seed)
        } else {
            hash::<false>(key, self.seed)
        };
        let index = self.slots[slot(hash, self.displacements, self.slots.len())].to_usize();
        let (start, end) = (
            self.starts[index].to_usize(),
            self.starts[index + 1].to_usize(),
        );
        if self.keys.as_bytes().get(start..end) == Some(key) {
            self.values[index]
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

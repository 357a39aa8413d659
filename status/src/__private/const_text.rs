//! Text at compile time, for the messages of `identity.rs`'s constants: a fixed buffer, and
//! the comparisons and slices of names and set ids that `const fn`s can make.

/// The Levenshtein distance ignoring ASCII case, or `usize::MAX` past 64 bytes.
pub(crate) const fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    const MAX: usize = 64;
    if a.len() > MAX || b.len() > MAX {
        return usize::MAX;
    }
    let mut previous = [0usize; MAX + 1];
    let mut current = [0usize; MAX + 1];
    let mut j = 0;
    while j <= b.len() {
        previous[j] = j;
        j += 1;
    }
    let mut i = 0;
    while i < a.len() {
        current[0] = i + 1;
        let mut j = 0;
        while j < b.len() {
            let cost = if a[i].eq_ignore_ascii_case(&b[j]) {
                0
            } else {
                1
            };
            let mut best = previous[j] + cost;
            if previous[j + 1] + 1 < best {
                best = previous[j + 1] + 1;
            }
            if current[j] + 1 < best {
                best = current[j] + 1;
            }
            current[j + 1] = best;
            j += 1;
        }
        previous = current;
        i += 1;
    }
    previous[b.len()]
}

/// Whether two names have the same letters and digits, ignoring ASCII case and `_`:
/// `Conflict` and `conflict` are `CONFLICT`.
pub(crate) const fn same_letters(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && a[i] == b'_' {
            i += 1;
        }
        while j < b.len() && b[j] == b'_' {
            j += 1;
        }
        if i == a.len() || j == b.len() {
            return i == a.len() && j == b.len();
        }
        if !a[i].eq_ignore_ascii_case(&b[j]) {
            return false;
        }
        i += 1;
        j += 1;
    }
}

/// The set's name in its id, `crate@version/Name#hash`.
pub(crate) const fn set_name(id: &str) -> &str {
    let bytes = id.as_bytes();
    let (mut start, mut end) = (0, bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'/' && start == 0 {
            start = i + 1;
        }
        if bytes[i] == b'#' {
            end = i;
        }
        i += 1;
    }
    slice(id, start, end)
}

/// The crate in an id, `crate@version/Name#hash`.
pub(crate) const fn crate_of(id: &str) -> &str {
    let bytes = id.as_bytes();
    let mut i = 0;
    while i < bytes.len() && bytes[i] != b'@' {
        i += 1;
    }
    slice(id, 0, i)
}

/// `text[start..end]`, or `text` where that is no slice of it.
pub(crate) const fn slice(text: &str, start: usize, end: usize) -> &str {
    if start > end || end > text.len() {
        return text;
    }
    let (head, _) = text.as_bytes().split_at(end);
    let (_, part) = head.split_at(start);
    match core::str::from_utf8(part) {
        Ok(part) => part,
        Err(_) => text,
    }
}

/// A message built at compile time, for a constant's `panic!`: 1 KiB, cut with `...` past it.
pub struct Message {
    bytes: [u8; Message::CAPACITY],
    len: usize,
}

impl Message {
    const CAPACITY: usize = 1024;

    pub(crate) const fn new() -> Self {
        Message {
            bytes: [0; Self::CAPACITY],
            len: 0,
        }
    }

    /// Whether nothing was written: no error.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The text, cut at a character's boundary.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (mut head, _) = self.bytes.split_at(self.len);
        loop {
            match core::str::from_utf8(head) {
                Ok(text) => return text,
                Err(error) => head = head.split_at(error.valid_up_to()).0,
            }
        }
    }

    pub(crate) const fn push(&mut self, text: &str) -> &mut Self {
        let bytes = text.as_bytes();
        let room = Self::CAPACITY - 3;
        let mut i = 0;
        while i < bytes.len() {
            if self.len == room {
                self.bytes[room] = b'.';
                self.bytes[room + 1] = b'.';
                self.bytes[room + 2] = b'.';
                self.len = Self::CAPACITY;
            }
            if self.len >= room {
                return self;
            }
            self.bytes[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    pub(crate) const fn number(&mut self, code: u16) -> &mut Self {
        let digits = [
            b'0' + (code / 100 % 10) as u8,
            b'0' + (code / 10 % 10) as u8,
            b'0' + (code % 10) as u8,
        ];
        match core::str::from_utf8(&digits) {
            Ok(text) => self.push(text),
            Err(_) => self,
        }
    }
}

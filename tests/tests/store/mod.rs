//! A storage-backed endpoint's set and error, whose `5xx` withholds its text and source: for
//! the edge tests and the logging test, which runs in a process of its own.

#![allow(dead_code)] // Each test file uses its part.

status::status_codes! {
    /// What a storage-backed endpoint answers.
    pub enum StoreStatus;
    use standard::{OK, NOT_FOUND, INTERNAL_SERVER_ERROR};
}

/// Why the storage failed, with a source chain.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = StoreStatus)]
pub enum StoreError {
    /// Nothing at the key.
    #[error("no value at {0}")]
    #[problem(NOT_FOUND)]
    Missing(String),
    /// The disk failed: a 5xx, whose text the client never sees.
    #[error("could not read /var/lib/store/{key}")]
    #[problem(INTERNAL_SERVER_ERROR)]
    Disk {
        key: String,
        #[source]
        source: std::io::Error,
    },
}

pub fn disk_error() -> StoreError {
    StoreError::Disk {
        key: "users".into(),
        source: std::io::Error::other("sector 7 unreadable"),
    }
}

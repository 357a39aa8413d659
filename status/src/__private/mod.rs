//! What expanded code calls. Not public API: no stability promise. One file a concern:
//!
//! - `tables.rs`: the constant tables of `from_code` and the perfect hashes;
//! - `text.rs`: `FromStr` and `Display`;
//! - `hash.rs`: the perfect-hash tables of `from_name` and `from_phrase` (their hash is
//!   `status-hash`'s);
//! - `serde.rs`, `http.rs`, `hyper.rs`, `axum.rs`, `actix_web.rs`, `utoipa.rs`: one optional
//!   feature each, whole.

pub mod actix_web;
pub mod axum;
mod hash;
pub mod http;
pub mod hyper;
pub mod serde;
mod tables;
mod text;
pub mod utoipa;

pub use hash::PerfectHash;
pub use tables::{
    by_code, by_slot, class_code, class_of, code_slot, code_str, is_phrase_alias, nth,
};
pub use text::{display, parse};

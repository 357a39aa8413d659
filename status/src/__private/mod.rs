//! What expanded code calls. Not public API: no stability promise. One file a concern:
//!
//! - `tables.rs`: the constant tables of `from_code` and the perfect hashes;
//! - `text.rs`: `FromStr` and `Display`;
//! - `hash.rs`: the perfect-hash tables of `from_name` and `from_phrase` (their hash is
//!   `status-hash`'s);
//! - `identity.rs`: what makes a status of one set the same status in another, and the
//!   compile-time checks that read two sets;
//! - `const_text.rs`: the message buffer and name comparisons of `identity.rs`'s constants;
//! - `problem.rs`: what `#[derive(IntoProblem)]` calls;
//! - `serde.rs`, `http.rs`, `hyper.rs`, `axum.rs`, `actix_web.rs`, `utoipa.rs`: one optional
//!   feature each, whole, which `__impl_features!` calls for every set.

/// Every feature's impls for a set. Each feature's macro is defined twice in the facade, under
/// `cfg`, so the facade's features decide what a set gets, not those of the crate that invokes
/// `status_codes!`, which needs none. `documented` adds each feature's badge to the docs, for
/// the facade's own set: `doc(cfg)` is unstable, so only a crate that enables it for `docsrs`
/// may carry it.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_features {
    ($set:ident) => {
        $crate::__impl_features!(@each [] $set);
    };
    (documented $set:ident) => {
        $crate::__impl_features!(@each [documented] $set);
    };
    (@each [$($documented:ident)?] $set:ident) => {
        $crate::__impl_features!(@with [$($documented)?] $set:
            "serde" __impl_serde,
            "http" __impl_http,
            "hyper" __impl_hyper,
            "axum" __impl_axum,
            "actix-web" __impl_actix_web,
            "utoipa" __impl_utoipa,
        );
    };
    (@with [] $set:ident: $($feature:literal $impl:ident,)*) => {
        $($crate::$impl!([] $set);)*
    };
    (@with [documented] $set:ident: $($feature:literal $impl:ident,)*) => {
        $($crate::$impl!([#[cfg_attr(docsrs, doc(cfg(feature = $feature)))]] $set);)*
    };
}

pub mod actix_web;
pub mod axum;
mod const_text;
mod hash;
pub mod http;
pub mod hyper;
pub mod identity;
#[cfg(feature = "problem")]
pub mod problem;
pub mod serde;
mod tables;
mod text;
pub mod utoipa;

pub use hash::PerfectHash;
pub use identity::SetIdentity;
pub use tables::{
    by_code, by_slot, class_code, class_of, code_slot, code_str, is_phrase_alias, nth, same_text,
};
pub use text::{display, parse};

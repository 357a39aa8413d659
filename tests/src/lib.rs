//! Integration and compile-fail tests of the `status` crate; the tests are in `tests/`.

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

//! The `hyper` feature, whole: a set's phrase as hyper's `ReasonPhrase`, which hyper writes in
//! an HTTP/1 status line.

/// The `hyper` impls of a set, when the facade's `hyper` feature is on, as `__impl_serde!`.
#[cfg(feature = "hyper")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_hyper {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        /// The status's reason phrase, for hyper to write in an HTTP/1 status line.
        #[automatically_derived]
        impl ::core::convert::From<$set> for $crate::__private::hyper::ReasonPhrase {
            #[inline]
            fn from(status: $set) -> Self {
                $crate::__private::hyper::reason_phrase(status.phrase())
            }
        }
    };
}

/// Nothing, when the facade's `hyper` feature is off.
#[cfg(not(feature = "hyper"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_hyper {
    ($($set:tt)*) => {};
}

#[cfg(feature = "hyper")]
pub use ::hyper::ext::ReasonPhrase;

/// A set's phrase as a `ReasonPhrase`, without copying it. The macro checked every phrase
/// against RFC 9112's rules, which are the ones `from_static` asserts, so it never panics.
#[cfg(feature = "hyper")]
#[must_use]
#[inline]
pub fn reason_phrase(phrase: &'static str) -> ReasonPhrase {
    ReasonPhrase::from_static(phrase.as_bytes())
}

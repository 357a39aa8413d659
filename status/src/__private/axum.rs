//! The `axum` feature, whole: every set and `WithBody` answer axum handlers, with the set's
//! reason phrase on HTTP/1.

/// The `axum` impls of a set, when the facade's `axum` feature is on, as `__impl_serde!`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($set:ident) => {
        $crate::__impl_axum!(@impl [] $set);
    };
    (documented $set:ident) => {
        $crate::__impl_axum!(@impl [#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]] $set);
    };
    (@impl [$($badge:tt)*] $set:ident) => {
        $($badge)*
        /// A response with the status, its phrase on HTTP/1, and no body.
        #[automatically_derived]
        impl $crate::__private::axum::IntoResponse for $set {
            #[inline]
            fn into_response(self) -> $crate::__private::axum::Response {
                $crate::__private::axum::into_response(self)
            }
        }
    };
}

/// Nothing, when the facade's `axum` feature is off.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ($($set:tt)*) => {};
}

#[cfg(feature = "axum")]
pub use self::imp::*;

#[cfg(feature = "axum")]
mod imp {
    use crate::{Status, WithBody};
    pub use ::axum_core::response::{IntoResponse, Response};

    /// What a status answers with: its code, its phrase, no body.
    #[inline]
    pub fn into_response<S: Status>(status: S) -> Response {
        let mut response = crate::__private::http::to_http(status.code()).into_response();
        set_phrase(&mut response, status);
        response
    }

    /// The status's phrase for hyper to write, unless it is the one hyper writes anyway: then
    /// nothing is added, as for an `http::StatusCode`.
    #[inline]
    fn set_phrase<S: Status>(response: &mut Response, status: S) {
        if response.status().canonical_reason() != Some(status.phrase()) {
            let phrase = crate::__private::hyper::reason_phrase(status.phrase());
            response.extensions_mut().insert(phrase);
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
    impl<S: Status, B: IntoResponse> IntoResponse for WithBody<S, B> {
        /// The body's response, with the status's code and phrase.
        #[inline]
        fn into_response(self) -> Response {
            let WithBody(status, body) = self;
            let mut response = body.into_response();
            *response.status_mut() = crate::__private::http::to_http(status.code());
            set_phrase(&mut response, status);
            response
        }
    }
}

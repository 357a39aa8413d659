//! The `http` feature, whole: the conversions every set gets with `http::StatusCode`.

/// The `http` impls of a set, when the facade's `http` feature is on, as `__impl_serde!`.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        #[automatically_derived]
        impl ::core::convert::From<$set> for $crate::__private::http::StatusCode {
            #[inline]
            fn from(status: $set) -> Self {
                $crate::__private::http::to_http(status.code())
            }
        }

        $($badge)*
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private::http::StatusCode> for $set {
            type Error = $crate::UnknownStatusCode;

            #[inline]
            fn try_from(
                status: $crate::__private::http::StatusCode,
            ) -> ::core::result::Result<Self, $crate::UnknownStatusCode> {
                <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.as_u16())
            }
        }

        $($badge)*
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private::http::StatusCode> for $set {
            #[inline]
            fn eq(&self, other: &$crate::__private::http::StatusCode) -> ::core::primitive::bool {
                self.code() == other.as_u16()
            }
        }

        $($badge)*
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$set> for $crate::__private::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$set) -> ::core::primitive::bool {
                self.as_u16() == other.code()
            }
        }
    };
}

/// Nothing, when the facade's `http` feature is off.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($($set:tt)*) => {};
}

#[cfg(feature = "http")]
pub use ::http::StatusCode;

/// A set's code as `http`'s: always valid, as codes are in `100..=599`.
#[cfg(feature = "http")]
#[must_use]
#[inline]
pub fn to_http(code: u16) -> StatusCode {
    // `from_u16` fails only outside `100..=999`, which no set's code is.
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

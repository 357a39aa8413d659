//! The `utoipa` feature, whole: every set documents its statuses in an OpenAPI document.

/// The `utoipa` impls of a set, when the facade's `utoipa` feature is on, as `__impl_serde!`.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        /// One response per status of the set, keyed by its code, described by its
        /// description: `responses(Set)` in `#[utoipa::path]` documents what an endpoint answers.
        #[automatically_derived]
        impl $crate::__private::utoipa::IntoResponses for $set {
            fn responses() -> $crate::__private::utoipa::Responses {
                $crate::__private::utoipa::responses::<$set>()
            }
        }
    };
}

/// Nothing, when the facade's `utoipa` feature is off.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($($set:tt)*) => {};
}

#[cfg(feature = "utoipa")]
pub use ::utoipa::IntoResponses;

#[cfg(feature = "utoipa")]
extern crate std;

/// What `IntoResponses::responses` returns.
#[cfg(feature = "utoipa")]
pub type Responses = std::collections::BTreeMap<
    std::string::String,
    ::utoipa::openapi::RefOr<::utoipa::openapi::response::Response>,
>;

/// The responses of every status of a set, keyed by the code as OpenAPI has it (`"404"`).
#[cfg(feature = "utoipa")]
#[must_use]
pub fn responses<S: crate::Status>() -> Responses {
    S::ALL
        .iter()
        .map(|status| {
            let response = ::utoipa::openapi::response::Response::new(status.description());
            (status.code_str().into(), response.into())
        })
        .collect()
}

//! The `actix-web` feature, whole: every set answers actix-web handlers, as a responder and as
//! an error, with its reason phrase, and converts with actix-web's `StatusCode`.

/// The `actix-web` impls of a set, when the facade's `actix-web` feature is on, as
/// `__impl_serde!`.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_web {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        /// A response with the status, its phrase, and no body.
        #[automatically_derived]
        impl $crate::__private::actix_web::Responder for $set {
            type Body = $crate::__private::actix_web::BoxBody;

            #[inline]
            fn respond_to(
                self,
                _: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_web::respond(self)
            }
        }

        $($badge)*
        /// The status as a handler's error, answered as its `Responder` answers.
        #[automatically_derived]
        impl $crate::__private::actix_web::ResponseError for $set {
            #[inline]
            fn status_code(&self) -> $crate::__private::actix_web::StatusCode {
                $crate::__private::actix_web::to_actix(self.code())
            }

            #[inline]
            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::actix_web::respond(*self)
            }
        }

        $($badge)*
        #[automatically_derived]
        impl ::core::convert::From<$set> for $crate::__private::actix_web::StatusCode {
            #[inline]
            fn from(status: $set) -> Self {
                $crate::__private::actix_web::to_actix(status.code())
            }
        }

        $($badge)*
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private::actix_web::StatusCode> for $set {
            type Error = $crate::UnknownStatusCode;

            #[inline]
            fn try_from(
                status: $crate::__private::actix_web::StatusCode,
            ) -> ::core::result::Result<Self, $crate::UnknownStatusCode> {
                <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.as_u16())
            }
        }
    };
}

/// Nothing, when the facade's `actix-web` feature is off.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_web {
    ($($set:tt)*) => {};
}

#[cfg(feature = "actix-web")]
pub use self::imp::*;

#[cfg(feature = "actix-web")]
mod imp {
    use crate::{Status, WithBody};
    pub use ::actix_web::body::BoxBody;
    pub use ::actix_web::http::StatusCode;
    pub use ::actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

    /// A set's code as actix-web's: always valid, as codes are in `100..=599`.
    #[must_use]
    #[inline]
    pub fn to_actix(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// What a status answers with: its code, its phrase, no body.
    #[must_use]
    #[inline]
    pub fn respond<S: Status>(status: S) -> HttpResponse {
        let mut response = HttpResponse::new(to_actix(status.code()));
        response.head_mut().reason = Some(status.phrase());
        response
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
    impl<S: Status, B: Responder> Responder for WithBody<S, B> {
        type Body = BoxBody;

        /// The body's response, with the status's code and phrase.
        #[inline]
        fn respond_to(self, request: &HttpRequest) -> HttpResponse {
            let WithBody(status, body) = self;
            let mut response = body.respond_to(request).map_into_boxed_body();
            *response.status_mut() = to_actix(status.code());
            response.head_mut().reason = Some(status.phrase());
            response
        }
    }
}

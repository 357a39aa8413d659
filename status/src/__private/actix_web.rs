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

/// The `actix-web` impl of a type that derives `IntoProblem`: as a handler's error, it answers
/// with its problem.
#[cfg(all(feature = "actix-web", feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_actix_web {
    (impl [$($params:tt)*] for $error:ty, where [$($where:tt)*]) => {
        /// The error's problem: its status and phrase, `application/problem+json`, and the
        /// problem as JSON.
        #[automatically_derived]
        impl<$($params)*> $crate::__private::actix_web::ResponseError for $error
        where
            $($where)*
            $error: ::core::fmt::Debug + ::core::fmt::Display,
        {
            #[inline]
            fn status_code(&self) -> $crate::__private::actix_web::StatusCode {
                let status = <Self as $crate::IntoProblem>::status(self);
                $crate::__private::actix_web::to_actix($crate::Status::code(status))
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                #[allow(unused_imports)]
                use $crate::__private::problem::{
                    WithheldByDisplay as _, WithheldByError as _, WithheldByName as _,
                };
                let problem = <Self as $crate::IntoProblem>::problem(self);
                $crate::__private::actix_web::error_response(&problem, || {
                    (&&&$crate::__private::problem::Probe(self)).withheld()
                })
            }
        }
    };
}

/// Nothing, when the facade's `actix-web` or `problem` feature is off.
#[cfg(not(all(feature = "actix-web", feature = "problem")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_actix_web {
    ($($error:tt)*) => {};
}

#[cfg(all(feature = "actix-web", feature = "problem"))]
pub use self::problem::{error_response, problem_response};

#[cfg(all(feature = "actix-web", feature = "problem"))]
mod problem {
    use super::imp::{BoxBody, HttpRequest, HttpResponse, Responder, StatusCode, to_actix};
    use crate::{Problem, Status};

    /// A derived error's response: its problem's, carrying what a `5xx` withholds in its
    /// extensions, and logged with the `tracing` feature.
    pub fn error_response<S: Status>(
        problem: &Problem<S>,
        withheld: impl FnOnce() -> crate::Withheld,
    ) -> HttpResponse {
        let mut response = problem_response(problem);
        if let Some(withheld) = crate::__private::problem::withheld(problem, withheld) {
            response.extensions_mut().insert(withheld);
        }
        response
    }

    /// A problem's response: its status and phrase (`500` without one), its media type, and
    /// its JSON.
    #[must_use]
    pub fn problem_response<S: Status>(problem: &Problem<S>) -> HttpResponse {
        let Ok(body) = serde_json::to_vec(problem) else {
            // A problem's members are strings, a code and JSON values: this does not happen.
            return HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR);
        };
        let code = problem
            .status()
            .map_or(StatusCode::INTERNAL_SERVER_ERROR, |status| {
                to_actix(status.code())
            });
        let mut response = HttpResponse::build(code)
            .content_type(Problem::<S>::CONTENT_TYPE)
            .body(body);
        if let Some(status) = problem.status() {
            response.head_mut().reason = Some(status.phrase());
        }
        for (name, value) in problem.headers() {
            // `with_header` checked both: neither fails.
            if let (Ok(name), Ok(value)) = (
                ::actix_web::http::header::HeaderName::from_bytes(name.as_bytes()),
                ::actix_web::http::header::HeaderValue::from_bytes(value.as_bytes()),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        response
    }

    #[cfg_attr(docsrs, doc(cfg(all(feature = "actix-web", feature = "problem"))))]
    impl<S: Status> Responder for Problem<S> {
        type Body = BoxBody;

        /// The problem's status and phrase (`500` without one), `application/problem+json`,
        /// and the problem as JSON.
        #[inline]
        fn respond_to(self, _: &HttpRequest) -> HttpResponse {
            problem_response(&self)
        }
    }
}

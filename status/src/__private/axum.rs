//! The `axum` feature, whole: every set and `WithBody` answer axum handlers, with the set's
//! reason phrase on HTTP/1.

/// The `axum` impls of a set, when the facade's `axum` feature is on, as `__impl_serde!`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum {
    ([$($badge:tt)*] $set:ident) => {
        $($badge)*
        /// A response with the status, its phrase on HTTP/1, and no body.
        #[automatically_derived]
        impl $crate::__private::axum::IntoResponse for $set {
            #[inline]
            fn into_response(self) -> $crate::__private::axum::Response {
                // Which of the set's phrases `http` does not write itself, found at compile
                // time: answering costs one load more than a bare `StatusCode`.
                const OWN_PHRASES: $crate::__private::axum::OwnPhrases = {
                    let mut own = $crate::__private::axum::OwnPhrases::NONE;
                    let all = $set::ALL;
                    let mut i = 0;
                    while i < all.len() {
                        own = own.with(all[i].code(), all[i].phrase());
                        i += 1;
                    }
                    own
                };
                $crate::__private::axum::into_response(self, &OWN_PHRASES)
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
    pub fn into_response<S: Status>(status: S, own: &OwnPhrases) -> Response {
        let mut response = crate::__private::http::to_http(status.code()).into_response();
        if own.get(status.code()) {
            add_phrase(&mut response, status);
        }
        response
    }

    /// The status's phrase, for hyper to write instead of `http`'s.
    #[inline]
    fn add_phrase<S: Status>(response: &mut Response, status: S) {
        let phrase = crate::__private::hyper::reason_phrase(status.phrase());
        response.extensions_mut().insert(phrase);
    }

    /// Whether `phrase` is not the one `http` writes for `code`, so hyper must be given it.
    const fn is_own_phrase(code: u16, phrase: &str) -> bool {
        match http_reason(code) {
            Some(reason) => !crate::__private::same_text(reason, phrase),
            None => true,
        }
    }

    /// For every code up to 599, whether a set's phrase for it is not the one `http` writes.
    pub struct OwnPhrases([bool; 600]);

    impl OwnPhrases {
        pub const NONE: Self = Self([false; 600]);

        /// With `code`'s entry set from the set's phrase for it.
        #[must_use]
        #[allow(clippy::cast_lossless)] // `usize::from` is not `const`.
        pub const fn with(mut self, code: u16, phrase: &str) -> Self {
            self.0[code as usize] = is_own_phrase(code, phrase);
            self
        }

        #[inline]
        fn get(&self, code: u16) -> bool {
            self.0[usize::from(code)]
        }
    }

    /// The phrase `http` 1.x writes for a code, `StatusCode::canonical_reason`, for use at
    /// compile time; a test checks this copy against `http` for every code.
    #[must_use]
    pub const fn http_reason(code: u16) -> Option<&'static str> {
        match code {
            100 => Some("Continue"),
            101 => Some("Switching Protocols"),
            102 => Some("Processing"),
            103 => Some("Early Hints"),
            200 => Some("OK"),
            201 => Some("Created"),
            202 => Some("Accepted"),
            203 => Some("Non Authoritative Information"),
            204 => Some("No Content"),
            205 => Some("Reset Content"),
            206 => Some("Partial Content"),
            207 => Some("Multi-Status"),
            208 => Some("Already Reported"),
            226 => Some("IM Used"),
            300 => Some("Multiple Choices"),
            301 => Some("Moved Permanently"),
            302 => Some("Found"),
            303 => Some("See Other"),
            304 => Some("Not Modified"),
            305 => Some("Use Proxy"),
            307 => Some("Temporary Redirect"),
            308 => Some("Permanent Redirect"),
            400 => Some("Bad Request"),
            401 => Some("Unauthorized"),
            402 => Some("Payment Required"),
            403 => Some("Forbidden"),
            404 => Some("Not Found"),
            405 => Some("Method Not Allowed"),
            406 => Some("Not Acceptable"),
            407 => Some("Proxy Authentication Required"),
            408 => Some("Request Timeout"),
            409 => Some("Conflict"),
            410 => Some("Gone"),
            411 => Some("Length Required"),
            412 => Some("Precondition Failed"),
            413 => Some("Payload Too Large"),
            414 => Some("URI Too Long"),
            415 => Some("Unsupported Media Type"),
            416 => Some("Range Not Satisfiable"),
            417 => Some("Expectation Failed"),
            418 => Some("I'm a teapot"),
            421 => Some("Misdirected Request"),
            422 => Some("Unprocessable Entity"),
            423 => Some("Locked"),
            424 => Some("Failed Dependency"),
            425 => Some("Too Early"),
            426 => Some("Upgrade Required"),
            428 => Some("Precondition Required"),
            429 => Some("Too Many Requests"),
            431 => Some("Request Header Fields Too Large"),
            451 => Some("Unavailable For Legal Reasons"),
            500 => Some("Internal Server Error"),
            501 => Some("Not Implemented"),
            502 => Some("Bad Gateway"),
            503 => Some("Service Unavailable"),
            504 => Some("Gateway Timeout"),
            505 => Some("HTTP Version Not Supported"),
            506 => Some("Variant Also Negotiates"),
            507 => Some("Insufficient Storage"),
            508 => Some("Loop Detected"),
            510 => Some("Not Extended"),
            511 => Some("Network Authentication Required"),
            _ => None,
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
            // Generic over the set, so decided here rather than in a table of the set's.
            if is_own_phrase(status.code(), status.phrase()) {
                add_phrase(&mut response, status);
            }
            response
        }
    }
}

/// The `axum` impl of a type that derives `IntoProblem`: it answers with its problem.
#[cfg(all(feature = "axum", feature = "problem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_axum {
    (impl [$($params:tt)*] for $error:ty, where [$($where:tt)*]) => {
        /// A response with the error's problem: its status and phrase,
        /// `application/problem+json`, and the problem as JSON.
        #[automatically_derived]
        impl<$($params)*> $crate::__private::axum::IntoResponse for $error
        where
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum::Response {
                #[allow(unused_imports)]
                use $crate::__private::problem::{
                    WithheldByDisplay as _, WithheldByError as _, WithheldByName as _,
                };
                let problem = <Self as $crate::IntoProblem>::problem(&self);
                $crate::__private::axum::error_response(&problem, || {
                    (&&&$crate::__private::problem::Probe(&self)).withheld()
                })
            }
        }
    };
}

/// Nothing, when the facade's `axum` or `problem` feature is off.
#[cfg(not(all(feature = "axum", feature = "problem")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem_axum {
    ($($error:tt)*) => {};
}

#[cfg(all(feature = "axum", feature = "problem"))]
pub use self::problem::{error_response, problem_response};

#[cfg(all(feature = "axum", feature = "problem"))]
mod problem {
    use super::imp::{IntoResponse, Response};
    use crate::{Problem, Status, WithBody};

    /// A problem's response: its status and phrase (`500` without one), its media type, and
    /// its JSON.
    #[must_use]
    pub fn problem_response<S: Status>(problem: &Problem<S>) -> Response {
        let Ok(body) = serde_json::to_vec(problem) else {
            // A problem's members are strings, a code and JSON values: this does not happen.
            return http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        };
        let headers = [(http::header::CONTENT_TYPE, Problem::<S>::CONTENT_TYPE)];
        let mut response = match problem.status() {
            Some(status) => WithBody(status, (headers, body)).into_response(),
            None => (http::StatusCode::INTERNAL_SERVER_ERROR, headers, body).into_response(),
        };
        for (name, value) in problem.headers() {
            // `with_header` checked both: neither fails.
            if let (Ok(name), Ok(value)) = (
                http::HeaderName::from_bytes(name.as_bytes()),
                http::HeaderValue::from_bytes(value.as_bytes()),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        response
    }

    /// A derived error's response: its problem's, carrying what a `5xx` withholds in its
    /// extensions, and logged with the `tracing` feature.
    pub fn error_response<S: Status>(
        problem: &Problem<S>,
        withheld: impl FnOnce() -> crate::Withheld,
    ) -> Response {
        let mut response = problem_response(problem);
        if let Some(withheld) = crate::__private::problem::withheld(problem, withheld) {
            response.extensions_mut().insert(withheld);
        }
        response
    }

    #[cfg_attr(docsrs, doc(cfg(all(feature = "axum", feature = "problem"))))]
    impl<S: Status> IntoResponse for Problem<S> {
        /// The problem's status and phrase (`500` without one), `application/problem+json`,
        /// and the problem as JSON.
        #[inline]
        fn into_response(self) -> Response {
            problem_response(&self)
        }
    }
}

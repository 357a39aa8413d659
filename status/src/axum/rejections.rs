//! axum's extractors' rejections as errors of sets of standard statuses: each rejection type
//! has the set of exactly the statuses it answers with (read from axum 0.8's source), and
//! answers as a problem of it. A status a later axum answers with that the set lacks is the
//! set's `500` for a `5xx` where it has one, and `400` otherwise (see `held`).

use crate::__private::problem::{framework_problem, held};
use crate::{IntoProblem, Problem};
use alloc::vec::Vec;
use axum::extract::rejection::{
    BytesRejection, FormRejection, JsonRejection, PathRejection, QueryRejection, RawFormRejection,
    StringRejection,
};

crate::status_codes! {
    /// What axum's `Json` extractor refuses a request with: a body that is not JSON (400), too
    /// large (413, `DefaultBodyLimit`), without `Content-Type: application/json` (415), or
    /// JSON of the wrong shape (422).
    #[extensible]
    pub enum JsonRejectionStatus;
    use standard::{BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT};
}

crate::status_codes! {
    /// What axum's `Query` extractor refuses a request with: a query string that does not
    /// deserialize (400).
    #[extensible]
    pub enum QueryRejectionStatus;
    use standard::{BAD_REQUEST};
}

crate::status_codes! {
    /// What axum's `Path` extractor refuses a request with: a parameter that does not parse
    /// (400), or a route whose parameters do not fit the extractor, the server's mistake
    /// (500).
    #[extensible]
    pub enum PathRejectionStatus;
    use standard::{BAD_REQUEST, INTERNAL_SERVER_ERROR};
}

crate::status_codes! {
    /// What axum's `Form` extractor refuses a request with: a form that does not deserialize
    /// (400 in the query, 422 in the body), too large (413), or a body without
    /// `Content-Type: application/x-www-form-urlencoded` (415).
    #[extensible]
    pub enum FormRejectionStatus;
    use standard::{BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT};
}

crate::status_codes! {
    /// What axum's `RawForm` extractor refuses a request with: a body it cannot read (400), too
    /// large (413), or of another content type (415).
    #[extensible]
    pub enum RawFormRejectionStatus;
    use standard::{BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE};
}

crate::status_codes! {
    /// What axum's `Bytes` extractor refuses a request with: a body it cannot read (400), or
    /// too large (413).
    #[extensible]
    pub enum BytesRejectionStatus;
    use standard::{BAD_REQUEST, CONTENT_TOO_LARGE};
}

crate::status_codes! {
    /// What axum's `String` extractor refuses a request with: a body it cannot read or that is
    /// not UTF-8 (400), or too large (413).
    #[extensible]
    pub enum StringRejectionStatus;
    use standard::{BAD_REQUEST, CONTENT_TOO_LARGE};
}

/// `IntoProblem` for each rejection, on its set.
macro_rules! rejections {
    ($($rejection:ident => $set:ident,)*) => {$(
        /// The rejection's status in its set, titled by its phrase; a `4xx` has axum's text as
        /// its `detail`, a `5xx` keeps it for the logs.
        impl IntoProblem for $rejection {
            type Set = $set;

            #[inline]
            fn status(&self) -> $set {
                held($rejection::status(self).as_u16())
            }

            fn problem(&self) -> Problem<$set> {
                framework_problem(IntoProblem::status(self), || self.body_text())
            }

            fn statuses() -> Vec<$set> {
                $set::ALL.to_vec()
            }
        }
    )*};
}

rejections! {
    JsonRejection => JsonRejectionStatus,
    QueryRejection => QueryRejectionStatus,
    PathRejection => PathRejectionStatus,
    FormRejection => FormRejectionStatus,
    RawFormRejection => RawFormRejectionStatus,
    BytesRejection => BytesRejectionStatus,
    StringRejection => StringRejectionStatus,
}

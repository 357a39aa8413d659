//! RFC 9457 problem details, for a status of any set: [`Problem`], and [`IntoProblem`], which
//! `#[derive(IntoProblem)]` implements for an error type.

mod client;
mod error;
mod error_types;
mod json;
mod traits;
mod withheld;

use crate::Status;
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::string::ToString;
use alloc::vec::Vec;
use core::fmt;

pub use client::ClientError;
pub use error::ProblemError;
pub use error_types::{FromProblem, IntoProblem};
pub use withheld::Withheld;

/// The members of a problem that RFC 9457 defines; an extension may not take their names.
/// (`status-macros`' `problem/valid.rs` rejects them as field names with the same list.)
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// RFC 9457 problem details: what went wrong, as an `application/problem+json` object, for a
/// status of the set `S`.
///
/// A problem is a `type` (a URI that identifies the kind of problem; `about:blank`, the
/// default, says it is no more than its status), a `title` (a summary of the type), the
/// `status`, a `detail` (this occurrence, for the client), an `instance` (a URI for this
/// occurrence), and extension members beside them. [`Problem::new`] gives the status and, as
/// the RFC asks of `about:blank`, its phrase as the title: a custom `470 Name Reserved` is
/// titled `Name Reserved`, not `Unknown Status Code`.
///
/// ```
/// status::status_codes! {
///     pub enum UserStatus;
///     extends standard;
///     470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
/// }
///
/// let problem = status::Problem::new(UserStatus::NameReserved)
///     .with_detail("\"admin\" is kept for the service.")
///     .with_extension("name", "admin")?;
/// assert_eq!(problem.title(), Some("Name Reserved"));
/// assert_eq!(
///     serde_json::to_value(&problem)?,
///     serde_json::json!({
///         "title": "Name Reserved",
///         "status": 470,
///         "detail": "\"admin\" is kept for the service.",
///         "name": "admin",
///     })
/// );
///
/// // A client reads it back, with the set's statuses.
/// let read: status::Problem<UserStatus> = serde_json::from_value(serde_json::to_value(&problem)?)?;
/// assert_eq!(read.status(), Some(UserStatus::NameReserved));
/// assert_eq!(read.type_uri(), "about:blank");
/// assert_eq!(read, problem);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// As JSON, each member is written when it is set, the extensions after the others. Read from
/// JSON, as a client reads problems from servers and proxies it does not control, any object
/// is a problem: an absent member stays absent (an absent `type` reads as `about:blank`, and
/// an explicit `about:blank` is the same problem); a `status` that is not a code of `S` (a
/// gateway's `502` read with an endpoint's set) leaves [`status`](Problem::status) `None` and
/// keeps its number in [`code`](Problem::code); a member of the wrong JSON type (a `status`
/// of `"409"`, a `title` of `5`) is ignored, as RFC 9457, Section 3.1 asks, and kept visible
/// in [`ignored`](Problem::ignored); of a member written twice the last counts, for every
/// member, as in JavaScript; every other member is an extension. What was read is written
/// back as it came.
///
/// `S` defaults to the standard set: `Problem` alone is `Problem<HttpStatus>`. With the
/// `utoipa` feature it is a schema (`ToSchema`, named `Problem`); a derived error's responses
/// write it inline, so no document needs it registered.
#[derive(Clone, Debug)]
pub struct Problem<S = crate::HttpStatus> {
    // `'static` texts (a phrase, a derive's literals) are borrowed, not copied.
    type_uri: Option<Cow<'static, str>>,
    title: Option<Cow<'static, str>>,
    status: Option<S>,
    detail: Option<Cow<'static, str>>,
    extensions: BTreeMap<String, serde_json::Value>,
    /// What most problems lack, boxed: a problem is the error of many a `Result`, and stays
    /// under clippy's `result_large_err` size.
    rare: Option<Box<Rare>>,
}

/// The parts of a problem that most lack.
#[derive(Clone, Debug, PartialEq)]
struct Rare {
    instance: Option<Cow<'static, str>>,
    /// A `status` read from JSON that is not a code of `S`.
    other_code: Option<u16>,
    /// Members RFC 9457 defines, read with a value of the wrong JSON type.
    ignored: BTreeMap<String, serde_json::Value>,
    /// Headers the response carries beside the body, such as `WWW-Authenticate`; not members.
    headers: Vec<(Cow<'static, str>, String)>,
}

/// A problem without any of the rare parts.
static NONE_RARE: Rare = Rare {
    instance: None,
    other_code: None,
    ignored: BTreeMap::new(),
    headers: Vec::new(),
};

impl<S: Status> Problem<S> {
    /// The media type of a problem's JSON, `application/problem+json` (RFC 9457, Section 3).
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// Whether a `Content-Type` value is [`CONTENT_TYPE`](Self::CONTENT_TYPE): its media
    /// type, parameters (`; charset=utf-8`) aside, matched without regard to ASCII case, as
    /// RFC 9110, Section 8.3.1 has media types.
    ///
    /// ```
    /// use status::{HttpStatus, Problem};
    ///
    /// let is_problem = Problem::<HttpStatus>::is_content_type;
    /// assert!(is_problem("Application/Problem+JSON; charset=utf-8"));
    /// assert!(!is_problem("application/json"));
    /// assert!(!is_problem("application/problem+jsonp"));
    /// ```
    #[must_use]
    pub fn is_content_type(value: &str) -> bool {
        value
            .split(';')
            .next()
            .is_some_and(|media| media.trim().eq_ignore_ascii_case(Self::CONTENT_TYPE))
    }

    /// A problem with `status`, titled by its phrase, of the type `about:blank`.
    #[must_use]
    pub fn new(status: S) -> Self {
        Problem {
            type_uri: None,
            title: Some(Cow::Borrowed(status.phrase())),
            status: Some(status),
            detail: None,
            extensions: BTreeMap::new(),
            rare: None,
        }
    }

    /// With a `type`: a URI that identifies the kind of problem, such as
    /// `https://example.com/problems/name-taken`.
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<String>) -> Self {
        self.type_uri = Some(Cow::Owned(uri.into()));
        self
    }

    /// With a `title`: a short summary of the problem's type, the same for every occurrence.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(Cow::Owned(title.into()));
        self
    }

    /// With a `detail`: what went wrong this time, for the client to read.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(Cow::Owned(detail.into()));
        self
    }

    /// With an `instance`: a URI for this occurrence.
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<String>) -> Self {
        self.rare_mut().instance = Some(Cow::Owned(uri.into()));
        self
    }

    /// With an extension member, `name` beside the standard members, whose value is `value` as
    /// JSON. An extension with the name of a standard member, or whose value has no JSON form
    /// (a map with keys that are not strings), is an error that says so.
    ///
    /// # Errors
    ///
    /// [`ProblemError`] when `name` is `type`, `title`, `status`, `detail` or `instance`, or
    /// when `value` does not serialize to JSON.
    pub fn with_extension(
        mut self,
        name: impl Into<String>,
        value: impl serde::Serialize,
    ) -> Result<Self, ProblemError> {
        self.insert_extension(name.into(), value)?;
        Ok(self)
    }

    /// With a header the response carries beside the body: the `WWW-Authenticate` that RFC
    /// 9110 requires of a `401` (Section 15.5.2), the `Retry-After` that says when to try a
    /// `429` or a `503` again. The axum and actix-web responses of a problem send its headers
    /// after their own; JSON does not hold them.
    ///
    /// ```
    /// use status::{HttpStatus, Problem};
    ///
    /// let problem = Problem::new(HttpStatus::Unauthorized)
    ///     .with_header("WWW-Authenticate", "Bearer realm=\"users\"")?;
    /// assert_eq!(
    ///     problem.headers().collect::<Vec<_>>(),
    ///     [("www-authenticate", "Bearer realm=\"users\"")]
    /// );
    /// assert!(Problem::new(HttpStatus::TooManyRequests).with_header("Retry-After", "1\r\nX: y").is_err());
    /// # Ok::<(), status::ProblemError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`ProblemError`] when `name` is not a header name (a token, RFC 9110, Section 5.1) or
    /// `value` holds a line break or another control character but a tab.
    pub fn with_header(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
    ) -> Result<Self, ProblemError> {
        self.insert_header(name.into(), value.to_string())?;
        Ok(self)
    }

    /// Adds a header, or says why not, leaving the problem as it was.
    pub(crate) fn insert_header(
        &mut self,
        name: Cow<'static, str>,
        value: String,
    ) -> Result<(), ProblemError> {
        let is_token = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !is_token {
            return Err(ProblemError::header(&name, "is not a header name"));
        }
        if value.bytes().any(|b| b.is_ascii_control() && b != b'\t') {
            return Err(ProblemError::header(
                &name,
                "has a value with a line break or another control character",
            ));
        }
        let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            name
        };
        self.rare_mut().headers.push((name, value));
        Ok(())
    }

    /// The headers the response carries beside the body, by lower-case name, in the order they
    /// were added.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.rare()
            .headers
            .iter()
            .map(|(name, value)| (name.as_ref(), value.as_str()))
    }

    /// With a `type`, a `title` and a `detail` that a derive writes as literals, borrowed.
    pub(crate) fn with_static(
        mut self,
        type_uri: Option<&'static str>,
        title: Option<&'static str>,
        detail: Option<Cow<'static, str>>,
    ) -> Self {
        if let Some(uri) = type_uri {
            self.type_uri = Some(Cow::Borrowed(uri));
        }
        if let Some(title) = title {
            self.title = Some(Cow::Borrowed(title));
        }
        if detail.is_some() {
            self.detail = detail;
        }
        self
    }

    /// Adds an extension member, or says why not, leaving the problem as it was.
    pub(crate) fn insert_extension(
        &mut self,
        name: String,
        value: impl serde::Serialize,
    ) -> Result<(), ProblemError> {
        if STANDARD_MEMBERS.contains(&name.as_str()) {
            return Err(ProblemError::reserved(name));
        }
        let value =
            serde_json::to_value(value).map_err(|error| ProblemError::not_json(&name, &error))?;
        self.extensions.insert(name, value);
        Ok(())
    }

    /// The same problem with its status in another set that holds it, as a transparent
    /// variant of `#[derive(IntoProblem)]` answers with an inner error's problem.
    #[must_use]
    pub fn into_set<T: Status + From<S>>(self) -> Problem<T> {
        self.map_status(T::from)
    }

    /// The same problem with its status mapped by `into`.
    pub(crate) fn map_status<T: Status>(self, into: impl FnOnce(S) -> T) -> Problem<T> {
        Problem {
            type_uri: self.type_uri,
            title: self.title,
            status: self.status.map(into),
            detail: self.detail,
            extensions: self.extensions,
            rare: self.rare,
        }
    }

    /// The `type`: `about:blank` when none is set, as RFC 9457, Section 3.1.1 says.
    #[must_use]
    pub fn type_uri(&self) -> &str {
        self.type_uri.as_deref().unwrap_or("about:blank")
    }

    /// The `title`. When none is set and the type is `about:blank`, the status's phrase, as
    /// RFC 9457, Section 4.2.1 asks of that type.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        match (&self.title, self.type_uri() == "about:blank", self.status) {
            (Some(title), ..) => Some(title.as_ref()),
            (None, true, Some(status)) => Some(status.phrase()),
            (None, ..) => None,
        }
    }

    /// The `status`; `None` only for a problem read from JSON without one (the member is
    /// optional: the response's status is the one that counts), or with a code that is not
    /// one of `S`, which [`code`](Problem::code) still gives.
    #[must_use]
    pub fn status(&self) -> Option<S> {
        self.status
    }

    /// The `status` member's number, whether or not `S` has the code.
    ///
    /// ```
    /// status::status_codes! {
    ///     pub enum CreateUserStatus;
    ///     use standard::{CREATED, CONFLICT};
    /// }
    ///
    /// // A gateway's problem, read with the endpoint's set.
    /// let read: status::Problem<CreateUserStatus> =
    ///     serde_json::from_str(r#"{"status": 502, "title": "Bad Gateway"}"#)?;
    /// assert_eq!(read.status(), None);
    /// assert_eq!(read.code(), Some(502));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<u16> {
        self.status.map(Status::code).or(self.rare().other_code)
    }

    /// The members RFC 9457 defines that were read with a value of the wrong JSON type, as
    /// they came: ignored, as the RFC asks, but not hidden.
    #[must_use]
    pub fn ignored(&self) -> &BTreeMap<String, serde_json::Value> {
        &self.rare().ignored
    }

    /// The rare parts, empty where the problem has none.
    fn rare(&self) -> &Rare {
        self.rare.as_deref().unwrap_or(&NONE_RARE)
    }

    /// The rare parts, to set one.
    fn rare_mut(&mut self) -> &mut Rare {
        self.rare.get_or_insert_with(|| Box::new(NONE_RARE.clone()))
    }

    /// The `detail`.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance`.
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.rare().instance.as_deref()
    }

    /// The extension member `name`, as JSON.
    #[must_use]
    pub fn extension(&self, name: &str) -> Option<&serde_json::Value> {
        self.extensions.get(name)
    }

    /// Every extension member, by name.
    #[must_use]
    pub fn extensions(&self) -> &BTreeMap<String, serde_json::Value> {
        &self.extensions
    }
}

//! What `#[derive(IntoProblem)]` calls, and the `__impl_problem!` that gives a derived error
//! type what the facade's features give every set.

/// The impls of the facade's features for a type that derives `IntoProblem`: each feature's
/// macro is defined twice under `cfg`, as `__impl_features!`'s are. `no_response` leaves out
/// the framework responses, for a type that writes its own; the docs stay.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem {
    ({} impl [$($params:tt)*] for $error:ty, where [$($where:tt)*]) => {
        $crate::__impl_problem_axum!(impl [$($params)*] for $error, where [$($where)*]);
        $crate::__impl_problem_actix_web!(impl [$($params)*] for $error, where [$($where)*]);
        $crate::__impl_problem_utoipa!(impl [$($params)*] for $error, where [$($where)*]);
    };
    ({no_response} impl [$($params:tt)*] for $error:ty, where [$($where:tt)*]) => {
        $crate::__impl_problem_utoipa!(impl [$($params)*] for $error, where [$($where)*]);
    };
}

use crate::__private::const_text::Message;
use crate::__private::identity::holds_message;
use crate::{Problem, Status, Withheld};
use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use core::fmt::Display;
use core::marker::PhantomData;

pub use crate::IntoProblem;
pub use alloc::fmt::format;
pub use alloc::vec::Vec;
pub use serde::Serialize;
pub use serde::de::DeserializeOwned;

/// What a variant's `detail` is.
#[derive(Clone)]
pub enum Detail<'a> {
    /// The error's `Display` for a `4xx`, nothing for a `5xx`, whose text may leak internals.
    ByClass(&'a dyn Display),
    /// The error's `Display`, whatever the status.
    Display(&'a dyn Display),
    /// This text.
    Text(&'static str),
    /// A text formatted from the variant's fields.
    Owned(String),
    /// None.
    None,
}

/// A variant's problem: its status, titled by its phrase or its own title, its `type` and its
/// `detail`.
#[must_use]
pub fn problem<S: Status>(
    status: S,
    type_uri: Option<&'static str>,
    title: Option<&'static str>,
    detail: Detail,
) -> Problem<S> {
    let detail = match detail {
        Detail::ByClass(error) if status.is_client_error() => Some(Cow::Owned(error.to_string())),
        Detail::Display(error) => Some(Cow::Owned(error.to_string())),
        Detail::Text(text) => Some(Cow::Borrowed(text)),
        Detail::Owned(text) => Some(Cow::Owned(text)),
        Detail::ByClass(_) | Detail::None => None,
    };
    Problem::new(status).with_static(type_uri, title, detail)
}

/// Adds a field as an extension member. A value with no JSON form (a map whose keys are not
/// strings) is left out: the problem still answers. The derive rejects standard members'
/// names at compile time.
pub fn extension<S: Status>(problem: &mut Problem<S>, name: &'static str, value: &impl Serialize) {
    let _ = problem.insert_extension(name.to_string(), value);
}

/// Adds an `Option` field as an extension member when it is `Some`: an absent member, not
/// `null`.
pub fn optional_extension<S: Status, T: Serialize>(
    problem: &mut Problem<S>,
    name: &'static str,
    value: &Option<T>,
) {
    if let Some(value) = value {
        extension(problem, name, value);
    }
}

/// Adds a header that a derive writes as literals, which it checked at compile time.
pub fn header<S: Status>(problem: &mut Problem<S>, name: &'static str, value: &'static str) {
    let _ = problem.insert_header(Cow::Borrowed(name), value.to_string());
}

/// Adds a field as a header, its value the field's `Display`. A value with a line break is
/// left out: never sent, where it would split the response's head.
pub fn field_header<S: Status>(problem: &mut Problem<S>, name: &'static str, value: &impl Display) {
    let _ = problem.insert_header(Cow::Borrowed(name), value.to_string());
}

/// Where a transparent variant wraps `T` in an error of the set `S`: empty when `S` holds
/// every status of `T`'s set, otherwise what it lacks. Its bound is the one error a wrapped
/// type that is no problem gets.
#[must_use]
pub const fn transparent_message<T: IntoProblem + ?Sized, S: Status>() -> Message {
    holds_message::<T::Set, S>()
}

/// A transparent variant's inner error, answering in the set `S`.
pub struct Inner<'a, T: ?Sized>(pub &'a T);

impl<T: IntoProblem + ?Sized> Inner<'_, T> {
    /// The inner error's status, in `S`.
    #[must_use]
    #[inline]
    pub fn status<S: Status>(&self) -> S {
        crate::__private::identity::convert(self.0.status())
    }

    /// The inner error's problem, its status in `S`.
    #[must_use]
    #[inline]
    pub fn problem<S: Status>(&self) -> Problem<S> {
        self.0
            .problem()
            .map_status(crate::__private::identity::convert)
    }
}

/// What one variant says of the status it answers with, for the OpenAPI document.
#[derive(Clone, Copy, Debug)]
pub struct Documented<S> {
    pub status: S,
    /// The variant's name, empty for none.
    pub variant: &'static str,
    /// The variant's doc comment, empty for none.
    pub doc: &'static str,
    pub type_uri: Option<&'static str>,
    /// The extension members' names.
    pub extensions: &'static [&'static str],
}

impl<S> Documented<S> {
    /// A status that nothing documents but itself.
    #[must_use]
    pub const fn of(status: S) -> Self {
        Documented {
            status,
            variant: "",
            doc: "",
            type_uri: None,
            extensions: &[],
        }
    }

    /// The same, its status converted.
    #[must_use]
    pub fn map<T>(self, convert: impl FnOnce(S) -> T) -> Documented<T> {
        Documented {
            status: convert(self.status),
            variant: self.variant,
            doc: self.doc,
            type_uri: self.type_uri,
            extensions: self.extensions,
        }
    }
}

/// A transparent variant's inner type, for the statuses it answers with, in `S`.
pub struct Of<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> Of<T> {
    /// The type's marker.
    #[must_use]
    pub const fn new() -> Self {
        Of(PhantomData)
    }
}

impl<T: ?Sized> Default for Of<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: IntoProblem + ?Sized> Of<T> {
    /// Every status `T` answers with, in `S`.
    #[must_use]
    pub fn statuses<S: Status>(&self) -> Vec<S> {
        T::statuses()
            .into_iter()
            .map(crate::__private::identity::convert)
            .collect()
    }

    /// What `T` documents of its statuses, in `S`.
    #[must_use]
    pub fn documented<S: Status>(&self) -> Vec<Documented<S>> {
        T::__documented()
            .into_iter()
            .map(|documented| documented.map(crate::__private::identity::convert))
            .collect()
    }
}

/// What `Inner` and `Of` answer when the wrapped type is no problem: never run, since the
/// transparent variant's check fails to compile then. It keeps that one error the only one.
pub trait Fallback {
    /// Never called.
    fn status<S: Status>(&self) -> S {
        S::ALL[0]
    }

    /// Never called.
    fn problem<S: Status>(&self) -> Problem<S> {
        Problem::new(S::ALL[0])
    }

    /// Never called.
    fn statuses<S: Status>(&self) -> Vec<S> {
        Vec::new()
    }

    /// Never called.
    fn documented<S: Status>(&self) -> Vec<Documented<S>> {
        Vec::new()
    }
}

impl<T: ?Sized> Fallback for Inner<'_, T> {}
impl<T: ?Sized> Fallback for Of<T> {}

/// A derived error, asked for what its `5xx` withholds: its source chain where it is an
/// `Error`, its `Display` where it has one, its type's name otherwise (autoref specialization:
/// call `(&&&Probe(error)).withheld()` with the three traits in scope).
pub struct Probe<'a, T: ?Sized>(pub &'a T);

/// What an `Error` withholds: its text and its sources'.
pub trait WithheldByError {
    /// The error's text and its sources'.
    fn withheld(&self) -> Withheld;
}

impl<T: core::error::Error> WithheldByError for &&Probe<'_, T> {
    fn withheld(&self) -> Withheld {
        Withheld::of(self.0)
    }
}

/// What a type with a `Display` withholds: its text.
pub trait WithheldByDisplay {
    /// The text.
    fn withheld(&self) -> Withheld;
}

impl<T: Display + ?Sized> WithheldByDisplay for &Probe<'_, T> {
    fn withheld(&self) -> Withheld {
        Withheld::message_only(self.0)
    }
}

/// What another type withholds: its name, all there is.
pub trait WithheldByName {
    /// The type's name.
    fn withheld(&self) -> Withheld;
}

impl<T: ?Sized> WithheldByName for Probe<'_, T> {
    fn withheld(&self) -> Withheld {
        Withheld::message_only(core::any::type_name::<T>())
    }
}

/// Logs a derived error's answer as one event, with the `tracing` feature: at `error` for a
/// `5xx`, with what it withholds; at `debug` for a `4xx`, whose detail the client has.
#[cfg(feature = "tracing")]
fn log<S: Status>(problem: &Problem<S>, withheld: Option<&Withheld>) {
    let code = problem.status().map_or(500, Status::code);
    if let Some(withheld) = withheld {
        tracing::error!(
            status = code,
            error = %withheld,
            "answered with a problem whose error is withheld from the client"
        );
    } else {
        tracing::debug!(
            status = code,
            detail = problem.detail(),
            "answered with a problem"
        );
    }
}

/// Without the `tracing` feature, nothing.
#[cfg(not(feature = "tracing"))]
fn log<S: Status>(_: &Problem<S>, _: Option<&Withheld>) {}

/// The status with `code` in the set of a framework's error, read from the framework's
/// status. The errors are `#[non_exhaustive]`: a status a later version answers with that the
/// set lacks is the set's `500` for a `5xx` where it has one, and `400` otherwise, which every
/// such set holds.
#[must_use]
pub fn held<S: Status>(code: u16) -> S {
    S::from_code(code)
        .or_else(|| (code >= 500).then(|| S::from_code(500)).flatten())
        .or_else(|| S::from_code(400))
        .unwrap_or(S::ALL[0])
}

/// A framework error's problem: its text as the detail of a `4xx` only.
#[must_use]
pub fn framework_problem<S: Status>(status: S, text: impl FnOnce() -> String) -> Problem<S> {
    let problem = Problem::new(status);
    if status.is_client_error() {
        problem.with_detail(text())
    } else {
        problem
    }
}

/// What a derived error's answer withholds, for a `5xx` (or a problem without a status), and
/// its log event with the `tracing` feature.
pub fn withheld<S: Status>(
    problem: &Problem<S>,
    withheld: impl FnOnce() -> Withheld,
) -> Option<Withheld> {
    let withheld = problem
        .status()
        .is_none_or(Status::is_server_error)
        .then(withheld);
    log(problem, withheld.as_ref());
    withheld
}

/// Whether a problem carries `status` and the `type` `type_uri`: what makes it a variant's.
#[must_use]
pub fn is<S: Status>(problem: &Problem<S>, status: S, type_uri: &str) -> bool {
    problem.status() == Some(status) && problem.type_uri() == type_uri
}

/// An extension member as a field's type: an absent member reads as JSON `null`, so that an
/// `Option` field is `None`; `None` where the member does not deserialize.
#[must_use]
pub fn member<T: DeserializeOwned>(problem: &Problem<impl Status>, name: &str) -> Option<T> {
    let value = problem.extension(name).cloned().unwrap_or_default();
    serde_json::from_value(value).ok()
}

/// The problem with its status in the inner set `I`, where `I` holds it (the same code, name
/// and origin); unchanged otherwise.
///
/// # Errors
///
/// The problem, unchanged, when `I` does not hold its status.
pub fn narrow<I: Status, S: Status>(problem: Problem<S>) -> Result<Problem<I>, Problem<S>> {
    match problem
        .status()
        .and_then(crate::__private::identity::narrow::<S, I>)
    {
        Some(inner) => Ok(problem.map_status(|_| inner)),
        None => Err(problem),
    }
}

/// An inner error's problem back in the set that holds its statuses.
#[must_use]
pub fn widen<I: Status, S: Status>(problem: Problem<I>) -> Problem<S> {
    problem.map_status(crate::__private::identity::convert)
}

/// Every status once, in code order.
#[must_use]
pub fn sorted<S: Status>(mut statuses: Vec<S>) -> Vec<S> {
    statuses.sort_unstable();
    statuses.dedup();
    statuses
}

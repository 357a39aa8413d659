//! What `#[derive(IntoProblem)]` calls, and the `__impl_problem!` that gives a derived error
//! type what the facade's features give every set.

/// The impls of the facade's features for a type that derives `IntoProblem`: each feature's
/// macro is defined twice under `cfg`, as `__impl_features!`'s are.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_problem {
    ($error:ident) => {
        $crate::__impl_problem_axum!($error);
        $crate::__impl_problem_actix_web!($error);
        $crate::__impl_problem_utoipa!($error);
    };
}

use crate::{Problem, Status};
use alloc::borrow::Cow;
use alloc::string::ToString;
use core::fmt::Display;

pub use crate::__private::same_text;
pub use crate::IntoProblem;
pub use alloc::vec::Vec;

/// What a variant's `detail` is.
#[derive(Clone, Copy)]
pub enum Detail<'a> {
    /// The error's `Display` for a `4xx`, nothing for a `5xx`, whose text may leak internals.
    ByClass(&'a dyn Display),
    /// The error's `Display`, whatever the status.
    Display(&'a dyn Display),
    /// This text.
    Text(&'static str),
    /// None.
    None,
}

/// A variant's problem: its status, titled by its phrase, its `type` and its `detail`.
#[must_use]
pub fn problem<S: Status>(status: S, type_uri: Option<&'static str>, detail: Detail) -> Problem<S> {
    let detail = match detail {
        Detail::ByClass(error) if status.is_client_error() => Some(Cow::Owned(error.to_string())),
        Detail::Display(error) => Some(Cow::Owned(error.to_string())),
        Detail::Text(text) => Some(Cow::Borrowed(text)),
        Detail::ByClass(_) | Detail::None => None,
    };
    Problem::new(status).with_static(type_uri, detail)
}

/// Adds a field as an extension member. A value with no JSON form (a map whose keys are not
/// strings) is left out: the problem still answers. The derive rejects standard members'
/// names at compile time.
pub fn extension<S: Status>(
    problem: &mut Problem<S>,
    name: &'static str,
    value: &impl serde::Serialize,
) {
    let _ = problem.insert_extension(name.to_string(), value);
}

/// A set that holds every status of `Inner`: what a transparent variant needs of its set.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not hold every status of `{Inner}`",
    label = "the transparent variant answers with the statuses of `{Inner}`",
    note = "a transparent variant answers with the inner error's statuses, so its set must be \
            built on the inner one: `extends {Inner};` in `{Self}`'s `status_codes!`, or a `use` \
            line that picks every status of `{Inner}`, gives `From<{Inner}>`"
)]
pub trait Holds<Inner>: Sized {
    /// The inner status in this set.
    fn convert(inner: Inner) -> Self;
}

impl<S: From<I>, I> Holds<I> for S {
    #[inline]
    fn convert(inner: I) -> Self {
        S::from(inner)
    }
}

/// A transparent variant's problem: the inner error's, with its status in this set.
#[must_use]
pub fn map_problem<I: Status, S: Status>(problem: Problem<I>, convert: fn(I) -> S) -> Problem<S> {
    problem.map_status(convert)
}

/// Adds a transparent variant's statuses, in this set.
pub fn extend<I, S>(statuses: &mut Vec<S>, inner: Vec<I>, convert: fn(I) -> S) {
    statuses.extend(inner.into_iter().map(convert));
}

/// Every status once, in code order.
#[must_use]
pub fn sorted<S: Status>(mut statuses: Vec<S>) -> Vec<S> {
    statuses.sort_unstable();
    statuses.dedup();
    statuses
}

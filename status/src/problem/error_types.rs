//! The traits of the error types that answer and read problems: [`IntoProblem`] and
//! [`FromProblem`], which the derives of the same names implement, and their impls for `Box`.

use super::Problem;
use crate::Status;
use alloc::vec::Vec;

/// An error type that answers as RFC 9457 problem details, with a status of its set: what
/// [`#[derive(IntoProblem)]`](derive@crate::IntoProblem) implements, whose page says how.
/// [`Problem`] is the body; the `axum`, `actix-web` and `utoipa` features answer and document
/// it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is no problem: it does not implement `IntoProblem`",
    label = "a transparent variant wraps an error that answers as a problem",
    note = "derive `IntoProblem` for `{Self}`, or give the variant a status of its own instead \
            of `transparent`"
)]
pub trait IntoProblem {
    /// The statuses the error answers with: its endpoint's set.
    type Set: Status;

    /// The status this error answers with.
    fn status(&self) -> Self::Set;

    /// The problem this error answers with; by reference, so the error can still be logged.
    fn problem(&self) -> Problem<Self::Set>;

    /// Every status a value of this type can answer with, each once, in code order.
    fn statuses() -> Vec<Self::Set>;

    /// What each status the type answers with means for it, for the OpenAPI document: each
    /// variant's docs, `type` and extension members. Not public API: the derive writes it.
    #[doc(hidden)]
    fn __documented() -> Vec<crate::__private::problem::Documented<Self::Set>> {
        Self::statuses()
            .into_iter()
            .map(crate::__private::problem::Documented::of)
            .collect()
    }
}

/// An error type that a client reads back from the problem a server answered with: what
/// [`#[derive(FromProblem)]`](derive@crate::FromProblem) implements, from the same
/// `#[problem(..)]` attributes as [`IntoProblem`]'s, whose page says how.
///
/// A problem reads back as the variant whose status and `type` it carries, its extension
/// fields read from the members; a transparent variant's inner type reads it with its status
/// in the inner set. A problem that no variant matches, or whose members do not read into the
/// variant's fields, comes back unchanged as `Err`: the client still has everything the
/// server sent.
pub trait FromProblem: Sized {
    /// The statuses the error answers with: its endpoint's set.
    type Set: Status;

    /// The error the problem was made from, or the problem.
    ///
    /// # Errors
    ///
    /// The problem, unchanged, when no variant reads it.
    fn from_problem(problem: Problem<Self::Set>) -> Result<Self, Problem<Self::Set>>;
}

/// A boxed error reads back as the error does.
impl<T: FromProblem> FromProblem for alloc::boxed::Box<T> {
    type Set = T::Set;

    fn from_problem(problem: Problem<T::Set>) -> Result<Self, Problem<T::Set>> {
        T::from_problem(problem).map(alloc::boxed::Box::new)
    }
}

/// A boxed error answers as the error does: the usual fix for `clippy::result_large_err`
/// keeps working in a transparent variant.
impl<T: IntoProblem + ?Sized> IntoProblem for alloc::boxed::Box<T> {
    type Set = T::Set;

    #[inline]
    fn status(&self) -> T::Set {
        (**self).status()
    }

    #[inline]
    fn problem(&self) -> Problem<T::Set> {
        (**self).problem()
    }

    #[inline]
    fn statuses() -> Vec<T::Set> {
        T::statuses()
    }

    fn __documented() -> Vec<crate::__private::problem::Documented<T::Set>> {
        T::__documented()
    }
}

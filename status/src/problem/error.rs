use alloc::string::{String, ToString};
use core::fmt;

/// Why an extension member cannot join a [`Problem`](crate::Problem).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemError {
    member: String,
    reason: Reason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Reason {
    Reserved,
    NotJson(String),
}

impl ProblemError {
    pub(super) fn reserved(member: String) -> Self {
        ProblemError {
            member,
            reason: Reason::Reserved,
        }
    }

    pub(super) fn not_json(member: &str, error: &serde_json::Error) -> Self {
        ProblemError {
            member: member.to_string(),
            reason: Reason::NotJson(error.to_string()),
        }
    }

    /// The extension member's name.
    #[must_use]
    pub fn member(&self) -> &str {
        &self.member
    }
}

impl fmt::Display for ProblemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.reason {
            Reason::Reserved => write!(
                f,
                "`{}` is a member that RFC 9457 defines, not an extension; use its builder",
                self.member
            ),
            Reason::NotJson(error) => write!(
                f,
                "extension member `{}` has no JSON form: {error}",
                self.member
            ),
        }
    }
}

impl core::error::Error for ProblemError {}

use alloc::string::{String, ToString};
use core::fmt;

/// Why an extension member or a header cannot join a [`Problem`](crate::Problem).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemError {
    member: String,
    reason: Reason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Reason {
    Reserved,
    NotJson(String),
    Header(&'static str),
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

    pub(super) fn header(name: &str, why: &'static str) -> Self {
        ProblemError {
            member: name.to_string(),
            reason: Reason::Header(why),
        }
    }

    /// The extension member's name, or the header's.
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
            Reason::Header(why) => write!(f, "header `{}` {why}", self.member),
            Reason::NotJson(error) => write!(
                f,
                "extension member `{}` has no JSON form: {error}",
                self.member
            ),
        }
    }
}

impl core::error::Error for ProblemError {}

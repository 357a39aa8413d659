// What `FromProblem` cannot read back: a field that is neither an extension nor skipped, two
// variants a client cannot tell apart, a field both, `server_only` on the enum.
status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CONFLICT, INTERNAL_SERVER_ERROR};
}

#[derive(Debug, thiserror::Error, status::IntoProblem, status::FromProblem)]
#[problem(set = CreateUserStatus, server_only)]
pub enum CreateUserError {
    #[error("taken")]
    #[problem(CONFLICT)]
    Taken { name: String },
    #[error("taken again")]
    #[problem(CONFLICT)]
    TakenAgain,
    #[error("both")]
    #[problem(CONFLICT, type = "/problems/both")]
    Both(#[problem(extension = "n", skip)] u32),
    // Fine: never read back.
    #[error("storage")]
    #[problem(INTERNAL_SERVER_ERROR, server_only)]
    Storage(String),
}

fn main() {}

status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{BAD_REQUEST, CONFLICT};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("taken")]
    #[problem(CONFLICT)]
    Taken,
    #[error("poor")]
    Poor,
}

// A default on the enum answers for the variants without one.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus, BAD_REQUEST)]
pub enum WithDefault {
    #[error("taken")]
    #[problem(CONFLICT)]
    Taken,
    #[error("poor")]
    Poor,
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
#[error("a struct")]
pub struct NoStatus;

fn main() {}

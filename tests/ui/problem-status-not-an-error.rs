status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, BAD_REQUEST};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("created")]
    #[problem(CREATED)]
    Created,
    #[error("bad")]
    #[problem(BAD_REQUEST)]
    Bad,
}

fn main() {}

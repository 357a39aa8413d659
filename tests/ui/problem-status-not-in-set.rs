status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("taken")]
    #[problem(CONFLICT)]
    Taken,
    // In the standard set, not in the endpoint's.
    #[error("gone")]
    #[problem(GONE)]
    Gone,
    #[error("misspelled")]
    #[problem(CONFLCT)]
    Misspelled,
}

fn main() {}

status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{BAD_REQUEST, CONFLICT};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
pub enum NoSet {
    #[error("taken")]
    #[problem(CONFLICT)]
    Taken,
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus, transparent)]
pub enum Misplaced {
    #[error("taken")]
    #[problem(CONFLICT, set = CreateUserStatus, retry = true)]
    Taken,
    #[error("poor")]
    #[problem(BAD_REQUEST, detail = loud)]
    Poor {
        #[problem(extension)]
        status: i64,
        #[problem(extension = "balance")]
        first: i64,
        #[problem(extension = "balance")]
        second: i64,
    },
    #[error("tuple")]
    #[problem(BAD_REQUEST)]
    Tuple(#[problem(extension)] i64),
}

fn main() {}

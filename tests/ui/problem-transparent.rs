status::status_codes! {
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

status::status_codes! {
    pub enum CreateUserStatus;
    extends AuthStatus;
    use standard::{CONFLICT};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("no credentials")]
    #[problem(UNAUTHORIZED)]
    Missing,
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum Fields {
    #[error("none")]
    #[problem(transparent)]
    NoField,
    #[error("two")]
    #[problem(transparent, CONFLICT)]
    TwoFields(AuthError, AuthError),
}

fn main() {}

// A transparent variant's set must hold every status of the inner error's set: the message
// names the statuses it lacks and the lines that add them.
status::status_codes! {
    #[extensible]
    pub enum UserStatus;
    extends standard;
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

status::status_codes! {
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
    use UserStatus::{NAME_RESERVED};
}

status::status_codes! {
    pub enum Lacking;
    use standard::{UNAUTHORIZED, CONFLICT};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("no credentials")]
    #[problem(UNAUTHORIZED)]
    Missing,
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = Lacking)]
pub enum CreateUserError {
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
    // A wrapped type that is no problem: one error, on it.
    #[error(transparent)]
    #[problem(transparent)]
    Io(std::io::Error),
}

fn main() {}

// Each way a status may be miswritten gets one error that says what to write.
status::status_codes! {
    #[extensible]
    pub enum UserStatus;
    extends standard;
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT};
    use UserStatus::{NAME_RESERVED};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("variant")]
    #[problem(Conflict)]
    AsVariant,
    #[error("lower")]
    #[problem(conflict)]
    LowerCase,
    #[error("code")]
    #[problem(409)]
    Code,
    #[error("path")]
    #[problem(CreateUserStatus::Conflict)]
    Path,
    #[error("keyed")]
    #[problem(status = CONFLICT)]
    Keyed,
    #[error("keyed code")]
    #[problem(status = 409)]
    KeyedCode,
    // A typo of the set's own status.
    #[error("typo")]
    #[problem(NAME_RESERVD)]
    Typo,
    // In the standard set, not in the endpoint's.
    #[error("gone")]
    #[problem(GONE)]
    Gone,
    // A code no set here has.
    #[error("unknown code")]
    #[problem(499)]
    UnknownCode,
    // Not an error.
    #[error("created")]
    #[problem(CREATED)]
    Created,
}

fn main() {}

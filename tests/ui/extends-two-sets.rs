status::status_codes! {
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

// A second `extends` line, naming another set: a set extends one set.
status::status_codes! {
    pub enum CreateUserStatus;
    extends AuthStatus;
    extends standard;
}

fn main() {}

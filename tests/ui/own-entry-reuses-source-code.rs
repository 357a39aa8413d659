status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, CONFLICT};
    404 => NO_SUCH_TEAM, "No Such Team", "The team of the user does not exist.";
    470 => GONE, "Gone Away", "A name the standard set gives to 410.";
}

fn main() {}

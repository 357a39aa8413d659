status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, CONFLICT};
    409 => ALREADY_EXISTS, "Already Exists", "The user exists already.";
    422 => CREATED, "Created Twice", "A name the picked statuses hold.";
}

fn main() {}

status::status_codes! {
    pub enum CreateUserStatus;
    use standard::{CREATED, NOT_FOUN, CONFLCT, PIZZA};
}

fn main() {}

status::status_codes! {
    pub enum A;
    use standard::{NOT_FOUND as MISSING, CONFLICT};
}

status::status_codes! {
    pub enum B;
    use standard::CONFLICT as CLASH;
}

// A lower-case name in the short form gets the suggestion the braced form gets.
status::status_codes! {
    pub enum C;
    use standard::not_found;
    use standard::{conflict};
}

fn main() {}

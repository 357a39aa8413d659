status::status_codes! {
    pub enum A;
    use standard;
}

status::status_codes! {
    pub enum B;
    use standard::*;
}

status::status_codes! {
    pub enum C;
    use standard::{};
}

status::status_codes! {
    pub enum D;
    use standard::{CREATED, 404};
}

fn main() {}

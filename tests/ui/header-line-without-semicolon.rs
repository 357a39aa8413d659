status::status_codes! {
    pub enum A;
    extends standard
    470 => MINE, "Mine", "The set's own.";
}

status::status_codes! {
    pub enum B;
    use standard::{OK}
    470 => MINE, "Mine", "The set's own.";
}

status::status_codes! {
    pub enum C;
    pub mod c_codes
    470 => MINE, "Mine", "The set's own.";
}

status::status_codes! {
    pub enum D;
    crate = ::status
    470 => MINE, "Mine", "The set's own.";
}

fn main() {}

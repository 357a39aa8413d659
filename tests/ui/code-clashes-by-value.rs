// Codes are compared as numbers, however they are written.
status::status_codes! {
    pub enum Own;
    use standard::{NOT_FOUND};
    4_10 => NO_LONGER_HERE, "No Longer Here", "The resource left.";
    0x1A0 => GONE_AWAY, "Gone Away", "The resource went away.";
}

status::status_codes! {
    pub enum Twice;
    4_70 => FIRST, "First", "The first.";
    470 => SECOND, "Second", "The second.";
}

fn main() {}

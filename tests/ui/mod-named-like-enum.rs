status::status_codes! {
    pub enum Codes;
    pub mod Codes;
    200 => OK, "OK", "Fine.";
}

fn main() {}

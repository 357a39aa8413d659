status::status_codes! {
    pub enum Api;
    pub struct Codes;
    200 => OK, "OK", "Fine.";
}

fn main() {}

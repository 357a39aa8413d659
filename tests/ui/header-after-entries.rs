status::status_codes! {
    pub enum Api;
    200 => OK, "OK", "Fine.";
    pub mod api_codes;
}

fn main() {}

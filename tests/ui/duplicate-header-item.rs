status::status_codes! {
    pub enum Api;
    pub mod api_codes;
    pub mod more_codes;
    200 => OK, "OK", "Fine.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    #[spec = "RFC 9110"]
    pub mod api_codes;
    200 => OK, "OK", "Fine.";
}

fn main() {}

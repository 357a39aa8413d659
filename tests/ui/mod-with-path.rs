status::status_codes! {
    pub enum Api;
    pub mod codes::api;
    200 => OK, "OK", "Fine.";
}

fn main() {}

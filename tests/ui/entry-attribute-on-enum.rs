status::status_codes! {
    #[alias(STATUS)]
    pub enum Api;
    200 => OK, "OK", "Fine.";
}

fn main() {}

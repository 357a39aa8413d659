status::status_codes! {
    pub enum;
    200 => OK, "OK", "Fine.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    200 => OK, "OK", "Fine.";
    and more;
}

fn main() {}

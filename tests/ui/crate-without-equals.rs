status::status_codes! {
    pub enum Api;
    crate ::status;
    200 => OK, "OK", "Fine.";
}

fn main() {}

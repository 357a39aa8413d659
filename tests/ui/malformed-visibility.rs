status::status_codes! {
    pub(everyone) enum Api;
    200 => OK, "OK", "Fine.";
}

fn main() {}

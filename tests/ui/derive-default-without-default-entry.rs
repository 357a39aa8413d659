status::status_codes! {
    #[derive(Default)]
    pub enum Api;
    200 => OK, "OK", "Fine.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    #[default]
    200 => OK, "OK", "Fine.";
}

fn main() {}

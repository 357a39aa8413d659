status::status_codes! {
    #[derive(Debug, Clone)]
    pub enum Api;
    200 => OK, "OK", "Fine.";
}

fn main() {}

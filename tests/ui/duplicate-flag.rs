status::status_codes! {
    pub enum Api;
    #[cacheable]
    #[cacheable]
    200 => OK, "OK", "Fine.";
}

fn main() {}

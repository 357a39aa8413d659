status::status_codes! {
    pub enum Api;
    #[doc = ;]
    200 => OK, "OK", "Fine.";
}

fn main() {}

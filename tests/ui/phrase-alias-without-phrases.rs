status::status_codes! {
    pub enum Api;
    #[phrase_alias]
    200 => OK, "OK", "Fine.";
}

fn main() {}

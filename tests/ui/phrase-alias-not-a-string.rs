status::status_codes! {
    pub enum Api;
    #[phrase_alias(NotAString)]
    200 => OK, "OK", "Fine.";
}

fn main() {}

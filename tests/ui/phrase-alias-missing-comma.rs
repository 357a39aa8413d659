status::status_codes! {
    pub enum Api;
    #[phrase_alias("Fine" "Dandy")]
    200 => OK, "OK", "Fine.";
}

fn main() {}

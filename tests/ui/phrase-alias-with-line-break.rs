status::status_codes! {
    pub enum Api;
    #[phrase_alias("Line\r\nBreak")]
    200 => OK, "OK", "Fine.";
}

fn main() {}

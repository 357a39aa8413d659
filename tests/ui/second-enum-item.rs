status::status_codes! {
    pub enum Api;
    pub enum Other;
    200 => OK, "OK", "Fine.";
}

fn main() {}

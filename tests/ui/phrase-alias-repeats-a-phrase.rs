status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found", "No such resource.";
    #[phrase_alias("Gone Away", "not found")]
    410 => GONE, "Gone", "No more.";
    #[phrase_alias("GONE AWAY")]
    411 => LENGTH_REQUIRED, "Length Required", "How long?";
}

fn main() {}

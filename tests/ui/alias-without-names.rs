status::status_codes! {
    pub enum Api;
    #[alias]
    413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
}

fn main() {}

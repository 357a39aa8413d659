status::status_codes! {
    pub enum Api;
    #[alias(CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE)]
    413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
}

fn main() {}

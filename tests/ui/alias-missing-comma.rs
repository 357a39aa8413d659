status::status_codes! {
    pub enum Api;
    #[alias(PAYLOAD_TOO_LARGE REQUEST_ENTITY_TOO_LARGE)]
    413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
}

fn main() {}

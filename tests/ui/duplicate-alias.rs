status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found", "No such resource.";
    #[alias(NOT_FOUND)]
    410 => GONE, "Gone", "No such resource any more.";
}

fn main() {}

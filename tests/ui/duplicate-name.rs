status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found", "No such resource.";
    410 => NOT_FOUND, "Gone", "No such resource any more.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found";
    410 => GONE "Gone", "No such resource any more.";
}

fn main() {}

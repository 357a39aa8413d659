status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found", "No such resource.";
    404 => MISSING, "Missing", "No such resource either.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    400 + 4 => NOT_FOUND, "Not Found", "No such resource.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    404 => errors::NOT_FOUND, "Not Found", "No such resource.";
}

fn main() {}

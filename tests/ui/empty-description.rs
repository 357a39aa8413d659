status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found", "  ";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    404 => NÖT_FOUND, "Not Found", "No such resource.";
}

fn main() {}

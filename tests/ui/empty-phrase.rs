status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "", "No such resource.";
}

fn main() {}

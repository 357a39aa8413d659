status::status_codes! {
    pub enum Api;
    404u16 => NOT_FOUND, "Not Found", "No such resource.";
}

fn main() {}

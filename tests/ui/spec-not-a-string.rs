status::status_codes! {
    pub enum Api;
    #[spec(RFC_9110)]
    404 => NOT_FOUND, "Not Found", "No such resource.";
    #[spec = ""]
    410 => GONE, "Gone", "No such resource any more.";
}

fn main() {}

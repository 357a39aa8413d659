status::status_codes! {
    pub enum Api;
    404 => NotFound, "Not Found", "No such resource.";
    #[alias(gone_for_good)]
    410 => GONE, "Gone", "No such resource any more.";
}

fn main() {}

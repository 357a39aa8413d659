status::status_codes! {
    pub enum Api;
    404 => __, "Not Found", "No such resource.";
    #[alias(r#type)]
    410 => GONE, "Gone", "No such resource any more.";
}

fn main() {}

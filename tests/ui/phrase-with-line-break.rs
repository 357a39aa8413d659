status::status_codes! {
    pub enum Api;
    404 => NOT_FOUND, "Not Found\r\nSet-Cookie: a=b", "A phrase that would split the response.";
}

fn main() {}

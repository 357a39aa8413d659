status::status_codes! {
    404 => NOT_FOUND, "Not Found", "No such resource.";
}

fn main() {}

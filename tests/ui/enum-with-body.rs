status::status_codes! {
    pub enum Api {
        200 => OK, "OK", "Fine.";
    }
    204 => NO_CONTENT, "No Content", "Nothing.";
}

fn main() {
    assert_eq!(Api::NoContent.code(), 204);
}

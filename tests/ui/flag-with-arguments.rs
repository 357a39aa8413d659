status::status_codes! {
    pub enum Api;
    #[cacheable(always)]
    200 => OK, "OK", "Fine.";
    #[no_content = true]
    204 => NO_CONTENT, "No Content", "Nothing.";
}

fn main() {}

status::status_codes! {
    #[derive(Default)]
    pub enum Api;
    #[default]
    200 => OK, "OK", "Fine.";
    #[default]
    204 => NO_CONTENT, "No Content", "Nothing.";
}

fn main() {}

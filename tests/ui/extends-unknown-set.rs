status::status_codes! {
    pub enum Api;
    extends webdav;
    200 => OK, "OK", "Fine.";
}

fn main() {}

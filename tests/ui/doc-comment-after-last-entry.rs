status::status_codes! {
    pub enum Api;
    200 => OK, "OK", "Fine.";
    /// Docs for an entry that is not there.
}

fn main() {}

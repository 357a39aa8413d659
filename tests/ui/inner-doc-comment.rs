status::status_codes! {
    //! The API's statuses.
    pub enum Api;
    200 => OK, "OK", "Fine.";
}

fn main() {}

status::status_codes! {
    pub enum EdgeStatus;
    extends standard;
    // A `use` line gives the statuses it names another class; it takes no other attribute.
    #[deprecated]
    use standard::GONE;
    // Two lines give one status two classes.
    #[retry(any)]
    use standard::CONFLICT;
    #[retry(idempotent)]
    use standard::{PRECONDITION_FAILED, CONFLICT};
    // The same class twice is one.
    #[retry(any)]
    use standard::{CONFLICT};
    // Not on `extends`: it names no status.
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

status::status_codes! {
    pub enum WholeStatus;
    #[retry(any)]
    extends standard;
}

fn main() {}

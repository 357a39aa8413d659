status::status_codes! {
    pub enum EdgeStatus;
    #[doc = "the standard codes"]
    extends standard;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn main() {}

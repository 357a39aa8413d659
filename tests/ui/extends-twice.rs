status::status_codes! {
    pub enum Edge;
    extends standard;
    extends standard;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn main() {}

status::status_codes! {
    pub enum Api;
    pub extends standard;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn main() {}

status::status_codes! {
    pub enum Edge;
    extends standard;
    #[phrase_alias("Payload Too Large")]
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn main() {}

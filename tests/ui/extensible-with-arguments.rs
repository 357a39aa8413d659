status::status_codes! {
    #[extensible(always)]
    pub enum AcmeStatus;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

status::status_codes! {
    pub enum Other;
    #[extensible]
    pub mod other_codes;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn main() {}

mod acme {
    status::status_codes! {
        #[extensible]
        pub enum AcmeStatus;
        460 => CLIENT_GONE, "Client Gone", "The client left.";
    }
}

// A set holds one status for each phrase, ignoring case: its own, inherited or picked.
status::status_codes! {
    pub enum Inherited;
    extends standard;
    470 => GONE_FOREVER, "Gone", "The resource left for good.";
}

status::status_codes! {
    pub enum Picked;
    use standard::{GONE};
    use acme::AcmeStatus::{CLIENT_GONE};
    471 => CLIENT_LEFT, "client gone", "The client left.";
}

status::status_codes! {
    pub enum Own;
    520 => UNKNOWN_A, "Unknown Error", "First.";
    530 => UNKNOWN_B, "unknown error", "Second.";
}

fn main() {}

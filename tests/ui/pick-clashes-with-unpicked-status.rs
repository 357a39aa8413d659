mod b {
    status::status_codes! {
        #[extensible]
        pub enum BStatus;
        460 => CLIENT_GONE, "Client Gone", "The client left.";
    }
}

mod c {
    status::status_codes! {
        #[extensible]
        pub enum CStatus;
        extends standard;
        460 => CLIENT_CLOSED, "Client Closed", "The client closed the connection.";
        461 => CLIENT_GONE, "Client Went Away", "The client went away.";
    }
}

// 460 is `CLIENT_GONE` in B and `CLIENT_CLOSED` in C, and `CLIENT_GONE` is 461 in C: picked
// beside a status of C, conversions with C would lie.
status::status_codes! {
    pub enum DStatus;
    use b::BStatus::{CLIENT_GONE};
    use c::CStatus::{NOT_FOUND};
}

// The same with a status the set holds through `extends`.
status::status_codes! {
    pub enum EStatus;
    extends b::BStatus;
    use c::CStatus::{NOT_FOUND};
}

fn main() {}

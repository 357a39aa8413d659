mod errors {
    status::status_codes! {
        #[extensible]
        pub enum AcmeStatus;
        404 => NO_ROUTE, "No Route", "No route leads to the resource.";
        460 => CLIENT_GONE, "Client Gone", "The client left.";
    }
}

status::status_codes! {
    pub enum LookupStatus;
    use standard::{OK, NOT_FOUND};
    use errors::AcmeStatus::{NO_ROUTE};
}

status::status_codes! {
    pub enum EdgeStatus;
    extends errors::AcmeStatus;
    use errors::AcmeStatus::{CLIENT_GONE};
    use standard::{OK};
}

fn main() {}

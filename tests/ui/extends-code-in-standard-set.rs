status::status_codes! {
    pub enum EdgeStatus;
    extends standard;
    451 => BLOCKED, "Blocked", "Blocked by a court order.";
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn main() {}

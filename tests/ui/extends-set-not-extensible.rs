mod errors {
    status::status_codes! {
        /// A set that did not ask to be extended.
        pub enum AcmeStatus;
        extends standard;
        460 => CLIENT_GONE, "Client Gone", "The client left.";
    }
}

status::status_codes! {
    pub enum BillingStatus;
    extends errors::AcmeStatus;
    470 => CARD_DECLINED, "Card Declined", "The card was declined.";
}

fn main() {}

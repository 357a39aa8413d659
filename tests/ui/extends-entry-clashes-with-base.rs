mod errors {
    status::status_codes! {
        #[extensible]
        pub enum AcmeStatus;
        extends standard;
        #[alias(VENDOR_DOWN)]
        520 => VENDOR_FAILED, "Vendor Failed", "A vendor failed.";
    }
}

status::status_codes! {
    pub enum BillingStatus;
    extends errors::AcmeStatus;
    520 => CARD_VENDOR_FAILED, "Card Vendor Failed", "The card vendor failed.";
    521 => VENDOR_DOWN, "Vendor Down", "The vendor is down.";
    #[phrase_alias("Vendor Failed")]
    522 => CARD_DECLINED, "Card Declined", "The card was declined.";
}

fn main() {}

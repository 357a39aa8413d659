//! Sets built on sets inside one crate: a base set in one module, a derived set and an endpoint
//! set picked from both in another.

mod errors {
    status::status_codes! {
        /// The company's statuses.
        #[extensible]
        pub enum AcmeStatus;
        pub mod acme_codes;
        extends standard;
        #[phrase_alias("Client Closed Request")]
        460 => CLIENT_GONE, "Client Gone", "The client left before the answer.";
        #[alias(VENDOR_DOWN)]
        #[spec = "Acme wiki"]
        520 => VENDOR_FAILED, "Vendor Failed", "A vendor answered with an error.";
    }
}

mod billing {
    status::status_codes! {
        /// The billing service's statuses.
        #[extensible]
        pub(crate) enum BillingStatus;
        extends crate::errors::AcmeStatus;
        470 => CARD_DECLINED, "Card Declined", "The card was declined.";
    }

    status::status_codes! {
        /// What `POST /charges` answers.
        pub enum ChargeStatus;
        use standard::{CREATED, BAD_REQUEST};
        use super::BillingStatus::{CARD_DECLINED, VENDOR_DOWN};
    }
}

use billing::{BillingStatus, ChargeStatus};
use errors::AcmeStatus;
use status::HttpStatus;

#[test]
fn a_chain_holds_every_entry() {
    assert_eq!(AcmeStatus::ALL.len(), HttpStatus::ALL.len() + 2);
    assert_eq!(BillingStatus::ALL.len(), AcmeStatus::ALL.len() + 1);
    assert_eq!(
        BillingStatus::from_name("VENDOR_DOWN"),
        Some(BillingStatus::VendorFailed)
    );
    assert_eq!(
        BillingStatus::from(AcmeStatus::ClientGone),
        BillingStatus::ClientGone
    );
    assert_eq!(
        BillingStatus::from(HttpStatus::NotFound),
        BillingStatus::NotFound
    );
    assert_eq!(
        AcmeStatus::try_from(BillingStatus::CardDeclined)
            .unwrap_err()
            .code(),
        470
    );
    assert!(BillingStatus::NotFound == HttpStatus::NotFound);
    assert!(AcmeStatus::ClientGone == BillingStatus::ClientGone);
    assert_eq!(ChargeStatus::ALL.len(), 4);
    assert_eq!(
        HttpStatus::try_from(ChargeStatus::Created),
        Ok(HttpStatus::Created)
    );
    assert_eq!(
        BillingStatus::from(ChargeStatus::Created),
        BillingStatus::Created
    );
    assert_eq!(
        ChargeStatus::try_from(BillingStatus::VendorFailed),
        Ok(ChargeStatus::VendorFailed)
    );
}

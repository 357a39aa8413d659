//! The billing service's statuses: its own set extends the company's, itself `#[extensible]`,
//! and each endpoint's set picks exactly the statuses the endpoint answers, from the standard
//! set, the company's and the service's.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]
#![deny(clippy::pedantic)]

status::status_codes! {
    /// Every status of the billing service: Acme's, and the service's own.
    #[extensible]
    pub enum BillingStatus;
    /// The codes of [`BillingStatus`].
    pub mod billing_codes;
    extends acme_status::AcmeStatus;
    #[spec = "Billing API, Charges"]
    470 => CARD_DECLINED, "Card Declined", "The card issuer declined the charge.";
    #[alias(INSUFFICIENT_FUNDS)]
    471 => FUNDS_TOO_LOW, "Funds Too Low", "The account does not hold enough funds.";
}

/// One set per endpoint: what each answers, and nothing else.
pub mod endpoints {
    status::status_codes! {
        /// What `POST /charges` answers.
        pub enum CreateChargeStatus;
        use standard::{CREATED, BAD_REQUEST};
        use super::BillingStatus::{CARD_DECLINED, INSUFFICIENT_FUNDS};
        use acme_status::AcmeStatus::{VENDOR_DOWN};
    }

    status::status_codes! {
        /// What `GET /charges/{id}` answers, with a status of the endpoint's own.
        pub(crate) enum GetChargeStatus;
        use acme_status::errors::AcmeStatus::{OK, NOT_FOUND, CLIENT_GONE};
        #[spec = "Billing API, Charges"]
        472 => CHARGE_EXPIRED, "Charge Expired", "The charge is older than the service keeps.";
    }

    /// `GET /charges/{id}`'s set is the crate's own; the service answers with the company's.
    #[must_use]
    pub fn get_charge(found: bool) -> acme_status::AcmeStatus {
        let status = if found {
            GetChargeStatus::Ok
        } else {
            GetChargeStatus::NotFound
        };
        acme_status::AcmeStatus::try_from(status)
            .unwrap_or(acme_status::AcmeStatus::InternalServerError)
    }
}

//! Sets built on sets inside one crate: a base set in one module, a derived set and endpoint
//! sets in others, by `crate::`, `super::` and `self::` paths, under every visibility, and in
//! a module without the prelude.

use status::{HttpStatus, Status};
use support::{data, every_lookup_finds, extends_every_status};

mod support;

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

    status::status_codes! {
        /// A set visible in its module only, extended from a child module.
        #[extensible]
        enum Internal;
        470 => QUEUED, "Queued", "The job waits in a queue.";
    }

    pub mod jobs {
        status::status_codes! {
            /// A set built on its parent module's private one.
            pub enum JobStatus;
            extends super::Internal;
            use crate::errors::AcmeStatus::{OK, CLIENT_GONE};
            471 => RUNNING, "Running", "The job runs.";
        }
    }
}

mod billing {
    status::status_codes! {
        /// The billing service's statuses.
        #[extensible]
        pub(crate) enum BillingStatus;
        extends crate::errors::AcmeStatus;
        480 => CARD_DECLINED, "Card Declined", "The card was declined.";
    }

    status::status_codes! {
        /// What `POST /charges` answers.
        pub enum ChargeStatus;
        use standard::{CREATED, BAD_REQUEST};
        use self::BillingStatus::{CARD_DECLINED, VENDOR_DOWN};
    }
}

#[no_implicit_prelude]
mod bare {
    ::status::status_codes! {
        /// A set built on another without the prelude.
        pub enum BareStatus;
        extends super::errors::AcmeStatus;
        use super::billing::BillingStatus::{CARD_DECLINED};
    }
}

use bare::BareStatus;
use billing::{BillingStatus, ChargeStatus};
use errors::AcmeStatus;
use errors::jobs::JobStatus;

#[test]
fn a_chain_in_one_crate_holds_every_entry_and_converts_at_each_step() {
    extends_every_status::<HttpStatus, AcmeStatus>("AcmeStatus");
    extends_every_status::<AcmeStatus, BillingStatus>("BillingStatus");
    extends_every_status::<HttpStatus, BillingStatus>("BillingStatus from HttpStatus");
    extends_every_status::<AcmeStatus, BareStatus>("BareStatus");
    assert_eq!(BillingStatus::ALL.len(), HttpStatus::ALL.len() + 3);
    assert_eq!(
        BillingStatus::from_name("VENDOR_DOWN"),
        Some(BillingStatus::VendorFailed)
    );
    assert_eq!(
        AcmeStatus::try_from(BillingStatus::CardDeclined)
            .unwrap_err()
            .code(),
        480
    );
    assert_eq!(errors::acme_codes::CLIENT_GONE, 460);
}

#[test]
fn picked_sets_in_one_crate_convert_with_each_source() {
    let names: Vec<&str> = ChargeStatus::ALL
        .iter()
        .map(|status| status.name())
        .collect();
    assert_eq!(
        names,
        ["CREATED", "BAD_REQUEST", "CARD_DECLINED", "VENDOR_FAILED"]
    );
    for status in ChargeStatus::ALL {
        every_lookup_finds(status);
        assert_eq!(data(BillingStatus::from(status)), data(status));
    }
    assert_eq!(
        HttpStatus::try_from(ChargeStatus::Created),
        Ok(HttpStatus::Created)
    );
    assert_eq!(
        HttpStatus::try_from(ChargeStatus::CardDeclined)
            .unwrap_err()
            .code(),
        480
    );
    assert_eq!(
        ChargeStatus::try_from(HttpStatus::BadRequest),
        Ok(ChargeStatus::BadRequest)
    );
    assert!(ChargeStatus::Created == HttpStatus::Created);

    // A private base in a parent module, and picks from another set besides.
    assert_eq!(JobStatus::ALL.len(), 4);
    assert_eq!(JobStatus::from_code(470).map(Status::name), Some("QUEUED"));
    assert_eq!(
        JobStatus::try_from(AcmeStatus::ClientGone),
        Ok(JobStatus::ClientGone)
    );
    assert_eq!(
        JobStatus::try_from(AcmeStatus::NotFound)
            .unwrap_err()
            .code(),
        404
    );
    assert_eq!(AcmeStatus::try_from(JobStatus::Ok), Ok(AcmeStatus::Ok));
    assert_eq!(
        AcmeStatus::try_from(JobStatus::Queued).unwrap_err().code(),
        470
    );
    assert!(JobStatus::Ok == AcmeStatus::Ok);
    // Both hold Acme's statuses and `CARD_DECLINED`, and nothing else: each converts whole.
    assert_eq!(
        BareStatus::from(BillingStatus::CardDeclined),
        BareStatus::CardDeclined
    );
    assert_eq!(
        BillingStatus::from(BareStatus::ClientGone),
        BillingStatus::ClientGone
    );
}

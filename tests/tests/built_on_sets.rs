//! Sets built on sets inside one crate: a base set in one module, a derived set and endpoint
//! sets in others, by `crate::`, `super::` and `self::` paths, under every visibility, and in
//! a module without the prelude; a `#[non_exhaustive]` base, twin sets, a set in a function
//! body, and paths written in full where the names are in scope.

#![deny(warnings, unused_qualifications)]

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

/// Paths written in full, though the names are in scope: not linted as the generated code's.
mod qualified {
    use crate::errors::AcmeStatus;
    use crate::growing::GrowingStatus;

    status::status_codes! {
        /// Built on sets named in full.
        #[extensible]
        pub enum QualifiedStatus;
        extends crate::errors::AcmeStatus;
        use self::GrowingStatus::{MORE};
    }

    status::status_codes! {
        /// Picks from a set of this module, named in full.
        pub enum PickedStatus;
        use self::QualifiedStatus::{CLIENT_GONE};
        use crate::growing::GrowingStatus::{MORE};
    }

    pub fn base(status: QualifiedStatus) -> Result<AcmeStatus, status::UnknownStatusCode> {
        AcmeStatus::try_from(status)
    }

    pub fn more() -> GrowingStatus {
        GrowingStatus::More
    }
}

/// A base that says it will grow, extended in its own crate: its `_` arm is never linted.
mod growing {
    status::status_codes! {
        /// Statuses that will grow.
        #[extensible]
        #[non_exhaustive]
        pub enum GrowingStatus;
        485 => MORE, "More", "There will be more.";
    }

    status::status_codes! {
        /// Built on the growing set.
        pub enum GrownStatus;
        extends self::GrowingStatus;
        486 => GROWN, "Grown", "It grew.";
    }
}

/// Two sets of one text: a wrapper macro invoked in two modules, one file included in two.
macro_rules! twin_set {
    () => {
        status::status_codes! {
            /// A set defined by a wrapper macro.
            #[extensible]
            pub enum WrappedStatus;
            496 => WRAPPED, "Wrapped", "A status of the wrapper.";
        }
    };
}

mod twin_a {
    twin_set!();
    include!("support/twin_set.rs");
}

mod twin_b {
    twin_set!();
    include!("support/twin_set.rs");

    status::status_codes! {
        /// Built on each twin of this module.
        pub enum BuiltOnTwins;
        extends self::TwinStatus;
        use self::WrappedStatus::{WRAPPED};
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

#[test]
fn a_non_exhaustive_base_and_twins_in_one_crate_are_built_on() {
    use growing::{GrowingStatus, GrownStatus};

    extends_every_status::<GrowingStatus, GrownStatus>("GrownStatus");
    assert_eq!(GrownStatus::from(GrowingStatus::More), GrownStatus::More);
    assert_eq!(
        qualified::base(qualified::QualifiedStatus::Ok),
        Ok(AcmeStatus::Ok)
    );
    assert_eq!(
        qualified::QualifiedStatus::from(qualified::more()),
        qualified::QualifiedStatus::More
    );
    assert!(qualified::PickedStatus::More == GrowingStatus::More);

    assert_ne!(
        std::any::TypeId::of::<twin_a::TwinStatus>(),
        std::any::TypeId::of::<twin_b::TwinStatus>()
    );
    assert_ne!(
        std::any::TypeId::of::<twin_a::WrappedStatus>(),
        std::any::TypeId::of::<twin_b::WrappedStatus>()
    );
    extends_every_status::<twin_b::TwinStatus, twin_b::BuiltOnTwins>("BuiltOnTwins");
    assert_eq!(
        twin_b::BuiltOnTwins::from(twin_b::WrappedStatus::Wrapped),
        twin_b::BuiltOnTwins::Wrapped
    );
    assert_eq!(twin_a::TwinStatus::Twin.code(), 495);
    assert_eq!(twin_a::WrappedStatus::Wrapped.code(), 496);
}

#[test]
fn sets_in_a_function_body_are_built_on() {
    status::status_codes! {
        /// A set local to this test.
        #[extensible]
        pub enum LocalStatus;
        extends standard;
        497 => LOCAL, "Local", "A status of this test only.";
    }

    status::status_codes! {
        /// Built on the local set.
        pub enum LocalPick;
        use LocalStatus::{LOCAL, NOT_FOUND};
    }

    assert_eq!(LocalPick::from_code(497), Some(LocalPick::Local));
    assert_eq!(
        LocalStatus::from(LocalPick::NotFound),
        LocalStatus::NotFound
    );
}

//! Sets built on sets across crates (`tests/sets/`): a company's `#[extensible]` set extends the
//! standard one, a service extends it again and picks one set per endpoint, a `no_std` device
//! extends it through a renamed facade. Every generated lookup runs on the derived and picked
//! sets, every conversion both ways, and every entry carries the data of the set it came from.

use acme_billing::BillingStatus;
use acme_billing::endpoints::CreateChargeStatus;
use acme_device::DeviceStatus;
use acme_status::AcmeStatus;
use status::HttpStatus;
use support::{data, every_lookup_finds, extends_every_status};

mod support;

#[test]
fn a_company_set_holds_the_standard_set_and_its_own() {
    extends_every_status::<HttpStatus, AcmeStatus>("AcmeStatus");
    assert_eq!(AcmeStatus::ALL.len(), HttpStatus::ALL.len() + 4);
    assert!(AcmeStatus::ALL.is_sorted());
    assert_eq!(
        AcmeStatus::from_name("VENDOR_DOWN"),
        Some(AcmeStatus::VendorFailed)
    );
    assert_eq!(
        AcmeStatus::from_phrase("client closed request"),
        Some(AcmeStatus::ClientGone)
    );
    assert_eq!(acme_status::acme_codes::CLIENT_GONE, 460);
    assert!(AcmeStatus::Unchanged.is_cacheable_by_default());
    assert!(!AcmeStatus::Unchanged.allows_content());
}

#[test]
fn a_chain_of_three_holds_every_entry_and_converts_at_each_step() {
    extends_every_status::<AcmeStatus, BillingStatus>("BillingStatus from AcmeStatus");
    // The chain starts from the standard set: conversions with it come too.
    extends_every_status::<HttpStatus, BillingStatus>("BillingStatus from HttpStatus");
    assert_eq!(BillingStatus::ALL.len(), AcmeStatus::ALL.len() + 2);
    assert_eq!(
        BillingStatus::from_name("INSUFFICIENT_FUNDS"),
        Some(BillingStatus::FundsTooLow)
    );
    assert_eq!(BillingStatus::VendorDown, BillingStatus::VendorFailed);
    assert_eq!(
        AcmeStatus::try_from(BillingStatus::CardDeclined)
            .unwrap_err()
            .to_string(),
        "unknown status code 470"
    );
    assert_eq!(acme_billing::billing_codes::NOT_FOUND, 404);
    // Deeper ancestors convert in steps.
    let status = BillingStatus::from(AcmeStatus::from(HttpStatus::Conflict));
    assert_eq!(status, BillingStatus::Conflict);
}

#[test]
fn a_no_std_crate_extends_the_company_set_through_a_renamed_facade() {
    extends_every_status::<AcmeStatus, DeviceStatus>("DeviceStatus");
    extends_every_status::<HttpStatus, DeviceStatus>("DeviceStatus from HttpStatus");
    assert_eq!(acme_device::battery_status(3), DeviceStatus::BatteryLow);
    assert_eq!(acme_device::battery_status(50), AcmeStatus::Ok);
    assert!(!DeviceStatus::BatteryLow.allows_content());
}

#[test]
fn an_endpoint_set_holds_what_it_picks_with_everything_it_carries() {
    let picked: Vec<&str> = CreateChargeStatus::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(
        picked,
        [
            "CREATED",
            "BAD_REQUEST",
            "CARD_DECLINED",
            "FUNDS_TOO_LOW",
            "VENDOR_FAILED"
        ]
    );
    for status in CreateChargeStatus::ALL {
        every_lookup_finds(status);
        // Every status is the service's, with its data, so the endpoint's set converts into
        // the service's whole; the service's converts back where the endpoint has the status.
        let service = BillingStatus::from(status);
        assert_eq!(data(service), data(status));
        assert!(service == status);
        assert!(status == service);
        assert_eq!(CreateChargeStatus::try_from(service), Ok(status));
    }
    for service in BillingStatus::ALL {
        if let Ok(status) = CreateChargeStatus::try_from(service) {
            assert_eq!(data(status), data(service));
        } else {
            assert!(
                CreateChargeStatus::ALL
                    .iter()
                    .all(|&status| status != service)
            );
        }
    }
    // Picked by an alias, the status keeps its name and every alias.
    assert_eq!(
        CreateChargeStatus::from_name("VENDOR_DOWN"),
        Some(CreateChargeStatus::VendorFailed)
    );
    assert_eq!(
        CreateChargeStatus::FundsTooLow.aliases(),
        ["INSUFFICIENT_FUNDS"]
    );
    // With each set it picks from: the standard one lacks the service's statuses.
    assert_eq!(
        HttpStatus::try_from(CreateChargeStatus::Created),
        Ok(HttpStatus::Created)
    );
    assert_eq!(
        HttpStatus::try_from(CreateChargeStatus::CardDeclined)
            .unwrap_err()
            .code(),
        470
    );
    assert_eq!(
        CreateChargeStatus::try_from(HttpStatus::Created),
        Ok(CreateChargeStatus::Created)
    );
    assert_eq!(
        CreateChargeStatus::try_from(HttpStatus::NotFound)
            .unwrap_err()
            .code(),
        404
    );
    assert!(CreateChargeStatus::BadRequest == HttpStatus::BadRequest);
    assert!(HttpStatus::NotFound != CreateChargeStatus::BadRequest);
    assert_eq!(
        AcmeStatus::try_from(CreateChargeStatus::VendorFailed),
        Ok(AcmeStatus::VendorFailed)
    );
    // Not in the endpoint's set: no lookup finds it.
    assert_eq!(CreateChargeStatus::from_code(404), None);
    assert!("NOT_FOUND".parse::<CreateChargeStatus>().is_err());
    assert_eq!(CreateChargeStatus::from_phrase("Not Found"), None);
}

#[test]
fn a_match_on_an_endpoint_set_names_exactly_its_statuses() {
    // No wildcard: the compiler checks that every status the endpoint answers is handled.
    let log = |status: CreateChargeStatus| match status {
        CreateChargeStatus::Created => "ok",
        CreateChargeStatus::BadRequest | CreateChargeStatus::CardDeclined => "client",
        CreateChargeStatus::FundsTooLow => "funds",
        CreateChargeStatus::VendorFailed => "vendor",
    };
    assert_eq!(log(CreateChargeStatus::VendorDown), "vendor");
    assert_eq!(
        acme_billing::endpoints::get_charge(false),
        AcmeStatus::NotFound
    );
}

/// A base that says it will grow (`#[non_exhaustive]`) is extended from another crate, and
/// converts both ways without a `_` arm of the user's.
#[test]
fn a_non_exhaustive_base_is_extended_from_another_crate() {
    use acme_billing::PartnerChargeStatus;
    use acme_status::partner::PartnerStatus;

    extends_every_status::<PartnerStatus, PartnerChargeStatus>("PartnerChargeStatus");
    extends_every_status::<HttpStatus, PartnerChargeStatus>("PartnerChargeStatus from HttpStatus");
    assert_eq!(PartnerChargeStatus::ALL.len(), PartnerStatus::ALL.len() + 1);
    for status in PartnerStatus::ALL {
        let derived = PartnerChargeStatus::from(status);
        assert_eq!(data(derived), data(status));
        assert_eq!(PartnerStatus::try_from(derived), Ok(status));
        assert!(derived == status);
        assert!(status == derived);
    }
    assert_eq!(
        PartnerStatus::try_from(PartnerChargeStatus::PartnerRefused)
            .unwrap_err()
            .code(),
        476
    );
}

/// Two sets of one text in two modules, from a wrapper macro or an included file, are two
/// sets: two types, each extended and picked from by its own path.
#[test]
fn twin_sets_are_two_sets() {
    use acme_billing::markets::{EuCheckoutStatus, SouthStatus, UsCheckoutStatus};
    use acme_status::{eu, north, south, us};
    use std::any::TypeId;

    assert_ne!(
        TypeId::of::<eu::MarketStatus>(),
        TypeId::of::<us::MarketStatus>()
    );
    assert_ne!(
        TypeId::of::<north::RegionStatus>(),
        TypeId::of::<south::RegionStatus>()
    );
    for (eu, us) in eu::MarketStatus::ALL.into_iter().zip(us::MarketStatus::ALL) {
        assert_eq!(data(eu), data(us));
    }
    extends_every_status::<eu::MarketStatus, EuCheckoutStatus>("EuCheckoutStatus");
    extends_every_status::<south::RegionStatus, SouthStatus>("SouthStatus");
    assert_eq!(
        us::MarketStatus::try_from(UsCheckoutStatus::MarketClosed),
        Ok(us::MarketStatus::MarketClosed)
    );
    assert_eq!(
        UsCheckoutStatus::try_from(north::RegionStatus::RegionClosed),
        Ok(UsCheckoutStatus::RegionClosed)
    );
    assert!(UsCheckoutStatus::RegionClosed == north::RegionStatus::RegionClosed);
    assert_eq!(
        south::RegionStatus::try_from(SouthStatus::SouthOnly)
            .unwrap_err()
            .code(),
        491
    );
}

/// An entry documented with `include_str!` and `env!` in the base is inherited by a set in
/// another crate and directory, which compiles, with the entry's data as the base has it.
#[test]
fn entries_documented_with_macros_are_inherited() {
    assert_eq!(
        data(BillingStatus::VendorFailed),
        data(AcmeStatus::VendorFailed)
    );
    #[allow(deprecated)]
    let timeout = (BillingStatus::VendorTimeout, AcmeStatus::VendorTimeout);
    assert_eq!(data(timeout.0), data(timeout.1));
}

/// Errors derive `IntoProblem` on sets of another crate and on sets built on sets, and answer
/// through a set that extends them.
#[test]
fn errors_answer_as_problems_of_sets_built_on_sets() {
    use acme_billing::{BillingError, ChargeError, ChargeNotFound};
    use status::{IntoProblem, Status};

    let funds = ChargeError::Funds { missing: 250 };
    assert_eq!(funds.status(), CreateChargeStatus::FundsTooLow);
    let problem = funds.problem();
    assert_eq!(problem.title(), Some("Funds Too Low"));
    assert_eq!(problem.detail(), Some("250 cents short"));
    assert_eq!(
        problem.extension("missing_cents"),
        Some(&serde_json::json!(250))
    );
    assert_eq!(ChargeError::Vendor("acquirer").problem().detail(), None);
    assert_eq!(
        ChargeError::Declined.problem().type_uri(),
        "https://billing.example.com/problems/declined"
    );
    let codes = |statuses: Vec<_>| statuses.into_iter().map(Status::code).collect::<Vec<_>>();
    assert_eq!(codes(ChargeError::statuses()), [400, 470, 471, 520]);

    let not_found = ChargeNotFound { id: 7 }.problem();
    assert_eq!(not_found.status(), Some(BillingStatus::NotFound));
    assert_eq!(not_found.detail(), Some("no charge 7"));

    let billing = BillingError::Charge(ChargeError::Declined);
    assert_eq!(billing.status(), BillingStatus::CardDeclined);
    assert_eq!(billing.problem().title(), Some("Card Declined"));
    assert_eq!(
        BillingError::NotFound(ChargeNotFound { id: 1 })
            .problem()
            .extension("id"),
        Some(&serde_json::json!(1))
    );
    assert_eq!(BillingError::Gone.problem().detail(), None);
    let codes =
        |statuses: Vec<BillingStatus>| statuses.into_iter().map(Status::code).collect::<Vec<_>>();
    // The middleware's 401 and 403, picked from the standard set in another crate, are the
    // standard statuses the billing set holds through the company's.
    assert_eq!(
        codes(BillingError::statuses()),
        [400, 401, 403, 404, 460, 470, 471, 520]
    );
}

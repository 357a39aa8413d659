//! The billing service's statuses: its own set extends the company's, itself `#[extensible]`,
//! and each endpoint's set picks exactly the statuses the endpoint answers, from the standard
//! set, the company's and the service's. Its errors answer as problems of those sets, with a
//! `Display` of their own: the derive needs no error crate.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, unused_qualifications)]
#![deny(clippy::pedantic)]

// Imported, and written in full in `extends` all the same: what the user wrote is not linted as
// if they had written the generated code.
use acme_status::AcmeStatus;

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
    pub fn get_charge(found: bool) -> super::AcmeStatus {
        let status = if found {
            GetChargeStatus::Ok
        } else {
            GetChargeStatus::NotFound
        };
        super::AcmeStatus::try_from(status).unwrap_or(super::AcmeStatus::InternalServerError)
    }
}

status::status_codes! {
    /// What the service answers for its payment partner: the partner's statuses, which the
    /// partner says will grow, and one of the service's own.
    pub enum PartnerChargeStatus;
    extends acme_status::partner::PartnerStatus;
    476 => PARTNER_REFUSED, "Partner Refused", "The partner refused the charge.";
}

/// Sets built on two sets of one text, each by its own path.
pub mod markets {
    status::status_codes! {
        /// The European checkout: every status of the European market, and its own.
        pub enum EuCheckoutStatus;
        extends acme_status::eu::MarketStatus;
        481 => BASKET_EXPIRED, "Basket Expired", "The basket was kept too long.";
    }

    status::status_codes! {
        /// The American checkout: two statuses of the American market, one of each region.
        pub enum UsCheckoutStatus;
        use acme_status::us::MarketStatus::{OK, MARKET_CLOSED};
        use acme_status::north::RegionStatus::{REGION_CLOSED};
    }

    status::status_codes! {
        /// The southern region's statuses, and the service's own.
        pub enum SouthStatus;
        extends acme_status::south::RegionStatus;
        491 => SOUTH_ONLY, "South Only", "Only the southern region serves this.";
    }
}

/// Why `POST /charges` fails: statuses of the endpoint's set, picked from three sets in two
/// crates.
#[derive(Debug, status::IntoProblem)]
#[problem(set = endpoints::CreateChargeStatus)]
pub enum ChargeError {
    /// The issuer said no.
    #[problem(CARD_DECLINED, type = "https://billing.example.com/problems/declined")]
    Declined,
    /// The account holds less than the charge.
    #[problem(INSUFFICIENT_FUNDS)]
    Funds {
        /// How much is missing, in cents.
        #[problem(extension = "missing_cents")]
        missing: u64,
    },
    /// A vendor failed: a 5xx, whose text stays in the logs.
    #[problem(VENDOR_DOWN)]
    Vendor(&'static str),
    /// The request is malformed.
    #[problem(BAD_REQUEST)]
    Invalid(&'static str),
}

impl core::fmt::Display for ChargeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ChargeError::Declined => f.write_str("the card was declined"),
            ChargeError::Funds { missing } => write!(f, "{missing} cents short"),
            ChargeError::Vendor(vendor) => write!(f, "vendor {vendor} failed"),
            ChargeError::Invalid(why) => write!(f, "invalid charge: {why}"),
        }
    }
}

/// A charge the service does not know: a struct, with its status on the type.
#[derive(Debug, status::IntoProblem)]
#[problem(set = BillingStatus, NOT_FOUND, detail = display)]
pub struct ChargeNotFound {
    /// The charge asked for.
    #[problem(extension)]
    pub id: u64,
}

impl core::fmt::Display for ChargeNotFound {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "no charge {}", self.id)
    }
}

/// Why the company's middleware turns a request away, on its set in the company's crate, which
/// picks its statuses from the standard set.
#[derive(Debug, status::IntoProblem)]
#[problem(set = acme_status::auth::AuthStatus)]
pub enum AuthError {
    /// No credentials came with the request.
    #[problem(UNAUTHORIZED)]
    Missing,
    /// The credentials do not allow this.
    #[problem(FORBIDDEN, detail = "the token lacks the scope {scope}")]
    Scope {
        /// The scope the request needs.
        #[problem(extension)]
        scope: &'static str,
    },
}

impl core::fmt::Display for AuthError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            AuthError::Missing => f.write_str("no credentials"),
            AuthError::Scope { scope } => write!(f, "missing scope {scope}"),
        }
    }
}

/// Every error of the billing service, on its set, which extends the company's: each
/// endpoint's errors answer through it unchanged, and so does the middleware's, whose set
/// holds standard statuses that this set holds through the company's.
#[derive(Debug, status::IntoProblem)]
#[problem(set = BillingStatus)]
pub enum BillingError {
    /// `POST /charges`'s.
    #[problem(transparent)]
    Charge(ChargeError),
    /// `GET /charges/{id}`'s.
    #[problem(transparent)]
    NotFound(ChargeNotFound),
    /// The company's gateway gave up.
    #[problem(CLIENT_GONE, detail = none)]
    Gone,
    /// The middleware's, boxed as `clippy::result_large_err` would have it.
    #[problem(transparent)]
    Auth(Box<AuthError>),
}

impl core::fmt::Display for BillingError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            BillingError::Charge(error) => error.fmt(f),
            BillingError::NotFound(error) => error.fmt(f),
            BillingError::Gone => f.write_str("the client left"),
            BillingError::Auth(error) => error.fmt(f),
        }
    }
}

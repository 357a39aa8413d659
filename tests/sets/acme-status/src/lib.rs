//! A company's own statuses, defined once: an `#[extensible]` set that builds on the standard
//! one, for every service of the company to build its own on. It lives in a module and is
//! re-exported at the root, so other crates reach it by either path.
//!
//! Beside it: a partner's set that says it will grow (`#[non_exhaustive]`), and two sets of one
//! text in two modules, once from a wrapper macro and once from an included file. A set may be
//! defined anywhere an item may, warning-free: this doctest's is in the `main` that rustdoc
//! wraps it in.
//!
//! ```
//! status::status_codes! {
//!     /// A set local to `main`.
//!     #[extensible]
//!     pub enum LocalStatus;
//!     extends standard;
//!     470 => LOCAL, "Local", "A status of this program only.";
//! }
//! assert_eq!(LocalStatus::Local.code(), 470);
//! ```

#![doc(test(attr(deny(warnings))))]
#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]
#![deny(clippy::pedantic)]

/// Where the set is defined.
pub mod errors {
    status::status_codes! {
        /// Every status an Acme service may answer with: the standard ones and Acme's own.
        #[extensible]
        pub enum AcmeStatus;
        /// The codes of [`AcmeStatus`].
        pub mod acme_codes;
        extends standard;
        // Acme's services answer `409` while a write with the same key is in flight: it is sent
        // again as it was.
        #[retry(any, "Acme API guidelines, Section 4")]
        use standard::CONFLICT;
        #[phrase_alias("Client Closed Request")]
        #[spec = "Acme edge handbook, Section 2"]
        /// The edge proxy's code for a client that did not wait.
        460 => CLIENT_GONE, "Client Gone",
            "The client closed the connection before the service answered.";
        /// A vendor failed.
        #[doc = include_str!("../docs/vendor-failed.md")]
        #[alias(VENDOR_DOWN)]
        #[spec = "Acme edge handbook, Section 3"]
        520 => VENDOR_FAILED, "Vendor Failed", "A vendor the service relies on answered with an error.";
        #[doc = concat!("Defined by ", env!("CARGO_PKG_NAME"), ".")]
        #[deprecated = "use VENDOR_FAILED"]
        521 => VENDOR_TIMEOUT, "Vendor Timeout", "A vendor did not answer in time.";
        #[cacheable]
        #[no_content]
        299 => UNCHANGED, "Unchanged", "The resource is as the client last saw it.";
    }
}

pub use errors::{AcmeStatus, acme_codes};

/// A partner's statuses, which the partner says will grow: other crates extend them all the
/// same, and convert with them without a `_` of their own.
pub mod partner {
    status::status_codes! {
        /// The statuses of Acme's payment partner.
        #[extensible]
        #[non_exhaustive]
        pub enum PartnerStatus;
        extends standard;
        #[doc = include_str!("../docs/vendor-failed.md")]
        530 => PARTNER_DOWN, "Partner Down", "The partner's service does not answer.";
    }
}

/// One set for each of two markets, from one wrapper macro: two sets, two paths.
macro_rules! market_set {
    () => {
        status::status_codes! {
            /// The statuses of one market, which may grow where a feature says so.
            #[extensible]
            #[cfg_attr(all(), non_exhaustive)]
            pub enum MarketStatus;
            extends standard;
            480 => MARKET_CLOSED, "Market Closed", "The market is closed at this hour.";
        }
    };
}

/// The European market's statuses.
pub mod eu {
    market_set!();
}

/// The American market's statuses, from the same invocation as the European market's.
pub mod us {
    market_set!();
}

/// The northern region's statuses.
pub mod north {
    include!("region.rs");
}

/// The southern region's statuses, the same file as the northern region's.
pub mod south {
    include!("region.rs");
}

/// What the company's authentication middleware answers: two statuses picked from the
/// standard set, which any set built on the standard one holds too.
pub mod auth {
    status::status_codes! {
        /// Why a request is not let through.
        #[extensible]
        pub enum AuthStatus;
        use standard::{UNAUTHORIZED, FORBIDDEN};
    }
}

//! A company's own statuses, defined once: an `#[extensible]` set that builds on the standard
//! one, for every service of the company to build its own on. It lives in a module and is
//! re-exported at the root, so other crates reach it by either path.

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
        #[phrase_alias("Client Closed Request")]
        #[spec = "Acme edge handbook, Section 2"]
        /// The edge proxy's code for a client that did not wait.
        460 => CLIENT_GONE, "Client Gone",
            "The client closed the connection before the service answered.";
        #[alias(VENDOR_DOWN)]
        #[spec = "Acme edge handbook, Section 3"]
        520 => VENDOR_FAILED, "Vendor Failed", "A vendor the service relies on answered with an error.";
        #[deprecated = "use VENDOR_FAILED"]
        521 => VENDOR_TIMEOUT, "Vendor Timeout", "A vendor did not answer in time.";
        #[cacheable]
        #[no_content]
        299 => UNCHANGED, "Unchanged", "The resource is as the client last saw it.";
    }
}

pub use errors::{AcmeStatus, acme_codes};

//! The expansion resolves every path absolutely and works wherever an item may stand.

mod shadowed_core {
    // Generated code must say `::core`, never `core`.
    #[allow(dead_code)]
    mod core {}

    status::status_codes! {
        /// A set next to a module named `core`.
        pub enum Shadowed;
        pub mod shadowed_codes;
        200 => OK, "OK", "Fine.";
        #[alias(PAYLOAD_TOO_LARGE)]
        413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
    }

    #[allow(dead_code)]
    mod std {}
    #[allow(dead_code, non_camel_case_types)]
    struct u16;
    #[allow(dead_code, non_camel_case_types)]
    struct str;
    #[allow(dead_code)]
    struct Option;
    #[allow(dead_code)]
    struct Result;
}

#[no_implicit_prelude]
mod without_prelude {
    ::status::status_codes! {
        /// A set in a module without the prelude.
        pub enum Bare;
        pub mod bare_codes;
        extends standard;
        #[retry(any, "Bare API, Section 1")]
        use standard::{CONFLICT};
        #[retry(when_retry_after)]
        460 => CLIENT_GONE, "Client Gone", "The client left.";
    }
}

mod two_sets {
    status::status_codes! {
        /// The first set of the module.
        pub enum First;
        pub mod first_codes;
        200 => OK, "OK", "Fine.";
    }

    status::status_codes! {
        /// The second set of the module, with the same names.
        pub enum Second;
        pub mod second_codes;
        extends standard;
        470 => MORE, "More", "More of it.";
    }
}

#[test]
fn a_set_next_to_shadowing_items_works() {
    use shadowed_core::{Shadowed, shadowed_codes};
    assert_eq!(Shadowed::from_code(413), Some(Shadowed::PayloadTooLarge));
    assert_eq!(Shadowed::Ok.to_string(), "200 OK");
    assert_eq!("PAYLOAD_TOO_LARGE".parse(), Ok(Shadowed::ContentTooLarge));
    assert_eq!(shadowed_codes::PAYLOAD_TOO_LARGE, 413);
}

#[test]
fn a_set_without_the_prelude_works() {
    use without_prelude::{Bare, bare_codes};
    assert_eq!(Bare::ALL.len(), 63);
    assert_eq!(Bare::from(status::HttpStatus::Gone), Bare::Gone);
    assert_eq!(Bare::Conflict.retry_class(), status::RetryClass::Any);
    assert_eq!(
        Bare::ClientGone.retry_class(),
        status::RetryClass::WhenRetryAfter
    );
    assert_eq!(bare_codes::CLIENT_GONE, 460);
}

#[test]
fn two_sets_in_one_module_work() {
    use two_sets::{First, Second, first_codes, second_codes};
    assert_eq!(First::Ok.code(), Second::Ok.code());
    assert_eq!(first_codes::OK, second_codes::OK);
    assert_eq!(Second::from_name("MORE"), Some(Second::More));
}

#[test]
fn a_set_in_a_function_body_works() {
    status::status_codes! {
        /// A set local to a function.
        enum Local;
        mod local_codes;
        extends standard;
        #[alias(ALSO_LOCAL)]
        299 => HOME_GROWN, "Home Grown", "Defined in a function.";
    }
    assert_eq!(Local::from_code(299), Some(Local::AlsoLocal));
    assert_eq!(
        status::HttpStatus::try_from(Local::HomeGrown)
            .unwrap_err()
            .code(),
        299
    );
    assert_eq!(
        status::HttpStatus::try_from(Local::Ok),
        Ok(status::HttpStatus::Ok)
    );
    assert_eq!(local_codes::ALSO_LOCAL, 299);
}

#[test]
#[allow(deprecated)]
fn the_library_sets_work_under_a_renamed_dependency() {
    use status_downstream::{ExtendedStatus, LintedStatus, extended_codes, linted_codes};
    assert_eq!(
        LintedStatus::from_code(413),
        Some(LintedStatus::ContentTooLarge)
    );
    let old = LintedStatus::OldAlias;
    assert_eq!(old.code(), linted_codes::OLD_STATUS);
    assert_eq!(ExtendedStatus::ALL.len(), 63);
    assert_eq!(extended_codes::CLIENT_CLOSED_REQUEST, 499);
    assert_eq!(ExtendedStatus::ClientClosedRequest.spec(), Some("nginx"));
}

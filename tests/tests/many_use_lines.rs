//! A set of 100 `use` lines, one status each, from two sources: each source is asked once,
//! however many lines name it, so the set compiles without raising `recursion_limit` (the
//! default, 128, stopped about 64 lines when each line was a round of its own).
//!
//! Generated once; the names are every standard status and every status of `Wide`.

mod wide {
    status::status_codes! {
        /// Thirty-eight statuses of a service's own.
        #[extensible]
        pub enum Wide;
        460 => WIDE_0, "Wide 460", "The service's status 460.";
        461 => WIDE_1, "Wide 461", "The service's status 461.";
        462 => WIDE_2, "Wide 462", "The service's status 462.";
        463 => WIDE_3, "Wide 463", "The service's status 463.";
        464 => WIDE_4, "Wide 464", "The service's status 464.";
        465 => WIDE_5, "Wide 465", "The service's status 465.";
        466 => WIDE_6, "Wide 466", "The service's status 466.";
        467 => WIDE_7, "Wide 467", "The service's status 467.";
        468 => WIDE_8, "Wide 468", "The service's status 468.";
        469 => WIDE_9, "Wide 469", "The service's status 469.";
        470 => WIDE_10, "Wide 470", "The service's status 470.";
        471 => WIDE_11, "Wide 471", "The service's status 471.";
        472 => WIDE_12, "Wide 472", "The service's status 472.";
        473 => WIDE_13, "Wide 473", "The service's status 473.";
        474 => WIDE_14, "Wide 474", "The service's status 474.";
        475 => WIDE_15, "Wide 475", "The service's status 475.";
        476 => WIDE_16, "Wide 476", "The service's status 476.";
        477 => WIDE_17, "Wide 477", "The service's status 477.";
        478 => WIDE_18, "Wide 478", "The service's status 478.";
        479 => WIDE_19, "Wide 479", "The service's status 479.";
        480 => WIDE_20, "Wide 480", "The service's status 480.";
        481 => WIDE_21, "Wide 481", "The service's status 481.";
        482 => WIDE_22, "Wide 482", "The service's status 482.";
        483 => WIDE_23, "Wide 483", "The service's status 483.";
        484 => WIDE_24, "Wide 484", "The service's status 484.";
        485 => WIDE_25, "Wide 485", "The service's status 485.";
        486 => WIDE_26, "Wide 486", "The service's status 486.";
        487 => WIDE_27, "Wide 487", "The service's status 487.";
        488 => WIDE_28, "Wide 488", "The service's status 488.";
        489 => WIDE_29, "Wide 489", "The service's status 489.";
        490 => WIDE_30, "Wide 490", "The service's status 490.";
        491 => WIDE_31, "Wide 491", "The service's status 491.";
        492 => WIDE_32, "Wide 492", "The service's status 492.";
        493 => WIDE_33, "Wide 493", "The service's status 493.";
        494 => WIDE_34, "Wide 494", "The service's status 494.";
        495 => WIDE_35, "Wide 495", "The service's status 495.";
        496 => WIDE_36, "Wide 496", "The service's status 496.";
        497 => WIDE_37, "Wide 497", "The service's status 497.";
    }
}

status::status_codes! {
    /// One status a line.
    pub enum Picky;
    use standard::CONTINUE;
    use wide::Wide::WIDE_0;
    use standard::SWITCHING_PROTOCOLS;
    use wide::Wide::WIDE_1;
    use standard::PROCESSING;
    use wide::Wide::WIDE_2;
    use standard::EARLY_HINTS;
    use wide::Wide::WIDE_3;
    use standard::OK;
    use wide::Wide::WIDE_4;
    use standard::CREATED;
    use wide::Wide::WIDE_5;
    use standard::ACCEPTED;
    use wide::Wide::WIDE_6;
    use standard::NON_AUTHORITATIVE_INFORMATION;
    use wide::Wide::WIDE_7;
    use standard::NO_CONTENT;
    use wide::Wide::WIDE_8;
    use standard::RESET_CONTENT;
    use wide::Wide::WIDE_9;
    use standard::PARTIAL_CONTENT;
    use wide::Wide::WIDE_10;
    use standard::MULTI_STATUS;
    use wide::Wide::WIDE_11;
    use standard::ALREADY_REPORTED;
    use wide::Wide::WIDE_12;
    use standard::IM_USED;
    use wide::Wide::WIDE_13;
    use standard::MULTIPLE_CHOICES;
    use wide::Wide::WIDE_14;
    use standard::MOVED_PERMANENTLY;
    use wide::Wide::WIDE_15;
    use standard::FOUND;
    use wide::Wide::WIDE_16;
    use standard::SEE_OTHER;
    use wide::Wide::WIDE_17;
    use standard::NOT_MODIFIED;
    use wide::Wide::WIDE_18;
    use standard::USE_PROXY;
    use wide::Wide::WIDE_19;
    use standard::TEMPORARY_REDIRECT;
    use wide::Wide::WIDE_20;
    use standard::PERMANENT_REDIRECT;
    use wide::Wide::WIDE_21;
    use standard::BAD_REQUEST;
    use wide::Wide::WIDE_22;
    use standard::UNAUTHORIZED;
    use wide::Wide::WIDE_23;
    use standard::PAYMENT_REQUIRED;
    use wide::Wide::WIDE_24;
    use standard::FORBIDDEN;
    use wide::Wide::WIDE_25;
    use standard::NOT_FOUND;
    use wide::Wide::WIDE_26;
    use standard::METHOD_NOT_ALLOWED;
    use wide::Wide::WIDE_27;
    use standard::NOT_ACCEPTABLE;
    use wide::Wide::WIDE_28;
    use standard::PROXY_AUTHENTICATION_REQUIRED;
    use wide::Wide::WIDE_29;
    use standard::REQUEST_TIMEOUT;
    use wide::Wide::WIDE_30;
    use standard::CONFLICT;
    use wide::Wide::WIDE_31;
    use standard::GONE;
    use wide::Wide::WIDE_32;
    use standard::LENGTH_REQUIRED;
    use wide::Wide::WIDE_33;
    use standard::PRECONDITION_FAILED;
    use wide::Wide::WIDE_34;
    use standard::CONTENT_TOO_LARGE;
    use wide::Wide::WIDE_35;
    use standard::URI_TOO_LONG;
    use wide::Wide::WIDE_36;
    use standard::UNSUPPORTED_MEDIA_TYPE;
    use wide::Wide::WIDE_37;
    use standard::RANGE_NOT_SATISFIABLE;
    use standard::EXPECTATION_FAILED;
    use standard::IM_A_TEAPOT;
    use standard::MISDIRECTED_REQUEST;
    use standard::UNPROCESSABLE_CONTENT;
    use standard::LOCKED;
    use standard::FAILED_DEPENDENCY;
    use standard::TOO_EARLY;
    use standard::UPGRADE_REQUIRED;
    use standard::PRECONDITION_REQUIRED;
    use standard::TOO_MANY_REQUESTS;
    use standard::REQUEST_HEADER_FIELDS_TOO_LARGE;
    use standard::UNAVAILABLE_FOR_LEGAL_REASONS;
    use standard::INTERNAL_SERVER_ERROR;
    use standard::NOT_IMPLEMENTED;
    use standard::BAD_GATEWAY;
    use standard::SERVICE_UNAVAILABLE;
    use standard::GATEWAY_TIMEOUT;
    use standard::HTTP_VERSION_NOT_SUPPORTED;
    use standard::VARIANT_ALSO_NEGOTIATES;
    use standard::INSUFFICIENT_STORAGE;
    use standard::LOOP_DETECTED;
    use standard::NOT_EXTENDED;
    use standard::NETWORK_AUTHENTICATION_REQUIRED;
}

#[test]
fn a_hundred_use_lines_pick_a_hundred_statuses() {
    assert_eq!(Picky::ALL.len(), 100);
    assert_eq!(Picky::from_code(404), Some(Picky::NotFound));
    assert_eq!(Picky::from_code(497), Some(Picky::Wide37));
    assert_eq!(Picky::from(wide::Wide::Wide0), Picky::Wide0);
    assert_eq!(wide::Wide::try_from(Picky::Wide0), Ok(wide::Wide::Wide0));
    assert!(Picky::Ok == status::HttpStatus::Ok);
}

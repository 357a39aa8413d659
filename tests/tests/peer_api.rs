//! The API that users of Python's `http`, hyperium's `http`, npm's `statuses` and Spring's
//! `HttpStatus` reach for first, on the standard set and on custom ones.

use serde::{Deserialize, Serialize};
use status::{HttpStatus, Status};
use std::cmp::Ordering;

status::status_codes! {
    /// A custom set on its own.
    pub enum Payment;
    #[alias(CARD_DECLINED)]
    402 => DECLINED, "Declined", "The card was declined.";
    200 => CAPTURED, "Captured", "The payment was captured.";
    599 => PROCESSOR_DOWN, "Processor Down", "The card processor is down.";
    101 => UPGRADED, "Upgraded", "Switched protocols.";
    302 => MOVED, "Moved", "Go elsewhere.";
}

status::status_codes! {
    /// A custom set extending the standard one.
    pub enum Edge;
    extends standard;
    #[alias(CLIENT_LEFT)]
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

/// Every peer's notion of an error, checked against the class, for any set.
fn errors_are_4xx_and_5xx<S: Status>() {
    for &status in S::ALL {
        let expected = (400..600).contains(&status.code());
        assert_eq!(status.is_error(), expected, "{status}");
    }
}

#[test]
fn is_error_is_4xx_or_5xx() {
    errors_are_4xx_and_5xx::<HttpStatus>();
    errors_are_4xx_and_5xx::<Payment>();
    errors_are_4xx_and_5xx::<Edge>();
    const { assert!(HttpStatus::NotFound.is_error()) };
    assert!(Payment::Declined.is_error() && Payment::ProcessorDown.is_error());
    assert!(!Payment::Captured.is_error() && !Payment::Moved.is_error());
    assert!(Edge::ClientGone.is_error());
}

/// `PartialOrd<u16>` agrees with `PartialEq<u16>` and with the codes' order, both ways.
fn orders_like_its_code<S: Status>()
where
    u16: PartialOrd<S>,
{
    for &status in S::ALL {
        let code = status.code();
        for other in [
            0,
            99,
            100,
            199,
            200,
            399,
            400,
            404,
            499,
            500,
            599,
            600,
            u16::MAX,
        ] {
            // `Ord` of `u16`, since the `where` clause makes `==` and `partial_cmp` ambiguous.
            let (forward, backward) = (code.cmp(&other), other.cmp(&code));
            assert_eq!(status.partial_cmp(&other), Some(forward));
            assert_eq!(other.partial_cmp(&status), Some(backward));
            assert_eq!(status == other, forward == Ordering::Equal);
            assert_eq!(other == status, backward == Ordering::Equal);
        }
    }
}

#[test]
fn statuses_compare_with_integers_as_python_int_enums_do() {
    orders_like_its_code::<HttpStatus>();
    orders_like_its_code::<Payment>();
    orders_like_its_code::<Edge>();
    assert!(HttpStatus::NotFound >= 400);
    assert!(HttpStatus::NotFound < 500);
    assert!(400 <= HttpStatus::NotFound);
    assert!(Payment::Declined > 400 && Payment::Declined <= 402);
    assert!(Edge::ClientGone > 459);
}

#[test]
fn code_str_is_the_code_as_text() {
    for code in 100..=599 {
        if let Some(status) = HttpStatus::from_code(code) {
            assert_eq!(status.code_str(), code.to_string());
            assert_eq!(Status::code_str(status), code.to_string());
        }
    }
    for status in Payment::ALL {
        assert_eq!(status.code_str(), status.code().to_string());
    }
    const DECLINED: &str = Payment::Declined.code_str();
    assert_eq!(DECLINED, "402");
    assert_eq!(Edge::ClientGone.code_str(), "460");
    assert_eq!(HttpStatus::Continue.code_str(), "100");
    assert_eq!(Payment::ProcessorDown.code_str(), "599");
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Record {
    #[serde(with = "status::serde::name")]
    standard: HttpStatus,
    #[serde(with = "status::serde::name")]
    payment: Payment,
    // The default, beside it, stays the number.
    edge: Edge,
}

#[test]
fn serde_by_name_writes_names_and_reads_names_aliases_and_codes() {
    let record = Record {
        standard: HttpStatus::ContentTooLarge,
        payment: Payment::Declined,
        edge: Edge::ClientGone,
    };
    let json = serde_json::to_string(&record).unwrap();
    assert_eq!(
        json,
        r#"{"standard":"CONTENT_TOO_LARGE","payment":"DECLINED","edge":460}"#
    );
    assert_eq!(serde_json::from_str::<Record>(&json).unwrap(), record);
    for other_forms in [
        r#"{"standard":"REQUEST_ENTITY_TOO_LARGE","payment":"CARD_DECLINED","edge":460}"#,
        r#"{"standard":413,"payment":402,"edge":"460"}"#,
        r#"{"standard":"413","payment":"402","edge":"CLIENT_LEFT"}"#,
    ] {
        assert_eq!(serde_json::from_str::<Record>(other_forms).unwrap(), record);
    }
    let error = serde_json::from_str::<Record>(r#"{"standard":"NOPE","payment":402,"edge":460}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("NOPE") && error.contains("HttpStatus"),
        "{error}"
    );
    let error = serde_json::from_str::<Record>(r#"{"standard":404,"payment":404,"edge":460}"#)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("404") && error.contains("Payment"),
        "{error}"
    );
}

#[test]
fn every_status_round_trips_by_name() {
    #[derive(Serialize, Deserialize)]
    struct One<S: Status> {
        #[serde(with = "status::serde::name")]
        #[serde(bound = "")]
        status: S,
    }
    fn round_trip<S: Status>() {
        for &status in S::ALL {
            let json = serde_json::to_string(&One { status }).unwrap();
            assert_eq!(json, format!(r#"{{"status":"{}"}}"#, status.name()));
            assert_eq!(
                serde_json::from_str::<One<S>>(&json).unwrap().status,
                status
            );
        }
    }
    round_trip::<HttpStatus>();
    round_trip::<Payment>();
    round_trip::<Edge>();
}

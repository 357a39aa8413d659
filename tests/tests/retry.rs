//! When to try again: the retry class of every status of the standard set, of sets that
//! give a status another class and of those that inherit it, and `retry::decide` over every
//! standard status, four requests and four answers.

use acme_billing::BillingStatus;
use acme_status::AcmeStatus;
use http::{HeaderMap, HeaderValue, Method};
use status::retry::{Decision, decide, retry_after};
use status::{HttpStatus, RetryClass, Status};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The standard statuses whose class is not their class's default (`never` below `500`,
/// `idempotent` from it), each with the clause it comes from, as RFC 9110 and the RFCs that
/// define them say.
const CLASSED: &[(u16, RetryClass, &str)] = &[
    // 9110 15.5.2: the client may repeat the request with new credentials.
    (401, RetryClass::AfterChange, "RFC 9110, Section 15.5.2"),
    // 9110 15.5.8: the client needs to authenticate with the proxy.
    (407, RetryClass::AfterChange, "RFC 9110, Section 15.5.8"),
    // 9110 15.5.9: a client may repeat a request that timed out; 9.2.2 limits that to
    // idempotent requests.
    (408, RetryClass::Idempotent, "RFC 9110, Section 15.5.9"),
    // 9110 15.5.10: the user might resolve the conflict and resubmit.
    (409, RetryClass::AfterChange, "RFC 9110, Section 15.5.10"),
    // 9110 15.5.13: a precondition evaluated false; a fresh read gives new validators.
    (412, RetryClass::AfterChange, "RFC 9110, Section 15.5.13"),
    // 9110 15.5.14: a temporary condition comes with Retry-After.
    (413, RetryClass::WhenRetryAfter, "RFC 9110, Section 15.5.14"),
    // 9110 10.1.1: repeat the request without the 100-continue expectation.
    (417, RetryClass::AfterChange, "RFC 9110, Section 10.1.1"),
    // 9110 15.5.20: may be retried over another connection whatever the method.
    (421, RetryClass::Any, "RFC 9110, Section 15.5.20"),
    // 8470 5.2: the client retries the request outside early data.
    (425, RetryClass::Any, "RFC 8470, Section 5.2"),
    // 9110 15.5.22: the server may answer after the client upgrades its protocol.
    (426, RetryClass::AfterChange, "RFC 9110, Section 15.5.22"),
    // 6585 3: the request must be conditional; the answer says how to resubmit it.
    (428, RetryClass::AfterChange, "RFC 6585, Section 3"),
    // 6585 4: rate limited, not processed; Retry-After says when.
    (429, RetryClass::Any, "RFC 6585, Section 4"),
    // 9110 15.6.2: the server does not support the functionality.
    (501, RetryClass::Never, "RFC 9110, Section 15.6.2"),
    // 9110 15.6.4: temporary overload or maintenance; Retry-After may say when.
    (503, RetryClass::Idempotent, "RFC 9110, Section 15.6.4"),
    // 9110 15.6.6: the major version is not supported.
    (505, RetryClass::Never, "RFC 9110, Section 15.6.6"),
    // 2295 8.1: a configuration error of the server.
    (506, RetryClass::Never, "RFC 2295, Section 8.1"),
    // 4918 11.5: must not be repeated until a separate user action requests it.
    (507, RetryClass::Never, "RFC 4918, Section 11.5"),
    // 5842 7.2: the server met an infinite loop.
    (508, RetryClass::Never, "RFC 5842, Section 7.2"),
    // 2774 7: the answer says how to extend the request.
    (510, RetryClass::AfterChange, "RFC 2774, Section 7"),
    // 6585 6: the client must authenticate to gain network access.
    (511, RetryClass::AfterChange, "RFC 6585, Section 6"),
];

/// The class and clause of a standard status the table above does not name: its class's
/// default (RFC 9110, Section 15: an unknown code is its class's `x00`).
fn default_class(code: u16) -> (RetryClass, &'static str) {
    match code / 100 {
        1 => (RetryClass::Never, "RFC 9110, Section 15.2"),
        2 => (RetryClass::Never, "RFC 9110, Section 15.3"),
        3 => (RetryClass::Never, "RFC 9110, Section 15.4"),
        4 => (RetryClass::Never, "RFC 9110, Section 15.5"),
        _ => (RetryClass::Idempotent, "RFC 9110, Section 9.2.2"),
    }
}

#[test]
fn every_standard_status_has_its_sourced_class() {
    for status in HttpStatus::ALL {
        let (class, spec) = CLASSED
            .iter()
            .find(|(code, ..)| *code == status.code())
            .map_or_else(
                || default_class(status.code()),
                |(_, class, spec)| (*class, *spec),
            );
        assert_eq!(status.retry_class(), class, "{status}");
        assert_eq!(status.retry_spec(), Some(spec), "{status}");
        // The trait answers as the inherent `const fn`.
        assert_eq!(Status::retry_class(status), class, "{status}");
        assert_eq!(Status::retry_spec(status), Some(spec), "{status}");
    }
    const {
        assert!(matches!(
            HttpStatus::TooManyRequests.retry_class(),
            RetryClass::Any
        ))
    };
}

/// The requests of the table: `GET`, `PUT`, `POST`, and `POST` with an `Idempotency-Key`.
fn requests() -> [(Method, HeaderMap); 4] {
    let mut keyed = HeaderMap::new();
    keyed.insert(
        "idempotency-key",
        HeaderValue::from_static("\"8e03978e-40d5\""),
    );
    [
        (Method::GET, HeaderMap::new()),
        (Method::PUT, HeaderMap::new()),
        (Method::POST, HeaderMap::new()),
        (Method::POST, keyed),
    ]
}

/// Wed, 21 Oct 2015 07:28:00 GMT.
fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_445_412_480)
}

/// The answers of the table: no `Retry-After`, 120 seconds, a date 90 seconds after `now`,
/// and one that is neither.
fn answers() -> [HeaderMap; 4] {
    let with = |value: &'static str| {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static(value));
        headers
    };
    [
        HeaderMap::new(),
        with("120"),
        with("Wed, 21 Oct 2015 07:29:30 GMT"),
        with("in a minute"),
    ]
}

/// What a client does, by class, request (rows: `GET`, `PUT`, `POST`, keyed `POST`) and
/// answer (columns: none, seconds, date, garbage): `R` retry after the caller's backoff,
/// `S` after 120 s, `D` after 90 s, `C` after a change, `N` never.
///
/// - `any` (9110 15.5.20, 8470 5.2, 6585 4): whatever the method; Retry-After when valid.
/// - `idempotent` (9110 9.2.2): not a `POST` without a key.
/// - `when_retry_after` (9110 15.5.14): only with a valid Retry-After, whatever the method.
const DECISIONS: [(RetryClass, [&str; 4]); 5] = [
    (RetryClass::Any, ["RSDR", "RSDR", "RSDR", "RSDR"]),
    (RetryClass::Idempotent, ["RSDR", "RSDR", "NNNN", "RSDR"]),
    (RetryClass::WhenRetryAfter, ["NSDN", "NSDN", "NSDN", "NSDN"]),
    (RetryClass::AfterChange, ["CCCC", "CCCC", "CCCC", "CCCC"]),
    (RetryClass::Never, ["NNNN", "NNNN", "NNNN", "NNNN"]),
];

fn decision(letter: u8) -> Decision {
    match letter {
        b'R' => Decision::Retry { after: None },
        b'S' => Decision::Retry {
            after: Some(Duration::from_secs(120)),
        },
        b'D' => Decision::Retry {
            after: Some(Duration::from_secs(90)),
        },
        b'C' => Decision::AfterChange,
        _ => Decision::Never,
    }
}

#[test]
fn decide_over_every_standard_status_request_and_answer() {
    let mut decided = 0;
    for status in HttpStatus::ALL {
        let (_, rows) = DECISIONS
            .iter()
            .find(|(class, _)| *class == status.retry_class())
            .unwrap();
        for ((method, request), row) in requests().iter().zip(rows) {
            for (answer, letter) in answers().iter().zip(row.bytes()) {
                // Below `400` nothing failed, whatever a set's class says.
                let expected = if status.code() < 400 {
                    Decision::Never
                } else {
                    decision(letter)
                };
                let got = decide(status, method, request, answer, now());
                assert_eq!(
                    got, expected,
                    "{status} to {method} {request:?} with {answer:?}"
                );
                decided += 1;
            }
        }
    }
    assert_eq!(decided, HttpStatus::ALL.len() * 16);
}

status::status_codes! {
    /// An edge proxy's statuses: a `409` its origins answer while a write is in flight, safe to
    /// send again; its own codes, classed or by default.
    pub enum EdgeStatus;
    extends standard;
    #[retry(any, "Edge runbook, Section 1")]
    use standard::CONFLICT;
    #[retry(when_retry_after)]
    460 => SHED, "Shed", "The proxy shed the request under load.";
    499 => CLIENT_CLOSED, "Client Closed Request", "The client closed the connection.";
    520 => ORIGIN_ERROR, "Origin Error", "The origin answered with something unexpected.";
    #[retry(never)]
    530 => ORIGIN_DNS_ERROR, "Origin DNS Error", "The origin's name does not resolve.";
}

status::status_codes! {
    /// A billing endpoint's statuses, picked from the service's set: the company's `409`, and
    /// another class for the company's `520`.
    pub enum ChargeStatus;
    use acme_billing::BillingStatus::{CREATED, CONFLICT};
    #[retry(never)]
    use acme_status::AcmeStatus::{VENDOR_FAILED};
}

status::status_codes! {
    /// A service built on the billing service, which gives the `409` back its standard class.
    pub enum LedgerStatus;
    extends acme_billing::BillingStatus;
    #[retry(after_change, "Ledger API, Section 2")]
    use standard::CONFLICT;
}

#[test]
fn a_set_gives_a_status_another_class_and_sets_built_on_it_inherit_it() {
    // The set's own: written, or its class's default.
    assert_eq!(
        class_of(EdgeStatus::Shed),
        (RetryClass::WhenRetryAfter, None)
    );
    assert_eq!(EdgeStatus::ClientClosed.retry_class(), RetryClass::Never);
    assert_eq!(
        class_of(EdgeStatus::OriginError),
        (RetryClass::Idempotent, Some("RFC 9110, Section 9.2.2"))
    );
    assert_eq!(EdgeStatus::OriginDnsError.retry_class(), RetryClass::Never);
    // Another class for an inherited status, in this set only: the status is the same one.
    assert_eq!(
        class_of(EdgeStatus::Conflict),
        (RetryClass::Any, Some("Edge runbook, Section 1"))
    );
    assert_eq!(HttpStatus::Conflict.retry_class(), RetryClass::AfterChange);
    assert!(EdgeStatus::Conflict == HttpStatus::Conflict);
    assert_eq!(EdgeStatus::NotFound.retry_class(), RetryClass::Never);

    // Across crates: Acme gives `409` another class, the billing service inherits it, an
    // endpoint that picks it from there too, and a set built on billing gives it back.
    let acme = (RetryClass::Any, Some("Acme API guidelines, Section 4"));
    assert_eq!(class_of(AcmeStatus::Conflict), acme);
    assert_eq!(class_of(BillingStatus::Conflict), acme);
    assert_eq!(ChargeStatus::Conflict.retry_class(), RetryClass::Any);
    assert_eq!(
        class_of(LedgerStatus::Conflict),
        (RetryClass::AfterChange, Some("Ledger API, Section 2"))
    );
    // Acme's own `520`, by default; picked with another class.
    assert_eq!(
        BillingStatus::VendorFailed.retry_class(),
        RetryClass::Idempotent
    );
    assert_eq!(ChargeStatus::VendorFailed.retry_class(), RetryClass::Never);
    assert_eq!(
        LedgerStatus::VendorFailed.retry_class(),
        RetryClass::Idempotent
    );

    // `decide` reads the set's class: the edge's `409` is sent again, even for a `POST`.
    let none = HeaderMap::new();
    let post = |status| decide(status, &Method::POST, &none, &none, now());
    assert_eq!(post(EdgeStatus::Conflict), Decision::Retry { after: None });
    assert_eq!(
        decide(HttpStatus::Conflict, &Method::POST, &none, &none, now()),
        Decision::AfterChange
    );
}

/// A status's class and clause, through the trait.
fn class_of<S: Status>(status: S) -> (RetryClass, Option<&'static str>) {
    (status.retry_class(), status.retry_spec())
}

/// `Retry-After` as servers send it, right and wrong.
#[test]
fn retry_after_reads_both_forms_and_nothing_else() {
    let read = |values: &[&[u8]]| {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("retry-after", HeaderValue::from_bytes(value).unwrap());
        }
        retry_after(&headers, now())
    };
    let secs = |secs| Some(Duration::from_secs(secs));
    assert_eq!(read(&[]), None);
    assert_eq!(read(&[b"0"]), secs(0));
    assert_eq!(read(&[b" 30\t"]), secs(30));
    assert_eq!(read(&[b"007"]), secs(7));
    assert_eq!(read(&[b"99999999999999999999999"]), secs(u64::MAX));
    // The three date forms of RFC 9110, Section 5.6.7.
    assert_eq!(read(&[b"Wed, 21 Oct 2015 07:28:30 GMT"]), secs(30));
    assert_eq!(read(&[b"Wednesday, 21-Oct-15 07:28:30 GMT"]), secs(30));
    assert_eq!(read(&[b"Wed Oct 21 07:28:30 2015"]), secs(30));
    // A date already past is now.
    assert_eq!(read(&[b"Tue, 20 Oct 2015 07:28:00 GMT"]), secs(0));
    // The same value twice is that value; two that differ say nothing for sure.
    assert_eq!(read(&[b"5", b"5"]), secs(5));
    assert_eq!(read(&[b"5", b"6"]), None);
    for garbage in [
        &b""[..],
        b"-5",
        b"+5",
        b"1.5",
        b"5s",
        b"0x10",
        b"soon",
        b"Wed, 21 Oct 2015",
        b"Wed, 32 Oct 2015 07:28:30 GMT",
        b"\xff\xfe",
    ] {
        assert_eq!(
            read(&[garbage]),
            None,
            "{:?}",
            String::from_utf8_lossy(garbage)
        );
    }
}

/// A `Retry-After` value: seconds, a date, or any bytes.
fn retry_after_value() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
    use proptest::strategy::Strategy as _;
    proptest::prop_oneof![
        "[ \t]?[0-9]{1,25}[ \t]?".prop_map(String::into_bytes),
        "(Mon|Wed), [0-3][0-9] (Jan|Oct) (19|20)[0-9]{2} [0-2][0-9]:[0-5][0-9]:[0-6][0-9] GMT"
            .prop_map(String::into_bytes),
        proptest::collection::vec(proptest::num::u8::ANY, 0..40),
    ]
}

proptest::proptest! {
    /// Whatever the headers hold, `decide` answers and never panics, and `Retry-After` only
    /// ever shortens or keeps a retry, never makes one of a status that has none.
    #[test]
    fn decide_never_panics(
        code in 100u16..600,
        method in "[A-Z]{1,8}",
        key in proptest::option::of(proptest::collection::vec(proptest::num::u8::ANY, 0..20)),
        after in proptest::collection::vec(retry_after_value(), 0..3),
        seconds in proptest::num::u64::ANY,
    ) {
        let Some(status) = HttpStatus::from_code_or_class(code) else { return Ok(()) };
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = HeaderMap::new();
        if let Some(Ok(key)) = key.map(|key| HeaderValue::from_bytes(&key)) {
            request.insert("idempotency-key", key);
        }
        let mut answer = HeaderMap::new();
        for value in after.iter().filter_map(|value| HeaderValue::from_bytes(value).ok()) {
            answer.append("retry-after", value);
        }
        let now = UNIX_EPOCH + Duration::from_secs(seconds % (1 << 40));
        let decided = decide(status, &method, &request, &answer, now);
        let without = decide(status, &method, &request, &HeaderMap::new(), now);
        match (decided, without) {
            (Decision::Retry { .. }, Decision::Retry { after: None }) => {}
            (Decision::Retry { .. }, Decision::Never) => {
                proptest::prop_assert_eq!(status.retry_class(), RetryClass::WhenRetryAfter);
            }
            (decided, without) => proptest::prop_assert_eq!(decided, without),
        }
    }
}

/// The README's table of classes says what the standard set does: each code it lists has the
/// class of its row, and every code whose class is not `never` is listed.
#[test]
fn the_readme_table_of_classes_is_the_standard_sets() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let section = readme
        .split("## When to try again")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the README has the section");
    let mut listed = Vec::new();
    for row in section.lines().filter(|line| line.starts_with("| `")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let class = cells[1].trim_matches('`');
        for code in cells[2]
            .split([',', ';', ' '])
            .filter_map(|word| word.parse::<u16>().ok())
        {
            let status = HttpStatus::from_code(code).expect("a standard code");
            assert_eq!(
                status.retry_class().as_str(),
                class,
                "{status} in the README"
            );
            listed.push(code);
        }
    }
    for status in HttpStatus::ALL {
        if status.retry_class() != RetryClass::Never {
            assert!(
                listed.contains(&status.code()),
                "{status} is not in the README's table"
            );
        }
    }
}

//! `Problem`'s JSON, as a client reads problems from servers it does not control: any object
//! reads as a problem that writes back the same members (a status the set lacks, members of
//! the wrong type and all); anything else is an error that says so; never a panic.

use proptest::prelude::*;
use serde_json::{Map, Value};
use status::Problem;

status::status_codes! {
    /// The statuses the problems are read with: standard ones and a service's own.
    pub enum CreateUserStatus;
    use standard::{BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, CONFLICT, INTERNAL_SERVER_ERROR};
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

/// JSON of any shape, scalars and nesting included.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u16>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(".{0,6}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// An object whose members are often the problem's own, with values of every type: codes
/// of the set and others among them.
fn problem_like() -> impl Strategy<Value = Value> {
    let name = prop_oneof![
        Just("type".to_owned()),
        Just("title".to_owned()),
        Just("status".to_owned()),
        Just("detail".to_owned()),
        Just("instance".to_owned()),
        "[a-z_]{1,8}",
    ];
    let value = prop_oneof![
        3 => json(),
        2 => prop::sample::select(vec![201u16, 400, 401, 403, 409, 470, 500, 404, 599, 0])
            .prop_map(Value::from),
        2 => "[ -~]{0,20}".prop_map(Value::String),
    ];
    prop::collection::vec((name, value), 0..8)
        .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>()))
}

fn check(value: &Value) -> Result<(), TestCaseError> {
    match serde_json::from_value::<Problem<CreateUserStatus>>(value.clone()) {
        Ok(problem) => {
            let written = serde_json::to_value(&problem).unwrap();
            prop_assert_eq!(&written, value);
            // The status is the set's, or its number is kept.
            if let Some(code) = value.get("status").and_then(Value::as_u64) {
                prop_assert_eq!(
                    problem.code().map(u64::from),
                    u16::try_from(code).ok().map(u64::from)
                );
            }
        }
        Err(error) => {
            prop_assert!(
                !value.is_object(),
                "an object is a problem: {error} for {value}"
            );
            let message = error.to_string();
            prop_assert!(
                message.contains("JSON object"),
                "unclear error {message:?} for {value}"
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_json_is_a_problem_that_round_trips_or_an_error(value in json()) {
        check(&value)?;
    }

    #[test]
    fn any_problem_like_object_round_trips_or_is_an_error(value in problem_like()) {
        check(&value)?;
    }

    #[test]
    fn any_bytes_are_a_problem_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        // Never a panic, whatever arrives on the wire.
        let _ = serde_json::from_slice::<Problem<CreateUserStatus>>(&bytes);
    }
}

#[test]
fn a_client_reads_whatever_a_server_sent() {
    let read = |json: &str| serde_json::from_str::<Problem<CreateUserStatus>>(json).unwrap();
    // A status the set lacks: no status, its number kept, every member kept.
    let gateway = read(r#"{"status": 502, "title": "Bad Gateway", "retry": true}"#);
    assert_eq!(gateway.status(), None);
    assert_eq!(gateway.code(), Some(502));
    assert_eq!(gateway.title(), Some("Bad Gateway"));
    assert_eq!(gateway.extension("retry"), Some(&serde_json::json!(true)));
    assert_eq!(gateway.to_string(), "502 Bad Gateway");
    // Members of the wrong type are ignored, as RFC 9457 asks, and kept visible.
    let broken = read(r#"{"status": "409", "title": 5}"#);
    assert_eq!(
        (broken.status(), broken.code(), broken.title()),
        (None, None, None)
    );
    assert_eq!(broken.ignored()["status"], serde_json::json!("409"));
    assert_eq!(broken.ignored()["title"], serde_json::json!(5));
    // The last of a member written twice counts, for every member.
    assert_eq!(
        read(r#"{"detail": "a", "detail": "b"}"#).detail(),
        Some("b")
    );
    assert_eq!(read(r#"{"status": "x", "status": 409}"#).code(), Some(409));
    assert!(read(r#"{"status": 409, "status": "x"}"#).status().is_none());
    assert_eq!(
        read(r#"{"n": 1, "n": 2}"#).extension("n"),
        Some(&serde_json::json!(2))
    );
    // An explicit `about:blank` is no `type`: the same title, the same problem.
    let explicit = read(r#"{"type": "about:blank", "status": 409}"#);
    assert_eq!(explicit.title(), Some("Conflict"));
    assert_eq!(explicit, read(r#"{"status": 409}"#));
    assert_ne!(explicit, read(r#"{"type": "/other", "status": 409}"#));
    // Only what is no object is an error.
    let error = serde_json::from_str::<Problem<CreateUserStatus>>("[1]").unwrap_err();
    assert!(error.to_string().contains("JSON object"));
    let read: Problem<CreateUserStatus> =
        serde_json::from_str(r#"{"status": 409, "trace": [1, {"a": null}]}"#).unwrap();
    assert_eq!(
        read.extension("trace"),
        Some(&serde_json::json!([1, {"a": null}]))
    );
    assert_eq!(
        read.title(),
        Some("Conflict"),
        "about:blank's title is the phrase"
    );
}

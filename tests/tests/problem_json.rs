//! `Problem`'s JSON: any JSON either reads as a problem that writes back the same members, or
//! is an error that says what is wrong; never a panic.

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
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(
                message.contains("member `")
                    || message.contains("is not a code of the set")
                    || message.contains("JSON object")
                    || message.contains("expected"),
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
fn errors_name_what_is_wrong() {
    let read = |json: &str| {
        serde_json::from_str::<Problem<CreateUserStatus>>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(read(r#"{"status": 404}"#).contains("status 404 is not a code of the set"));
    assert!(read(r#"{"title": 5}"#).contains("member `title` is not a string"));
    assert!(read(r#"{"status": "409"}"#).contains("member `status` is not an integer"));
    assert!(read(r#"{"detail": "a", "detail": "b"}"#).contains("duplicate member `detail`"));
    assert!(read("[1]").contains("JSON object"));
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

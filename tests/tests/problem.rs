//! `#[derive(IntoProblem)]` and `Problem`, on the issue's users API: every variant's status,
//! problem and JSON, transparent variants through sets built on sets, and the framework impls.

use status::{IntoProblem, Problem, Status};

status::status_codes! {
    /// Every status of the users service: the standard ones and its own.
    #[extensible]
    pub enum UserStatus;
    extends standard;
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

status::status_codes! {
    /// What the authentication middleware answers, on every endpoint.
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

status::status_codes! {
    /// What `POST /users` answers: the middleware's statuses, written once, and its own.
    pub enum CreateUserStatus;
    extends AuthStatus;
    use standard::{CREATED, BAD_REQUEST, CONFLICT, INTERNAL_SERVER_ERROR};
    use UserStatus::{NAME_RESERVED};
}

/// Why authentication fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("no credentials")]
    #[problem(UNAUTHORIZED, type = "https://example.com/problems/no-credentials")]
    Missing,
    #[error("the token does not allow {0}")]
    #[problem(FORBIDDEN)]
    Scope(String),
}

/// Why `POST /users` fails.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
pub enum CreateUserError {
    #[error("the name {0:?} is taken")]
    #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
    Taken(String),
    #[error("the name is reserved")]
    #[problem(NAME_RESERVED)]
    Reserved,
    #[error("storage failed: {0}")]
    #[problem(INTERNAL_SERVER_ERROR)]
    Storage(std::io::Error),
    #[error("balance too low")]
    #[problem(BAD_REQUEST, detail = "The account cannot pay for this.")]
    Poor {
        #[problem(extension)]
        balance: i64,
    },
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
}

#[test]
fn each_variant_answers_with_its_status_and_problem() {
    let taken = CreateUserError::Taken("ada".into());
    assert_eq!(taken.status(), CreateUserStatus::Conflict);
    let problem = taken.problem();
    assert_eq!(problem.status(), Some(CreateUserStatus::Conflict));
    assert_eq!(
        problem.type_uri(),
        "https://example.com/problems/name-taken"
    );
    assert_eq!(problem.title(), Some("Conflict"));
    // A 4xx sends its `Display`.
    assert_eq!(problem.detail(), Some("the name \"ada\" is taken"));

    // The service's own status is titled by its own phrase.
    let reserved = CreateUserError::Reserved.problem();
    assert_eq!(reserved.status().map(Status::code), Some(470));
    assert_eq!(reserved.title(), Some("Name Reserved"));
    assert_eq!(reserved.type_uri(), "about:blank");

    // A 5xx withholds its `Display`, which may leak what the client must not see.
    let storage = CreateUserError::Storage(std::io::Error::other("disk /dev/sda1 full"));
    assert_eq!(storage.status(), CreateUserStatus::InternalServerError);
    assert_eq!(storage.problem().detail(), None);

    let poor = CreateUserError::Poor { balance: -5 }.problem();
    assert_eq!(poor.detail(), Some("The account cannot pay for this."));
    assert_eq!(poor.extension("balance"), Some(&serde_json::json!(-5)));
}

#[test]
fn a_transparent_variant_answers_with_the_inner_problem_in_this_set() {
    let error = CreateUserError::from(AuthError::Scope("users:write".into()));
    assert_eq!(error.status(), CreateUserStatus::Forbidden);
    let problem = error.problem();
    assert_eq!(problem.status(), Some(CreateUserStatus::Forbidden));
    assert_eq!(
        problem.detail(),
        Some("the token does not allow users:write")
    );
    let missing = CreateUserError::Auth(AuthError::Missing).problem();
    assert_eq!(
        missing.type_uri(),
        "https://example.com/problems/no-credentials"
    );
}

#[test]
fn statuses_lists_every_status_once_in_code_order() {
    let codes: Vec<u16> = CreateUserError::statuses()
        .into_iter()
        .map(Status::code)
        .collect();
    assert_eq!(codes, [400, 401, 403, 409, 470, 500]);
    assert_eq!(
        AuthError::statuses(),
        [AuthStatus::Unauthorized, AuthStatus::Forbidden]
    );
}

#[test]
fn the_json_is_rfc_9457s() {
    let json = serde_json::to_value(CreateUserError::Poor { balance: 3 }.problem()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "title": "Bad Request",
            "status": 400,
            "detail": "The account cannot pay for this.",
            "balance": 3,
        })
    );
    let read: Problem<CreateUserStatus> = serde_json::from_value(json).unwrap();
    assert_eq!(read, CreateUserError::Poor { balance: 3 }.problem());
}

mod json {
    //! Any JSON either reads as a problem that writes back the same members, or is an error
    //! that says what is wrong; never a panic.

    use super::CreateUserStatus;
    use proptest::prelude::*;
    use serde_json::{Map, Value};
    use status::Problem;

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
}

/// The derive's expansion names every path absolutely: it compiles without the prelude, and
/// with a renamed facade through `crate = PATH`.
#[no_implicit_prelude]
mod bare {
    extern crate status as renamed;

    ::status::status_codes! {
        /// A set without the prelude.
        pub enum BareStatus;
        use standard::{NOT_FOUND, GONE};
    }

    /// An error without the prelude.
    #[derive(Debug, ::status::IntoProblem)]
    #[problem(set = BareStatus, crate = renamed)]
    pub enum BareError {
        #[problem(NOT_FOUND)]
        Missing {
            #[problem(extension)]
            id: u32,
        },
        #[problem(GONE, detail = "It left.")]
        Gone,
    }

    impl ::core::fmt::Display for BareError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("bare")
        }
    }
}

#[test]
fn the_derive_needs_no_prelude() {
    let problem = bare::BareError::Missing { id: 3 }.problem();
    assert_eq!(problem.status(), Some(bare::BareStatus::NotFound));
    assert_eq!(problem.detail(), Some("bare"));
    assert_eq!(bare::BareError::Gone.problem().detail(), Some("It left."));
}

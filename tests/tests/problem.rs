//! `#[derive(IntoProblem)]` and `Problem`, on the users API: every variant's status,
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

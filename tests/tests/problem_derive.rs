//! `#[derive(IntoProblem)]` where demanding users push it: transparent variants between sets
//! that hold the same statuses however they were declared, one status through two sources,
//! enums without variants, generic and boxed errors, `no_response`, and thiserror's habits
//! (`detail` placeholders, `title`, `Option` extensions, `rename_all`).

use status::IntoProblem;

status::status_codes! {
    /// Every status of the users service.
    #[extensible]
    pub enum UserStatus;
    extends standard;
    470 => NAME_RESERVED, "Name Reserved", "The name is kept for the service's own use.";
}

status::status_codes! {
    /// What the authentication middleware answers: picked, not inherited.
    #[extensible]
    pub enum AuthStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN};
}

status::status_codes! {
    /// What a path parameter is refused with.
    #[extensible]
    pub enum PathStatus;
    use standard::{BAD_REQUEST, NOT_FOUND};
}

status::status_codes! {
    /// What a body is refused with.
    #[extensible]
    pub enum BodyStatus;
    use standard::{BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE};
}

status::status_codes! {
    /// `PUT /users/{id}`: `BAD_REQUEST` reaches it through both refusals, and `use` lines name
    /// statuses it holds already; each is one status.
    pub enum UpdateUserStatus;
    extends UserStatus;
    use PathStatus::{BAD_REQUEST, NOT_FOUND};
    use BodyStatus::{BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE};
    use standard::{UNAUTHORIZED};
    use AuthStatus::{FORBIDDEN};
}

status::status_codes! {
    /// A set that picks what the middleware picked, from the standard set directly.
    pub enum PickedStatus;
    use standard::{UNAUTHORIZED, FORBIDDEN, CONFLICT, INTERNAL_SERVER_ERROR};
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum AuthError {
    #[error("no credentials")]
    #[problem(UNAUTHORIZED)]
    Missing,
    #[error("the token does not allow {0}")]
    #[problem(FORBIDDEN)]
    Scope(String),
}

/// On a set that extends `standard`: it holds 401 and 403 without naming them.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = UpdateUserStatus)]
pub enum UpdateUserError {
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
}

/// On a set that picks the same statuses from the standard set.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = PickedStatus)]
pub enum PickedError {
    #[error(transparent)]
    #[problem(transparent)]
    Auth(#[from] AuthError),
    #[error(transparent)]
    #[problem(transparent)]
    Boxed(Box<AuthError>),
}

#[test]
fn a_transparent_variant_converts_by_what_the_set_holds() {
    let error = UpdateUserError::from(AuthError::Scope("users:write".into()));
    assert_eq!(error.status(), UpdateUserStatus::Forbidden);
    assert_eq!(error.problem().status(), Some(UpdateUserStatus::Forbidden));
    assert_eq!(
        error.problem().detail(),
        Some("the token does not allow users:write")
    );
    let picked = PickedError::from(AuthError::Missing);
    assert_eq!(picked.status(), PickedStatus::Unauthorized);
    assert_eq!(
        PickedError::statuses(),
        [PickedStatus::Unauthorized, PickedStatus::Forbidden]
    );
    assert_eq!(
        UpdateUserError::statuses(),
        [UpdateUserStatus::Unauthorized, UpdateUserStatus::Forbidden]
    );
}

#[test]
fn a_boxed_error_answers_as_the_error() {
    let error = PickedError::Boxed(Box::new(AuthError::Scope("admin".into())));
    assert_eq!(error.status(), PickedStatus::Forbidden);
    assert_eq!(
        error.problem().detail(),
        Some("the token does not allow admin")
    );
}

#[test]
fn one_status_through_two_sources_is_one_status() {
    let codes: Vec<u16> = UpdateUserStatus::ALL.iter().map(|s| s.code()).collect();
    let mut unique = codes.clone();
    unique.dedup();
    assert_eq!(codes, unique);
    assert_eq!(UpdateUserStatus::ALL.len(), UserStatus::ALL.len());
    // The statuses are the standard set's wherever they were picked.
    assert_eq!(UpdateUserStatus::BadRequest, status::HttpStatus::BadRequest);
    assert_eq!(UpdateUserStatus::NameReserved, UserStatus::NameReserved);
}

/// No variants: thiserror accepts it, and so does the derive.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = AuthStatus)]
pub enum Never {}

#[test]
fn an_enum_without_variants_answers_with_no_status() {
    assert!(Never::statuses().is_empty());
}

/// A generic error: a transparent variant and a 5xx over `E`, a lifetime in an extension.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = PickedStatus)]
pub enum ApiError<'a, E: std::error::Error + 'static> {
    #[error(transparent)]
    #[problem(transparent)]
    Inner(E),
    #[error("storage failed: {0}")]
    #[problem(INTERNAL_SERVER_ERROR)]
    Storage(#[source] E),
    #[error("the name {name} is taken")]
    #[problem(CONFLICT, detail = "the name {name} is taken")]
    Taken {
        #[problem(extension)]
        name: &'a str,
    },
}

#[test]
fn a_generic_error_derives_with_the_bounds_it_needs() {
    let inner: ApiError<'_, AuthError> = ApiError::Inner(AuthError::Missing);
    assert_eq!(inner.status(), PickedStatus::Unauthorized);
    let storage: ApiError<'_, AuthError> = ApiError::Storage(AuthError::Missing);
    assert_eq!(storage.status(), PickedStatus::InternalServerError);
    assert_eq!(storage.problem().detail(), None);
    let taken: ApiError<'_, AuthError> = ApiError::Taken { name: "ada" };
    let problem = taken.problem();
    assert_eq!(problem.detail(), Some("the name ada is taken"));
    assert_eq!(problem.extension("name"), Some(&serde_json::json!("ada")));
    assert_eq!(
        ApiError::<'_, AuthError>::statuses(),
        [
            PickedStatus::Unauthorized,
            PickedStatus::Forbidden,
            PickedStatus::Conflict,
            PickedStatus::InternalServerError
        ]
    );
}

status::status_codes! {
    /// What `POST /payments` answers.
    pub enum PaymentStatus;
    use standard::{PAYMENT_REQUIRED, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE};
}

/// thiserror's habits: placeholders in `detail`, a title, `Option` extensions, serde's cases.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = PaymentStatus, rename_all = "camelCase")]
pub enum PaymentError {
    #[error("balance {balance} is too low for {1:?}", balance = .0)]
    #[problem(
        PAYMENT_REQUIRED,
        type = "/problems/balance",
        title = "Balance too low",
        detail = "balance {0} is too low for {1:?}, {{always}}"
    )]
    Poor(#[problem(extension = "balance")] i64, String),
    #[error("slow down")]
    #[problem(TOO_MANY_REQUESTS)]
    Throttled {
        #[problem(extension)]
        retry_after_seconds: Option<u64>,
        #[problem(extension = "limit_name")]
        limit: Option<&'static str>,
    },
    /// A 5xx withholds its `Display`, not the extensions it was asked to send.
    #[error("the bank at {bank_host} is down")]
    #[problem(SERVICE_UNAVAILABLE)]
    BankDown {
        bank_host: String,
        #[problem(extension)]
        bank_id: u32,
    },
}

#[test]
fn details_titles_and_extensions_as_a_thiserror_user_writes_them() {
    let poor = PaymentError::Poor(-5, "rent".into()).problem();
    assert_eq!(
        serde_json::to_value(&poor).unwrap(),
        serde_json::json!({
            "type": "/problems/balance",
            "title": "Balance too low",
            "status": 402,
            "detail": "balance -5 is too low for \"rent\", {always}",
            "balance": -5,
        })
    );
    let throttled = PaymentError::Throttled {
        retry_after_seconds: Some(3),
        limit: None,
    }
    .problem();
    assert_eq!(
        throttled.extension("retryAfterSeconds"),
        Some(&serde_json::json!(3))
    );
    // `None` is left out, not `null`.
    assert_eq!(throttled.extension("limit_name"), None);
    assert_eq!(throttled.extensions().len(), 1);
    let down = PaymentError::BankDown {
        bank_host: "10.0.0.7".into(),
        bank_id: 7,
    }
    .problem();
    assert_eq!(down.detail(), None);
    assert_eq!(down.extension("bankId"), Some(&serde_json::json!(7)));
}

/// A type that writes its own axum response: the derive adds none, so the features of another
/// crate in the build never clash with it.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = PaymentStatus, PAYMENT_REQUIRED, no_response)]
#[error("pay first")]
pub struct PayFirst;

impl axum::response::IntoResponse for PayFirst {
    fn into_response(self) -> axum::response::Response {
        (http::StatusCode::PAYMENT_REQUIRED, "pay first").into_response()
    }
}

impl actix_web::ResponseError for PayFirst {}

#[test]
fn no_response_leaves_the_response_to_the_type() {
    let response = axum::response::IntoResponse::into_response(PayFirst);
    assert_eq!(response.status(), 402);
    assert_eq!(
        response.headers().get(http::header::CONTENT_TYPE).unwrap(),
        "text/plain; charset=utf-8"
    );
    // The docs impl stays.
    let responses = <PayFirst as utoipa::IntoResponses>::responses();
    assert!(responses.contains_key("402"));
}

#[test]
fn sets_of_two_crates_convert_through_the_standard_statuses_both_hold() {
    use acme_billing::{AuthError, BillingError, BillingStatus};
    let error = BillingError::Auth(Box::new(AuthError::Scope { scope: "charges" }));
    assert_eq!(error.status(), BillingStatus::Forbidden);
    let problem = error.problem();
    assert_eq!(problem.detail(), Some("the token lacks the scope charges"));
    assert_eq!(
        problem.extension("scope"),
        Some(&serde_json::json!("charges"))
    );
    assert!(BillingError::statuses().contains(&BillingStatus::Unauthorized));
}

status::status_codes! {
    /// What a rate-limited, authenticated endpoint answers.
    pub enum LimitedStatus;
    use standard::{UNAUTHORIZED, TOO_MANY_REQUESTS};
}

/// Errors whose responses carry the headers their statuses call for.
#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = LimitedStatus)]
pub enum LimitedError {
    /// RFC 9110, Section 15.5.2: a 401 says how to authenticate.
    #[error("no credentials")]
    #[problem(UNAUTHORIZED, header("WWW-Authenticate", "Bearer realm=\"api\""))]
    Unauthorized,
    /// RFC 6585, Section 4: a 429 may say when to try again.
    #[error("slow down")]
    #[problem(TOO_MANY_REQUESTS)]
    Throttled {
        #[problem(header = "retry-after", extension = "retryAfter")]
        seconds: u32,
        /// A value that would split the response's head is left out.
        #[problem(header = "x-note")]
        note: String,
    },
}

#[test]
fn a_derived_error_answers_with_its_headers() {
    let problem = LimitedError::Unauthorized.problem();
    assert_eq!(
        problem.headers().collect::<Vec<_>>(),
        [("www-authenticate", "Bearer realm=\"api\"")]
    );
    let throttled = LimitedError::Throttled {
        seconds: 3,
        note: "a\r\nset-cookie: x".into(),
    };
    let response = axum::response::IntoResponse::into_response(throttled);
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "3");
    assert!(response.headers().get("x-note").is_none());
    assert!(response.headers().get("set-cookie").is_none());
    let response = actix_web::ResponseError::error_response(&LimitedError::Unauthorized);
    assert_eq!(
        response.headers().get("www-authenticate").unwrap(),
        "Bearer realm=\"api\""
    );
}

/// Also, with clippy's `-D warnings` over the tests: a `Result` whose error is a `Problem` stays
/// under `result_large_err`'s size.
#[test]
fn a_handler_answering_problems_questions_a_derived_error() {
    fn authorize(token: Option<&str>) -> Result<(), status::Problem<AuthStatus>> {
        if token.is_none() {
            Err(AuthError::Missing)?;
        }
        Ok(())
    }
    let problem = authorize(None).unwrap_err();
    assert_eq!(problem.status(), Some(AuthStatus::Unauthorized));
    assert_eq!(problem.to_string(), "401 Unauthorized: no credentials");
    // And a client `?`s the problem into any error.
    let boxed: Box<dyn std::error::Error> = Box::new(problem);
    assert_eq!(boxed.to_string(), "401 Unauthorized: no credentials");
    assert!(authorize(Some("t")).is_ok());
}

/// What a client reads back: the users API's errors, both ways.
mod both_ways {
    use super::{AuthStatus, UserStatus};
    use status::{FromProblem, IntoProblem, Problem};

    status::status_codes! {
        /// `POST /users`.
        pub enum CreateUserStatus;
        extends AuthStatus;
        use standard::{CREATED, CONFLICT, INTERNAL_SERVER_ERROR};
        use UserStatus::{NAME_RESERVED};
    }

    #[derive(Debug, PartialEq, thiserror::Error, status::IntoProblem, status::FromProblem)]
    #[problem(set = AuthStatus)]
    pub enum AuthError {
        #[error("no credentials")]
        #[problem(UNAUTHORIZED)]
        Missing,
        #[error("the token does not allow {scope}")]
        #[problem(FORBIDDEN, type = "/problems/scope")]
        Scope {
            #[problem(extension)]
            scope: String,
        },
    }

    #[derive(Debug, PartialEq, thiserror::Error, status::IntoProblem, status::FromProblem)]
    #[problem(set = CreateUserStatus, rename_all = "camelCase")]
    pub enum CreateUserError {
        #[error("the name {name:?} is taken")]
        #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
        Taken {
            #[problem(extension)]
            name: String,
            #[problem(extension)]
            suggested_name: Option<String>,
            #[problem(skip)]
            attempts: u32,
        },
        #[error("the name is reserved")]
        #[problem(NAME_RESERVED)]
        Reserved,
        #[error("storage failed")]
        #[problem(INTERNAL_SERVER_ERROR, server_only)]
        Storage(String),
        #[error(transparent)]
        #[problem(transparent)]
        Auth(#[from] Box<AuthError>),
    }

    /// Through JSON bytes, as a client reads them.
    fn round_trip(error: &CreateUserError) -> Result<CreateUserError, Problem<CreateUserStatus>> {
        let bytes = serde_json::to_vec(&error.problem()).unwrap();
        CreateUserError::from_problem(serde_json::from_slice(&bytes).unwrap())
    }

    #[test]
    fn every_decodable_variant_reads_back_as_itself() {
        for error in [
            CreateUserError::Taken {
                name: "ada".into(),
                suggested_name: Some("ada2".into()),
                attempts: 0,
            },
            CreateUserError::Taken {
                name: "bo".into(),
                suggested_name: None,
                attempts: 0,
            },
            CreateUserError::Reserved,
            CreateUserError::Auth(Box::new(AuthError::Missing)),
            CreateUserError::Auth(Box::new(AuthError::Scope {
                scope: "users:write".into(),
            })),
        ] {
            assert_eq!(round_trip(&error).as_ref(), Ok(&error));
        }
        // A skipped field reads as its `Default`.
        let sent = CreateUserError::Taken {
            name: "cy".into(),
            suggested_name: None,
            attempts: 3,
        };
        assert!(matches!(
            round_trip(&sent),
            Ok(CreateUserError::Taken { attempts: 0, .. })
        ));
    }

    proptest::proptest! {
        /// Every value of a decodable variant, random extension values and all, written by
        /// the server's side and read by the client's through JSON bytes, is itself.
        #[test]
        fn any_decodable_value_round_trips(
            name in ".{0,12}",
            suggested_name in proptest::option::of(".{0,12}"),
            scope in ".{0,12}",
            which in 0..4u8,
        ) {
            let error = match which {
                0 => CreateUserError::Taken { name, suggested_name, attempts: 0 },
                1 => CreateUserError::Reserved,
                2 => CreateUserError::Auth(Box::new(AuthError::Missing)),
                _ => CreateUserError::Auth(Box::new(AuthError::Scope { scope })),
            };
            let read = round_trip(&error);
            proptest::prop_assert_eq!(read.as_ref(), Ok(&error));
        }
    }

    fn content_type() -> impl proptest::strategy::Strategy<Value = Option<String>> {
        use proptest::prelude::*;
        proptest::option::of(prop_oneof![
            Just("application/problem+json".to_owned()),
            Just("application/problem+json; charset=utf-8".to_owned()),
            Just("text/plain".to_owned()),
            ".{0,24}",
        ])
    }

    fn body() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..64),
            (0u16..700, ".{0,8}", proptest::option::of("[ -~]{0,40}")).prop_map(
                |(status, name, kind)| {
                    serde_json::to_vec(&serde_json::json!({
                        "status": status, "name": name, "type": kind,
                    }))
                    .unwrap()
                }
            ),
        ]
    }

    proptest::proptest! {
        /// No answer makes the client panic; an answer that is no problem keeps all it had.
        #[test]
        fn any_answer_reads_without_panic(
            status in 0u16..1000,
            content_type in content_type(),
            body in body(),
        ) {
            let read = status::ClientError::<CreateUserError>::from_parts(
                status,
                content_type.as_deref(),
                &body,
            );
            let is_problem = content_type
                .as_deref()
                .is_some_and(|value| value.starts_with("application/problem+json"));
            if let status::ClientError::Unexpected { status: code, content_type: kept, body: kept_body } = &read {
                proptest::prop_assert_eq!(*code, status);
                proptest::prop_assert_eq!(kept, &content_type);
                proptest::prop_assert_eq!(kept_body, &body);
            } else {
                proptest::prop_assert!(is_problem, "{read:?}");
            }
            let _ = read.to_string();
        }
    }

    #[test]
    fn what_no_variant_reads_comes_back_whole() {
        // A server-only variant's problem is the client's problem.
        let storage = CreateUserError::Storage("/dev/sda1".into());
        let problem = round_trip(&storage).unwrap_err();
        assert_eq!(
            problem.status(),
            Some(CreateUserStatus::InternalServerError)
        );
        // The right status with another `type`, or members that do not read.
        let other_type = Problem::new(CreateUserStatus::Conflict).with_type("/problems/other");
        assert_eq!(
            CreateUserError::from_problem(other_type.clone()),
            Err(other_type)
        );
        let wrong_member = Problem::new(CreateUserStatus::Conflict)
            .with_type("https://example.com/problems/name-taken")
            .with_extension("name", 7)
            .unwrap();
        assert_eq!(
            CreateUserError::from_problem(wrong_member.clone()),
            Err(wrong_member)
        );
        // The inner error's status with a type it does not know: back, in this set.
        let forbidden = Problem::new(CreateUserStatus::Forbidden).with_detail("no");
        assert_eq!(
            CreateUserError::from_problem(forbidden.clone()),
            Err(forbidden)
        );
    }
}

/// Reading back, through generic and `http` paths.
mod reading_back {
    use status::{ClientError, FromProblem, IntoProblem};

    status::status_codes! {
        /// What an endpoint answers.
        #[extensible]
        pub enum EndpointStatus;
        use standard::{UNAUTHORIZED, FORBIDDEN, CONFLICT};
    }

    #[derive(Debug, PartialEq, thiserror::Error, status::IntoProblem, status::FromProblem)]
    #[problem(set = EndpointStatus)]
    pub enum AuthError {
        #[error("no credentials")]
        #[problem(UNAUTHORIZED)]
        Missing,
    }

    /// A generic error reads back with the bounds its reading needs.
    #[derive(Debug, PartialEq, thiserror::Error, status::IntoProblem, status::FromProblem)]
    #[problem(set = EndpointStatus)]
    pub enum ApiError<E: std::error::Error + 'static, T> {
        #[error(transparent)]
        #[problem(transparent)]
        Inner(E),
        #[error("taken")]
        #[problem(CONFLICT)]
        Taken {
            #[problem(extension)]
            value: T,
        },
    }

    type Api = ApiError<AuthError, Vec<u8>>;

    #[test]
    fn a_generic_error_reads_back() {
        for error in [
            Api::Inner(AuthError::Missing),
            Api::Taken { value: vec![1, 2] },
        ] {
            let read = Api::from_problem(error.problem());
            assert_eq!(read.as_ref(), Ok(&error));
        }
    }

    #[test]
    fn an_http_response_reads_as_a_client_error() {
        let body = serde_json::to_vec(&Api::Taken { value: vec![7] }.problem()).unwrap();
        let response = http::Response::builder()
            .status(409)
            .header("content-type", "application/problem+json")
            .body(body)
            .unwrap();
        let read = ClientError::<Api>::from_response(&response);
        assert!(matches!(&read, ClientError::Known(ApiError::Taken { value }) if value == &[7]));
        assert_eq!(read.code(), Some(409));
        // A problem without `status` takes the response's.
        let bare = http::Response::builder()
            .status(401)
            .header("content-type", "application/problem+json")
            .body(b"{}".to_vec())
            .unwrap();
        assert_eq!(
            ClientError::<Api>::from_response(&bare).code(),
            Some(401),
            "the response's status counts"
        );
        assert!(matches!(
            ClientError::<Api>::from_response(&bare),
            ClientError::Known(ApiError::Inner(AuthError::Missing))
        ));
        let text = http::Response::builder()
            .status(502)
            .header("content-type", "text/plain")
            .body(b"upstream down".to_vec())
            .unwrap();
        let read = ClientError::<Api>::from_response(&text);
        assert_eq!(read.code(), Some(502));
        assert_eq!(
            read.to_string(),
            "502, not a problem (text/plain): upstream down"
        );
    }
}

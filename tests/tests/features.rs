//! The facade's `serde` and `http` features, on the standard set and on custom sets that the
//! invoking crate defines without features of its own.

use status::{HttpStatus, Status, UnknownStatusCode};

status::status_codes! {
    /// A custom set extending the standard one.
    pub enum Edge;
    extends standard;
    #[alias(CLIENT_LEFT)]
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

status::status_codes! {
    /// A custom set on its own, in a gap of the standard codes.
    pub enum Own;
    #[alias(ALSO_FINE)]
    299 => FINE, "Fine", "All fine.";
}

fn serde_round_trips<S: Status + serde::Serialize + serde::de::DeserializeOwned>() {
    for &status in S::ALL {
        let code = status.code();
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, code.to_string());
        assert_eq!(serde_json::from_str::<S>(&json).unwrap(), status);
        assert_eq!(
            serde_json::from_str::<S>(&format!("\"{code}\"")).unwrap(),
            status
        );
        assert_eq!(
            serde_json::from_str::<S>(&format!("\"{}\"", status.name())).unwrap(),
            status
        );
        for alias in status.aliases() {
            assert_eq!(
                serde_json::from_str::<S>(&format!("\"{alias}\"")).unwrap(),
                status
            );
        }
    }
}

#[test]
fn every_code_of_every_set_round_trips_through_serde_json() {
    serde_round_trips::<HttpStatus>();
    serde_round_trips::<Edge>();
    serde_round_trips::<Own>();
}

#[test]
fn serde_errors_name_the_value() {
    let error = |json: &str| {
        serde_json::from_str::<HttpStatus>(json)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        error("600"),
        "invalid value: integer `600`, expected a status code of HttpStatus, or the name of one at line 1 column 3"
    );
    assert!(error("-1").starts_with("invalid value: integer `-1`"));
    assert!(error("70000").starts_with("invalid value: integer `70000`"));
    assert!(error("\"not_found\"").starts_with("invalid value: string \"not_found\""));
    assert!(error("\"404 Not Found\"").starts_with("invalid value: string \"404 Not Found\""));
    assert!(error("\"\"").starts_with("invalid value: string \"\""));
    assert!(error("4.04").starts_with("invalid type: floating point `4.04`"));
    assert!(error("true").starts_with("invalid type: boolean `true`"));
    assert!(
        serde_json::from_str::<Own>("404")
            .unwrap_err()
            .to_string()
            .contains("Own")
    );
}

#[test]
fn sets_work_inside_serde_derived_types() {
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Route {
        path: String,
        status: Edge,
        fallback: Option<HttpStatus>,
    }
    let route: Route =
        serde_json::from_str(r#"{"path": "/gone", "status": "CLIENT_LEFT", "fallback": 410}"#)
            .unwrap();
    assert_eq!(route.status, Edge::ClientGone);
    assert_eq!(route.fallback, Some(HttpStatus::Gone));
    assert_eq!(
        serde_json::to_string(&route).unwrap(),
        r#"{"path":"/gone","status":460,"fallback":410}"#
    );
}

#[test]
fn every_code_round_trips_through_http_status_code() {
    for status in HttpStatus::ALL {
        let http = http::StatusCode::from(status);
        assert_eq!(http.as_u16(), status.code());
        assert_eq!(HttpStatus::try_from(http), Ok(status));
        // http 1.x's reasons agree with the registry's phrases but for these four.
        let differ = [
            (203, "Non Authoritative Information"),
            (413, "Payload Too Large"),
            (418, "I'm a teapot"),
            (422, "Unprocessable Entity"),
        ];
        let expected = differ
            .iter()
            .find(|(code, _)| *code == status.code())
            .map_or(status.phrase(), |(_, reason)| reason);
        assert_eq!(http.canonical_reason(), Some(expected), "{status}");
    }
    for status in Edge::ALL {
        assert_eq!(Edge::try_from(http::StatusCode::from(status)), Ok(status));
    }
    assert_eq!(http::StatusCode::from(Own::Fine).as_u16(), 299);
}

#[test]
fn codes_outside_a_set_fail_to_convert_from_http() {
    for code in 100..=999 {
        let http = http::StatusCode::from_u16(code).unwrap();
        match HttpStatus::try_from(http) {
            Ok(status) => assert_eq!(status.code(), code),
            Err(error) => {
                assert_eq!(error, UnknownStatusCode::new(code));
                assert_eq!(HttpStatus::from_code(code), None);
            }
        }
    }
    assert_eq!(Own::try_from(http::StatusCode::OK).unwrap_err().code(), 200);
}

/// Every status of the set is one response, keyed by its code, described by its description.
fn responses_are_the_statuses<S: Status + utoipa::IntoResponses>() {
    let responses = S::responses();
    assert_eq!(responses.len(), S::ALL.len());
    for &status in S::ALL {
        let response = &responses[status.code_str()];
        let json = serde_json::to_value(response).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "description": status.description() })
        );
    }
}

#[test]
fn every_set_documents_its_statuses_as_openapi_responses() {
    responses_are_the_statuses::<HttpStatus>();
    responses_are_the_statuses::<Edge>();
    responses_are_the_statuses::<Own>();
    assert_eq!(
        <Own as utoipa::IntoResponses>::responses()
            .keys()
            .collect::<Vec<_>>(),
        ["299"]
    );
}

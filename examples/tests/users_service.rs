//! The users API run as a user runs it: its own process on a free port of `127.0.0.1`, asked
//! with raw HTTP/1.1 requests, stopped at the end. Each endpoint answers with its own set's
//! statuses, and the OpenAPI document it serves lists exactly those, with their descriptions.

use status::Status;
use status_examples::users::{CreateUserStatus, GetUserStatus};
use std::collections::BTreeMap;
use support::start;

mod support;

/// The status line and body of one request, every wait bounded.
fn request(address: &str, method: &str, path: &str, body: &str) -> (String, String) {
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: users\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let response = support::exchange(address, &request);
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_owned(), body.to_owned())
}

#[test]
fn each_endpoint_answers_with_its_own_set_and_its_phrases() {
    let (service, address) = start(env!("CARGO_BIN_EXE_users_service"));
    let create = |body| request(&address, "POST", "/users", body).0;
    assert_eq!(create(r#"{"name":"ada"}"#), "HTTP/1.1 201 Created");
    assert_eq!(create(r#"{"name":"ada"}"#), "HTTP/1.1 409 Conflict");
    assert_eq!(create(r#"{"name":""}"#), "HTTP/1.1 400 Bad Request");
    assert_eq!(create(r#"{"name":"admin"}"#), "HTTP/1.1 470 Name Reserved");
    let get = |path| request(&address, "GET", path, "").0;
    assert_eq!(get("/users/ada"), "HTTP/1.1 200 OK");
    assert_eq!(get("/users/grace"), "HTTP/1.1 404 Not Found");
    drop(service);
}

/// The responses of one operation of the document: code to description.
fn responses(document: &serde_json::Value, path: &str, method: &str) -> BTreeMap<String, String> {
    let responses = document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("no responses for {method} {path} in {document}"));
    responses
        .iter()
        .map(|(code, response)| {
            let description = response["description"].as_str().unwrap();
            (code.clone(), description.to_owned())
        })
        .collect()
}

/// What a set says its responses are: every status's code and description.
fn documented<S: Status>() -> BTreeMap<String, String> {
    S::ALL
        .iter()
        .map(|status| {
            (
                status.code_str().to_owned(),
                status.description().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_openapi_document_lists_exactly_each_endpoints_statuses() {
    let (service, address) = start(env!("CARGO_BIN_EXE_users_service"));
    let (status_line, body) = request(&address, "GET", "/openapi.json", "");
    assert_eq!(status_line, "HTTP/1.1 200 OK");
    let document: serde_json::Value = serde_json::from_str(&body).unwrap();
    let create = responses(&document, "/users", "post");
    assert_eq!(create, documented::<CreateUserStatus>());
    assert_eq!(
        create.keys().collect::<Vec<_>>(),
        ["201", "400", "409", "470"]
    );
    assert_eq!(create["470"], "The name is kept for the service's own use.");
    let get = responses(&document, "/users/{name}", "get");
    assert_eq!(get, documented::<GetUserStatus>());
    assert_eq!(get.keys().collect::<Vec<_>>(), ["200", "404"]);
    drop(service);
}

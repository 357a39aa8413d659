//! The users API run as a user runs it: its own process on a free port of `127.0.0.1`, asked
//! with raw HTTP/1.1 requests, stopped at the end. Each endpoint answers with its own set's
//! statuses, its errors as RFC 9457 problems, and the OpenAPI document it serves lists exactly
//! those statuses, with their descriptions and, for the errors, the problem schema.

use status::{Problem, Status};
use status_examples::users::{BODY_LIMIT, CreateUserError, CreateUserStatus, GetUserStatus};
use std::collections::BTreeMap;
use support::start;

mod support;

/// The status line, the headers and the body of one request, every wait bounded.
fn request(address: &str, method: &str, path: &str, body: &str) -> (String, String, String) {
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: users\r\nConnection: close\r\n\
         Authorization: Bearer admin-token\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    exchange(address, &request)
}

fn exchange(address: &str, request: &str) -> (String, String, String) {
    let response = support::exchange(address, request);
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    let (line, headers) = head.split_once("\r\n").unwrap_or((head, ""));
    (
        line.to_owned(),
        headers.to_ascii_lowercase(),
        body.to_owned(),
    )
}

#[test]
fn each_endpoint_answers_with_its_own_set_and_its_phrases() {
    let (service, address) = start(env!("CARGO_BIN_EXE_users_service"));
    let create = |body| request(&address, "POST", "/users", body).0;
    assert_eq!(create(r#"{"name":"ada"}"#), "HTTP/1.1 201 Created");
    assert_eq!(create(r#"{"name":"ada"}"#), "HTTP/1.1 409 Conflict");
    assert_eq!(
        create(r#"{"name":""}"#),
        "HTTP/1.1 422 Unprocessable Content"
    );
    assert_eq!(create(r#"{"name":"admin"}"#), "HTTP/1.1 470 Name Reserved");
    let get = |path| request(&address, "GET", path, "").0;
    assert_eq!(get("/users/ada"), "HTTP/1.1 200 OK");
    assert_eq!(get("/users/grace"), "HTTP/1.1 404 Not Found");
    drop(service);
}

#[test]
fn each_error_answers_as_a_problem_of_its_endpoints_set() {
    let (service, address) = start(env!("CARGO_BIN_EXE_users_service"));
    let problem = |(line, headers, body): (String, String, String)| {
        assert!(
            headers.contains("content-type: application/problem+json"),
            "{line}: {headers}"
        );
        let problem: Problem<CreateUserStatus> = serde_json::from_str(&body).unwrap();
        (
            line,
            problem,
            serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        )
    };
    request(&address, "POST", "/users", r#"{"name":"ada"}"#);
    let (line, taken, json) = problem(request(&address, "POST", "/users", r#"{"name":"ada"}"#));
    assert_eq!(line, "HTTP/1.1 409 Conflict");
    assert_eq!(taken.status(), Some(CreateUserStatus::Conflict));
    assert_eq!(
        json,
        serde_json::json!({
            "type": "https://example.com/problems/name-taken",
            "title": "Conflict",
            "status": 409,
            "detail": "the name \"ada\" is taken",
            "name": "ada",
        })
    );

    let (line, reserved, _) = problem(request(&address, "POST", "/users", r#"{"name":"admin"}"#));
    assert_eq!(line, "HTTP/1.1 470 Name Reserved");
    assert_eq!(reserved.title(), Some("Name Reserved"));
    assert_eq!(reserved.type_uri(), "about:blank");
    assert_eq!(
        reserved.extension("name"),
        Some(&serde_json::json!("admin"))
    );

    let (line, malformed, _) = problem(request(&address, "POST", "/users", r#"{"name":"a b"}"#));
    assert_eq!(line, "HTTP/1.1 422 Unprocessable Content");
    assert!(
        malformed
            .detail()
            .is_some_and(|detail| detail.contains("a name is ASCII letters and digits")),
        "{malformed:?}"
    );

    // The middleware's errors, answered through the transparent variant.
    let body = r#"{"name":"grace"}"#;
    let no_token = format!(
        "POST /users HTTP/1.1\r\nHost: users\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let answer = exchange(&address, &no_token);
    // RFC 9110, Section 15.5.2: a 401 says how to authenticate.
    assert!(
        answer
            .1
            .contains("www-authenticate: bearer realm=\"users\""),
        "{}",
        answer.1
    );
    let (line, unauthorized, _) = problem(answer);
    assert_eq!(line, "HTTP/1.1 401 Unauthorized");
    assert_eq!(
        unauthorized.type_uri(),
        "https://example.com/problems/no-token"
    );
    let wrong_token = no_token.replace("Host: users", "Host: users\r\nAuthorization: Bearer x");
    let (line, forbidden, _) = problem(exchange(&address, &wrong_token));
    assert_eq!(line, "HTTP/1.1 403 Forbidden");
    assert_eq!(
        forbidden.detail(),
        Some("the token does not allow users:write")
    );
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
    let (status_line, _, body) = request(&address, "GET", "/openapi.json", "");
    assert_eq!(status_line, "HTTP/1.1 200 OK");
    let document: serde_json::Value = serde_json::from_str(&body).unwrap();
    let create = responses(&document, "/users", "post");
    assert_eq!(
        create.keys().collect::<Vec<_>>(),
        documented::<CreateUserStatus>().keys().collect::<Vec<_>>()
    );
    assert_eq!(
        create.keys().collect::<Vec<_>>(),
        [
            "201", "400", "401", "403", "409", "413", "415", "422", "470"
        ]
    );
    // A success is described by its status; an error by the variants that answer with it.
    assert_eq!(create["201"], CreateUserStatus::Created.description());
    assert_eq!(
        create["470"],
        "The service keeps the name. Members: `name`."
    );
    assert_eq!(
        create["409"],
        "Another user has the name. Type: `https://example.com/problems/name-taken`. Members: \
         `name`."
    );
    // The errors' statuses carry the problem schema, inline: no component to register.
    let operation = &document["paths"]["/users"]["post"]["responses"];
    let errors: Vec<String> = <CreateUserError as status::IntoProblem>::statuses()
        .into_iter()
        .map(|status| status.code_str().to_owned())
        .collect();
    assert_eq!(
        errors,
        ["400", "401", "403", "409", "413", "415", "422", "470"]
    );
    for (code, response) in operation.as_object().unwrap() {
        let schema = &response["content"]["application/problem+json"]["schema"];
        if errors.contains(code) {
            assert_eq!(schema["type"], "object", "{code}: {schema}");
            for member in ["type", "title", "status", "detail", "instance"] {
                assert!(
                    schema["properties"].get(member).is_some(),
                    "{member} in {schema}"
                );
            }
        } else {
            assert!(response.get("content").is_none(), "{code}: {response}");
        }
    }
    let get = responses(&document, "/users/{name}", "get");
    assert_eq!(
        get.keys().collect::<Vec<_>>(),
        documented::<GetUserStatus>().keys().collect::<Vec<_>>()
    );
    assert_eq!(get.keys().collect::<Vec<_>>(), ["200", "400", "404", "500"]);
    drop(service);
}

/// Every operation of the document, sent what a careless or hostile client sends: each
/// answer's status is one the operation lists, with the content type it lists.
#[test]
fn every_answer_is_in_the_document() {
    let (service, address) = start(env!("CARGO_BIN_EXE_users_service"));
    let (_, _, body) = request(&address, "GET", "/openapi.json", "");
    let document: serde_json::Value = serde_json::from_str(&body).unwrap();
    let over_limit = "x".repeat(BODY_LIMIT + 1);
    let head = |method: &str, path: &str, content_type: &str, length: usize| {
        format!(
            "{method} {path} HTTP/1.1\r\nHost: users\r\nConnection: close\r\n\
             Authorization: Bearer admin-token\r\nContent-Type: {content_type}\r\n\
             Content-Length: {length}\r\n\r\n"
        )
    };
    let with_body =
        |content_type: &str, body: &str| head("POST", "/users", content_type, body.len()) + body;
    // Over the limit: the length says more than is sent, so that the service has read every
    // byte it was sent when it answers, and closes the connection cleanly.
    let too_large = head("POST", "/users", "application/json", BODY_LIMIT + 4096) + &over_limit;
    let cases: Vec<(&str, &str, String, &str)> = vec![
        (
            "/users",
            "post",
            with_body("application/json", "{not json"),
            "400",
        ),
        (
            "/users",
            "post",
            with_body("text/plain", r#"{"name":"ada"}"#),
            "415",
        ),
        ("/users", "post", with_body("application/json", ""), "400"),
        (
            "/users",
            "post",
            with_body("application/json", r#"{"name":7}"#),
            "422",
        ),
        (
            "/users",
            "post",
            with_body("application/json", r#"{}"#),
            "422",
        ),
        ("/users", "post", too_large, "413"),
        (
            "/users/{name}",
            "get",
            head("GET", "/users/%FF", "text/plain", 0),
            "400",
        ),
        (
            "/users/{name}",
            "get",
            head("GET", "/users/ada?full=maybe", "text/plain", 0),
            "400",
        ),
        (
            "/users/{name}",
            "get",
            head("GET", "/users/nobody", "text/plain", 0),
            "404",
        ),
    ];
    for (path, method, request, expected) in cases {
        let response = support::exchange(&address, &request);
        let (head, _) = response.split_once("\r\n\r\n").unwrap();
        let code = &head[9..12];
        assert_eq!(code, expected, "{request:.80}: {response}");
        let listed = &document["paths"][path][method]["responses"][code];
        assert!(
            listed.is_object(),
            "{code} is not listed for {method} {path}: {response}"
        );
        let content_type = head
            .lines()
            .find_map(|line| {
                line.to_ascii_lowercase()
                    .strip_prefix("content-type: ")
                    .map(str::to_owned)
            })
            .unwrap_or_default();
        assert!(
            listed["content"].get(&content_type).is_some(),
            "{content_type} is not listed for {code} of {method} {path}: {listed}"
        );
    }
    // A method a path does not take: 405, its `Allow` kept, as a problem.
    for (method, path) in [("PUT", "/users"), ("DELETE", "/users/ada")] {
        let response = support::exchange(&address, &head(method, path, "text/plain", 0));
        let lower = response.to_ascii_lowercase();
        assert!(
            response.starts_with("HTTP/1.1 405 Method Not Allowed"),
            "{response}"
        );
        assert!(lower.contains("\r\nallow: "), "{response}");
        assert!(
            lower.contains("content-type: application/problem+json"),
            "{response}"
        );
    }
    drop(service);
}

/// The API's Rust client reads each error answer back into the server's own error type.
#[tokio::test]
async fn the_client_matches_on_the_servers_errors() {
    use status_examples::users_client::{Outcome, create_user};
    let (service, address) = start(env!("CARGO_BIN_EXE_users_service"));
    let base = format!("http://{address}");
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap();
    let token = Some("admin-token");
    let create = |token, name: &'static str| create_user(&client, &base, token, name);
    assert_eq!(create(token, "ada").await.unwrap(), Outcome::Created);
    assert_eq!(
        create(token, "ada").await.unwrap(),
        Outcome::Taken("ada".into())
    );
    assert_eq!(
        create(token, "admin").await.unwrap(),
        Outcome::Reserved("admin".into())
    );
    assert_eq!(
        create(None, "bo").await.unwrap(),
        Outcome::NotAllowed("no token".into())
    );
    assert_eq!(
        create(Some("x"), "bo").await.unwrap(),
        Outcome::NotAllowed("users:write".into())
    );
    // A refused body is no variant the client reads: it meets the problem.
    let refused = create(token, "a b").await.unwrap();
    assert!(
        matches!(&refused, Outcome::Failed(text) if text.starts_with("422 Unprocessable Content: ")),
        "{refused:?}"
    );
    drop(service);
}

//! The axum example service, run as a user runs it: its own process on a free port of
//! `127.0.0.1`, asked with a raw HTTP/1.1 request, stopped at the end.

mod support;

fn status_line(address: &str, path: &str) -> String {
    let request = format!("GET {path} HTTP/1.1\r\nHost: edge\r\nConnection: close\r\n\r\n");
    let response = support::exchange(address, &request);
    response.lines().next().unwrap().to_owned()
}

#[test]
fn the_service_answers_with_the_edge_statuses_and_their_phrases() {
    let (service, address) = support::start(env!("CARGO_BIN_EXE_edge_service"));

    assert_eq!(status_line(&address, "/health"), "HTTP/1.1 200 OK");
    assert_eq!(status_line(&address, "/origins/catalog"), "HTTP/1.1 200 OK");
    assert_eq!(
        status_line(&address, "/origins/billing"),
        "HTTP/1.1 523 Origin Is Unreachable"
    );
    assert_eq!(
        status_line(&address, "/origins/nowhere"),
        "HTTP/1.1 404 Not Found"
    );
    assert_eq!(
        status_line(&address, "/abandoned"),
        "HTTP/1.1 499 Client Closed Request"
    );
    drop(service);
}

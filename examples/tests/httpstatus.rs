//! The `httpstatus` program's output and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn httpstatus(args: &[&str]) -> Output {
    with_input(args, "")
}

fn with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("httpstatus runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(args: &[&str]) -> String {
    let output = httpstatus(args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn stderr_of_failure(args: &[&str]) -> String {
    let output = httpstatus(args);
    assert!(!output.status.success(), "{args:?} should fail");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn a_code_prints_its_card() {
    assert_eq!(
        stdout(&["404"]),
        "404 Not Found\n  \
           name         NOT_FOUND\n  \
           class        4xx Client Error\n  \
           spec         RFC 9110, Section 15.5.5\n  \
           content      allowed\n  \
           cacheable    by default\n  \
           description  The server has no current representation of the target resource, \
                        or will not disclose that one exists.\n"
    );
}

#[test]
fn names_and_aliases_print_the_same_card() {
    let card = stdout(&["413"]);
    assert_eq!(stdout(&["CONTENT_TOO_LARGE"]), card);
    assert_eq!(stdout(&["REQUEST_ENTITY_TOO_LARGE"]), card);
    assert_eq!(stdout(&["PAYLOAD_TOO_LARGE"]), card);
    assert!(card.contains("  aliases      REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE\n"));
}

#[test]
fn no_argument_prints_every_status() {
    let table = stdout(&[]);
    assert_eq!(table.lines().count(), 62);
    assert!(table.starts_with("100  CONTINUE "));
    assert!(table.ends_with("Network Authentication Required\n"));
}

#[test]
fn a_class_lists_its_statuses() {
    let table = stdout(&["5xx"]);
    assert_eq!(table.lines().count(), 11);
    assert!(table.lines().all(|line| line.starts_with('5')));
    assert_eq!(stdout(&["5XX"]), table);
}

#[test]
fn text_searches_names_and_phrases() {
    assert!(stdout(&["teapot"]).starts_with("418 I'm a Teapot\n"));
    assert!(stdout(&["not", "found"]).starts_with("404 Not Found\n"));
    let large = stdout(&["large"]);
    assert_eq!(large.lines().count(), 2, "{large}");
}

#[test]
fn unknown_input_fails_with_a_message() {
    assert_eq!(
        stderr_of_failure(&["299"]),
        "httpstatus: unknown status code 299\n"
    );
    assert_eq!(
        stderr_of_failure(&["4040"]),
        "httpstatus: a status code has exactly three digits, such as 404\n"
    );
    assert!(
        stderr_of_failure(&["zzz"])
            .starts_with("httpstatus: no status code, name or phrase matches \"zzz\"\n")
    );
    assert!(stderr_of_failure(&["9xx"]).starts_with("httpstatus: no status code"));
}

#[test]
fn json_prints_a_card_as_an_object() {
    assert_eq!(
        stdout(&["--json", "204"]),
        "{\"code\": 204, \"name\": \"NO_CONTENT\", \"aliases\": [], \"phrase\": \"No Content\", \
         \"class\": \"2xx\", \"spec\": \"RFC 9110, Section 15.3.5\", \"allows_content\": false, \
         \"cacheable_by_default\": true, \"description\": \"The request succeeded and there is no \
         content to send in the response.\"}\n"
    );
    assert!(
        stdout(&["--json", "413"])
            .contains("\"aliases\": [\"REQUEST_ENTITY_TOO_LARGE\", \"PAYLOAD_TOO_LARGE\"]")
    );
}

#[test]
fn json_prints_lists_as_arrays() {
    let all = stdout(&["--json"]);
    assert!(all.starts_with("[\n  {\"code\": 100, ") && all.ends_with("}\n]\n"));
    assert_eq!(all.lines().count(), 62 + 2);
    assert_eq!(stdout(&["--json", "1xx"]).lines().count(), 4 + 2);
}

#[test]
fn class_filters_lists_and_searches() {
    let table = stdout(&["--class", "4xx", "large"]);
    assert_eq!(table.lines().count(), 2);
    assert!(table.lines().all(|line| line.starts_with('4')));
    assert_eq!(stdout(&["--class", "2XX"]).lines().count(), 10);
    assert_eq!(
        stderr_of_failure(&["--class", "5xx", "404"]),
        "httpstatus: no status matches \"404\" in class 5xx\n"
    );
    assert_eq!(
        stderr_of_failure(&["--class", "6xx"]),
        "httpstatus: unknown class \"6xx\"; classes are 1xx to 5xx\n"
    );
}

#[test]
fn a_dash_reads_status_lines_and_codes_from_standard_input() {
    let output = with_input(
        &["-"],
        "HTTP/1.1 404 Not Found\n\n  503\r\nHTTP/2 418\nGONE\n",
    );
    assert!(output.status.success());
    let cards = String::from_utf8(output.stdout).unwrap();
    let firsts: Vec<&str> = cards
        .split("\n\n")
        .map(|card| card.lines().next().unwrap())
        .collect();
    assert_eq!(
        firsts,
        [
            "404 Not Found",
            "503 Service Unavailable",
            "418 I'm a Teapot",
            "410 Gone"
        ]
    );
    // An unknown code is read as its class's x00 (RFC 9110, Section 15).
    let output = with_input(&["--json", "-"], "HTTP/1.1 299 Odd\n");
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .starts_with("{\"code\": 200,")
    );
    let output = with_input(&["-"], "HTTP/1.1 299 Odd\n");
    assert!(String::from_utf8(output.stdout).unwrap().starts_with(
        "299 is not a standard code: read as 200 OK, the x00 of its class (RFC 9110, Section 15)\n200 OK\n"
    ));
    let output = with_input(&["-"], "HTTP/1.1 999 Nope\n");
    assert!(!output.status.success());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "httpstatus: \"HTTP/1.1 999 Nope\": 999 is not an HTTP status code\n"
    );
}

#[test]
fn unknown_options_fail() {
    assert!(stderr_of_failure(&["--yaml"]).starts_with("httpstatus: unknown option --yaml\n"));
}

//! The `httpstatus` program's output and exit codes.

use std::process::{Command, Output};

fn httpstatus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(args)
        .output()
        .expect("httpstatus runs")
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
           description  The server has no current representation of the target resource, \
                        or will not disclose that one exists.\n"
    );
}

#[test]
fn names_and_aliases_print_the_same_card() {
    let card = stdout(&["413"]);
    assert_eq!(stdout(&["CONTENT_TOO_LARGE"]), card);
    assert_eq!(stdout(&["REQUEST_ENTITY_TOO_LARGE"]), card);
    assert!(card.contains("  aliases      REQUEST_ENTITY_TOO_LARGE\n"));
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

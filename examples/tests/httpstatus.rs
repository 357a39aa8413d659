//! The `httpstatus` program as a user runs it: every mode, its exit statuses, what it reads
//! from recorded `curl` transcripts, its JSON parsed back, and a closed or full standard
//! output.
//!
//! The transcripts in `tests/data/` were recorded with curl 7.88: `curl -sI` and `curl -si`
//! against the `edge_service` example (HTTP/1.1, and HTTP/2 with `--http2-prior-knowledge`),
//! `curl -siL` against Python's `http.server`, which redirects `/docs` to `/docs/`. Their lines
//! end in CRLF, as curl prints them.

use assert_cmd::Command;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

fn httpstatus() -> Command {
    let mut command = Command::cargo_bin("httpstatus").unwrap();
    command.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    command
}

/// Standard output of a run that succeeds, with nothing on standard error.
fn stdout(args: &[&str]) -> String {
    let output = httpstatus()
        .args(args)
        .assert()
        .success()
        .stderr("")
        .get_output()
        .clone();
    String::from_utf8(output.stdout).unwrap()
}

/// The JSON array a run prints.
fn json(args: &[&str], input: &str) -> Vec<serde_json::Value> {
    let output = httpstatus()
        .args(args)
        .write_stdin(input)
        .assert()
        .success();
    let text = String::from_utf8(output.get_output().stdout.clone()).unwrap();
    match serde_json::from_str(&text).unwrap() {
        serde_json::Value::Array(cards) => cards,
        other => panic!("not an array: {other}"),
    }
}

fn transcript(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
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
           retry        never (RFC 9110, Section 15.5)\n  \
           description  The server has no current representation of the target resource, \
           or will not disclose that one exists.\n"
    );
}

/// `httpstatus 503` says when to try again, and where that comes from.
#[test]
fn a_card_shows_the_retry_class_and_its_source() {
    for (code, line) in [
        ("503", "retry        idempotent (RFC 9110, Section 15.6.4)"),
        ("429", "retry        any (RFC 6585, Section 4)"),
        (
            "409",
            "retry        after_change (RFC 9110, Section 15.5.10)",
        ),
        ("507", "retry        never (RFC 4918, Section 11.5)"),
        ("599", "retry        idempotent (RFC 9110, Section 9.2.2)"),
    ] {
        assert!(stdout(&[code]).contains(line), "{code}: {line}");
    }
}

#[test]
fn names_aliases_and_phrases_print_the_same_card() {
    let card = stdout(&["413"]);
    for query in [
        "CONTENT_TOO_LARGE",
        "REQUEST_ENTITY_TOO_LARGE",
        "PAYLOAD_TOO_LARGE",
    ] {
        assert_eq!(stdout(&[query]), card, "{query}");
    }
    assert!(card.contains("  aliases      REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE\n"));
    assert!(card.contains("  also sent as Payload Too Large, Request Entity Too Large\n"));
    // Search knows phrase aliases too.
    assert_eq!(
        stdout(&["payload too large"]),
        "413  CONTENT_TOO_LARGE  Content Too Large\n"
    );
    assert_eq!(stdout(&["moved temporarily"]), "302  FOUND  Found\n");
}

#[test]
fn several_queries_print_in_order() {
    let output = stdout(&["404", "NOT_FOUND", "5xx", "teapot"]);
    let blocks: Vec<&str> = output.split("\n\n").collect();
    assert_eq!(blocks.len(), 4, "{output}");
    assert!(blocks[0].starts_with("404 Not Found\n"));
    assert_eq!(blocks[0], blocks[1]);
    assert!(blocks[2].starts_with("500  INTERNAL_SERVER_ERROR"));
    assert_eq!(blocks[2].lines().count(), 11);
    assert_eq!(blocks[3], "418  IM_A_TEAPOT  I'm a Teapot\n");
}

#[test]
fn no_query_prints_every_status_and_class_filters() {
    assert_eq!(stdout(&[]).lines().count(), 62);
    let server_errors = stdout(&["--class", "5xx"]);
    assert_eq!(server_errors, stdout(&["--class=5xx"]));
    assert_eq!(server_errors, stdout(&["-c", "5XX"]));
    assert_eq!(server_errors, stdout(&["5xx"]));
    assert_eq!(stdout(&["--class", "5xx", "gateway"]).lines().count(), 2);
}

#[test]
fn misses_exit_1_with_one_line_each_and_still_print_the_rest() {
    let output = httpstatus()
        .args(["404", "no such thing", "600", "4040"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .starts_with("404 Not Found\n")
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "httpstatus: no status code, name or phrase matches \"no such thing\"\n\
         httpstatus: 600 is not an HTTP status code: codes are 100 to 599\n\
         httpstatus: \"4040\": a status code has exactly three digits, such as 404\n"
    );
    httpstatus()
        .args(["--class", "2xx", "404"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("httpstatus: \"404\" is not in class 2xx\n");
}

#[test]
fn usage_errors_exit_2_in_clap_s_words_without_the_whole_usage() {
    for args in [
        &["--jsn"][..],
        &[""],
        &["  "],
        &["--class", "6xx"],
        &["--color", "blue"],
    ] {
        let output = httpstatus()
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .get_output()
            .clone();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with("error: "), "{args:?}: {stderr}");
        assert!(
            stderr.contains("For more information, try '--help'."),
            "{args:?}: {stderr}"
        );
        assert!(
            !stderr.contains("Options:"),
            "{args:?}: the whole usage: {stderr}"
        );
    }
}

#[test]
fn help_version_and_double_dash() {
    let help = stdout(&["--help"]);
    assert!(
        help.contains("Usage: httpstatus [OPTIONS] [QUERY]..."),
        "{help}"
    );
    assert!(stdout(&["-h"]).contains("--json"));
    let version = format!("httpstatus {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(stdout(&["--version"]), version);
    assert_eq!(stdout(&["-V"]), version);
    assert_eq!(stdout(&["-j", "404"]), stdout(&["--json", "404"]));
    // After `--`, `-V` is a query: words that match nothing.
    httpstatus()
        .args(["--", "-V"])
        .assert()
        .code(1)
        .stderr("httpstatus: no status code, name or phrase matches \"-V\"\n");
}

#[test]
fn json_is_always_one_array_with_every_field_of_the_card() {
    let cards = json(&["--json", "413"], "");
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert_eq!(card["code"], 413);
    assert_eq!(card["read_as"], serde_json::Value::Null);
    assert_eq!(card["name"], "CONTENT_TOO_LARGE");
    assert_eq!(
        card["aliases"],
        serde_json::json!(["REQUEST_ENTITY_TOO_LARGE", "PAYLOAD_TOO_LARGE"])
    );
    assert_eq!(card["phrase"], "Content Too Large");
    assert_eq!(
        card["phrase_aliases"],
        serde_json::json!(["Payload Too Large", "Request Entity Too Large"])
    );
    assert_eq!(card["sent_phrase"], serde_json::Value::Null);
    assert_eq!(card["class"], "4xx");
    assert_eq!(card["spec"], "RFC 9110, Section 15.5.14");
    assert_eq!(card["allows_content"], true);
    assert_eq!(card["cacheable_by_default"], false);
    assert_eq!(card["retry"], "when_retry_after");
    assert_eq!(card["retry_spec"], "RFC 9110, Section 15.5.14");
    assert!(
        card["description"]
            .as_str()
            .unwrap()
            .starts_with("The request content")
    );
    assert_eq!(card.as_object().unwrap().len(), 14);

    assert_eq!(json(&["--json"], "").len(), 62);
    assert_eq!(json(&["--json", "404", "5xx"], "").len(), 12);
    // Nothing found is still one array, and a miss.
    httpstatus()
        .args(["--json", "-"])
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("[]\n");
}

#[test]
fn curl_head_output_gives_one_card_and_skips_the_headers() {
    let output = httpstatus()
        .arg("-")
        .write_stdin(transcript("curl-sI.txt"))
        .assert()
        .success();
    assert_eq!(output.get_output().stdout, stdout(&["200"]).as_bytes());
    let cards = json(&["--json", "-"], &transcript("curl-sI.txt"));
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0]["code"], 200);
}

#[test]
fn http2_status_lines_without_a_phrase_are_read() {
    // `HTTP/2 523 `: no phrase, a trailing space, and a code the standard set reads as 500.
    let cards = json(&["--json", "-"], &transcript("curl-sI-http2.txt"));
    assert_eq!(cards.len(), 1);
    assert_eq!(
        (cards[0]["code"].as_u64(), cards[0]["read_as"].as_u64()),
        (Some(523), Some(500))
    );
    assert_eq!(cards[0]["sent_phrase"], serde_json::Value::Null);
    let text = httpstatus()
        .arg("-")
        .write_stdin(transcript("curl-sI-http2.txt"))
        .assert()
        .success();
    let text = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    assert!(
        text.starts_with(
            "523 is not a standard code: read as 500 Internal Server Error, the x00 of its class \
             (RFC 9110, Section 15)\n500 Internal Server Error\n"
        ),
        "{text}"
    );
}

#[test]
fn a_response_with_a_body_keeps_its_own_code_and_phrase() {
    let cards = json(&["--json", "-"], &transcript("curl-si.txt"));
    assert_eq!(cards.len(), 1, "the body is skipped");
    assert_eq!(cards[0]["code"], 499);
    assert_eq!(cards[0]["read_as"], 400);
    assert_eq!(cards[0]["sent_phrase"], "Client Closed Request");
    assert_eq!(cards[0]["name"], "BAD_REQUEST");
}

#[test]
fn a_redirect_chain_gives_a_card_per_response() {
    let cards = json(&["--json", "-"], &transcript("curl-siL.txt"));
    let codes: Vec<u64> = cards
        .iter()
        .map(|card| card["code"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, [301, 200]);
    let text = httpstatus()
        .arg("-")
        .write_stdin(transcript("curl-siL.txt"))
        .assert()
        .success();
    let text = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    assert_eq!(text, format!("{}\n{}", stdout(&["301"]), stdout(&["200"])));
}

#[test]
fn stdin_reads_bare_codes_names_and_lf_lines_and_reports_bad_status_lines() {
    let input = "HTTP/1.1 404 not found\n\nNOT_FOUND\n299\nserver: x\nHTTP/1.1 600 Odd\n";
    let output = httpstatus()
        .args(["--json", "-"])
        .write_stdin(input)
        .assert()
        .code(1);
    let output = output.get_output();
    let cards: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<u64> = cards
        .iter()
        .map(|card| card["code"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, [404, 404, 299]);
    // A phrase in another case is still the phrase; only a different one is reported.
    assert_eq!(cards[0]["sent_phrase"], "not found");
    assert_eq!(cards[2]["read_as"], 200);
    assert_eq!(
        String::from_utf8(output.stderr.clone()).unwrap(),
        "httpstatus: line 6: 600 is not an HTTP status code\n"
    );
}

#[test]
fn colours_only_when_asked_or_on_a_terminal() {
    let plain = stdout(&["404"]);
    assert!(!plain.contains('\u{1b}'), "piped output has no colour");
    assert_eq!(stdout(&["--color", "never", "404"]), plain);
    let coloured = stdout(&["--color=always", "404"]);
    assert!(
        coloured.contains("\u{1b}[1m404 Not Found\u{1b}[0m"),
        "{coloured:?}"
    );
    let output = httpstatus()
        .args(["--color", "auto", "404"])
        .env("NO_COLOR", "1")
        .assert();
    assert_eq!(output.get_output().stdout, plain.as_bytes());
}

#[test]
fn a_closed_pipe_ends_the_program_quietly() {
    // Enough output to fill any pipe buffer, of which the reader takes one line, as `head -1`.
    let mut args = vec!["--json"];
    args.extend(std::iter::repeat_n("4xx", 200));
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("httpstatus"))
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "[\n");
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
}

#[test]
fn a_full_disk_is_one_line_and_exit_1() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("httpstatus"))
        .arg("404")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("httpstatus: cannot write the output: "),
        "{stderr}"
    );
}

#[test]
fn stdin_without_a_status_line_is_a_miss_like_grep_s() {
    // What `curl -sI https://unreachable | httpstatus -` gives it: nothing at all; and headers
    // without their status line.
    for input in ["", "\n\n", "server: nginx\r\ncontent-length: 0\r\n\r\n"] {
        httpstatus()
            .arg("-")
            .write_stdin(input)
            .assert()
            .code(1)
            .stdout("")
            .stderr("httpstatus: standard input holds no status line, code or name\n");
    }
}

/// Runs `httpstatus -` with at most `limit_kib` of address space, and streams `input` into it
/// from another thread: `prefix`, then `body_bytes` bytes with no newline.
fn bounded_run(limit_kib: u64, prefix: &str, body_bytes: usize) -> std::process::Output {
    use std::io::Write;
    let binary = assert_cmd::cargo::cargo_bin("httpstatus");
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {limit_kib} && exec \"$0\" --color never -"
        ))
        .arg(binary)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let prefix = prefix.to_owned();
    let writer = std::thread::spawn(move || {
        stdin.write_all(prefix.as_bytes())?;
        let chunk = vec![b'x'; 1 << 20];
        let mut left = body_bytes;
        while left > 0 {
            let size = left.min(chunk.len());
            stdin.write_all(&chunk[..size])?;
            left -= size;
        }
        Ok::<(), std::io::Error>(())
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

#[test]
fn a_huge_line_costs_a_few_kilobytes_and_the_status_line_before_it_is_read() {
    // 64 MiB of address space: the 200 MiB body cannot be held, the program and its buffers can.
    let limit_kib = 64 * 1024;
    let headers = "HTTP/1.1 404 Not Found\r\ncontent-type: application/octet-stream\r\n\r\n";
    let output = bounded_run(limit_kib, headers, 200 << 20);
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "",
        "{:?}",
        output.status
    );
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text, stdout(&["404"]));
}

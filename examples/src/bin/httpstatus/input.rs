//! Standard input: the status lines, codes and names in what `curl -i` prints, read a line at
//! a time with long lines (bodies) skipped, so that a large download costs a few kilobytes.

use crate::Found;
use status::HttpStatus;
use std::io::{self, BufRead};

/// Every status line (`HTTP/1.1 404 Not Found`, `HTTP/2 200`), bare code or name on standard
/// input; header lines, bodies and blank lines are skipped. Status lines whose code is no
/// status code are reported by line number, and input that holds none at all is reported too:
/// `curl` that reached nothing prints nothing, and that is no success.
pub fn read_input(mut input: impl BufRead) -> (Vec<Found>, Vec<String>) {
    let mut found = Vec::new();
    let mut misses = Vec::new();
    let mut line = Vec::with_capacity(LONGEST_LINE);
    for number in 1.. {
        match read_bounded_line(&mut input, &mut line) {
            Ok(None) => break,
            // Longer than any status line: a body's, skipped.
            Ok(Some(Line::TooLong)) => {}
            Ok(Some(Line::Read)) => {
                // Bodies may be binary: a line that is not UTF-8 is no status line.
                let Ok(text) = std::str::from_utf8(&line) else {
                    continue;
                };
                match read_line(text.trim_end_matches('\r').trim()) {
                    Some(Ok(status)) => found.push(status),
                    Some(Err(error)) => misses.push(format!("line {number}: {error}")),
                    None => {}
                }
            }
            Err(error) => {
                misses.push(format!("cannot read standard input: {error}"));
                return (found, misses);
            }
        }
    }
    if found.is_empty() && misses.is_empty() {
        misses.push("standard input holds no status line, code or name".to_owned());
    }
    (found, misses)
}

/// The longest line kept: a status line is far shorter, so input costs this much memory
/// however long its lines are.
const LONGEST_LINE: usize = 4096;

enum Line {
    /// The line is in the buffer, without its `\n`.
    Read,
    /// The line was longer than `LONGEST_LINE`, and was read past without being kept.
    TooLong,
}

/// The next line of `input` into `line`, or `None` at the end of the input.
fn read_bounded_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<Option<Line>> {
    line.clear();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if buffer.is_empty() {
            break;
        }
        read_any = true;
        let (chunk, ends_line) = match buffer.iter().position(|&byte| byte == b'\n') {
            Some(end) => (&buffer[..end], true),
            None => (buffer, false),
        };
        if !too_long && line.len() + chunk.len() <= LONGEST_LINE {
            line.extend_from_slice(chunk);
        } else {
            too_long = true;
            line.clear();
        }
        let used = chunk.len() + usize::from(ends_line);
        input.consume(used);
        if ends_line {
            break;
        }
    }
    Ok(read_any.then_some(if too_long { Line::TooLong } else { Line::Read }))
}

/// A line of input as a status, `None` if it holds none.
fn read_line(line: &str) -> Option<Result<Found, String>> {
    if let Some(rest) = status_line_rest(line) {
        let (code, phrase) = rest.split_once(' ').unwrap_or((rest, ""));
        let code: u16 = code.parse().ok().filter(|_| code.len() == 3)?;
        let Some(mut found) = Found::of_code(code) else {
            return Some(Err(format!("{code} is not an HTTP status code")));
        };
        let phrase = phrase.trim();
        found.sent_phrase =
            (!phrase.is_empty() && phrase != found.status.phrase()).then(|| phrase.to_owned());
        return Some(Ok(found));
    }
    if line.len() == 3 && line.bytes().all(|byte| byte.is_ascii_digit()) {
        return Found::of_code(line.parse().ok()?).map(Ok);
    }
    HttpStatus::from_name(line).map(|status| Ok(Found::of(status)))
}

/// What follows `HTTP/1.0`, `HTTP/1.1`, `HTTP/2` or `HTTP/3` (curl's spellings) and a space.
fn status_line_rest(line: &str) -> Option<&str> {
    let (version, rest) = line.split_once(' ')?;
    let known = [
        "HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0", "HTTP/3", "HTTP/3.0",
    ];
    known.contains(&version).then_some(rest.trim_start())
}

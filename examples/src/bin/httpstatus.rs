//! `httpstatus`: look up HTTP status codes from the command line.
//!
//! ```text
//! httpstatus              the table of every standard status
//! httpstatus 404          the card of a code
//! httpstatus NOT_FOUND    the card of a name or alias
//! httpstatus 4xx          the statuses of a class
//! httpstatus teapot       the statuses whose name or phrase contains the text
//! ```

use status::{HttpStatus, StatusClass};
use std::fmt::Write as _;
use std::process::ExitCode;

const USAGE: &str = "usage: httpstatus [CODE | NAME | CLASS | TEXT]
  CODE   a three-digit code, such as 404
  NAME   a name or alias, such as NOT_FOUND
  CLASS  a class, such as 4xx
  TEXT   words to look for in names and phrases, such as teapot
With no argument, prints every standard status.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("httpstatus: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        return Ok(format!("{USAGE}\n"));
    }
    let query = args.join(" ");
    if query.is_empty() {
        return Ok(table(&HttpStatus::ALL));
    }
    if let Some(class) = parse_class(&query) {
        let members: Vec<HttpStatus> = HttpStatus::ALL
            .into_iter()
            .filter(|status| status.class() == class)
            .collect();
        return Ok(table(&members));
    }
    match query.parse::<HttpStatus>() {
        Ok(status) => return Ok(card(status)),
        Err(error @ status::ParseStatusError::UnknownCode(_)) => return Err(error.to_string()),
        Err(error @ status::ParseStatusError::NotThreeDigits) => {
            return Err(format!("{error}, such as 404"));
        }
        Err(_) => {}
    }
    let found = search(&query);
    match found.as_slice() {
        [] => Err(format!(
            "no status code, name or phrase matches {query:?}\n{USAGE}"
        )),
        [status] => Ok(card(*status)),
        _ => Ok(table(&found)),
    }
}

/// `4xx` or `4XX`.
fn parse_class(text: &str) -> Option<StatusClass> {
    let (digit, rest) = text.split_at_checked(1)?;
    if !rest.eq_ignore_ascii_case("xx") {
        return None;
    }
    StatusClass::of(digit.parse::<u16>().ok()? * 100)
}

/// Statuses whose name, alias or phrase contains every word of the query, in any case.
fn search(query: &str) -> Vec<HttpStatus> {
    let words: Vec<String> = query
        .split(|c: char| c.is_whitespace() || c == '_')
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    HttpStatus::ALL
        .into_iter()
        .filter(|status| {
            let haystack = format!(
                "{} {} {}",
                status.name(),
                status.aliases().join(" "),
                status.phrase()
            )
            .replace('_', " ")
            .to_lowercase();
            words.iter().all(|word| haystack.contains(word.as_str()))
        })
        .collect()
}

fn card(status: HttpStatus) -> String {
    let class = status.class();
    let mut card = format!("{status}\n");
    let mut field = |label: &str, value: &str| {
        let _ = writeln!(card, "  {label:<12} {value}");
    };
    field("name", status.name());
    if !status.aliases().is_empty() {
        field("aliases", &status.aliases().join(", "));
    }
    field("class", &format!("{class} {}", class.name()));
    field("spec", status.spec().unwrap_or("-"));
    field("description", status.description());
    card
}

fn table(statuses: &[HttpStatus]) -> String {
    let width = statuses
        .iter()
        .map(|status| status.name().len())
        .max()
        .unwrap_or(0);
    let mut table = String::new();
    for status in statuses {
        let _ = writeln!(
            table,
            "{}  {:<width$}  {}",
            status.code(),
            status.name(),
            status.phrase()
        );
    }
    table
}

//! `httpstatus`: look up HTTP status codes by code, name, class or words, or read them from
//! what `curl -i` prints.
//!
//! ```text
//! httpstatus                          the table of every standard status
//! httpstatus 404 NOT_FOUND 5xx teapot a card or a table for each query, in order
//! curl -sI https://example.com | httpstatus -
//!                                     a card for each status line on standard input
//! httpstatus --json 404               the same as one JSON array
//! httpstatus --class 5xx gateway      only the statuses of a class
//! ```
//!
//! Exit status: 0 when everything asked for was found, 1 when something was not (one line on
//! standard error for each miss, and standard input with no status line is one) or standard
//! output failed, 2 for a usage error.

mod input;

use anstyle::Style;
use clap::{Parser, ValueEnum};
use serde::Serialize;
use status::{HttpStatus, ParseStatusError, StatusClass};
use std::io::{self, BufRead, Write};
use std::process::ExitCode;

/// Look up HTTP status codes: by code, name, class or words, or in what `curl -i` prints.
#[derive(Parser)]
#[command(
    name = "httpstatus",
    version,
    after_help = "Examples:\n  httpstatus 404\n  httpstatus NOT_FOUND 5xx teapot\n  \
                  curl -sI https://example.com | httpstatus -\n  httpstatus --json --class 4xx"
)]
struct Args {
    /// A code (404), a name or alias (NOT_FOUND), a class (4xx), words to look for in names
    /// and phrases (teapot), or - to read status lines and codes from standard input. With
    /// none, every standard status.
    #[arg(value_name = "QUERY", value_parser = non_blank)]
    queries: Vec<String>,

    /// Print one JSON array of cards, whatever their number.
    #[arg(short, long)]
    json: bool,

    /// Keep only the statuses of a class, such as 4xx.
    #[arg(short, long, value_name = "CLASS", value_parser = class)]
    class: Option<StatusClass>,

    /// When to use colours and bold.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    color: Color,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    Always,
    Never,
}

fn non_blank(query: &str) -> Result<String, String> {
    if query.trim().is_empty() {
        return Err("a query must not be empty or blank".to_owned());
    }
    Ok(query.to_owned())
}

/// `4xx` or `4XX`.
fn class(text: &str) -> Result<StatusClass, String> {
    parse_class(text).ok_or_else(|| "classes are 1xx, 2xx, 3xx, 4xx and 5xx".to_owned())
}

fn parse_class(text: &str) -> Option<StatusClass> {
    let (digit, rest) = text.split_at_checked(1)?;
    if !rest.eq_ignore_ascii_case("xx") {
        return None;
    }
    StatusClass::of(digit.parse::<u16>().ok()? * 100)
}

/// A status to print: the standard one, and what the input said of it.
#[derive(Clone)]
struct Found {
    status: HttpStatus,
    /// The code as given, when the standard set does not have it and reads it as its class's
    /// `x00` (RFC 9110, Section 15).
    given_code: Option<u16>,
    /// The phrase of the status line it came from, when it was not the canonical one.
    sent_phrase: Option<String>,
}

impl Found {
    fn of(status: HttpStatus) -> Self {
        Found {
            status,
            given_code: None,
            sent_phrase: None,
        }
    }

    /// The status of `code`, or the `x00` of its class for a code the standard set lacks,
    /// keeping the code as given; `None` outside `100..=599`.
    fn of_code(code: u16) -> Option<Self> {
        let status = HttpStatus::from_code_or_class(code)?;
        Some(Found {
            status,
            given_code: (status.code() != code).then_some(code),
            sent_phrase: None,
        })
    }
}

/// What a query gives: one card, a table of statuses, or nothing and why.
enum Answer {
    Card(Found),
    Table(Vec<HttpStatus>),
}

/// The JSON form of a card: every field the text card shows.
#[derive(Serialize)]
struct Card<'a> {
    code: u16,
    /// The code the standard set reads an unknown `code` as; `null` for a known one.
    read_as: Option<u16>,
    name: &'a str,
    aliases: &'a [&'a str],
    phrase: &'a str,
    phrase_aliases: &'a [&'a str],
    /// The phrase the status line carried, when it was not the canonical phrase.
    sent_phrase: Option<&'a str>,
    class: String,
    spec: Option<&'a str>,
    allows_content: bool,
    cacheable_by_default: bool,
    /// When a client may send the request again, as `#[retry(..)]` spells it.
    retry: &'static str,
    /// The clause the retry class comes from.
    retry_spec: Option<&'a str>,
    description: &'a str,
}

impl<'a> From<&'a Found> for Card<'a> {
    fn from(found: &'a Found) -> Self {
        let status = found.status;
        Card {
            code: found.given_code.unwrap_or(status.code()),
            read_as: found.given_code.map(|_| status.code()),
            name: status.name(),
            aliases: status.aliases(),
            phrase: status.phrase(),
            phrase_aliases: status.phrase_aliases(),
            sent_phrase: found.sent_phrase.as_deref(),
            class: status.class().to_string(),
            spec: status.spec(),
            allows_content: status.allows_content(),
            cacheable_by_default: status.is_cacheable_by_default(),
            retry: status.retry_class().as_str(),
            retry_spec: status.retry_spec(),
            description: status.description(),
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let (answers, misses) = answer(&args, io::stdin().lock());
    for miss in &misses {
        eprintln!("httpstatus: {miss}");
    }
    let choice = match args.color {
        Color::Auto => anstream::ColorChoice::Auto,
        Color::Always => anstream::ColorChoice::Always,
        Color::Never => anstream::ColorChoice::Never,
    };
    let stdout = anstream::AutoStream::new(io::stdout().lock(), choice);
    let mut out = io::BufWriter::new(stdout);
    let written = if args.json {
        write_json(&mut out, &answers)
    } else {
        write_text(&mut out, &answers)
    }
    .and_then(|()| out.flush());
    match written {
        // A reader that stopped reading, as `head` does, wants no more and no complaint.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("httpstatus: cannot write the output: {error}");
            ExitCode::FAILURE
        }
        Ok(()) if misses.is_empty() => ExitCode::SUCCESS,
        Ok(()) => ExitCode::FAILURE,
    }
}

/// The answers to every query, in order, and one message for each that found nothing.
fn answer(args: &Args, stdin: impl BufRead) -> (Vec<Answer>, Vec<String>) {
    let in_class = |status: &HttpStatus| args.class.is_none_or(|class| status.class() == class);
    let mut answers = Vec::new();
    let mut misses = Vec::new();
    if args.queries.is_empty() {
        answers.push(Answer::Table(
            HttpStatus::ALL.into_iter().filter(in_class).collect(),
        ));
        return (answers, misses);
    }
    let mut stdin = Some(stdin);
    for query in &args.queries {
        if query == "-" {
            // Standard input is read once, however many times `-` is given.
            let Some(input) = stdin.take() else { continue };
            let (found, errors) = input::read_input(input);
            answers.extend(
                found
                    .into_iter()
                    .filter(|found| in_class(&found.status))
                    .map(Answer::Card),
            );
            misses.extend(errors);
            continue;
        }
        match lookup(query) {
            Ok(Answer::Card(found)) if in_class(&found.status) => answers.push(Answer::Card(found)),
            Ok(Answer::Table(statuses)) => {
                let statuses: Vec<HttpStatus> = statuses.into_iter().filter(in_class).collect();
                if statuses.is_empty() {
                    misses.push(format!(
                        "no status matches {query:?}{}",
                        class_note(args.class)
                    ));
                } else {
                    answers.push(Answer::Table(statuses));
                }
            }
            Ok(Answer::Card(_)) => {
                misses.push(format!("{query:?} is not{}", class_note(args.class)));
            }
            Err(miss) => misses.push(miss),
        }
    }
    (answers, misses)
}

fn class_note(class: Option<StatusClass>) -> String {
    class
        .map(|class| format!(" in class {class}"))
        .unwrap_or_default()
}

/// What one query names: a class, a code, a name or alias, or the statuses its words find.
fn lookup(query: &str) -> Result<Answer, String> {
    if let Some(class) = parse_class(query) {
        let statuses = HttpStatus::ALL
            .into_iter()
            .filter(|status| status.class() == class)
            .collect();
        return Ok(Answer::Table(statuses));
    }
    match query.parse::<HttpStatus>() {
        Ok(status) => Ok(Answer::Card(Found::of(status))),
        Err(ParseStatusError::UnknownCode(code)) => Found::of_code(code)
            .map(Answer::Card)
            .ok_or_else(|| format!("{code} is not an HTTP status code: codes are 100 to 599")),
        // "4040" is a mistyped code; "9xx" may be words to search for.
        Err(error @ ParseStatusError::NotThreeDigits)
            if query.bytes().all(|byte| byte.is_ascii_digit()) =>
        {
            Err(format!("{query:?}: {error}, such as 404"))
        }
        Err(_) => {
            let found = search(query);
            if found.is_empty() {
                Err(format!("no status code, name or phrase matches {query:?}"))
            } else {
                Ok(Answer::Table(found))
            }
        }
    }
}

/// Statuses whose names, aliases, phrase or phrase aliases hold every word of the query, in
/// any case.
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
                "{} {} {} {}",
                status.name(),
                status.aliases().join(" "),
                status.phrase(),
                status.phrase_aliases().join(" ")
            )
            .replace('_', " ")
            .to_lowercase();
            words.iter().all(|word| haystack.contains(word.as_str()))
        })
        .collect()
}

fn write_json(out: &mut impl Write, answers: &[Answer]) -> io::Result<()> {
    let found: Vec<Found> = answers
        .iter()
        .flat_map(|answer| match answer {
            Answer::Card(found) => vec![found.clone()],
            Answer::Table(statuses) => statuses.iter().copied().map(Found::of).collect(),
        })
        .collect();
    let cards: Vec<Card> = found.iter().map(Card::from).collect();
    serde_json::to_writer_pretty(&mut *out, &cards)?;
    writeln!(out)
}

fn write_text(out: &mut impl Write, answers: &[Answer]) -> io::Result<()> {
    for (index, answer) in answers.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        match answer {
            Answer::Card(found) => write_card(out, found)?,
            Answer::Table(statuses) => write_table(out, statuses)?,
        }
    }
    Ok(())
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn write_card(out: &mut impl Write, found: &Found) -> io::Result<()> {
    let status = found.status;
    if let Some(code) = found.given_code {
        writeln!(
            out,
            "{BOLD}{code}{BOLD:#} is not a standard code: read as {status}, the x00 of its \
             class (RFC 9110, Section 15)"
        )?;
    }
    writeln!(out, "{BOLD}{status}{BOLD:#}")?;
    let mut field = |label: &str, value: &str| writeln!(out, "  {DIM}{label:<12}{DIM:#} {value}");
    field("name", status.name())?;
    if !status.aliases().is_empty() {
        field("aliases", &status.aliases().join(", "))?;
    }
    if let Some(phrase) = &found.sent_phrase {
        field("sent as", phrase)?;
    }
    if !status.phrase_aliases().is_empty() {
        field("also sent as", &status.phrase_aliases().join(", "))?;
    }
    let class = status.class();
    field("class", &format!("{class} {}", class.name()))?;
    field("spec", status.spec().unwrap_or("-"))?;
    field(
        "content",
        if status.allows_content() {
            "allowed"
        } else {
            "none"
        },
    )?;
    let cacheable = if status.is_cacheable_by_default() {
        "by default"
    } else {
        "if told"
    };
    field("cacheable", cacheable)?;
    let retry = match status.retry_spec() {
        Some(spec) => format!("{} ({spec})", status.retry_class()),
        None => status.retry_class().to_string(),
    };
    field("retry", &retry)?;
    field("description", status.description())
}

fn write_table(out: &mut impl Write, statuses: &[HttpStatus]) -> io::Result<()> {
    let width = statuses
        .iter()
        .map(|status| status.name().len())
        .max()
        .unwrap_or(0);
    for status in statuses {
        let (code, name, phrase) = (status.code(), status.name(), status.phrase());
        writeln!(out, "{BOLD}{code}{BOLD:#}  {name:<width$}  {phrase}")?;
    }
    Ok(())
}

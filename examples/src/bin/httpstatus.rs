//! `httpstatus`: look up HTTP status codes from the command line.
//!
//! ```text
//! httpstatus                  the table of every standard status
//! httpstatus 404              the card of a code
//! httpstatus NOT_FOUND        the card of a name or alias
//! httpstatus 4xx              the statuses of a class
//! httpstatus teapot           the statuses whose name or phrase holds the words
//! httpstatus -                a card for each status line or code on standard input
//! httpstatus --json ...       the same as JSON
//! httpstatus --class 5xx ...  only the statuses of a class
//! ```

use status::{HttpStatus, StatusClass};
use std::fmt::Write as _;
use std::io::BufRead;
use std::process::ExitCode;

const USAGE: &str = "usage: httpstatus [--json] [--class CLASS] [CODE | NAME | CLASS | TEXT | -]
  CODE     a three-digit code, such as 404
  NAME     a name or alias, such as NOT_FOUND
  CLASS    a class, such as 4xx
  TEXT     words to look for in names and phrases, such as teapot
  -        read status lines (HTTP/1.1 404 Not Found) or codes from standard input
  --json   print JSON
  --class  keep only the statuses of a class
With no argument, prints every standard status.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args, std::io::stdin().lock()) {
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

struct Options {
    json: bool,
    class: Option<StatusClass>,
    words: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        json: false,
        class: None,
        words: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => options.json = true,
            "--class" => {
                let class = args.next().ok_or("--class needs a class, such as 4xx")?;
                options.class =
                    Some(parse_class(class).ok_or_else(|| {
                        format!("unknown class {class:?}; classes are 1xx to 5xx")
                    })?);
            }
            option if option.starts_with("--") => {
                return Err(format!("unknown option {option}\n{USAGE}"));
            }
            word => options.words.push(word.to_owned()),
        }
    }
    Ok(options)
}

fn run(args: &[String], mut stdin: impl BufRead) -> Result<String, String> {
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        return Ok(format!("{USAGE}\n"));
    }
    let options = parse_options(args)?;
    let in_class = |status: &HttpStatus| options.class.is_none_or(|class| status.class() == class);
    if options.words == ["-"] {
        let mut input = String::new();
        stdin
            .read_to_string(&mut input)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        let read = input
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(status_of_line)
            .collect::<Result<Vec<_>, _>>()?;
        let read: Vec<Read> = read
            .into_iter()
            .filter(|read| in_class(&read.status))
            .collect();
        return Ok(render_read(&read, options.json));
    }
    let query = options.words.join(" ");
    let found: Vec<HttpStatus> = find(&query)?.into_iter().filter(in_class).collect();
    match (found.as_slice(), query.is_empty()) {
        ([], _) => Err(format!(
            "no status matches {query:?}{}",
            class_note(options.class)
        )),
        ([status], false) => Ok(render_cards(&[*status], options.json)),
        (statuses, _) => Ok(if options.json {
            json_array(statuses)
        } else {
            table(statuses)
        }),
    }
}

fn class_note(class: Option<StatusClass>) -> String {
    class
        .map(|class| format!(" in class {class}"))
        .unwrap_or_default()
}

/// What a query names: every status, a class, a code, a name or alias, or a search.
fn find(query: &str) -> Result<Vec<HttpStatus>, String> {
    Ok(if query.is_empty() {
        HttpStatus::ALL.to_vec()
    } else if let Some(class) = parse_class(query) {
        HttpStatus::ALL
            .into_iter()
            .filter(|status| status.class() == class)
            .collect()
    } else {
        match query.parse::<HttpStatus>() {
            Ok(status) => vec![status],
            Err(error @ status::ParseStatusError::UnknownCode(_)) => return Err(error.to_string()),
            // "4040" is a mistyped code; "9xx" may be words to search for.
            Err(error @ status::ParseStatusError::NotThreeDigits)
                if query.bytes().all(|byte| byte.is_ascii_digit()) =>
            {
                return Err(format!("{error}, such as 404"));
            }
            Err(_) => {
                let found = search(query);
                if found.is_empty() {
                    return Err(format!(
                        "no status code, name or phrase matches {query:?}\n{USAGE}"
                    ));
                }
                found
            }
        }
    })
}

/// A status read from standard input, and the unrecognized code it stands for, if any.
struct Read {
    status: HttpStatus,
    unrecognized: Option<u16>,
}

/// A line of standard input: a status line such as `HTTP/1.1 404 Not Found`, or a code or
/// name. The code decides; an unknown code is read as its class's `x00`, as RFC 9110 says.
fn status_of_line(line: &str) -> Result<Read, String> {
    let line = line.trim();
    let rest = match line.split_once(' ') {
        Some((version, rest)) if version.starts_with("HTTP/") => rest,
        _ => line,
    };
    let code = rest.split(' ').next().unwrap_or(rest);
    if let Ok(code) = code.parse::<u16>() {
        let status = HttpStatus::from_code_or_class(code)
            .ok_or_else(|| format!("{line:?}: {code} is not an HTTP status code"))?;
        let unrecognized = (status.code() != code).then_some(code);
        return Ok(Read {
            status,
            unrecognized,
        });
    }
    let status = rest
        .parse::<HttpStatus>()
        .map_err(|error| format!("{line:?}: {error}"))?;
    Ok(Read {
        status,
        unrecognized: None,
    })
}

fn render_read(read: &[Read], json: bool) -> String {
    let statuses: Vec<HttpStatus> = read.iter().map(|read| read.status).collect();
    if json {
        return render_cards(&statuses, true);
    }
    let cards: Vec<String> = read
        .iter()
        .map(|read| match read.unrecognized {
            Some(code) => format!(
                "{code} is not a standard code: read as {}, the x00 of its class (RFC 9110, Section 15)\n{}",
                read.status,
                card(read.status)
            ),
            None => card(read.status),
        })
        .collect();
    cards.join("\n")
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

fn render_cards(statuses: &[HttpStatus], json: bool) -> String {
    if json {
        return match statuses {
            [status] => format!("{}\n", json_object(*status)),
            _ => json_array(statuses),
        };
    }
    statuses
        .iter()
        .map(|status| card(*status))
        .collect::<Vec<_>>()
        .join("\n")
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
    field(
        "content",
        if status.allows_content() {
            "allowed"
        } else {
            "none"
        },
    );
    field(
        "cacheable",
        if status.is_cacheable_by_default() {
            "by default"
        } else {
            "if told"
        },
    );
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

fn json_array(statuses: &[HttpStatus]) -> String {
    let objects: Vec<String> = statuses
        .iter()
        .map(|status| format!("  {}", json_object(*status)))
        .collect();
    format!("[\n{}\n]\n", objects.join(",\n"))
}

fn json_object(status: HttpStatus) -> String {
    let aliases: Vec<String> = status
        .aliases()
        .iter()
        .map(|alias| json_string(alias))
        .collect();
    format!(
        "{{\"code\": {}, \"name\": {}, \"aliases\": [{}], \"phrase\": {}, \"class\": {}, \
         \"spec\": {}, \"allows_content\": {}, \"cacheable_by_default\": {}, \"description\": {}}}",
        status.code(),
        json_string(status.name()),
        aliases.join(", "),
        json_string(status.phrase()),
        json_string(&status.class().to_string()),
        status.spec().map_or_else(|| "null".to_owned(), json_string),
        status.allows_content(),
        status.is_cacheable_by_default(),
        json_string(status.description()),
    )
}

/// A JSON string: quotes, backslashes and control characters escaped.
fn json_string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(json, "\\u{:04x}", u32::from(c));
            }
            c => json.push(c),
        }
    }
    json.push('"');
    json
}

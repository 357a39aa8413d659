//! `cargo bench -p status-codes --bench lookups`: `HttpStatus` against `http::StatusCode` and against
//! hand-written references (the practical limit), on the same inputs, each row twice: on
//! 1024 inputs the branch predictor learns ("warm") and on 65,536 it cannot ("cold").
//! Prints the ratios at the end; `BENCHMARKS.md` records a run.

use criterion::{Criterion, Throughput};
use http::StatusCode;
use status::HttpStatus;
use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;

include!("large_set.rs");

status::status_codes! {
    /// The 500-code set through `extends`, with nothing of its own: the same statuses as a set
    /// written out in full, `LargeSet`.
    pub enum DerivedLargeSet;
    extends LargeSet;
}

const SIZES: [(&str, usize); 2] = [("warm", 1024), ("cold", 65_536)];

/// Invalid codes in the 20% of misses: the edges of every range, and gaps between classes.
const INVALID_CODES: [u16; 10] = [0, 99, 600, 1000, 65535, 109, 299, 306, 419, 999];

/// xorshift64*, so every run and both crates see the same inputs.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        usize::try_from(x >> 33).unwrap() % n
    }
}

struct Inputs {
    /// 80% standard codes, 20% invalid.
    codes: Vec<u16>,
    /// Standard statuses, and the same as `http::StatusCode`s.
    statuses: Vec<HttpStatus>,
    http_statuses: Vec<StatusCode>,
    /// The codes as text.
    texts: Vec<String>,
    /// 80% names and aliases, 20% misses.
    names: Vec<String>,
    /// 80% of the large set's codes, 20% invalid; 80% of its names and aliases.
    large_codes: Vec<u16>,
    large_names: Vec<String>,
}

fn inputs(len: usize) -> Inputs {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut code_mix = |pool: &[u16]| -> Vec<u16> {
        (0..len)
            .map(|_| {
                if rng.below(5) == 0 {
                    INVALID_CODES[rng.below(INVALID_CODES.len())]
                } else {
                    pool[rng.below(pool.len())]
                }
            })
            .collect()
    };
    let standard: Vec<u16> = HttpStatus::ALL.iter().map(|s| s.code()).collect();
    let large: Vec<u16> = LargeSet::ALL.iter().map(|s| s.code()).collect();
    let codes = code_mix(&standard);
    let large_codes = code_mix(&large);
    let statuses: Vec<HttpStatus> = (0..len)
        .map(|_| HttpStatus::ALL[rng.below(HttpStatus::ALL.len())])
        .collect();
    let http_statuses = statuses
        .iter()
        .map(|s| StatusCode::from_u16(s.code()).unwrap())
        .collect();
    let texts = codes.iter().map(u16::to_string).collect();
    let mut name_mix = |names: &[&str]| -> Vec<String> {
        (0..len)
            .map(|_| {
                let name = names[rng.below(names.len())];
                match rng.below(10) {
                    0 => name.to_lowercase(),
                    1 => format!("{name}_"),
                    _ => name.to_owned(),
                }
            })
            .collect()
    };
    let names = name_mix(&all_names(&HttpStatus::ALL));
    let large_names = name_mix(&all_names(&LargeSet::ALL));
    Inputs {
        codes,
        statuses,
        http_statuses,
        texts,
        names,
        large_codes,
        large_names,
    }
}

fn all_names<S: status::Status>(set: &[S]) -> Vec<&'static str> {
    set.iter()
        .flat_map(|s| std::iter::once(s.name()).chain(s.aliases().iter().copied()))
        .collect()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    for (size, len) in SIZES {
        bench(&mut criterion, size, &inputs(len));
    }
    criterion.final_summary();
    report::print();
}

fn bench(c: &mut Criterion, size: &str, inputs: &Inputs) {
    let reference = reference::Tables::new();
    let mut group = c.benchmark_group(format!("code_to_status/{size}"));
    group.throughput(Throughput::Elements(inputs.codes.len() as u64));
    group.bench_function("status", |b| {
        b.iter(|| each(&inputs.codes, |&c| HttpStatus::from_code(c)));
    });
    group.bench_function("http", |b| {
        b.iter(|| each(&inputs.codes, |&c| StatusCode::from_u16(c)));
    });
    group.bench_function("reference", |b| {
        b.iter(|| each(&inputs.codes, |&c| reference::from_code(c)));
    });
    group.bench_function("status_500", |b| {
        b.iter(|| each(&inputs.large_codes, |&c| LargeSet::from_code(c)));
    });
    group.bench_function("status_500_derived", |b| {
        b.iter(|| each(&inputs.large_codes, |&c| DerivedLargeSet::from_code(c)));
    });
    group.finish();

    let mut group = c.benchmark_group(format!("status_to_phrase/{size}"));
    group.throughput(Throughput::Elements(inputs.statuses.len() as u64));
    group.bench_function("status", |b| {
        b.iter(|| each(&inputs.statuses, |&s| s.phrase()));
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            each(&inputs.http_statuses, |s| {
                s.canonical_reason().unwrap_or("")
            })
        });
    });
    group.bench_function("reference", |b| {
        b.iter(|| each(&inputs.statuses, |&s| reference::phrase(s)));
    });
    group.finish();

    let mut group = c.benchmark_group(format!("parse/{size}"));
    group.throughput(Throughput::Elements(inputs.texts.len() as u64));
    group.bench_function("status", |b| {
        b.iter(|| each(&inputs.texts, |t| t.parse::<HttpStatus>()));
    });
    group.bench_function("http", |b| {
        b.iter(|| each(&inputs.texts, |t| StatusCode::from_str(t)));
    });
    group.bench_function("reference", |b| {
        b.iter(|| each(&inputs.texts, |t| reference::parse(t)));
    });
    group.finish();

    let mut group = c.benchmark_group(format!("display/{size}"));
    group.throughput(Throughput::Elements(inputs.statuses.len() as u64));
    let mut out = String::with_capacity(64);
    group.bench_function("reference", |b| {
        b.iter(|| {
            display(&mut out, &inputs.statuses, |out, &s| {
                write!(out, "{}", reference.display(s))
            })
        });
    });
    group.bench_function("status", |b| {
        b.iter(|| display(&mut out, &inputs.statuses, |out, &s| write!(out, "{s}")));
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            display(&mut out, &inputs.http_statuses, |out, &s| {
                write!(out, "{s}")
            })
        });
    });
    group.finish();

    let mut group = c.benchmark_group(format!("name_to_status/{size}"));
    group.throughput(Throughput::Elements(inputs.names.len() as u64));
    group.bench_function("status", |b| {
        b.iter(|| each(&inputs.names, |n| HttpStatus::from_name(n)));
    });
    group.bench_function("match", |b| {
        b.iter(|| each(&inputs.names, |n| reference::from_name_match(n)));
    });
    group.bench_function("perfect_hash", |b| {
        b.iter(|| each(&inputs.names, |n| reference.name(n)));
    });
    group.bench_function("status_500", |b| {
        b.iter(|| each(&inputs.large_names, |n| LargeSet::from_name(n)));
    });
    group.bench_function("status_500_derived", |b| {
        b.iter(|| each(&inputs.large_names, |n| DerivedLargeSet::from_name(n)));
    });
    group.finish();
}

/// Runs `f` over every input. `black_box` on the result, rather than a sum, leaves no branch
/// on it in the loop, so every row measures the lookup alone.
#[inline]
fn each<T, R>(inputs: &[T], f: impl Fn(&T) -> R) {
    for x in inputs {
        black_box(f(black_box(x)));
    }
}

#[inline]
fn display<T>(
    out: &mut String,
    inputs: &[T],
    f: impl Fn(&mut String, &T) -> std::fmt::Result,
) -> usize {
    let mut total = 0;
    for x in inputs {
        out.clear();
        f(out, black_box(x)).unwrap();
        total += black_box(&*out).len();
    }
    total
}

/// What a programmer would hand-write for the standard set, for each row: the practical limit.
mod reference {
    use status::HttpStatus;

    /// Code to status: a 1024-entry table and a branch-free index.
    static BY_CODE: [Option<HttpStatus>; 1024] = {
        let mut table = [None; 1024];
        let mut i = 0;
        while i < HttpStatus::ALL.len() {
            table[HttpStatus::ALL[i] as usize] = Some(HttpStatus::ALL[i]);
            i += 1;
        }
        table
    };

    #[inline]
    pub fn from_code(code: u16) -> Option<HttpStatus> {
        let i = usize::from(code);
        BY_CODE[if i < 1024 { i } else { 0 }]
    }

    /// Status to phrase: a static array indexed by the code.
    static PHRASES: [&str; 1024] = {
        let mut table = [""; 1024];
        let mut i = 0;
        while i < HttpStatus::ALL.len() {
            table[HttpStatus::ALL[i] as usize] = HttpStatus::ALL[i].phrase();
            i += 1;
        }
        table
    };

    #[inline]
    pub fn phrase(status: HttpStatus) -> &'static str {
        PHRASES[status as usize & 1023]
    }

    /// Text to status: three digits, then the table.
    #[inline]
    pub fn parse(text: &str) -> Option<HttpStatus> {
        match *text.as_bytes() {
            [a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
                from_code(
                    u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'),
                )
            }
            _ => None,
        }
    }

    pub struct Tables {
        /// `404 Not Found`, stored whole, by code.
        display: Box<[&'static str; 1024]>,
        /// A perfect hash of every name and alias into 256 slots, its seed found at start-up.
        seed: u64,
        slots: Box<[(&'static str, Option<HttpStatus>); 256]>,
    }

    impl Tables {
        pub fn new() -> Self {
            let mut display = Box::new([""; 1024]);
            for s in HttpStatus::ALL {
                display[s as usize] = Box::leak(s.to_string().into_boxed_str());
            }
            let names: Vec<(&'static str, HttpStatus)> = HttpStatus::ALL
                .iter()
                .flat_map(|&s| {
                    std::iter::once(s.name())
                        .chain(s.aliases().iter().copied())
                        .map(move |n| (n, s))
                })
                .collect();
            let seed = (1u64..)
                .map(|seed| seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
                .find(|&seed| {
                    let mut seen = [false; 256];
                    names
                        .iter()
                        .all(|(name, _)| !std::mem::replace(&mut seen[slot(name, seed)], true))
                })
                .unwrap();
            let mut slots = Box::new([("", None); 256]);
            for (name, status) in names {
                slots[slot(name, seed)] = (name, Some(status));
            }
            Tables {
                display,
                seed,
                slots,
            }
        }

        /// A `Display` that writes the stored `404 Not Found` with one `write_str`.
        #[inline]
        pub fn display(&self, status: HttpStatus) -> StoredDisplay<'_> {
            StoredDisplay {
                table: &self.display,
                status,
            }
        }

        #[inline]
        pub fn name(&self, name: &str) -> Option<HttpStatus> {
            let (key, status) = self.slots[slot(name, self.seed)];
            if key == name { status } else { None }
        }
    }

    pub struct StoredDisplay<'t> {
        table: &'t [&'static str; 1024],
        status: HttpStatus,
    }

    impl std::fmt::Display for StoredDisplay<'_> {
        #[inline]
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.table[self.status as usize & 1023])
        }
    }

    /// The first and last eight bytes and the length, multiplied into eight bits.
    #[inline]
    fn slot(name: &str, seed: u64) -> usize {
        let bytes = name.as_bytes();
        let len = bytes.len();
        let (first, last) = if len >= 8 {
            (
                u64::from_le_bytes(bytes[..8].try_into().unwrap()),
                u64::from_le_bytes(bytes[len - 8..].try_into().unwrap()),
            )
        } else if len >= 4 {
            (
                u64::from(u32::from_le_bytes(bytes[..4].try_into().unwrap())),
                u64::from(u32::from_le_bytes(bytes[len - 4..].try_into().unwrap())),
            )
        } else if len > 0 {
            (
                u64::from(bytes[0])
                    | u64::from(bytes[len / 2]) << 8
                    | u64::from(bytes[len - 1]) << 16,
                0,
            )
        } else {
            (0, 0)
        };
        let mixed = (first ^ last.rotate_left(29) ^ len as u64).wrapping_mul(seed);
        (mixed >> 56) as usize
    }

    /// Name to status: the `match` one would write by hand.
    #[inline]
    pub fn from_name_match(name: &str) -> Option<HttpStatus> {
        use HttpStatus as S;
        Some(match name {
            "CONTINUE" => S::Continue,
            "SWITCHING_PROTOCOLS" => S::SwitchingProtocols,
            "PROCESSING" => S::Processing,
            "EARLY_HINTS" => S::EarlyHints,
            "OK" => S::Ok,
            "CREATED" => S::Created,
            "ACCEPTED" => S::Accepted,
            "NON_AUTHORITATIVE_INFORMATION" => S::NonAuthoritativeInformation,
            "NO_CONTENT" => S::NoContent,
            "RESET_CONTENT" => S::ResetContent,
            "PARTIAL_CONTENT" => S::PartialContent,
            "MULTI_STATUS" => S::MultiStatus,
            "ALREADY_REPORTED" => S::AlreadyReported,
            "IM_USED" => S::ImUsed,
            "MULTIPLE_CHOICES" => S::MultipleChoices,
            "MOVED_PERMANENTLY" => S::MovedPermanently,
            "FOUND" => S::Found,
            "SEE_OTHER" => S::SeeOther,
            "NOT_MODIFIED" => S::NotModified,
            "USE_PROXY" => S::UseProxy,
            "TEMPORARY_REDIRECT" => S::TemporaryRedirect,
            "PERMANENT_REDIRECT" => S::PermanentRedirect,
            "BAD_REQUEST" => S::BadRequest,
            "UNAUTHORIZED" => S::Unauthorized,
            "PAYMENT_REQUIRED" => S::PaymentRequired,
            "FORBIDDEN" => S::Forbidden,
            "NOT_FOUND" => S::NotFound,
            "METHOD_NOT_ALLOWED" => S::MethodNotAllowed,
            "NOT_ACCEPTABLE" => S::NotAcceptable,
            "PROXY_AUTHENTICATION_REQUIRED" => S::ProxyAuthenticationRequired,
            "REQUEST_TIMEOUT" => S::RequestTimeout,
            "CONFLICT" => S::Conflict,
            "GONE" => S::Gone,
            "LENGTH_REQUIRED" => S::LengthRequired,
            "PRECONDITION_FAILED" => S::PreconditionFailed,
            "CONTENT_TOO_LARGE" | "REQUEST_ENTITY_TOO_LARGE" => S::ContentTooLarge,
            "URI_TOO_LONG" | "REQUEST_URI_TOO_LONG" => S::UriTooLong,
            "UNSUPPORTED_MEDIA_TYPE" => S::UnsupportedMediaType,
            "RANGE_NOT_SATISFIABLE"
            | "REQUESTED_RANGE_NOT_SATISFIABLE"
            | "REQUEST_RANGE_NOT_SATISFIABLE" => S::RangeNotSatisfiable,
            "EXPECTATION_FAILED" => S::ExpectationFailed,
            "IM_A_TEAPOT" => S::ImATeapot,
            "MISDIRECTED_REQUEST" => S::MisdirectedRequest,
            "UNPROCESSABLE_CONTENT" | "UNPROCESSABLE_ENTITY" => S::UnprocessableContent,
            "LOCKED" => S::Locked,
            "FAILED_DEPENDENCY" => S::FailedDependency,
            "TOO_EARLY" => S::TooEarly,
            "UPGRADE_REQUIRED" => S::UpgradeRequired,
            "PRECONDITION_REQUIRED" => S::PreconditionRequired,
            "TOO_MANY_REQUESTS" => S::TooManyRequests,
            "REQUEST_HEADER_FIELDS_TOO_LARGE" => S::RequestHeaderFieldsTooLarge,
            "UNAVAILABLE_FOR_LEGAL_REASONS" => S::UnavailableForLegalReasons,
            "INTERNAL_SERVER_ERROR" => S::InternalServerError,
            "NOT_IMPLEMENTED" => S::NotImplemented,
            "BAD_GATEWAY" => S::BadGateway,
            "SERVICE_UNAVAILABLE" => S::ServiceUnavailable,
            "GATEWAY_TIMEOUT" => S::GatewayTimeout,
            "HTTP_VERSION_NOT_SUPPORTED" => S::HttpVersionNotSupported,
            "VARIANT_ALSO_NEGOTIATES" => S::VariantAlsoNegotiates,
            "INSUFFICIENT_STORAGE" => S::InsufficientStorage,
            "LOOP_DETECTED" => S::LoopDetected,
            "NOT_EXTENDED" => S::NotExtended,
            "NETWORK_AUTHENTICATION_REQUIRED" => S::NetworkAuthenticationRequired,
            _ => return None,
        })
    }
}

/// Reads criterion's medians back and prints the ratios.
mod report {
    use std::path::PathBuf;

    const ROWS: [(&str, &[&str]); 5] = [
        (
            "code_to_status",
            &["http", "reference", "status_500", "status_500_derived"],
        ),
        ("status_to_phrase", &["http", "reference"]),
        ("parse", &["http", "reference"]),
        ("display", &["http", "reference"]),
        (
            "name_to_status",
            &["match", "perfect_hash", "status_500", "status_500_derived"],
        ),
    ];

    fn criterion_dir() -> PathBuf {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
        target.join("criterion")
    }

    /// The median time per input in nanoseconds, if the row ran.
    fn median_ns(group: &str, size: &str, function: &str, inputs: usize) -> Option<f64> {
        let path = criterion_dir().join(format!("{group}_{size}/{function}/new/estimates.json"));
        let json = std::fs::read_to_string(path).ok()?;
        let median = &json[json.find("\"median\"")?..];
        let value = &median[median.find("\"point_estimate\":")? + "\"point_estimate\":".len()..];
        let end = value.find([',', '}'])?;
        Some(value[..end].trim().parse::<f64>().ok()? / inputs as f64)
    }

    pub fn print() {
        println!("\nmedian ns per input; ratio = status / other (below 1 is faster)\n");
        println!("| operation | inputs | status | other | other ns | ratio |");
        println!("|---|---|---:|---|---:|---:|");
        for (group, others) in ROWS {
            for (size, inputs) in super::SIZES {
                let Some(ours) = median_ns(group, size, "status", inputs) else {
                    continue;
                };
                for other in others {
                    let Some(theirs) = median_ns(group, size, other, inputs) else {
                        continue;
                    };
                    let written_out = median_ns(group, size, "status_500", inputs);
                    let (label, ratio) = match (*other, written_out) {
                        ("status_500", _) => ("500-code set / 62-code set", theirs / ours),
                        // The same 500 statuses, taken through `extends`.
                        ("status_500_derived", Some(written_out)) => {
                            ("derived 500 / written out 500", theirs / written_out)
                        }
                        _ => (*other, ours / theirs),
                    };
                    println!(
                        "| {group} | {size} | {ours:.2} | {label} | {theirs:.2} | {ratio:.2} |"
                    );
                }
            }
        }
    }
}

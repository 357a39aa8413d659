//! `cargo bench -p status-codes --features problem,axum --bench problem`: building a problem
//! and writing it as JSON bytes, and the whole axum response, against `problem_details` 0.11
//! and `http-api-problem` 0.60 on the same content; and reading it back on a client's side,
//! into the error enum, against `http-api-problem` and a `match` written by hand.
//! `BENCHMARKS.md` records a run.

use axum_core::response::IntoResponse;
use criterion::Criterion;
use serde::Serialize;
use status::{HttpStatus, Problem};
use std::hint::black_box;

/// The content every crate builds: a 409 with a type, the standard title, a detail and one
/// extension member (the derive sets no `instance`, so none does).
const TYPE: &str = "https://example.com/problems/name-taken";
const DETAIL: &str = "the name \"ada\" is taken";

/// `problem_details`' extensions are a struct of one's own, flattened.
#[derive(Serialize)]
struct Balance {
    balance: i64,
}

fn status_problem(balance: i64) -> Problem {
    Problem::new(HttpStatus::Conflict)
        .with_type(TYPE)
        .with_detail(DETAIL)
        .with_extension("balance", balance)
        .expect("a number is JSON")
}

fn problem_details(balance: i64) -> problem_details::ProblemDetails<Balance> {
    problem_details::ProblemDetails::from_status_code(http::StatusCode::CONFLICT)
        .with_type(http::Uri::from_static(TYPE))
        .with_detail(DETAIL)
        .with_extensions(Balance { balance })
}

fn http_api_problem(balance: i64) -> http_api_problem::HttpApiProblem {
    http_api_problem::HttpApiProblem::with_title(http::StatusCode::CONFLICT)
        .type_url(TYPE)
        .detail(DETAIL)
        .value("balance", &balance)
}

/// The same problem through `#[derive(IntoProblem)]`, its detail formatted by `Display` as a
/// real error's is.
#[derive(Debug, thiserror::Error, status::IntoProblem, status::FromProblem)]
#[problem(set = HttpStatus)]
enum CreateUserError {
    #[error("the name {name:?} is taken")]
    #[problem(CONFLICT, type = "https://example.com/problems/name-taken")]
    Taken {
        #[problem(skip)]
        name: &'static str,
        #[problem(extension)]
        balance: i64,
    },
}

fn derived(balance: i64) -> CreateUserError {
    CreateUserError::Taken {
        name: "ada",
        balance,
    }
}

fn json(c: &mut Criterion) {
    let mut group = c.benchmark_group("problem_json");
    group.bench_function("status", |b| {
        b.iter(|| serde_json::to_vec(&status_problem(black_box(42))).unwrap());
    });
    group.bench_function("problem_details", |b| {
        b.iter(|| serde_json::to_vec(&problem_details(black_box(42))).unwrap());
    });
    group.bench_function("http_api_problem", |b| {
        b.iter(|| http_api_problem(black_box(42)).json_bytes());
    });
    group.bench_function("status_derive", |b| {
        b.iter(|| {
            serde_json::to_vec(&status::IntoProblem::problem(&derived(black_box(42)))).unwrap()
        });
    });
    group.finish();
}

fn axum(c: &mut Criterion) {
    let mut group = c.benchmark_group("problem_axum_response");
    group.bench_function("status", |b| {
        b.iter(|| status_problem(black_box(42)).into_response());
    });
    group.bench_function("problem_details", |b| {
        b.iter(|| problem_details(black_box(42)).into_response());
    });
    group.bench_function("http_api_problem", |b| {
        b.iter(|| http_api_problem(black_box(42)).into_response());
    });
    group.bench_function("status_derive", |b| {
        b.iter(|| derived(black_box(42)).into_response());
    });
    group.finish();
}

/// The balance of a name-taken problem, read as a client would by hand.
fn by_hand(bytes: &[u8]) -> Option<i64> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    match (value.get("status")?.as_u64()?, value.get("type")?.as_str()?) {
        (409, TYPE) => value.get("balance")?.as_i64(),
        _ => None,
    }
}

fn read(c: &mut Criterion) {
    let bytes = serde_json::to_vec(&status_problem(42)).unwrap();
    let mut group = c.benchmark_group("problem_read");
    group.bench_function("status_client_error", |b| {
        b.iter(|| {
            status::ClientError::<CreateUserError>::from_parts(
                409,
                Some("application/problem+json"),
                black_box(&bytes),
            )
        });
    });
    group.bench_function("http_api_problem", |b| {
        b.iter(|| {
            serde_json::from_slice::<http_api_problem::HttpApiProblem>(black_box(&bytes)).unwrap()
        });
    });
    group.bench_function("by_hand", |b| b.iter(|| by_hand(black_box(&bytes))));
    group.finish();
}

fn main() {
    // The same members from every crate, or the comparison means nothing.
    let ours: serde_json::Value = serde_json::to_value(status_problem(42)).unwrap();
    let theirs: serde_json::Value = serde_json::to_value(problem_details(42)).unwrap();
    let http_api: serde_json::Value =
        serde_json::from_slice(&http_api_problem(42).json_bytes()).unwrap();
    assert_eq!(ours, theirs, "problem_details writes the same members");
    assert_eq!(ours, http_api, "http-api-problem writes the same members");
    let from_derive = serde_json::to_value(status::IntoProblem::problem(&derived(42))).unwrap();
    assert_eq!(ours, from_derive, "the derive writes the same members");
    // And every reader finds the same balance.
    let bytes = serde_json::to_vec(&status_problem(42)).unwrap();
    let ours = status::ClientError::<CreateUserError>::from_parts(
        409,
        Some("application/problem+json"),
        &bytes,
    );
    assert!(matches!(
        ours,
        status::ClientError::Known(CreateUserError::Taken { balance: 42, .. })
    ));
    assert_eq!(by_hand(&bytes), Some(42));
    let theirs: http_api_problem::HttpApiProblem = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(serde_json::to_value(&theirs).unwrap()["balance"], 42);

    let mut criterion = Criterion::default().configure_from_args();
    json(&mut criterion);
    axum(&mut criterion);
    read(&mut criterion);
    criterion.final_summary();
}

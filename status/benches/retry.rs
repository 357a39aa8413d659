//! `cargo bench -p status-codes --features http --bench retry`: what the retry column and the
//! decision cost. `retry_class()` against `phrase()` (the lookup it must not be slower than)
//! and against the flat list clients write today (`is_server_error() || 408 || 429`), on the
//! same 1,024 statuses; `decide` for a `503` to a `GET` with no `Retry-After`, with seconds,
//! with an HTTP date, and with one that does not parse. `BENCHMARKS.md` records a run.

use criterion::{Criterion, Throughput};
use http::{HeaderMap, HeaderValue, Method};
use status::retry::decide;
use status::{HttpStatus, RetryClass};
use std::hint::black_box;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// 1,024 statuses of the standard set, in an order the branch predictor cannot learn whole.
fn statuses() -> Vec<HttpStatus> {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    (0..1024)
        .map(|_| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            let index = state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33;
            HttpStatus::ALL[usize::try_from(index).unwrap() % HttpStatus::ALL.len()]
        })
        .collect()
}

fn column(c: &mut Criterion) {
    let statuses = statuses();
    let mut group = c.benchmark_group("retry_column");
    group.throughput(Throughput::Elements(statuses.len() as u64));
    group.bench_function("retry_class", |b| {
        b.iter(|| {
            let retried = black_box(&statuses)
                .iter()
                .filter(|status| status.retry_class() != RetryClass::Never);
            retried.count()
        });
    });
    group.bench_function("phrase", |b| {
        b.iter(|| {
            let lengths = black_box(&statuses)
                .iter()
                .map(|status| status.phrase().len());
            lengths.sum::<usize>()
        });
    });
    group.bench_function("flat list", |b| {
        b.iter(|| {
            let retried = black_box(&statuses).iter().filter(|status| {
                status.is_server_error()
                    || **status == HttpStatus::RequestTimeout
                    || **status == HttpStatus::TooManyRequests
            });
            retried.count()
        });
    });
    group.finish();
}

fn decision(c: &mut Criterion) {
    let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480);
    let request = HeaderMap::new();
    let answer = |value: Option<&'static str>| {
        let mut headers = HeaderMap::new();
        if let Some(value) = value {
            headers.insert("retry-after", HeaderValue::from_static(value));
        }
        headers
    };
    let mut group = c.benchmark_group("decide");
    for (name, value) in [
        ("no Retry-After", None),
        ("Retry-After seconds", Some("120")),
        ("Retry-After date", Some("Wed, 21 Oct 2015 07:30:00 GMT")),
        ("Retry-After garbage", Some("in a minute")),
    ] {
        let headers = answer(value);
        group.bench_function(name, |b| {
            b.iter(|| {
                decide(
                    black_box(HttpStatus::ServiceUnavailable),
                    black_box(&Method::GET),
                    black_box(&request),
                    black_box(&headers),
                    black_box(now),
                )
            });
        });
    }
    group.finish();
    assert_decisions(now, &request, &answer);
}

/// The bench measures what the decision is: checked once.
fn assert_decisions(
    now: SystemTime,
    request: &HeaderMap,
    answer: &dyn Fn(Option<&'static str>) -> HeaderMap,
) {
    let after = |value| match decide(
        HttpStatus::ServiceUnavailable,
        &Method::GET,
        request,
        &answer(value),
        now,
    ) {
        status::retry::Decision::Retry { after } => after,
        other => panic!("{other:?}"),
    };
    assert_eq!(after(None), None);
    assert_eq!(after(Some("120")), Some(Duration::from_secs(120)));
    assert_eq!(
        after(Some("Wed, 21 Oct 2015 07:30:00 GMT")),
        Some(Duration::from_secs(120))
    );
    assert_eq!(after(Some("in a minute")), None);
}

criterion::criterion_group!(benches, column, decision);
criterion::criterion_main!(benches);

//! `cargo bench -p status-codes --features problem,axum --bench edge`: what the contract at the
//! edge costs, through a real axum `Router` (no socket): `ProblemLayer` on a `2xx` response
//! and on a converted `404`, against no layer; a refused JSON body answered as a problem of
//! the endpoint's error, against axum's own text answer.
//!
//! On a shared 2-core machine criterion's groups, run one after another, swing by a third
//! between runs. So the comparison is interleaved: each round times every case once, in one
//! process, and the report gives each case's median per request over the rounds and the
//! spread of its ratio to the case it is compared with. Criterion's own report follows.

use axum::Router;
use axum::body::Body;
use axum::extract::rejection::JsonRejection;
use axum::routing::{get, post};
use axum_extra::extract::WithRejection;
use criterion::Criterion;
use std::hint::black_box;
use std::time::{Duration, Instant};
use tower_service::Service as _;

status::status_codes! {
    /// The service's statuses.
    pub enum ServiceStatus;
    use standard::{OK, NOT_FOUND, METHOD_NOT_ALLOWED};
}

status::status_codes! {
    /// What `POST /users` answers.
    pub enum CreateUserStatus;
    use standard::{CREATED};
    use status::axum::JsonRejectionStatus::{
        BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT,
    };
}

#[derive(Debug, thiserror::Error, status::IntoProblem)]
#[problem(set = CreateUserStatus)]
enum CreateUserError {
    #[error(transparent)]
    #[problem(transparent)]
    Body(#[from] JsonRejection),
}

#[derive(serde::Deserialize)]
struct NewUser {
    #[allow(dead_code)]
    name: String,
}

fn routes() -> Router {
    Router::new()
        .route("/", get(|| async { ServiceStatus::Ok }))
        .route(
            "/text",
            post(|_: axum::Json<NewUser>| async { CreateUserStatus::Created }),
        )
        .route(
            "/problem",
            post(
                |_: WithRejection<axum::Json<NewUser>, CreateUserError>| async {
                    CreateUserStatus::Created
                },
            ),
        )
}

/// One request's response, its body read: what a client would wait for.
fn answer(runtime: &tokio::runtime::Runtime, router: &mut Router, request: http::Request<Body>) {
    runtime.block_on(async {
        let response = router.call(request).await.unwrap();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        black_box(body);
    });
}

fn get_request(path: &str) -> http::Request<Body> {
    http::Request::get(path).body(Body::empty()).unwrap()
}

fn malformed(path: &str) -> http::Request<Body> {
    http::Request::post(path)
        .header("content-type", "application/json")
        .body(Body::from("{not json"))
        .unwrap()
}

/// The cases, each a router and the request it answers.
type Case = (&'static str, Router, fn() -> http::Request<Body>);

fn cases() -> Vec<Case> {
    let layered = || routes().layer(status::axum::ProblemLayer::<ServiceStatus>::new());
    vec![
        ("2xx, no layer", routes(), || get_request("/")),
        ("2xx, ProblemLayer", layered(), || get_request("/")),
        ("404, no layer", routes(), || get_request("/nowhere")),
        ("404, ProblemLayer", layered(), || get_request("/nowhere")),
        ("refused body, axum's text", routes(), || malformed("/text")),
        ("refused body, problem", routes(), || malformed("/problem")),
    ]
}

/// Each case's nanoseconds per request in each round, the cases interleaved in every round.
fn interleaved(rounds: usize, per_round: u32) -> Vec<(&'static str, Vec<f64>)> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mut cases = cases();
    let mut times: Vec<(&'static str, Vec<f64>)> =
        cases.iter().map(|(name, ..)| (*name, Vec::new())).collect();
    for _ in 0..rounds {
        for (index, (_, router, request)) in cases.iter_mut().enumerate() {
            let start = Instant::now();
            for _ in 0..per_round {
                answer(&runtime, router, request());
            }
            let elapsed = start.elapsed().as_nanos() as f64 / f64::from(per_round);
            times[index].1.push(elapsed);
        }
    }
    times
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn report(times: &mut [(&'static str, Vec<f64>)]) {
    println!("\n| case | median per request | against | ratio: median (min-max over rounds) |");
    println!("|---|---:|---|---:|");
    for pair in times.chunks_mut(2) {
        let [(base_name, base), (name, case)] = pair else {
            continue;
        };
        let ratios: Vec<f64> = base.iter().zip(case.iter()).map(|(b, c)| c / b).collect();
        let (min, max) = ratios
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
        let ratio = median(&mut ratios.clone());
        let (base_median, case_median) = (median(base), median(case));
        println!("| {base_name} | {base_median:.0} ns | | |");
        println!(
            "| {name} | {case_median:.0} ns | {base_name} | {ratio:.2}x ({min:.2}-{max:.2}) |"
        );
    }
}

fn main() {
    let mut times = interleaved(30, 2_000);
    report(&mut times);

    let mut c = Criterion::default()
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mut group = c.benchmark_group("edge");
    for (name, mut router, request) in cases() {
        group.bench_function(name, |b| {
            b.iter(|| answer(&runtime, &mut router, request()))
        });
    }
    group.finish();
    c.final_summary();
}

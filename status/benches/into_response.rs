//! `cargo bench -p status-codes --features axum,actix-web --bench into_response`: what answering
//! with a status costs in axum and actix-web, against answering with the framework's own
//! `StatusCode`. `BENCHMARKS.md` records a run.

use criterion::Criterion;
use status::{HttpStatus, WithBody};
use std::hint::black_box;

status::status_codes! {
    /// A code of the edge's own, with a phrase no framework knows.
    pub enum Edge;
    extends standard;
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

fn axum(c: &mut Criterion) {
    use axum_core::response::IntoResponse;
    let mut group = c.benchmark_group("axum_into_response");
    group.bench_function("http_404", |b| {
        b.iter(|| black_box(http::StatusCode::NOT_FOUND).into_response());
    });
    // The phrase is `http`'s own: nothing is added.
    group.bench_function("status_404", |b| {
        b.iter(|| black_box(HttpStatus::NotFound).into_response());
    });
    // RFC 9110's phrase is not `http`'s (`Payload Too Large`): the phrase goes in.
    group.bench_function("status_413", |b| {
        b.iter(|| black_box(HttpStatus::ContentTooLarge).into_response());
    });
    group.bench_function("http_460", |b| {
        let code = http::StatusCode::from_u16(460).unwrap();
        b.iter(|| black_box(code).into_response());
    });
    group.bench_function("custom_460", |b| {
        b.iter(|| black_box(Edge::ClientGone).into_response());
    });
    group.bench_function("http_404_with_body", |b| {
        b.iter(|| (black_box(http::StatusCode::NOT_FOUND), "missing").into_response());
    });
    group.bench_function("status_404_with_body", |b| {
        b.iter(|| WithBody(black_box(HttpStatus::NotFound), "missing").into_response());
    });
    group.finish();
}

fn actix(c: &mut Criterion) {
    use actix_web::ResponseError;
    let mut group = c.benchmark_group("actix_response");
    group.bench_function("http_404", |b| {
        b.iter(|| actix_web::HttpResponse::new(black_box(actix_web::http::StatusCode::NOT_FOUND)));
    });
    group.bench_function("status_404", |b| {
        b.iter(|| black_box(HttpStatus::NotFound).error_response());
    });
    group.bench_function("custom_460", |b| {
        b.iter(|| black_box(Edge::ClientGone).error_response());
    });
    group.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    axum(&mut c);
    actix(&mut c);
    c.final_summary();
}

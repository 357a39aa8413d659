//! The retry adapters against servers: reqwest-retry with `status::retry::Strategy` against a
//! real axum server on `127.0.0.1:0`, and a tower `Retry` with `status::retry::Policy` around
//! a service, on tokio's paused clock.

mod servers;

use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::any;
use reqwest_middleware::{ClientBuilder, ClientWithMiddleware};
use reqwest_retry::RetryTransientMiddleware;
use reqwest_retry::policies::ExponentialBackoff;
use servers::{LIMIT, with_axum};
use status::HttpStatus;
use status::retry::{Policy, Strategy};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::time::timeout;

/// When each request reached the server, by path.
#[derive(Clone, Default)]
struct Arrivals(Arc<Mutex<Vec<(String, Instant)>>>);

impl Arrivals {
    fn at(&self, path: &str) -> Vec<Instant> {
        let arrivals = self.0.lock().unwrap();
        arrivals
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, at)| *at)
            .collect()
    }
}

/// `/flaky`: `503` with `Retry-After: 1` the first time, then `200`. `/busy`: always `503`
/// with `Retry-After: 1`. `/limited`: `429` asking for two minutes. `/gone`: `404`.
fn app(arrivals: Arrivals) -> axum::Router {
    async fn answer(
        State(arrivals): State<Arrivals>,
        uri: axum::http::Uri,
    ) -> axum::response::Response {
        let path = uri.path().to_owned();
        let count = {
            let mut all = arrivals.0.lock().unwrap();
            all.push((path.clone(), Instant::now()));
            all.iter().filter(|(p, _)| *p == path).count()
        };
        match (path.as_str(), count) {
            ("/flaky", 1) | ("/busy", _) => {
                ([("retry-after", "1")], HttpStatus::ServiceUnavailable).into_response()
            }
            ("/flaky", _) => HttpStatus::Ok.into_response(),
            ("/forever", _) => {
                let forever = [("retry-after", "99999999999999999999999")];
                (forever, HttpStatus::ServiceUnavailable).into_response()
            }
            ("/limited", _) => {
                ([("retry-after", "120")], HttpStatus::TooManyRequests).into_response()
            }
            _ => HttpStatus::NotFound.into_response(),
        }
    }
    axum::Router::new()
        .route("/{*path}", any(answer))
        .with_state(arrivals)
}

/// A client that retries twice with a backoff far shorter than the server's `Retry-After`, and
/// waits up to five seconds for one; with the middleware, or with the strategy alone.
fn client(with_middleware: bool) -> ClientWithMiddleware {
    client_waiting(with_middleware, Duration::from_secs(5))
}

fn client_waiting(with_middleware: bool, max_wait: Duration) -> ClientWithMiddleware {
    let retry = Strategy::<HttpStatus>::new().max_wait(max_wait);
    let backoff = ExponentialBackoff::builder()
        .retry_bounds(Duration::from_millis(1), Duration::from_millis(10))
        .build_with_max_retries(2);
    let builder = ClientBuilder::new(reqwest::Client::new()).with(
        RetryTransientMiddleware::new_with_policy_and_strategy(backoff, retry.clone()),
    );
    if with_middleware {
        builder.with(retry).build()
    } else {
        builder.build()
    }
}

async fn send(
    client: &ClientWithMiddleware,
    method: Method,
    url: String,
    key: Option<&str>,
) -> StatusCode {
    let mut request = client.request(method, url);
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    let answer = timeout(LIMIT, request.send())
        .await
        .expect("answered in time");
    answer.expect("an answer").status()
}

#[tokio::test]
async fn reqwest_retry_sends_again_when_the_status_says_so_no_sooner_than_asked() {
    let arrivals = Arrivals::default();
    with_axum(app(arrivals.clone()), |address| async move {
        let url = |path: &str| format!("http://{address}{path}");
        let client = client(true);

        // A `GET` after a `503` with `Retry-After: 1`: sent again, a second later at least,
        // though the backoff alone would have waited 10 ms.
        assert_eq!(
            send(&client, Method::GET, url("/flaky"), None).await,
            StatusCode::OK
        );
        let flaky = arrivals.at("/flaky");
        assert_eq!(flaky.len(), 2);
        let waited = flaky[1] - flaky[0];
        assert!(waited >= Duration::from_secs(1), "waited {waited:?}");

        // A `POST` without a key is not sent again after a `503`: the server may have acted.
        let busy = send(&client, Method::POST, url("/busy"), None).await;
        assert_eq!(busy, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(arrivals.at("/busy").len(), 1);
        // With an `Idempotency-Key`, it is, as often as the policy allows.
        let keyed = send(&client, Method::POST, url("/busy"), Some("order-1")).await;
        assert_eq!(keyed, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(arrivals.at("/busy").len(), 1 + 3);

        // Asked to wait longer than the client will: the answer comes back at once.
        let limited = send(&client, Method::GET, url("/limited"), None).await;
        assert_eq!(limited, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(arrivals.at("/limited").len(), 1);

        // A wait past what the clock can say, with no cap: given up, not a panic.
        let uncapped = client_waiting(true, Duration::MAX);
        let forever = send(&uncapped, Method::GET, url("/forever"), None).await;
        assert_eq!(forever, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(arrivals.at("/forever").len(), 1);

        // Never for a `404`.
        assert_eq!(
            send(&client, Method::GET, url("/gone"), None).await,
            StatusCode::NOT_FOUND
        );
        assert_eq!(arrivals.at("/gone").len(), 1);
    })
    .await;
}

#[tokio::test]
async fn without_its_middleware_the_strategy_decides_as_for_a_request_not_idempotent() {
    let arrivals = Arrivals::default();
    with_axum(app(arrivals.clone()), |address| async move {
        let client = client(false);
        let url = format!("http://{address}/flaky");
        let status = send(&client, Method::GET, url, None).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(arrivals.at("/flaky").len(), 1);
    })
    .await;
}

mod tower_policy {
    use super::*;
    use http::{Request, Response};
    use tower::retry::Retry;
    use tower::retry::backoff::{ExponentialBackoffMaker, MakeBackoff};
    use tower::util::rng::HasherRng;
    use tower::{Service, ServiceExt, service_fn};

    /// A service that answers `statuses` in turn (the last one from then on), with its
    /// `Retry-After`, and records when each call came on tokio's clock.
    fn answering(
        statuses: &'static [(u16, Option<&'static str>)],
        calls: Arc<Mutex<Vec<tokio::time::Instant>>>,
    ) -> impl Service<Request<String>, Response = Response<()>, Error = std::convert::Infallible> + Clone
    {
        service_fn(move |_: Request<String>| {
            let calls = Arc::clone(&calls);
            async move {
                let mut calls = calls.lock().unwrap();
                calls.push(tokio::time::Instant::now());
                let (code, after) = statuses[(calls.len() - 1).min(statuses.len() - 1)];
                let mut answer = Response::builder().status(code);
                if let Some(after) = after {
                    answer = answer.header("retry-after", after);
                }
                Ok(answer.body(()).unwrap())
            }
        })
    }

    async fn call(
        statuses: &'static [(u16, Option<&'static str>)],
        method: Method,
    ) -> (u16, Vec<tokio::time::Duration>) {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let min = Duration::from_millis(100);
        let backoff = ExponentialBackoffMaker::new(min, min * 4, 0.0, HasherRng::default())
            .unwrap()
            .make_backoff();
        let policy = Policy::<HttpStatus, _>::new(2, backoff).max_wait(Duration::from_secs(30));
        let mut client = Retry::new(policy, answering(statuses, Arc::clone(&calls)));
        let request = Request::builder()
            .method(method)
            .body(String::new())
            .unwrap();
        let answer = client.ready().await.unwrap().call(request).await.unwrap();
        let calls = calls.lock().unwrap();
        let waits = calls.windows(2).map(|pair| pair[1] - pair[0]).collect();
        (answer.status().as_u16(), waits)
    }

    #[tokio::test(start_paused = true)]
    async fn waits_what_retry_after_asks_or_the_backoff() {
        let (status, waits) = call(&[(503, Some("5")), (200, None)], Method::GET).await;
        assert_eq!((status, waits), (200, vec![Duration::from_secs(5)]));
        let (status, waits) = call(&[(502, None), (200, None)], Method::PUT).await;
        assert_eq!(status, 200);
        assert_eq!(waits.len(), 1);
        assert!(waits[0] >= Duration::from_millis(100), "{waits:?}");
        // `413` only with a `Retry-After`.
        let (status, waits) = call(&[(413, Some("2")), (201, None)], Method::POST).await;
        assert_eq!((status, waits), (201, vec![Duration::from_secs(2)]));
        assert_eq!(call(&[(413, None)], Method::POST).await, (413, vec![]));
    }

    #[tokio::test(start_paused = true)]
    async fn stops_where_the_class_or_the_count_says() {
        // Not a `POST` after a `503`, nor anything after a `409` or `404`.
        assert_eq!(
            call(&[(503, None), (200, None)], Method::POST).await,
            (503, vec![])
        );
        assert_eq!(
            call(&[(409, None), (200, None)], Method::PUT).await,
            (409, vec![])
        );
        assert_eq!(
            call(&[(404, None), (200, None)], Method::GET).await,
            (404, vec![])
        );
        // A `Retry-After` beyond the cap ends the retries.
        assert_eq!(
            call(&[(429, Some("3600")), (200, None)], Method::POST).await,
            (429, vec![])
        );
        // Two retries, then the last answer.
        let (status, waits) = call(&[(429, Some("1"))], Method::POST).await;
        assert_eq!((status, waits.len()), (429, 2));
    }

    /// No answer (the inner service failed): an idempotent request is sent again, another is
    /// not (RFC 9110, Section 9.2.2).
    #[tokio::test(start_paused = true)]
    async fn sends_again_after_no_answer_only_what_is_idempotent() {
        for (method, calls_expected, answered) in [(Method::GET, 2, true), (Method::POST, 1, false)]
        {
            let calls = Arc::new(Mutex::new(0));
            let service = service_fn({
                let calls = Arc::clone(&calls);
                move |_: Request<String>| {
                    let calls = Arc::clone(&calls);
                    async move {
                        let mut calls = calls.lock().unwrap();
                        *calls += 1;
                        match *calls {
                            1 => Err("connection reset"),
                            _ => Ok(Response::new(())),
                        }
                    }
                }
            });
            let min = Duration::from_millis(100);
            let backoff = ExponentialBackoffMaker::new(min, min, 0.0, HasherRng::default())
                .unwrap()
                .make_backoff();
            let mut client = Retry::new(Policy::<HttpStatus, _>::new(2, backoff), service);
            let request = Request::builder()
                .method(method.clone())
                .body(String::new())
                .unwrap();
            let result = client.ready().await.unwrap().call(request).await;
            assert_eq!(result.is_ok(), answered, "{method}");
            assert_eq!(*calls.lock().unwrap(), calls_expected, "{method}");
        }
    }
}

//! The `tower` adapter: [`Policy`], a `tower::retry::Policy` that decides with
//! [`decide`](super::decide).

use super::Decision;
use super::decide::{decide_code, is_idempotent};
use crate::Status;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use core::time::Duration;
use http::{Request, Response};
use tower::retry::backoff::Backoff;

/// When a [`tower`](https://docs.rs/tower) client's `Retry` service sends a request again:
/// after a status whose [`RetryClass`](crate::RetryClass) in the set `S` says so, for the
/// request that was sent, after the answer's `Retry-After` or, without one, the caller's
/// backoff, up to a number of retries per request.
///
/// A code `S` lacks is decided by the standard set's status for it, and a `Retry-After` longer
/// than [`max_wait`](Self::max_wait) ends the retries. An error of the inner service (no
/// answer) is retried for an idempotent request only (RFC 9110, Section 9.2.2). The request's
/// body must be `Clone` (`String`, `Full<Bytes>`), so that it can be sent again.
///
/// ```
/// use http::{Method, Request, Response, StatusCode};
/// use status::HttpStatus;
/// use status::retry::Policy;
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// use std::time::Duration;
/// use tower::retry::backoff::{ExponentialBackoffMaker, MakeBackoff};
/// use tower::util::rng::HasherRng;
/// use tower::{Service, ServiceExt, service_fn};
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let min = Duration::from_millis(10);
/// let backoff = ExponentialBackoffMaker::new(min, min * 10, 0.5, HasherRng::default())
///     .unwrap()
///     .make_backoff();
/// let policy = Policy::<HttpStatus, _>::new(3, backoff);
///
/// // A service that is unavailable once, then answers.
/// let calls = AtomicUsize::new(0);
/// let service = service_fn(|_: Request<String>| {
///     let status = match calls.fetch_add(1, Ordering::Relaxed) {
///         0 => StatusCode::SERVICE_UNAVAILABLE,
///         _ => StatusCode::OK,
///     };
///     let answer = Response::builder().status(status).body(()).unwrap();
///     async move { Ok::<_, std::convert::Infallible>(answer) }
/// });
/// let mut client = tower::retry::Retry::new(policy, service);
/// let request = Request::builder().method(Method::GET).body(String::new()).unwrap();
/// let answer = client.ready().await.unwrap().call(request).await.unwrap();
/// assert_eq!(answer.status(), StatusCode::OK);
/// assert_eq!(calls.load(Ordering::Relaxed), 2);
/// # }
/// ```
pub struct Policy<S, B> {
    retries: usize,
    backoff: B,
    max_wait: Duration,
    set: PhantomData<fn() -> S>,
}

impl<S: Status, B: Backoff> Policy<S, B> {
    /// Up to `retries` more attempts per request, after `backoff` when the answer does not
    /// say how long to wait; a `Retry-After` of up to a minute is waited for.
    #[must_use]
    pub fn new(retries: usize, backoff: B) -> Self {
        Self {
            retries,
            backoff,
            max_wait: super::DEFAULT_MAX_WAIT,
            set: PhantomData,
        }
    }

    /// The longest `Retry-After` to wait for; an answer that asks for more is returned as it
    /// is. A minute unless set.
    #[must_use]
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = max_wait;
        self
    }
}

impl<S, B: Clone> Clone for Policy<S, B> {
    fn clone(&self) -> Self {
        Self {
            retries: self.retries,
            backoff: self.backoff.clone(),
            max_wait: self.max_wait,
            set: PhantomData,
        }
    }
}

impl<S, B> core::fmt::Debug for Policy<S, B> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Policy")
            .field("set", &core::any::type_name::<S>())
            .field("retries", &self.retries)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}

impl<S, B, Body, Answer, E> tower::retry::Policy<Request<Body>, Response<Answer>, E>
    for Policy<S, B>
where
    S: Status,
    B: Backoff,
    Body: Clone,
{
    type Future = Wait<B::Future>;

    fn retry(
        &mut self,
        request: &mut Request<Body>,
        result: &mut Result<Response<Answer>, E>,
    ) -> Option<Self::Future> {
        if self.retries == 0 {
            return None;
        }
        let idempotent = is_idempotent(request.method(), request.headers());
        let decision = match result {
            Ok(answer) => {
                let code = answer.status().as_u16();
                decide_code::<S>(code, idempotent, answer.headers(), self.max_wait)
            }
            Err(_) if idempotent => Decision::Retry { after: None },
            Err(_) => Decision::Never,
        };
        let Decision::Retry { after } = decision else {
            return None;
        };
        self.retries -= 1;
        let until = match after {
            Some(after) => Until::RetryAfter {
                sleep: tokio::time::sleep(after),
            },
            None => Until::Backoff {
                backoff: self.backoff.next_backoff(),
            },
        };
        Some(Wait { until })
    }

    fn clone_request(&mut self, request: &Request<Body>) -> Option<Request<Body>> {
        let mut clone = Request::new(request.body().clone());
        *clone.method_mut() = request.method().clone();
        *clone.uri_mut() = request.uri().clone();
        *clone.version_mut() = request.version();
        *clone.headers_mut() = request.headers().clone();
        *clone.extensions_mut() = request.extensions().clone();
        Some(clone)
    }
}

pin_project_lite::pin_project! {
    /// The wait before the next attempt: what `Retry-After` asked, or the caller's backoff.
    pub struct Wait<F> {
        #[pin]
        until: Until<F>,
    }
}

pin_project_lite::pin_project! {
    #[project = UntilProjection]
    enum Until<F> {
        RetryAfter {
            #[pin]
            sleep: tokio::time::Sleep,
        },
        Backoff {
            #[pin]
            backoff: F,
        },
    }
}

impl<F: Future<Output = ()>> Future for Wait<F> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match self.project().until.project() {
            UntilProjection::RetryAfter { sleep } => sleep.poll(cx),
            UntilProjection::Backoff { backoff } => backoff.poll(cx),
        }
    }
}

impl<F> core::fmt::Debug for Wait<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let until = match self.until {
            Until::RetryAfter { .. } => "Retry-After",
            Until::Backoff { .. } => "backoff",
        };
        f.debug_struct("Wait").field("until", &until).finish()
    }
}

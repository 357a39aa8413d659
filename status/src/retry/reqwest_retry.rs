//! The `reqwest-retry` adapter: [`Strategy`], a `RetryableStrategy` that decides with
//! [`decide`](super::decide), and the middleware that tells it what the request was.

use super::Decision;
use super::decide::{decide_code, is_idempotent};
use crate::Status;
use core::marker::PhantomData;
use core::time::Duration;
use http::Extensions;
use reqwest_middleware::{Middleware, Next};
use reqwest_retry::{Retryable, RetryableStrategy};
use std::boxed::Box;
use tokio::time::Instant;

/// When [`reqwest-retry`](https://docs.rs/reqwest-retry) sends a request again: after a status
/// whose [`RetryClass`](crate::RetryClass) in the set `S` says so, for the request that was
/// sent, no sooner than the answer's `Retry-After` asks.
///
/// reqwest-retry's strategy sees the answer only, and its policy the count of attempts: add
/// the same `Strategy` twice, as the strategy of its `RetryTransientMiddleware`, and as a
/// middleware after it, which reads each attempt's method and `Idempotency-Key` and waits what
/// the last answer's `Retry-After` asked (beyond the policy's own backoff) before the next
/// attempt. Without the middleware, the strategy decides as for a request that is not
/// idempotent: a `503` is not tried again, a `429` is.
///
/// A code `S` lacks is decided by the standard set's status for it (a proxy answers with
/// statuses an endpoint's set does not list), and a `Retry-After` longer than
/// [`max_wait`](Self::max_wait) ends the retries: the answer is returned rather than asked
/// again sooner than the server said. Transport errors are reqwest-retry's
/// `default_on_request_failure`'s.
///
/// ```no_run
/// use reqwest_middleware::ClientBuilder;
/// use reqwest_retry::{RetryTransientMiddleware, policies::ExponentialBackoff};
/// use status::HttpStatus;
/// use status::retry::Strategy;
/// use std::time::Duration;
///
/// # async fn run() -> Result<(), reqwest_middleware::Error> {
/// let retry = Strategy::<HttpStatus>::new().max_wait(Duration::from_secs(30));
/// let backoff = ExponentialBackoff::builder().build_with_max_retries(3);
/// let client = ClientBuilder::new(reqwest::Client::new())
///     .with(RetryTransientMiddleware::new_with_policy_and_strategy(backoff, retry.clone()))
///     .with(retry)
///     .build();
/// let answer = client.get("http://127.0.0.1:8080/report").send().await?;
/// # Ok(())
/// # }
/// ```
pub struct Strategy<S> {
    max_wait: Duration,
    set: PhantomData<fn() -> S>,
}

/// What the middleware decided for an answer, in the answer's extensions.
#[derive(Clone, Copy)]
struct Decided(Decision);

/// When the next attempt of a request may go, in the request's extensions.
#[derive(Clone, Copy)]
struct NotBefore(Instant);

impl<S: Status> Strategy<S> {
    /// A strategy that waits up to a minute for a `Retry-After`.
    #[must_use]
    pub fn new() -> Self {
        Self {
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

impl<S: Status> Default for Strategy<S> {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> Clone for Strategy<S> {
    fn clone(&self) -> Self {
        Self {
            max_wait: self.max_wait,
            set: PhantomData,
        }
    }
}

impl<S> core::fmt::Debug for Strategy<S> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Strategy")
            .field("set", &core::any::type_name::<S>())
            .field("max_wait", &self.max_wait)
            .finish()
    }
}

impl<S: Status> RetryableStrategy for Strategy<S> {
    fn handle(
        &self,
        result: &Result<reqwest::Response, reqwest_middleware::Error>,
    ) -> Option<Retryable> {
        let answer = match result {
            Ok(answer) => answer,
            Err(error) => return reqwest_retry::default_on_request_failure(error),
        };
        let decision = answer.extensions().get::<Decided>().map_or_else(
            || {
                let code = answer.status().as_u16();
                decide_code::<S>(code, false, answer.headers(), self.max_wait)
            },
            |decided| decided.0,
        );
        match decision {
            Decision::Retry { .. } => Some(Retryable::Transient),
            _ if answer.status().as_u16() >= 400 => Some(Retryable::Fatal),
            _ => None,
        }
    }
}

#[async_trait::async_trait]
impl<S: Status> Middleware for Strategy<S> {
    async fn handle(
        &self,
        request: reqwest::Request,
        extensions: &mut Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        if let Some(NotBefore(at)) = extensions.remove::<NotBefore>() {
            tokio::time::sleep_until(at).await;
        }
        let idempotent = is_idempotent(request.method(), request.headers());
        let mut answer = next.run(request, extensions).await?;
        let code = answer.status().as_u16();
        let mut decision = decide_code::<S>(code, idempotent, answer.headers(), self.max_wait);
        if let Decision::Retry { after: Some(after) } = decision {
            // Past what the clock can say (with a cap of `Duration::MAX`): longer than anyone
            // waits.
            match Instant::now().checked_add(after) {
                Some(at) => {
                    extensions.insert(NotBefore(at));
                }
                None => decision = Decision::Never,
            }
        }
        answer.extensions_mut().insert(Decided(decision));
        Ok(answer)
    }
}

//! `ProblemLayer`: what no handler answers (the router's `404` and `405`, a body limit's
//! `413`, a timeout, a panic) answers as a problem of the service's set too.

use crate::{Problem, Status};
use alloc::boxed::Box;
use alloc::string::String;
use axum_core::body::Body;
use axum_core::response::Response;
use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::task::{Context, Poll};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http_body_util::BodyExt;

/// The most of a `4xx` body the layer reads for the problem's `detail`: a framework's text is
/// a line; a longer body is not a message for the client, and is left out.
const DETAIL_LIMIT: usize = 4096;

/// A tower layer that turns every `4xx` or `5xx` response that is not already a problem
/// (an empty body, `text/plain`) into a problem of the set `S`: titled by `S`'s phrase, on the
/// status line too, with the response's text as the `detail` of a `4xx` (never of a `5xx`,
/// whose text may be a panic's message), and every header kept but the body's own. Problems
/// and `1xx` to `3xx` responses pass untouched, their bodies not read.
///
/// `S` should hold every status the framework answers with: a status it lacks answers as its
/// class's `x00` where `S` has it, and passes unchanged otherwise.
///
/// ```
/// use axum::{Router, routing::get};
///
/// status::status_codes! {
///     /// What the service answers, the router's own statuses included.
///     pub enum ServiceStatus;
///     use standard::{OK, NOT_FOUND, METHOD_NOT_ALLOWED, INTERNAL_SERVER_ERROR};
/// }
///
/// let app: Router = Router::new()
///     .route("/", get(|| async { ServiceStatus::Ok }))
///     .layer(status::axum::ProblemLayer::<ServiceStatus>::new());
/// ```
pub struct ProblemLayer<S> {
    set: PhantomData<fn() -> S>,
}

impl<S> ProblemLayer<S> {
    /// The layer for the set `S`.
    #[must_use]
    pub const fn new() -> Self {
        ProblemLayer { set: PhantomData }
    }
}

impl<S> Default for ProblemLayer<S> {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> Clone for ProblemLayer<S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S> Copy for ProblemLayer<S> {}

impl<S> fmt::Debug for ProblemLayer<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProblemLayer<{}>", core::any::type_name::<S>())
    }
}

impl<S, Inner> tower_layer::Layer<Inner> for ProblemLayer<S> {
    type Service = ProblemService<S, Inner>;

    fn layer(&self, inner: Inner) -> Self::Service {
        ProblemService {
            inner,
            set: PhantomData,
        }
    }
}

/// The service of [`ProblemLayer`], around `Inner`.
pub struct ProblemService<S, Inner> {
    inner: Inner,
    set: PhantomData<fn() -> S>,
}

impl<S, Inner: Clone> Clone for ProblemService<S, Inner> {
    fn clone(&self) -> Self {
        ProblemService {
            inner: self.inner.clone(),
            set: PhantomData,
        }
    }
}

impl<S, Inner: fmt::Debug> fmt::Debug for ProblemService<S, Inner> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProblemService")
            .field("inner", &self.inner)
            .finish()
    }
}

impl<S, Inner, Request> tower_service::Service<Request> for ProblemService<S, Inner>
where
    S: Status + Send,
    Inner: tower_service::Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = Inner::Error;
    type Future = ProblemFuture<S, Inner::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        ProblemFuture {
            state: State::Inner {
                future: self.inner.call(request),
            },
            set: PhantomData,
        }
    }
}

/// A converted response, once its body is read.
type Converting = Pin<Box<dyn Future<Output = Response> + Send>>;

pin_project_lite::pin_project! {
    /// The future of [`ProblemService`]: the inner service's response, converted where it is
    /// an error that is not a problem.
    pub struct ProblemFuture<S, F> {
        #[pin]
        state: State<F>,
        set: PhantomData<fn() -> S>,
    }
}

pin_project_lite::pin_project! {
    #[project = StateProjection]
    enum State<F> {
        Inner { #[pin] future: F },
        // Boxed: only a response that is converted pays for it.
        Converting { future: Converting },
    }
}

impl<S: Status + Send, F, E> Future for ProblemFuture<S, F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        loop {
            match this.state.as_mut().project() {
                StateProjection::Inner { future } => {
                    let response = match future.poll(cx) {
                        Poll::Ready(Ok(response)) => response,
                        other => return other,
                    };
                    match convert::<S>(response) {
                        Ok(response) => return Poll::Ready(Ok(response)),
                        Err(future) => this.state.set(State::Converting { future }),
                    }
                }
                StateProjection::Converting { future } => {
                    return future.as_mut().poll(cx).map(Ok);
                }
            }
        }
    }
}

/// The response as it is, or the future that converts it.
fn convert<S: Status + Send>(response: Response) -> Result<Response, Converting> {
    let code = response.status().as_u16();
    // The status first: a success costs one comparison.
    if code < 400 {
        return Ok(response);
    }
    let is_problem = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(Problem::<S>::is_content_type);
    if is_problem {
        return Ok(response);
    }
    let Some(status) = S::from_code_or_class(code) else {
        return Ok(response);
    };
    #[cfg(feature = "tracing")]
    if status.is_server_error() {
        // What withheld it is not known here (a panic, a timeout): the status is all there is.
        tracing::error!(
            status = code,
            "a response no handler wrote answers with a problem"
        );
    }
    Err(Box::pin(async move {
        let (mut parts, body) = response.into_parts();
        let problem = Problem::new(status);
        let problem = if status.is_client_error() && is_text(&parts.headers) {
            match read_text(body).await {
                Some(text) if !text.trim().is_empty() => problem.with_detail(text.trim()),
                _ => problem,
            }
        } else {
            problem
        };
        let mut converted = crate::__private::axum::problem_response(&problem);
        parts.headers.remove(CONTENT_TYPE);
        parts.headers.remove(CONTENT_LENGTH);
        for (name, value) in &parts.headers {
            converted.headers_mut().append(name, value.clone());
        }
        converted
    }))
}

/// Whether a body is text: `text/*`, or no content type.
fn is_text(headers: &http::HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_none_or(|value| value.starts_with("text/"))
}

/// The body as UTF-8 text, if it is that and no longer than `DETAIL_LIMIT`.
async fn read_text(body: Body) -> Option<String> {
    let limited = http_body_util::Limited::new(body, DETAIL_LIMIT);
    let bytes = limited.collect().await.ok()?.to_bytes();
    String::from_utf8(bytes.to_vec()).ok()
}

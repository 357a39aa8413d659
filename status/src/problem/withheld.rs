use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

/// What a `5xx` problem withholds from the client: the error's `Display` and the `Display` of
/// each error in its source chain. The response of a derived error carries it in its
/// extensions (axum's `Response::extensions`, actix-web's `HttpResponse::extensions`), so that
/// a service's middleware logs what the client was not told; with the `tracing` feature the
/// response logs it too, as one event at `error`.
///
/// ```
/// use axum::{middleware, response::Response};
///
/// /// Logs what each `5xx` answer withheld, in a service that logs another way.
/// async fn log_withheld(request: axum::extract::Request, next: middleware::Next) -> Response {
///     let response = next.run(request).await;
///     if let Some(withheld) = response.extensions().get::<status::Withheld>() {
///         eprintln!("{} {withheld}", response.status());
///     }
///     response
/// }
///
/// let app: axum::Router = axum::Router::new().layer(middleware::from_fn(log_withheld));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Withheld {
    message: String,
    sources: Vec<String>,
}

impl Withheld {
    /// An error's text and its source chain's.
    #[must_use]
    pub fn of(error: &(dyn core::error::Error + '_)) -> Self {
        let mut sources = Vec::new();
        let mut source = error.source();
        while let Some(error) = source {
            sources.push(error.to_string());
            source = error.source();
        }
        Withheld {
            message: error.to_string(),
            sources,
        }
    }

    /// A text alone, without sources.
    #[must_use]
    pub fn message_only(message: impl fmt::Display) -> Self {
        Withheld {
            message: message.to_string(),
            sources: Vec::new(),
        }
    }

    /// The error's `Display`.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The `Display` of each error in the source chain, the nearest first.
    #[must_use]
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}

/// The message, then each source after `: `, as `anyhow` writes a chain with `{:#}`.
impl fmt::Display for Withheld {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        for source in &self.sources {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

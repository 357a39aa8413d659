//! `retry_policy CODE..`: whether a client should retry after each upstream status.
//!
//! Defines its own set in a binary and uses only a few of the generated items; under
//! `deny(warnings)` and `clippy::pedantic` this proves the rest raise no warnings, dead code
//! included.

#![deny(warnings, missing_docs, unused_qualifications)]
#![deny(clippy::pedantic)]

use std::process::ExitCode;

status::status_codes! {
    /// The statuses after which an idempotent request may be retried.
    enum Retryable;
    mod retryable_codes;
    extends standard;
    #[alias(ORIGIN_CONNECT_TIMEOUT)]
    #[spec = "Cloudflare"]
    522 => CONNECTION_TIMED_OUT, "Connection Timed Out", "The proxy could not reach the origin in time.";
}

fn main() -> ExitCode {
    let mut failed = false;
    for arg in std::env::args().skip(1) {
        match arg.parse::<u16>().map(Retryable::from_code) {
            Ok(Some(status)) => {
                let retry = matches!(
                    status,
                    Retryable::RequestTimeout
                        | Retryable::TooManyRequests
                        | Retryable::BadGateway
                        | Retryable::ServiceUnavailable
                        | Retryable::GatewayTimeout
                        | Retryable::ConnectionTimedOut
                );
                println!("{status}: {}", if retry { "retry" } else { "do not retry" });
            }
            Ok(None) => {
                eprintln!("retry_policy: unknown status code {arg}");
                failed = true;
            }
            Err(_) => {
                eprintln!("retry_policy: {arg:?} is not a number");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

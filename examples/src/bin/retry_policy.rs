//! `retry_policy CODE..`: whether a client should retry after each upstream status, from the
//! status's retry class, not a list of codes.
//!
//! Defines its own set in a binary and uses only a few of the generated items; under
//! `deny(warnings)` and `clippy::pedantic` this proves the rest raise no warnings, dead code
//! included.

#![deny(warnings, missing_docs, unused_qualifications)]
#![deny(clippy::pedantic)]

use std::process::ExitCode;

status::status_codes! {
    /// The statuses a proxy's upstreams answer: the standard ones and the proxy's `522`, a
    /// `5xx` whose class is its class's default, `idempotent`.
    enum Upstream;
    mod upstream_codes;
    extends standard;
    #[alias(ORIGIN_CONNECT_TIMEOUT)]
    #[spec = "Cloudflare"]
    522 => CONNECTION_TIMED_OUT, "Connection Timed Out", "The proxy could not reach the origin in time.";
}

fn main() -> ExitCode {
    let mut failed = false;
    for arg in std::env::args().skip(1) {
        match arg.parse::<u16>().map(Upstream::from_code) {
            Ok(Some(status)) => {
                let advice = match status.retry_class() {
                    status::RetryClass::Any => "retry",
                    status::RetryClass::Idempotent => "retry if idempotent",
                    status::RetryClass::WhenRetryAfter => "retry if told when",
                    status::RetryClass::AfterChange => "retry after a change",
                    status::RetryClass::Never => "do not retry",
                };
                println!("{status}: {advice}");
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

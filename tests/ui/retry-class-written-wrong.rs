status::status_codes! {
    pub enum EdgeStatus;
    extends standard;
    // Each entry shows one mistake; the others still expand.
    #[retry(transient)]
    520 => ORIGIN_ERROR, "Origin Error", "The origin answered with something unexpected.";
    #[retry(WhenRetryAfter)]
    521 => ORIGIN_DOWN, "Origin Down", "The origin refused the connection.";
    #[retry]
    522 => CONNECTION_TIMED_OUT, "Connection Timed Out", "The origin did not answer in time.";
    #[retry(idempotent, 15)]
    523 => ORIGIN_UNREACHABLE, "Origin Unreachable", "No route to the origin.";
    #[retry(any)]
    #[retry(never)]
    524 => TIMEOUT_OCCURRED, "A Timeout Occurred", "The origin took too long to answer.";
    #[retry = "any"]
    525 => HANDSHAKE_FAILED, "SSL Handshake Failed", "The TLS handshake with the origin failed.";
    #[retry("RFC 9110, Section 15.6.4")]
    526 => INVALID_CERTIFICATE, "Invalid SSL Certificate", "The origin's certificate is invalid.";
}

fn main() {}

//! An edge proxy's status set: every standard code, plus the ones proxies and CDNs answer with
//! when the client or the origin misbehaves.

status::status_codes! {
    /// What the edge proxy answers with: the standard codes and its own.
    ///
    /// ```
    /// use status::HttpStatus;
    /// use status_examples::edge::{EdgeStatus, edge_codes};
    ///
    /// // Every standard status converts, and back when it is one.
    /// assert_eq!(EdgeStatus::from(HttpStatus::BadGateway), EdgeStatus::BadGateway);
    /// assert_eq!(HttpStatus::try_from(EdgeStatus::BadGateway), Ok(HttpStatus::BadGateway));
    /// assert!(HttpStatus::try_from(EdgeStatus::OriginIsUnreachable).is_err());
    /// assert_eq!(edge_codes::CLIENT_CLOSED_REQUEST, 499);
    /// ```
    pub enum EdgeStatus;
    /// The edge proxy's codes as `u16` constants.
    pub mod edge_codes;
    extends standard;

    #[spec = "nginx"]
    444 => NO_RESPONSE, "No Response", "The proxy closed the connection without sending a response.";
    #[spec = "AWS Elastic Load Balancing"]
    460 => CLIENT_CLOSED_CONNECTION, "Client Closed Connection", "The client closed the connection before the load balancer's idle timeout.";
    #[spec = "nginx"]
    499 => CLIENT_CLOSED_REQUEST, "Client Closed Request", "The client closed the connection while the proxy was processing the request.";
    #[spec = "Cloudflare"]
    520 => UNKNOWN_ORIGIN_ERROR, "Web Server Returned an Unknown Error", "The origin answered with something empty, unknown or unexpected.";
    #[spec = "Cloudflare"]
    521 => ORIGIN_DOWN, "Web Server Is Down", "The origin refused the proxy's connection.";
    #[spec = "Cloudflare"]
    522 => CONNECTION_TIMED_OUT, "Connection Timed Out", "The proxy could not complete a TCP handshake with the origin.";
    #[spec = "Cloudflare"]
    523 => ORIGIN_IS_UNREACHABLE, "Origin Is Unreachable", "The proxy found no route to the origin.";
    #[spec = "Cloudflare"]
    524 => ORIGIN_TIMEOUT, "A Timeout Occurred", "The origin accepted the connection but did not answer in time.";
    #[spec = "Cloudflare"]
    525 => SSL_HANDSHAKE_FAILED, "SSL Handshake Failed", "The TLS handshake between the proxy and the origin failed.";
    #[spec = "Cloudflare"]
    526 => INVALID_SSL_CERTIFICATE, "Invalid SSL Certificate", "The origin's TLS certificate could not be validated.";
}

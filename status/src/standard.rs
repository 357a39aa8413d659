//! The standard set, written once: `HttpStatus`, whose entries every set that extends the
//! standard set or picks from it receives, through the macro that `#[extensible]` defines, as
//! every other set's (see `status-macros`' `protocol.rs`).
//!
//! `#[phrase_alias]` lists the other phrases that earlier RFCs and common servers send for a
//! code; `tests/data/phrase-aliases.tsv` gives the source of each.
//!
//! `#[retry(..)]` gives the statuses whose retry class is not their class's default (`never`
//! below `500`, `idempotent` from it) that class, with the clause it comes from; the README's
//! "When to try again" gives the reasons.
//!
//! `#[cacheable]` marks the statuses RFC 9110, Section 15.1 (and RFC 7725 for 451) makes
//! cacheable by default; `#[no_content]` those whose responses carry no content (204, 205,
//! 304; 1xx by class).

crate::status_codes! {
    /// The standard HTTP status codes: the 62 of Python 3.13's `http.HTTPStatus`, with the names
    /// and phrases of RFC 9110 and the IANA registry.
    ///
    /// Names RFC 9110 replaced are aliases: `REQUEST_ENTITY_TOO_LARGE`, `REQUEST_URI_TOO_LONG`,
    /// `REQUESTED_RANGE_NOT_SATISFIABLE` (and Python's `REQUEST_RANGE_NOT_SATISFIABLE`) and
    /// `UNPROCESSABLE_ENTITY`, as are RFC 7231's `PAYLOAD_TOO_LARGE` and RFC 1945's
    /// `MOVED_TEMPORARILY`. The phrases of earlier RFCs and of common servers and libraries
    /// are phrase aliases, which `from_phrase` and `FromStr` read: `"413 Payload Too Large"`,
    /// as `http` writes it, is `ContentTooLarge`.
    ///
    /// ```
    /// use status::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::NotFound.code(), 404);
    /// assert_eq!(HttpStatus::NotFound.phrase(), "Not Found");
    /// assert_eq!(HttpStatus::from_code(404), Some(HttpStatus::NotFound));
    /// assert_eq!("NOT_FOUND".parse(), Ok(HttpStatus::NotFound));
    /// ```
    #[extensible]
    pub enum HttpStatus;

    /// The standard codes as `u16` constants, like Python's `http.client`:
    /// `status::client::NOT_FOUND == 404`.
    pub mod client;

    #[spec = "RFC 9110, Section 15.2.1"]
    100 => CONTINUE, "Continue",
        "The initial part of the request was received and the client should continue sending it.";
    #[spec = "RFC 9110, Section 15.2.2"]
    101 => SWITCHING_PROTOCOLS, "Switching Protocols",
        "The server is switching to the protocol the client asked for in its Upgrade header field.";
    #[spec = "RFC 2518"]
    102 => PROCESSING, "Processing",
        "The server accepted the request and is still working on it; no response is available yet.";
    #[phrase_alias("Early Hint")]
    #[spec = "RFC 8297"]
    103 => EARLY_HINTS, "Early Hints",
        "Header fields the final response will likely carry, sent early so the client can start preloading.";

    #[cacheable]
    #[spec = "RFC 9110, Section 15.3.1"]
    200 => OK, "OK", "Request fulfilled, document follows";
    #[spec = "RFC 9110, Section 15.3.2"]
    201 => CREATED, "Created",
        "The request was fulfilled and created one or more new resources.";
    #[spec = "RFC 9110, Section 15.3.3"]
    202 => ACCEPTED, "Accepted",
        "The request was accepted for processing, but the processing has not been completed.";
    #[cacheable]
    #[phrase_alias("Non Authoritative Information")]
    #[spec = "RFC 9110, Section 15.3.4"]
    203 => NON_AUTHORITATIVE_INFORMATION, "Non-Authoritative Information",
        "The request succeeded, but a transforming proxy modified the content of the origin server's response.";
    #[cacheable]
    #[no_content]
    #[spec = "RFC 9110, Section 15.3.5"]
    204 => NO_CONTENT, "No Content",
        "The request succeeded and there is no content to send in the response.";
    #[no_content]
    #[spec = "RFC 9110, Section 15.3.6"]
    205 => RESET_CONTENT, "Reset Content",
        "The request succeeded and the client should reset the document view that sent it.";
    #[cacheable]
    #[spec = "RFC 9110, Section 15.3.7"]
    206 => PARTIAL_CONTENT, "Partial Content",
        "The response carries only the parts of the resource selected by the request's Range header field.";
    #[spec = "RFC 4918"]
    207 => MULTI_STATUS, "Multi-Status",
        "The response body carries a separate status for each of several independent operations.";
    #[spec = "RFC 5842"]
    208 => ALREADY_REPORTED, "Already Reported",
        "The members of this binding were already listed in an earlier part of the multi-status response.";
    #[spec = "RFC 3229"]
    226 => IM_USED, "IM Used",
        "The response represents the result of one or more instance manipulations applied to the current instance.";

    #[cacheable]
    #[spec = "RFC 9110, Section 15.4.1"]
    300 => MULTIPLE_CHOICES, "Multiple Choices",
        "The target resource has more than one representation and the client may choose among them.";
    #[cacheable]
    #[spec = "RFC 9110, Section 15.4.2"]
    301 => MOVED_PERMANENTLY, "Moved Permanently",
        "The target resource has a new permanent URI, given in the Location header field.";
    #[alias(MOVED_TEMPORARILY)]
    #[phrase_alias("Moved Temporarily")]
    #[spec = "RFC 9110, Section 15.4.3"]
    302 => FOUND, "Found",
        "The target resource resides temporarily under the URI given in the Location header field.";
    #[spec = "RFC 9110, Section 15.4.4"]
    303 => SEE_OTHER, "See Other",
        "The client should get the result of the request from the URI given in the Location header field.";
    #[no_content]
    #[spec = "RFC 9110, Section 15.4.5"]
    304 => NOT_MODIFIED, "Not Modified",
        "The condition of a conditional GET or HEAD request was false, so the client's cached representation is still current.";
    #[spec = "RFC 9110, Section 15.4.6"]
    305 => USE_PROXY, "Use Proxy",
        "Deprecated: the target resource had to be accessed through the proxy given in the Location header field.";
    #[spec = "RFC 9110, Section 15.4.8"]
    307 => TEMPORARY_REDIRECT, "Temporary Redirect",
        "The target resource resides temporarily under another URI, and the request method must not change when following it.";
    #[cacheable]
    #[spec = "RFC 9110, Section 15.4.9"]
    308 => PERMANENT_REDIRECT, "Permanent Redirect",
        "The target resource has a new permanent URI, and the request method must not change when following it.";

    #[spec = "RFC 9110, Section 15.5.1"]
    400 => BAD_REQUEST, "Bad Request",
        "The server cannot process the request because of a client error, such as malformed syntax.";
    #[retry(after_change, "RFC 9110, Section 15.5.2")]
    #[phrase_alias("Authorization Required")]
    #[spec = "RFC 9110, Section 15.5.2"]
    401 => UNAUTHORIZED, "Unauthorized",
        "The request lacks valid authentication credentials for the target resource.";
    #[spec = "RFC 9110, Section 15.5.3"]
    402 => PAYMENT_REQUIRED, "Payment Required",
        "Reserved for future use; no standard semantics are defined.";
    #[spec = "RFC 9110, Section 15.5.4"]
    403 => FORBIDDEN, "Forbidden",
        "The server understood the request but refuses to fulfill it.";
    #[cacheable]
    #[spec = "RFC 9110, Section 15.5.5"]
    404 => NOT_FOUND, "Not Found",
        "The server has no current representation of the target resource, or will not disclose that one exists.";
    #[cacheable]
    #[phrase_alias("Not Allowed")]
    #[spec = "RFC 9110, Section 15.5.6"]
    405 => METHOD_NOT_ALLOWED, "Method Not Allowed",
        "The server knows the request method, but the target resource does not support it.";
    #[spec = "RFC 9110, Section 15.5.7"]
    406 => NOT_ACCEPTABLE, "Not Acceptable",
        "The target resource has no representation acceptable under the request's content negotiation header fields.";
    #[retry(after_change, "RFC 9110, Section 15.5.8")]
    #[spec = "RFC 9110, Section 15.5.8"]
    407 => PROXY_AUTHENTICATION_REQUIRED, "Proxy Authentication Required",
        "The client must authenticate itself to the proxy before the request can proceed.";
    #[retry(idempotent, "RFC 9110, Section 15.5.9")]
    #[phrase_alias("Request Time-out")]
    #[spec = "RFC 9110, Section 15.5.9"]
    408 => REQUEST_TIMEOUT, "Request Timeout",
        "The server did not receive a complete request within the time it was prepared to wait.";
    #[retry(after_change, "RFC 9110, Section 15.5.10")]
    #[spec = "RFC 9110, Section 15.5.10"]
    409 => CONFLICT, "Conflict",
        "The request conflicts with the current state of the target resource.";
    #[cacheable]
    #[spec = "RFC 9110, Section 15.5.11"]
    410 => GONE, "Gone",
        "The target resource is no longer available at the origin server, and this is likely permanent.";
    #[spec = "RFC 9110, Section 15.5.12"]
    411 => LENGTH_REQUIRED, "Length Required",
        "The server refuses to accept the request without a Content-Length header field.";
    #[retry(after_change, "RFC 9110, Section 15.5.13")]
    #[spec = "RFC 9110, Section 15.5.13"]
    412 => PRECONDITION_FAILED, "Precondition Failed",
        "One or more conditions in the request header fields evaluated to false on the server.";
    #[retry(when_retry_after, "RFC 9110, Section 15.5.14")]
    #[alias(REQUEST_ENTITY_TOO_LARGE, PAYLOAD_TOO_LARGE)]
    #[phrase_alias("Payload Too Large", "Request Entity Too Large")]
    #[spec = "RFC 9110, Section 15.5.14"]
    413 => CONTENT_TOO_LARGE, "Content Too Large",
        "The request content is larger than the server is willing or able to process.";
    #[cacheable]
    #[alias(REQUEST_URI_TOO_LONG)]
    #[phrase_alias("Request-URI Too Long", "Request-URI Too Large", "Request URI Too Long")]
    #[spec = "RFC 9110, Section 15.5.15"]
    414 => URI_TOO_LONG, "URI Too Long",
        "The target URI of the request is longer than the server is willing to interpret.";
    #[spec = "RFC 9110, Section 15.5.16"]
    415 => UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
        "The content is in a format the target resource does not support for this method.";
    #[alias(REQUESTED_RANGE_NOT_SATISFIABLE, REQUEST_RANGE_NOT_SATISFIABLE)]
    #[phrase_alias("Requested Range Not Satisfiable")]
    #[spec = "RFC 9110, Section 15.5.17"]
    416 => RANGE_NOT_SATISFIABLE, "Range Not Satisfiable",
        "None of the ranges in the request's Range header field overlap the selected representation.";
    #[retry(after_change, "RFC 9110, Section 10.1.1")]
    #[spec = "RFC 9110, Section 15.5.18"]
    417 => EXPECTATION_FAILED, "Expectation Failed",
        "The expectation in the request's Expect header field could not be met by at least one inbound server.";
    #[spec = "RFC 9110, Section 15.5.19"]
    418 => IM_A_TEAPOT, "I'm a Teapot",
        "Reserved and unused, because the April Fools' teapot code of RFC 2324 is deployed in practice.";
    #[retry(any, "RFC 9110, Section 15.5.20")]
    #[spec = "RFC 9110, Section 15.5.20"]
    421 => MISDIRECTED_REQUEST, "Misdirected Request",
        "The request reached a server that cannot produce an authoritative response for its target URI.";
    #[alias(UNPROCESSABLE_ENTITY)]
    #[phrase_alias("Unprocessable Entity")]
    #[spec = "RFC 9110, Section 15.5.21"]
    422 => UNPROCESSABLE_CONTENT, "Unprocessable Content",
        "The server understands the content's type and syntax but cannot process the instructions it contains.";
    #[spec = "RFC 4918"]
    423 => LOCKED, "Locked",
        "The source or destination resource of the method is locked.";
    #[spec = "RFC 4918"]
    424 => FAILED_DEPENDENCY, "Failed Dependency",
        "The method could not be performed because an action it depended on failed.";
    #[retry(any, "RFC 8470, Section 5.2")]
    #[spec = "RFC 8470"]
    425 => TOO_EARLY, "Too Early",
        "The server will not risk processing a request that might be replayed, such as one sent in TLS early data.";
    #[retry(after_change, "RFC 9110, Section 15.5.22")]
    #[spec = "RFC 9110, Section 15.5.22"]
    426 => UPGRADE_REQUIRED, "Upgrade Required",
        "The server refuses the request over the current protocol but may accept it after the client upgrades.";
    #[retry(after_change, "RFC 6585, Section 3")]
    #[spec = "RFC 6585"]
    428 => PRECONDITION_REQUIRED, "Precondition Required",
        "The origin server requires the request to be conditional, to prevent lost updates.";
    #[retry(any, "RFC 6585, Section 4")]
    #[spec = "RFC 6585"]
    429 => TOO_MANY_REQUESTS, "Too Many Requests",
        "The client has sent too many requests in a given amount of time.";
    #[spec = "RFC 6585"]
    431 => REQUEST_HEADER_FIELDS_TOO_LARGE, "Request Header Fields Too Large",
        "The server will not process the request because its header fields are too large.";
    #[cacheable]
    #[phrase_alias("Unavailable for Legal Reason")]
    #[spec = "RFC 7725"]
    451 => UNAVAILABLE_FOR_LEGAL_REASONS, "Unavailable For Legal Reasons",
        "The server denies access to the resource as a consequence of a legal demand.";

    #[phrase_alias("Server Error")]
    #[spec = "RFC 9110, Section 15.6.1"]
    500 => INTERNAL_SERVER_ERROR, "Internal Server Error",
        "The server met an unexpected condition that prevented it from fulfilling the request.";
    #[retry(never, "RFC 9110, Section 15.6.2")]
    #[cacheable]
    #[phrase_alias("Method Not Implemented")]
    #[spec = "RFC 9110, Section 15.6.2"]
    501 => NOT_IMPLEMENTED, "Not Implemented",
        "The server does not support the functionality required to fulfill the request.";
    #[spec = "RFC 9110, Section 15.6.3"]
    502 => BAD_GATEWAY, "Bad Gateway",
        "The server, acting as a gateway or proxy, received an invalid response from an inbound server.";
    #[retry(idempotent, "RFC 9110, Section 15.6.4")]
    #[phrase_alias("Service Temporarily Unavailable")]
    #[spec = "RFC 9110, Section 15.6.4"]
    503 => SERVICE_UNAVAILABLE, "Service Unavailable",
        "The server cannot handle the request now because of a temporary overload or scheduled maintenance.";
    #[phrase_alias("Gateway Time-out")]
    #[spec = "RFC 9110, Section 15.6.5"]
    504 => GATEWAY_TIMEOUT, "Gateway Timeout",
        "The server, acting as a gateway or proxy, did not receive a timely response from an upstream server.";
    #[retry(never, "RFC 9110, Section 15.6.6")]
    #[spec = "RFC 9110, Section 15.6.6"]
    505 => HTTP_VERSION_NOT_SUPPORTED, "HTTP Version Not Supported",
        "The server does not support, or refuses to support, the major HTTP version of the request.";
    #[retry(never, "RFC 2295, Section 8.1")]
    #[spec = "RFC 2295"]
    506 => VARIANT_ALSO_NEGOTIATES, "Variant Also Negotiates",
        "The server is misconfigured: the chosen variant is itself set up to engage in content negotiation.";
    #[retry(never, "RFC 4918, Section 11.5")]
    #[spec = "RFC 4918"]
    507 => INSUFFICIENT_STORAGE, "Insufficient Storage",
        "The server cannot store the representation needed to complete the request.";
    #[retry(never, "RFC 5842, Section 7.2")]
    #[spec = "RFC 5842"]
    508 => LOOP_DETECTED, "Loop Detected",
        "The server ended the operation because it met an infinite loop while processing a request with infinite depth.";
    #[retry(after_change, "RFC 2774, Section 7")]
    #[spec = "RFC 2774"]
    510 => NOT_EXTENDED, "Not Extended",
        "The request does not meet the extension policy for accessing the resource (obsoleted along with RFC 2774).";
    #[retry(after_change, "RFC 6585, Section 6")]
    #[spec = "RFC 6585"]
    511 => NETWORK_AUTHENTICATION_REQUIRED, "Network Authentication Required",
        "The client must authenticate to gain network access.";

    // The facade's own set: its entries are the standard set's.
    @standard_set
}

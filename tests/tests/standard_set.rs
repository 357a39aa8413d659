//! The standard set against tables written out here, and every `u16` through the lookups.

use status::StatusClass::{ClientError, Informational, Redirection, ServerError, Success};
use status::{HttpStatus, StatusClass, UnknownStatusCode};

/// Code, canonical name, phrase and class of every standard status.
const STANDARD: [(u16, &str, &str, StatusClass); 62] = [
    (100, "CONTINUE", "Continue", Informational),
    (
        101,
        "SWITCHING_PROTOCOLS",
        "Switching Protocols",
        Informational,
    ),
    (102, "PROCESSING", "Processing", Informational),
    (103, "EARLY_HINTS", "Early Hints", Informational),
    (200, "OK", "OK", Success),
    (201, "CREATED", "Created", Success),
    (202, "ACCEPTED", "Accepted", Success),
    (
        203,
        "NON_AUTHORITATIVE_INFORMATION",
        "Non-Authoritative Information",
        Success,
    ),
    (204, "NO_CONTENT", "No Content", Success),
    (205, "RESET_CONTENT", "Reset Content", Success),
    (206, "PARTIAL_CONTENT", "Partial Content", Success),
    (207, "MULTI_STATUS", "Multi-Status", Success),
    (208, "ALREADY_REPORTED", "Already Reported", Success),
    (226, "IM_USED", "IM Used", Success),
    (300, "MULTIPLE_CHOICES", "Multiple Choices", Redirection),
    (301, "MOVED_PERMANENTLY", "Moved Permanently", Redirection),
    (302, "FOUND", "Found", Redirection),
    (303, "SEE_OTHER", "See Other", Redirection),
    (304, "NOT_MODIFIED", "Not Modified", Redirection),
    (305, "USE_PROXY", "Use Proxy", Redirection),
    (307, "TEMPORARY_REDIRECT", "Temporary Redirect", Redirection),
    (308, "PERMANENT_REDIRECT", "Permanent Redirect", Redirection),
    (400, "BAD_REQUEST", "Bad Request", ClientError),
    (401, "UNAUTHORIZED", "Unauthorized", ClientError),
    (402, "PAYMENT_REQUIRED", "Payment Required", ClientError),
    (403, "FORBIDDEN", "Forbidden", ClientError),
    (404, "NOT_FOUND", "Not Found", ClientError),
    (405, "METHOD_NOT_ALLOWED", "Method Not Allowed", ClientError),
    (406, "NOT_ACCEPTABLE", "Not Acceptable", ClientError),
    (
        407,
        "PROXY_AUTHENTICATION_REQUIRED",
        "Proxy Authentication Required",
        ClientError,
    ),
    (408, "REQUEST_TIMEOUT", "Request Timeout", ClientError),
    (409, "CONFLICT", "Conflict", ClientError),
    (410, "GONE", "Gone", ClientError),
    (411, "LENGTH_REQUIRED", "Length Required", ClientError),
    (
        412,
        "PRECONDITION_FAILED",
        "Precondition Failed",
        ClientError,
    ),
    (413, "CONTENT_TOO_LARGE", "Content Too Large", ClientError),
    (414, "URI_TOO_LONG", "URI Too Long", ClientError),
    (
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        "Unsupported Media Type",
        ClientError,
    ),
    (
        416,
        "RANGE_NOT_SATISFIABLE",
        "Range Not Satisfiable",
        ClientError,
    ),
    (417, "EXPECTATION_FAILED", "Expectation Failed", ClientError),
    (418, "IM_A_TEAPOT", "I'm a Teapot", ClientError),
    (
        421,
        "MISDIRECTED_REQUEST",
        "Misdirected Request",
        ClientError,
    ),
    (
        422,
        "UNPROCESSABLE_CONTENT",
        "Unprocessable Content",
        ClientError,
    ),
    (423, "LOCKED", "Locked", ClientError),
    (424, "FAILED_DEPENDENCY", "Failed Dependency", ClientError),
    (425, "TOO_EARLY", "Too Early", ClientError),
    (426, "UPGRADE_REQUIRED", "Upgrade Required", ClientError),
    (
        428,
        "PRECONDITION_REQUIRED",
        "Precondition Required",
        ClientError,
    ),
    (429, "TOO_MANY_REQUESTS", "Too Many Requests", ClientError),
    (
        431,
        "REQUEST_HEADER_FIELDS_TOO_LARGE",
        "Request Header Fields Too Large",
        ClientError,
    ),
    (
        451,
        "UNAVAILABLE_FOR_LEGAL_REASONS",
        "Unavailable For Legal Reasons",
        ClientError,
    ),
    (
        500,
        "INTERNAL_SERVER_ERROR",
        "Internal Server Error",
        ServerError,
    ),
    (501, "NOT_IMPLEMENTED", "Not Implemented", ServerError),
    (502, "BAD_GATEWAY", "Bad Gateway", ServerError),
    (
        503,
        "SERVICE_UNAVAILABLE",
        "Service Unavailable",
        ServerError,
    ),
    (504, "GATEWAY_TIMEOUT", "Gateway Timeout", ServerError),
    (
        505,
        "HTTP_VERSION_NOT_SUPPORTED",
        "HTTP Version Not Supported",
        ServerError,
    ),
    (
        506,
        "VARIANT_ALSO_NEGOTIATES",
        "Variant Also Negotiates",
        ServerError,
    ),
    (
        507,
        "INSUFFICIENT_STORAGE",
        "Insufficient Storage",
        ServerError,
    ),
    (508, "LOOP_DETECTED", "Loop Detected", ServerError),
    (510, "NOT_EXTENDED", "Not Extended", ServerError),
    (
        511,
        "NETWORK_AUTHENTICATION_REQUIRED",
        "Network Authentication Required",
        ServerError,
    ),
];

/// Older names that RFC 9110 or Python spell differently, and the code each names: also RFC
/// 7231's `PAYLOAD_TOO_LARGE` and RFC 1945's `MOVED_TEMPORARILY`.
const ALIASES: [(&str, u16); 7] = [
    ("MOVED_TEMPORARILY", 302),
    ("REQUEST_ENTITY_TOO_LARGE", 413),
    ("PAYLOAD_TOO_LARGE", 413),
    ("REQUEST_URI_TOO_LONG", 414),
    ("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
    ("REQUEST_RANGE_NOT_SATISFIABLE", 416),
    ("UNPROCESSABLE_ENTITY", 422),
];

#[test]
fn every_standard_status_matches_the_table() {
    assert_eq!(HttpStatus::ALL.len(), STANDARD.len());
    for (status, &(code, name, phrase, class)) in HttpStatus::ALL.into_iter().zip(&STANDARD) {
        assert_eq!(status.code(), code);
        assert_eq!(status.name(), name, "{code}");
        assert_eq!(status.phrase(), phrase, "{code}");
        assert_eq!(status.class(), class, "{code}");
        assert_eq!(StatusClass::of(code), Some(class));
        assert!(!status.description().is_empty(), "{code}");
        assert_eq!(status.to_string(), format!("{code} {phrase}"));
        assert_eq!(u16::from(status), code);
        // `PartialEq<u16>` both ways.
        assert_eq!(status, code);
        assert_eq!(code, status);
    }
}

#[test]
fn all_is_in_ascending_code_order() {
    assert!(
        HttpStatus::ALL
            .windows(2)
            .all(|pair| pair[0].code() < pair[1].code())
    );
    assert!(HttpStatus::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn every_u16_agrees_with_all() {
    let mut found = 0;
    for code in 0..=u16::MAX {
        let expected = HttpStatus::ALL
            .into_iter()
            .find(|status| status.code() == code);
        assert_eq!(HttpStatus::from_code(code), expected, "{code}");
        match HttpStatus::try_from(code) {
            Ok(status) => {
                assert_eq!(Some(status), expected);
                found += 1;
            }
            Err(error) => {
                assert_eq!(expected, None, "{code}");
                assert_eq!(error, UnknownStatusCode::new(code));
                assert_eq!(error.code(), code);
            }
        }
    }
    assert_eq!(found, 62);
}

#[test]
fn aliases_name_their_code_everywhere() {
    for (alias, code) in ALIASES {
        let status = HttpStatus::from_code(code).unwrap();
        assert_eq!(HttpStatus::from_name(alias), Some(status), "{alias}");
        assert_eq!(alias.parse::<HttpStatus>(), Ok(status), "{alias}");
        assert_ne!(status.name(), alias, "aliases are never the canonical name");
    }
    assert_eq!(
        HttpStatus::RequestEntityTooLarge,
        HttpStatus::ContentTooLarge
    );
    assert_eq!(HttpStatus::RequestUriTooLong, HttpStatus::UriTooLong);
    assert_eq!(
        HttpStatus::RequestedRangeNotSatisfiable,
        HttpStatus::RangeNotSatisfiable
    );
    assert_eq!(
        HttpStatus::RequestRangeNotSatisfiable,
        HttpStatus::RangeNotSatisfiable
    );
    assert_eq!(
        HttpStatus::UnprocessableEntity,
        HttpStatus::UnprocessableContent
    );
    // Alias constants are patterns.
    assert!(matches!(
        HttpStatus::ContentTooLarge,
        HttpStatus::RequestEntityTooLarge
    ));
}

#[test]
fn client_module_has_every_name_and_alias() {
    use status::client;
    assert_eq!(client::OK, 200);
    assert_eq!(client::NOT_FOUND, 404);
    assert_eq!(client::IM_A_TEAPOT, 418);
    assert_eq!(client::NETWORK_AUTHENTICATION_REQUIRED, 511);
    assert_eq!(client::REQUEST_ENTITY_TOO_LARGE, 413);
    assert_eq!(client::REQUEST_RANGE_NOT_SATISFIABLE, 416);
    assert_eq!(client::UNPROCESSABLE_ENTITY, 422);
}

#[test]
fn class_predicates_agree_with_class() {
    for status in HttpStatus::ALL {
        let class = status.class();
        assert_eq!(status.is_informational(), class == Informational);
        assert_eq!(status.is_success(), class == Success);
        assert_eq!(status.is_redirection(), class == Redirection);
        assert_eq!(status.is_client_error(), class == ClientError);
        assert_eq!(status.is_server_error(), class == ServerError);
        assert!(class.range().contains(&status.code()));
    }
}

#[test]
fn class_boundaries() {
    let cases = [
        (99, None),
        (100, Some(Informational)),
        (199, Some(Informational)),
        (200, Some(Success)),
        (299, Some(Success)),
        (300, Some(Redirection)),
        (399, Some(Redirection)),
        (400, Some(ClientError)),
        (499, Some(ClientError)),
        (500, Some(ServerError)),
        (599, Some(ServerError)),
        (600, None),
        (0, None),
        (u16::MAX, None),
    ];
    for (code, class) in cases {
        assert_eq!(StatusClass::of(code), class, "{code}");
    }
    assert_eq!(StatusClass::ClientError.range(), 400..=499);
    assert_eq!(StatusClass::ClientError.to_string(), "4xx");
    assert_eq!(StatusClass::Success.name(), "Successful");
}

#[test]
fn python_reference_example() {
    // The usage example of Python's `http` module documentation.
    assert!(HttpStatus::Ok == 200);
    assert_eq!(HttpStatus::Ok.code(), 200);
    assert_eq!(HttpStatus::Ok.phrase(), "OK");
    assert_eq!(
        HttpStatus::Ok.description(),
        "Request fulfilled, document follows"
    );
    assert_eq!(format!("{:?}", HttpStatus::Ok), "Ok");
}

#[test]
fn aliases_accessor_lists_every_alias_once() {
    let listed: Vec<(&str, u16)> = HttpStatus::ALL
        .into_iter()
        .flat_map(|status| {
            status
                .aliases()
                .iter()
                .map(move |alias| (*alias, status.code()))
        })
        .collect();
    assert_eq!(listed, ALIASES);
    assert!(HttpStatus::NotFound.aliases().is_empty());
}

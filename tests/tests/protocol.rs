//! RFC 9110 semantics, on the standard set and on custom sets, against tables written here.

use status::{HttpStatus, Status};

/// RFC 9110, Section 15.1, and RFC 7725 for 451.
const CACHEABLE_BY_DEFAULT: [u16; 13] = [
    200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
];

/// 1xx (Section 15.2), 204 (15.3.5), 205 (15.3.6), 304 (15.4.5).
const NO_CONTENT: [u16; 3] = [204, 205, 304];

#[test]
fn cacheable_by_default_matches_rfc_9110() {
    for status in HttpStatus::ALL {
        assert_eq!(
            status.is_cacheable_by_default(),
            CACHEABLE_BY_DEFAULT.contains(&status.code()),
            "{status}"
        );
    }
}

#[test]
fn content_is_allowed_except_for_1xx_204_205_304() {
    for status in HttpStatus::ALL {
        let forbidden = status.is_informational() || NO_CONTENT.contains(&status.code());
        assert_eq!(status.allows_content(), !forbidden, "{status}");
    }
}

#[test]
fn unknown_codes_fall_back_to_their_class() {
    let cases = [
        (404, Some(HttpStatus::NotFound)),
        (299, Some(HttpStatus::Ok)),
        (150, Some(HttpStatus::Continue)),
        (306, Some(HttpStatus::MultipleChoices)),
        (499, Some(HttpStatus::BadRequest)),
        (599, Some(HttpStatus::InternalServerError)),
        (99, None),
        (600, None),
        (0, None),
        (u16::MAX, None),
    ];
    for (code, expected) in cases {
        assert_eq!(HttpStatus::from_code_or_class(code), expected, "{code}");
        assert_eq!(
            <HttpStatus as Status>::from_code_or_class(code),
            expected,
            "{code}"
        );
    }
    for code in 100..=599 {
        let status = HttpStatus::from_code_or_class(code).unwrap();
        assert_eq!(
            status.class().range().start(),
            &(code / 100 * 100).min(status.code())
        );
    }
}

#[test]
fn every_phrase_is_found_in_any_ascii_case() {
    for status in HttpStatus::ALL {
        let phrase = status.phrase();
        assert_eq!(HttpStatus::from_phrase(phrase), Some(status));
        assert_eq!(
            HttpStatus::from_phrase(&phrase.to_ascii_lowercase()),
            Some(status)
        );
        assert_eq!(
            HttpStatus::from_phrase(&phrase.to_ascii_uppercase()),
            Some(status)
        );
        assert_eq!(<HttpStatus as Status>::from_phrase(phrase), Some(status));
    }
}

#[test]
fn phrases_match_exactly_and_nothing_around_them() {
    for text in [
        "",
        " Not Found",
        "Not Found ",
        "Not Found\r\n",
        "Not  Found",
        "NotFound",
        "404 Not Found",
        "HTTP/1.1 404 Not Found",
        "Not Foun",
        "Not Found!",
        "NOT_FOUND",
        "Not Found but much longer than any phrase of the standard set",
    ] {
        assert_eq!(HttpStatus::from_phrase(text), None, "{text:?}");
    }
    assert_eq!(
        HttpStatus::from_phrase("i'm a teapot"),
        Some(HttpStatus::ImATeapot)
    );
}

#[test]
fn custom_entries_state_their_properties_or_follow_their_class() {
    status::status_codes! {
        /// A set with its own protocol facts.
        pub enum Custom;
        150 => WORKING, "Working", "Still working.";
        #[cacheable]
        250 => STORED, "Stored", "Stored, and cacheable.";
        #[no_content]
        260 => EMPTY, "Empty", "Nothing to send.";
        #[cacheable]
        #[no_content]
        270 => BOTH, "Both", "Cacheable and empty.";
        470 => PLAIN, "Plain", "Neither.";
    }
    let table = [
        (Custom::Working, false, false),
        (Custom::Stored, true, true),
        (Custom::Empty, false, false),
        (Custom::Both, false, true),
        (Custom::Plain, true, false),
    ];
    for (status, allows_content, cacheable) in table {
        assert_eq!(status.allows_content(), allows_content, "{status}");
        assert_eq!(status.is_cacheable_by_default(), cacheable, "{status}");
    }
    // No x00 in the set: an unknown code of a class stays unknown.
    assert_eq!(Custom::from_code_or_class(299), None);
    assert_eq!(Custom::from_code_or_class(250), Some(Custom::Stored));
    assert_eq!(Custom::from_phrase("STORED"), Some(Custom::Stored));
}

#[test]
fn extended_sets_keep_the_standard_facts() {
    status::status_codes! {
        /// The standard set and one more.
        pub enum Edge;
        extends standard;
        #[cacheable]
        460 => CLIENT_GONE, "Client Gone", "The client left.";
    }
    assert!(Edge::NoContent.is_cacheable_by_default() && !Edge::NoContent.allows_content());
    assert!(Edge::ClientGone.is_cacheable_by_default() && Edge::ClientGone.allows_content());
    assert_eq!(Edge::from_code_or_class(461), Some(Edge::BadRequest));
    assert_eq!(Edge::from_phrase("client gone"), Some(Edge::ClientGone));
}

//! Every phrase that real servers send reads back into the set: phrase aliases, in
//! `from_phrase` and `FromStr`, ignoring ASCII case, and what `http::StatusCode` writes.

use status::{HttpStatus, ParseStatusError, Status};

status::status_codes! {
    /// A custom set with phrase aliases of its own.
    pub enum Proxy;
    extends standard;
    #[phrase_alias("Client Closed Request", "Connection Closed Without Response")]
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

/// `tests/data/phrase-aliases.tsv`: code, phrase, and who sends it.
fn table() -> Vec<(u16, String, String)> {
    let data = include_str!("../data/phrase-aliases.tsv");
    data.lines()
        .skip(1)
        .map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next().unwrap().parse().unwrap();
            let phrase = fields.next().unwrap().to_owned();
            let source = fields.next().unwrap().to_owned();
            assert!(!source.trim().is_empty(), "no source for {code} {phrase}");
            (code, phrase, source)
        })
        .collect()
}

#[test]
fn the_table_and_the_standard_set_agree_row_by_row() {
    let table = table();
    for (code, phrase, _) in &table {
        let status = HttpStatus::from_code(*code).unwrap();
        assert!(
            status.phrase_aliases().contains(&phrase.as_str()),
            "{code} {phrase}"
        );
        assert_eq!(HttpStatus::from_phrase(phrase), Some(status));
        assert_eq!(
            HttpStatus::from_phrase(&phrase.to_uppercase()),
            Some(status)
        );
        assert_eq!(format!("{code} {phrase}").parse(), Ok(status));
    }
    let in_set: usize = HttpStatus::ALL
        .iter()
        .map(|s| s.phrase_aliases().len())
        .sum();
    assert_eq!(
        in_set,
        table.len(),
        "every phrase alias of the set has a row"
    );
}

#[test]
fn phrases_and_aliases_are_unique_ignoring_case() {
    let mut seen = std::collections::HashMap::new();
    for status in HttpStatus::ALL {
        for phrase in
            std::iter::once(status.phrase()).chain(status.phrase_aliases().iter().copied())
        {
            let first = seen.insert(phrase.to_ascii_lowercase(), status);
            assert!(first.is_none(), "{phrase} of {status} and of {first:?}");
        }
    }
}

#[test]
fn the_phrases_from_the_issue_are_read() {
    for (phrase, code) in [
        ("Payload Too Large", 413),
        ("Unprocessable Entity", 422),
        ("Non Authoritative Information", 203),
        ("Moved Temporarily", 302),
        ("Request Time-out", 408),
        ("Request-URI Too Large", 414),
    ] {
        assert_eq!(
            HttpStatus::from_phrase(phrase).map(Status::code),
            Some(code)
        );
    }
    assert_eq!(
        HttpStatus::from_name("PAYLOAD_TOO_LARGE"),
        Some(HttpStatus::ContentTooLarge)
    );
    assert_eq!(
        HttpStatus::from_name("MOVED_TEMPORARILY"),
        Some(HttpStatus::Found)
    );
    assert_eq!(status::client::PAYLOAD_TOO_LARGE, 413);
    assert!(matches!(HttpStatus::Found, HttpStatus::MovedTemporarily));
}

#[test]
fn from_str_reads_phrases_as_from_phrase_does() {
    assert_eq!("404 not found".parse(), Ok(HttpStatus::NotFound));
    assert_eq!("404 NOT FOUND".parse(), Ok(HttpStatus::NotFound));
    assert_eq!(
        "413 Payload Too Large".parse(),
        Ok(HttpStatus::ContentTooLarge)
    );
    assert_eq!(
        "413 request entity too large".parse(),
        Ok(HttpStatus::ContentTooLarge)
    );
    // A phrase of another code is still a mismatch, alias or not.
    assert_eq!(
        "404 Payload Too Large".parse::<HttpStatus>(),
        Err(ParseStatusError::PhraseMismatch(404))
    );
    assert_eq!(
        "404 Gone".parse::<HttpStatus>(),
        Err(ParseStatusError::PhraseMismatch(404))
    );
    // `Display` still writes the canonical phrase.
    assert_eq!(
        HttpStatus::ContentTooLarge.to_string(),
        "413 Content Too Large"
    );
    assert_eq!(HttpStatus::ContentTooLarge.phrase(), "Content Too Large");
}

/// `Display` of `http::StatusCode` writes its own phrase, or `<unknown status code>`.
fn http_display_parses_back<S: Status>() {
    for &status in S::ALL {
        let http = http::StatusCode::from_u16(status.code()).unwrap();
        assert_eq!(http.to_string().parse::<S>(), Ok(status), "{http}");
    }
}

#[test]
fn what_http_writes_parses_back() {
    http_display_parses_back::<HttpStatus>();
    http_display_parses_back::<Proxy>();
    assert_eq!("460 <unknown status code>".parse(), Ok(Proxy::ClientGone));
}

#[test]
fn custom_sets_have_phrase_aliases_of_their_own() {
    assert_eq!(
        Proxy::ClientGone.phrase_aliases(),
        [
            "Client Closed Request",
            "Connection Closed Without Response"
        ]
    );
    assert_eq!(
        Proxy::from_phrase("client closed request"),
        Some(Proxy::ClientGone)
    );
    assert_eq!(
        "460 Connection Closed Without Response".parse(),
        Ok(Proxy::ClientGone)
    );
    assert_eq!(
        Proxy::from_phrase("payload too large"),
        Some(Proxy::ContentTooLarge)
    );
    assert_eq!(
        Proxy::ContentTooLarge.phrase_aliases(),
        HttpStatus::ContentTooLarge.phrase_aliases()
    );
}

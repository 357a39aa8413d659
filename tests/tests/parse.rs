//! `FromStr`, `from_name` and the error types.

use status::{HttpStatus, ParseStatusError, UnknownStatusCode};

#[test]
fn every_code_name_and_alias_round_trips() {
    for status in HttpStatus::ALL {
        assert_eq!(status.to_string().parse(), Ok(status));
        assert_eq!(status.code().to_string().parse(), Ok(status));
        assert_eq!(status.name().parse(), Ok(status));
        assert_eq!(HttpStatus::from_name(status.name()), Some(status));
    }
    for alias in [
        "REQUEST_ENTITY_TOO_LARGE",
        "REQUEST_URI_TOO_LONG",
        "UNPROCESSABLE_ENTITY",
    ] {
        let status: HttpStatus = alias.parse().unwrap();
        assert_eq!(status.name().parse(), Ok(status));
    }
}

#[test]
fn malformed_text_is_rejected_with_what_was_wrong() {
    let cases = [
        ("", ParseStatusError::Empty),
        (" 404", ParseStatusError::UnknownName),
        ("4040", ParseStatusError::NotThreeDigits),
        ("40", ParseStatusError::NotThreeDigits),
        ("0404", ParseStatusError::NotThreeDigits),
        ("+404", ParseStatusError::UnknownName),
        ("-404", ParseStatusError::UnknownName),
        ("４０４", ParseStatusError::UnknownName),
        ("not_found", ParseStatusError::UnknownName),
        ("NotFound", ParseStatusError::UnknownName),
        ("NOT_FOUND\n", ParseStatusError::UnknownName),
        ("NOT FOUND", ParseStatusError::UnknownName),
        ("Not Found", ParseStatusError::UnknownName),
        // Case is ignored, as in `from_phrase`; spacing inside the phrase is not.
        ("404 Not  Found", ParseStatusError::PhraseMismatch(404)),
        ("404 NotFound", ParseStatusError::PhraseMismatch(404)),
        ("404 Gone", ParseStatusError::PhraseMismatch(404)),
        ("404 ", ParseStatusError::PhraseMismatch(404)),
        ("404  Not Found", ParseStatusError::PhraseMismatch(404)),
        ("299 Something", ParseStatusError::UnknownCode(299)),
        ("404-Not Found", ParseStatusError::NotThreeDigits),
        ("40x", ParseStatusError::NotThreeDigits),
        ("404x", ParseStatusError::NotThreeDigits),
        ("4 Not Found", ParseStatusError::NotThreeDigits),
        ("1", ParseStatusError::NotThreeDigits),
        ("299", ParseStatusError::UnknownCode(299)),
        ("000", ParseStatusError::UnknownCode(0)),
        ("999", ParseStatusError::UnknownCode(999)),
    ];
    for (text, error) in cases {
        assert_eq!(text.parse::<HttpStatus>(), Err(error), "{text:?}");
        assert_eq!(HttpStatus::from_name(text), None, "{text:?}");
    }
}

#[test]
fn errors_say_what_was_wrong() {
    assert_eq!(
        ParseStatusError::Empty.to_string(),
        "empty status: expected a three-digit code such as 404 or a name such as NOT_FOUND"
    );
    assert_eq!(
        ParseStatusError::NotThreeDigits.to_string(),
        "a status code has exactly three digits"
    );
    assert_eq!(
        ParseStatusError::UnknownCode(299).to_string(),
        "unknown status code 299"
    );
    assert_eq!(
        ParseStatusError::UnknownName.to_string(),
        "unknown status name: expected a three-digit code such as 404 or a name such as NOT_FOUND"
    );
    assert_eq!(
        UnknownStatusCode::new(299).to_string(),
        "unknown status code 299"
    );
    assert_eq!(
        UnknownStatusCode::new(0).to_string(),
        "invalid status code 0: HTTP status codes are 100..=599"
    );
}

#[test]
fn errors_are_core_errors() {
    fn assert_error<E: core::error::Error + Send + Sync + 'static>(_: &E) {}
    assert_error(&ParseStatusError::Empty);
    assert_error(&UnknownStatusCode::new(0));
    let boxed: Box<dyn std::error::Error> = "nope".parse::<HttpStatus>().unwrap_err().into();
    assert!(boxed.to_string().starts_with("unknown status name"));
}

#[test]
fn display_honors_padding() {
    assert_eq!(
        format!("{:>16}|", HttpStatus::NotFound),
        "   404 Not Found|"
    );
    assert_eq!(format!("{:<8}|", HttpStatus::Ok), "200 OK  |");
}

#[test]
fn names_differing_in_any_one_byte_are_told_apart() {
    // `from_name` compares names by words; a change anywhere in a name must be seen.
    for status in HttpStatus::ALL {
        let name = status.name();
        for at in 0..name.len() {
            let mut changed = name.as_bytes().to_vec();
            changed[at] ^= 0x20;
            let changed = String::from_utf8(changed).unwrap();
            assert_eq!(HttpStatus::from_name(&changed), None, "{changed}");
        }
        assert_eq!(HttpStatus::from_name(&name[1..]), None);
        assert_eq!(HttpStatus::from_name(&name[..name.len() - 1]), None);
    }
}

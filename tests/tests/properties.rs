//! Properties every set must have, for the standard set, a standalone set and an extended one.

use proptest::prelude::*;
use status::{HttpStatus, ParseStatusError, Status, StatusClass};

status::status_codes! {
    /// A standalone set with aliases and sparse codes.
    pub enum Standalone;
    100 => FIRST, "First", "The lowest code.";
    #[alias(SECOND_ALIAS, ANOTHER)]
    250 => SECOND, "Second", "A code in a gap of the standard set.";
    #[spec = "Internal"]
    404 => MISSING, "Missing", "Nothing here.";
    599 => LAST, "Last", "The highest code.";
}

status::status_codes! {
    /// The standard set and two more.
    pub enum Extended;
    extends standard;
    #[alias(GONE_AWAY)]
    460 => CLIENT_GONE, "Client Gone", "The client left.";
    599 => NETWORK_TIMEOUT, "Network Connect Timeout Error", "A proxy timed out.";
}

/// A status of the set, by index, agrees with every lookup.
fn known_status_round_trips<S: Status>(index: usize) -> Result<(), TestCaseError> {
    let status = S::ALL[index % S::ALL.len()];
    prop_assert_eq!(S::from_code(status.code()), Some(status));
    prop_assert_eq!(S::try_from(status.code()).ok(), Some(status));
    prop_assert_eq!(S::from_name(status.name()), Some(status));
    prop_assert_eq!(status.to_string().parse::<S>(), Ok(status));
    prop_assert_eq!(status.code().to_string().parse::<S>(), Ok(status));
    prop_assert_eq!(status.name().parse::<S>(), Ok(status));
    for alias in status.aliases() {
        prop_assert_eq!(S::from_name(alias), Some(status));
    }
    prop_assert_eq!(Into::<u16>::into(status), status.code());
    prop_assert_eq!(StatusClass::of(status.code()), Some(status.class()));
    Ok(())
}

/// Any code: the lookups agree with `ALL`, and nothing panics.
fn any_code_agrees_with_all<S: Status>(code: u16) -> Result<(), TestCaseError> {
    let expected = S::ALL.iter().copied().find(|status| status.code() == code);
    prop_assert_eq!(S::from_code(code), expected);
    match S::try_from(code) {
        Ok(status) => prop_assert_eq!(Some(status), expected),
        Err(error) => {
            prop_assert_eq!(expected, None);
            prop_assert_eq!(error.code(), code);
        }
    }
    Ok(())
}

/// Any text: nothing panics, and what parses is a status whose forms parse back to it.
fn any_text_parses_consistently<S: Status>(text: &str) -> Result<(), TestCaseError> {
    if let Some(status) = S::from_name(text) {
        prop_assert!(status.name() == text || status.aliases().contains(&text));
    }
    match text.parse::<S>() {
        Ok(status) => {
            let forms = [status.code().to_string(), status.to_string()];
            prop_assert!(
                forms.iter().any(|form| form == text) || S::from_name(text) == Some(status),
                "{:?} parsed as {:?}",
                text,
                status
            );
        }
        Err(error) => {
            let starts_with_digit = text.bytes().next().is_some_and(|b| b.is_ascii_digit());
            match error {
                ParseStatusError::Empty => prop_assert!(text.is_empty()),
                ParseStatusError::NotThreeDigits => prop_assert!(starts_with_digit),
                ParseStatusError::UnknownCode(code) => {
                    let digits = format!("{code:03}");
                    prop_assert!(text.starts_with(&digits));
                    prop_assert_eq!(S::from_code(code), None);
                }
                ParseStatusError::PhraseMismatch(code) => {
                    let code_and_space = format!("{code} ");
                    prop_assert!(text.starts_with(&code_and_space));
                    prop_assert!(S::from_code(code).is_some());
                }
                ParseStatusError::UnknownName => {
                    prop_assert!(!starts_with_digit && !text.is_empty());
                    prop_assert_eq!(S::from_name(text), None);
                }
                _ => prop_assert!(false, "{:?}: an error this test does not know", error),
            }
        }
    }
    Ok(())
}

/// Every three-digit text, `000` to `999`, parses as `from_code` finds its value.
fn every_three_digit_text_agrees_with_from_code<S: Status>() {
    for code in 0..1000 {
        let text = format!("{code:03}");
        let expected = S::from_code(code).ok_or(ParseStatusError::UnknownCode(code));
        assert_eq!(text.parse::<S>(), expected, "{text:?}");
    }
}

macro_rules! properties {
    ($module:ident, $set:ty) => {
        mod $module {
            use super::*;

            #[test]
            fn every_three_digit_text_agrees_with_from_code() {
                super::every_three_digit_text_agrees_with_from_code::<$set>();
            }

            proptest! {
                #[test]
                fn known_statuses_round_trip(index in any::<usize>()) {
                    known_status_round_trips::<$set>(index)?;
                }

                #[test]
                fn any_u16_agrees_with_all(code in any::<u16>()) {
                    any_code_agrees_with_all::<$set>(code)?;
                }

                #[test]
                fn codes_near_the_range_agree_with_all(code in 0u16..1100) {
                    any_code_agrees_with_all::<$set>(code)?;
                }

                #[test]
                fn any_string_never_panics(text in any::<String>()) {
                    any_text_parses_consistently::<$set>(&text)?;
                }

                #[test]
                fn name_like_strings_parse_consistently(text in "[A-Z_ 0-9a-z\\n-]{0,40}") {
                    any_text_parses_consistently::<$set>(&text)?;
                }

                #[test]
                fn mangled_forms_parse_consistently(
                    index in any::<usize>(),
                    prefix in "[ +0\\n]{0,2}",
                    suffix in "[ \\n0a]{0,2}",
                ) {
                    let status = <$set as Status>::ALL[index % <$set as Status>::ALL.len()];
                    for form in [status.code().to_string(), status.name().to_owned(), status.to_string()] {
                        any_text_parses_consistently::<$set>(&format!("{prefix}{form}{suffix}"))?;
                    }
                }
            }
        }
    };
}

properties!(standard, HttpStatus);
properties!(standalone, Standalone);
properties!(extended, Extended);

#[test]
fn extended_set_converts_to_and_from_the_standard_set() {
    for status in HttpStatus::ALL {
        let extended = Extended::from(status);
        assert_eq!(extended.code(), status.code());
        assert_eq!(extended.name(), status.name());
        assert_eq!(HttpStatus::try_from(extended), Ok(status));
    }
    for status in Extended::ALL {
        let standard = HttpStatus::try_from(status);
        assert_eq!(
            standard.is_ok(),
            HttpStatus::from_code(status.code()).is_some()
        );
        if let Err(error) = standard {
            assert_eq!(error.code(), status.code());
        }
    }
    assert_eq!(Extended::ALL.len(), HttpStatus::ALL.len() + 2);
    assert!(Extended::ALL.windows(2).all(|pair| pair[0] < pair[1]));
}

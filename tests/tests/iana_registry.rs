//! Phrases and spec references against the IANA HTTP Status Code Registry
//! (`tests/data/iana-http-status-codes.tsv`, a copy of the project's reference).

use status::HttpStatus;

struct Registration {
    code: u16,
    phrase: String,
    /// `[RFC9110, Section 15.5.5]` written as `RFC 9110, Section 15.5.5`; only the first RFC.
    spec: String,
}

fn registry() -> Vec<Registration> {
    include_str!("../data/iana-http-status-codes.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("value"))
        .filter_map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            let code = columns[0].parse().ok()?;
            let reference = columns[2].trim_start_matches('[');
            let reference = &reference[..reference.find(']')?];
            let spec = match reference.strip_prefix("RFC") {
                Some(rest) => format!("RFC {rest}"),
                None => reference.to_owned(),
            };
            Some(Registration {
                code,
                phrase: columns[4].to_owned(),
                spec,
            })
        })
        .collect()
}

#[test]
fn phrases_and_specs_follow_the_registry() {
    let registry = registry();
    for status in HttpStatus::ALL {
        let registration = registry
            .iter()
            .find(|registration| registration.code == status.code())
            .unwrap_or_else(|| panic!("{status} is not in the registry"));
        assert_eq!(status.spec(), Some(registration.spec.as_str()), "{status}");
        if status == HttpStatus::ImATeapot {
            // The registry reserves 418 as "(Unused)"; the set keeps its well-known phrase.
            assert_eq!(registration.phrase, "");
        } else {
            assert_eq!(status.phrase(), registration.phrase, "{status}");
        }
    }
}

#[test]
fn every_permanent_registration_but_104_is_in_the_set() {
    // 104 is a temporary registration, not in Python 3.13's `HTTPStatus`.
    for line in include_str!("../data/iana-http-status-codes.tsv").lines() {
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.get(3) == Some(&"permanent") || columns.get(3) == Some(&"obsoleted") {
            let code: u16 = columns[0].parse().unwrap();
            assert!(
                HttpStatus::from_code(code).is_some(),
                "{code} is registered"
            );
        }
    }
}

//! What the tests of sets built on sets check on every status: its data, each lookup, and the
//! conversions and comparisons with the set it came from.

#![allow(dead_code)] // Each test file uses its part.

use status::Status;

/// Every datum of a status, as the `Status` trait gives it.
pub type Data = (
    u16,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
    &'static str,
    Option<&'static str>,
    (status::StatusClass, bool),
    bool,
    String,
);

pub fn data<S: Status>(status: S) -> Data {
    (
        status.code(),
        status.name(),
        status.aliases(),
        status.phrase(),
        status.phrase_aliases(),
        status.description(),
        status.spec(),
        (status.class(), status.allows_content()),
        status.is_cacheable_by_default(),
        status.to_string(),
    )
}

/// Every lookup of the set finds the status, by everything it carries.
pub fn every_lookup_finds<S: Status>(status: S) {
    assert_eq!(S::from_code(status.code()), Some(status));
    assert_eq!(S::try_from(status.code()), Ok(status));
    assert_eq!(status.into(), status.code());
    assert!(status == status.code());
    for name in std::iter::once(status.name()).chain(status.aliases().iter().copied()) {
        assert_eq!(S::from_name(name), Some(status), "{name}");
        assert_eq!(name.parse::<S>(), Ok(status), "{name}");
    }
    for phrase in std::iter::once(status.phrase()).chain(status.phrase_aliases().iter().copied()) {
        assert_eq!(S::from_phrase(phrase), Some(status), "{phrase}");
        assert_eq!(
            S::from_phrase(&phrase.to_uppercase()),
            Some(status),
            "{phrase}"
        );
        let line = format!("{} {phrase}", status.code());
        assert_eq!(line.parse::<S>(), Ok(status), "{line}");
    }
    assert_eq!(status.code_str().parse::<S>(), Ok(status));
    assert_eq!(status.to_string().parse::<S>(), Ok(status));
    assert!(S::ALL.contains(&status));
}

/// `derived` holds every status of `base`, with its data, and converts and compares both ways.
pub fn extends_every_status<B, D>(what: &str)
where
    B: Status + PartialEq<D> + TryFrom<D, Error = status::UnknownStatusCode>,
    D: Status + PartialEq<B> + From<B>,
{
    for &base in B::ALL {
        let derived = D::from(base);
        assert_eq!(data(derived), data(base), "{what}: {base}");
        // Both impls, one each way.
        assert!(derived == base, "{what}: {base}");
        assert!(base == derived, "{what}: {base}");
        assert_eq!(B::try_from(derived), Ok(base), "{what}: {base}");
        every_lookup_finds(derived);
    }
    for &derived in D::ALL {
        if let Ok(base) = B::try_from(derived) {
            assert!(base == derived, "{what}: {derived}");
        } else {
            // The code the base lacks, named in the error; no status of the base equals it.
            assert_eq!(B::try_from(derived).unwrap_err().code(), derived.code());
            assert_eq!(B::from_code(derived.code()), None, "{what}: {derived}");
            assert!(B::ALL.iter().all(|&base| base != derived));
            every_lookup_finds(derived);
        }
    }
}

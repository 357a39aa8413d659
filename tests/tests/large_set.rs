//! A 500-code set, the benchmark's fixture: every lookup works at that size.

use status::Status;

include!("../../status/benches/large_set.rs");

#[test]
fn every_code_and_name_of_a_500_code_set_is_found() {
    assert_eq!(LargeSet::ALL.len(), 500);
    let mut names = 0;
    for status in LargeSet::ALL {
        assert_eq!(LargeSet::from_code(status.code()), Some(status));
        assert_eq!(LargeSet::from_name(status.name()), Some(status));
        for alias in status.aliases() {
            assert_eq!(LargeSet::from_name(alias), Some(status));
            names += 1;
        }
        assert_eq!(status.to_string().parse(), Ok(status));
        names += 1;
    }
    assert_eq!(names, 550);
    for code in 0..=u16::MAX {
        assert_eq!(
            LargeSet::from_code(code).is_some(),
            (100..=599).contains(&code)
        );
    }
    assert_eq!(LargeSet::from_name(""), None);
    assert_eq!(LargeSet::from_name("NOT_A_NAME_OF_THE_SET"), None);
    assert_eq!(<LargeSet as Status>::ALL.len(), 500);
}

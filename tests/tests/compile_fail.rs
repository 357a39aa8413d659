//! Every compile error of `status_codes!`, each with its reviewed `.stderr`.

#[test]
fn compile_fail() {
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}

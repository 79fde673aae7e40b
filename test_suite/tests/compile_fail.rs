//! Each validation rule of the generator, as a file that must fail to compile with the message
//! checked in beside it (`tests/ui/fail/*.stderr`); and files that must compile and run.
//!
//! The cases stay in the repository (this crate is not published): their `.stderr` files are
//! rustc's exact output, which other compilers than the one CI runs word differently.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}

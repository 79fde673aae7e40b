//! Each validation rule of the generator, as a file that must fail to compile with the message
//! checked in beside it (`tests/ui/fail/*.stderr`); and files that must compile and run.
//!
//! The cases stay in the repository: their `.stderr` files are rustc's exact output, which other
//! compilers than the one CI runs word differently. In a packaged copy of the crate (where
//! `cargo package` has kept the manifest as written in `Cargo.toml.orig`) `tests/ui` is absent
//! and the test returns at once.

use std::path::Path;

#[test]
fn ui() {
    if Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("Cargo.toml.orig")
        .exists()
    {
        eprintln!("skipped: a packaged im-errors does not ship tests/ui");
        return;
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}

//! The generator is fed arbitrary text: it answers with tokens or diagnostics, never a panic,
//! and every diagnostic points inside the file.
//!
//! The same for mutations of the real catalogue, the repository's `codes.toml`, is in the test
//! suite (`test_suite/tests/codegen_catalogue.rs`): this package does not ship the catalogue.

use proptest::prelude::*;

mod answer;
use answer::check_answer;

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = format!("a = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    check_answer(&deep);
    let deep_tables = format!("a = {}1{}", "{b = ".repeat(50_000), "}".repeat(50_000));
    check_answer(&deep_tables);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_text_never_panics(source in "\\PC{0,400}") {
        check_answer(&source);
    }

    #[test]
    fn arbitrary_toml_like_text_never_panics(source in "(\\[{1,2}[A-Za-z.]{0,12}\\]{0,2}\n|[a-z_]{1,10} = (\"[^\"\n]{0,20}\"|-?[0-9]{1,12}|true|\\[\\]|\\{\\})\n){0,30}") {
        check_answer(&source);
    }

}

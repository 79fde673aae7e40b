//! The generator on the repository's own catalogue, `codes.toml`, which im-errors-codegen's
//! package does not ship (its tests run on fixtures of their own): the catalogue generates; cut
//! anywhere or with lines spliced, it is answered with tokens or diagnostics, never a panic,
//! every diagnostic pointing inside the file; and with markup in every text field it documents
//! as text (`im-errors-codegen/tests/hostile_docs.rs` does the same over its fixture).

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::Index;

#[path = "../../im-errors-codegen/tests/answer/mod.rs"]
mod answer;
#[path = "../../im-errors-codegen/tests/rustdoc/mod.rs"]
mod rustdoc;

use answer::check_answer;

static CATALOGUE: LazyLock<String> = LazyLock::new(|| {
    // This crate's folder, test_suite/, is in the repository's root, beside codes.toml.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join("codes.toml")).expect("codes.toml is readable")
});

#[test]
fn the_real_catalogue_generates() {
    assert!(
        im_errors_codegen::generate(&CATALOGUE).is_ok(),
        "{:?}",
        im_errors_codegen::check(&CATALOGUE)
    );
}

/// Every text field of the whole catalogue, with markup appended, documents as text.
#[test]
fn every_text_field_of_the_catalogue_documents_as_plain_text() {
    rustdoc::documents_as_plain_text(&CATALOGUE);
}

// Each case expands the whole catalogue (about 480 entries): fewer cases keep the suite's time
// in bounds.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cutting_the_catalogue_anywhere_never_panics(cut in any::<Index>()) {
        let catalogue = CATALOGUE.as_str();
        let mut end = cut.index(catalogue.len());
        while !catalogue.is_char_boundary(end) {
            end -= 1;
        }
        check_answer(&catalogue[..end]);
    }

    #[test]
    fn splicing_lines_never_panics(remove in 0usize..8_000, duplicate in 0usize..8_000) {
        let mut lines: Vec<&str> = CATALOGUE.lines().collect();
        if !lines.is_empty() {
            let duplicate = duplicate % lines.len();
            let copy = lines[duplicate];
            lines.insert(duplicate, copy);
            lines.remove(remove % lines.len());
        }
        check_answer(&lines.join("\n"));
    }
}

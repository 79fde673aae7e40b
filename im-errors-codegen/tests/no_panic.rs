//! The generator is fed arbitrary text and arbitrary mutations of a valid catalogue: it answers
//! with tokens or diagnostics, never a panic, and every diagnostic points inside the file.
//!
//! The real catalogue is the repository's `codes.toml`, beside this crate. A packaged copy of the
//! crate (where `cargo package` has kept the manifest as written in `Cargo.toml.orig`) has no
//! repository around it: there the tests of the real catalogue return at once, and the ones of
//! arbitrary text run.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::Index;

static CATALOGUE: LazyLock<Option<String>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if root.join("Cargo.toml.orig").exists() {
        eprintln!("skipped: a packaged im-errors-codegen has no repository around it");
        return None;
    }
    let source = std::fs::read_to_string(root.join("../codes.toml"));
    Some(source.expect("codes.toml is readable"))
});

fn check_answer(source: &str) {
    match im_errors_codegen::generate(source) {
        Ok(_) => {}
        Err(problems) => {
            assert!(!problems.is_empty());
            for problem in &problems {
                assert!(problem.span.start <= source.len(), "{problem:?}");
            }
            for rendered in im_errors_codegen::render_all(&problems, "codes.toml", source) {
                assert!(rendered.starts_with("codes.toml:"), "{rendered}");
            }
        }
    }
}

#[test]
fn the_real_catalogue_generates() {
    let Some(catalogue) = CATALOGUE.as_deref() else {
        return;
    };
    assert!(
        im_errors_codegen::generate(catalogue).is_ok(),
        "{:?}",
        im_errors_codegen::check(catalogue)
    );
}

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

// Each case expands the whole catalogue (about 480 entries): fewer cases keep the suite's time
// in bounds.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cutting_the_catalogue_anywhere_never_panics(cut in any::<Index>()) {
        let Some(catalogue) = CATALOGUE.as_deref() else {
            return Ok(());
        };
        let mut end = cut.index(catalogue.len());
        while !catalogue.is_char_boundary(end) {
            end -= 1;
        }
        check_answer(&catalogue[..end]);
    }

    #[test]
    fn splicing_lines_never_panics(remove in 0usize..8_000, duplicate in 0usize..8_000) {
        let Some(catalogue) = CATALOGUE.as_deref() else {
            return Ok(());
        };
        let mut lines: Vec<&str> = catalogue.lines().collect();
        if !lines.is_empty() {
            let duplicate = duplicate % lines.len();
            let copy = lines[duplicate];
            lines.insert(duplicate, copy);
            lines.remove(remove % lines.len());
        }
        check_answer(&lines.join("\n"));
    }
}

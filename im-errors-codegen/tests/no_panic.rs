//! The generator is fed arbitrary text and arbitrary mutations of a valid catalogue: it answers
//! with tokens or diagnostics, never a panic, and every diagnostic points inside the file.

use proptest::prelude::*;

const CATALOGUE: &str = include_str!("../../codes.toml");

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
    assert!(
        im_errors_codegen::generate(CATALOGUE).is_ok(),
        "{:?}",
        im_errors_codegen::check(CATALOGUE)
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
    fn cutting_the_catalogue_anywhere_never_panics(cut in 0usize..CATALOGUE.len()) {
        let mut end = cut;
        while !CATALOGUE.is_char_boundary(end) {
            end -= 1;
        }
        check_answer(&CATALOGUE[..end]);
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

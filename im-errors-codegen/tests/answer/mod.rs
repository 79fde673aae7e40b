//! What the generator must answer any text with, for this package's no-panic tests and the test
//! suite's over the real catalogue (`test_suite/tests/codegen_catalogue.rs` includes this file).

/// Tokens, or at least one diagnostic, each pointing inside `source` and rendered at its place;
/// never a panic.
pub fn check_answer(source: &str) {
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

//! Text from a codes file reaches rustdoc as text. Every text field of every kind in the fixture
//! carries markup an attacker would try (HTML, a script, a `javascript:` link, both fence kinds,
//! a heading, an indented block, a table cell's pipe, a closing parenthesis); the expansion's
//! doc strings are then read as rustdoc reads them (CommonMark, as pulldown-cmark parses it):
//! no HTML, no link but to an `https://` page or an item, and no code block but the generator's
//! own, so `cargo test --doc` can only run the generator's examples.
//!
//! The same run over the repository's whole catalogue is in the test suite
//! (`test_suite/tests/codegen_catalogue.rs`): this package does not ship the catalogue.

mod rustdoc;

use rustdoc::{doc_strings, documents_as_plain_text, read_as_rustdoc};

#[test]
fn every_text_field_of_the_fixture_documents_as_plain_text() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixture/every_kind.toml");
    documents_as_plain_text(&std::fs::read_to_string(fixture).expect("the fixture is readable"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever text a field holds, the file is refused with a location, or it documents as
    /// text: random markup, controls, bidi characters and line ends in every text field.
    #[test]
    fn any_text_is_refused_or_documents_as_text(
        text in "([<>`~#|()\\[\\]*_&!:/ a-z\n\r\t\u{0}\u{1b}\u{202e}\u{200b}é中]|```|~~~|<script>|javascript:){0,24}",
    ) {
        let fixture = include_str!("fixture/every_kind.toml");
        let escaped = text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
            .replace('\r', "\\r").replace('\t', "\\t").replace('\u{0}', "\\u0000").replace('\u{1b}', "\\u001b");
        let mut source = String::new();
        for line in fixture.lines() {
            let key = line.split(" = ").next().unwrap_or_default();
            let text_field = matches!(key, "zh" | "en" | "fallback_zh" | "fallback_en")
                || key.starts_with("detail_") || key.starts_with("cause_") || key.starts_with("remedy_");
            match line.strip_suffix('"') {
                Some(start) if text_field => source.push_str(&format!("{start} {escaped}\"\n")),
                _ => {
                    source.push_str(line);
                    source.push('\n');
                }
            }
        }
        match im_errors_codegen::generate(&source) {
            Ok(tokens) => {
                let mut docs = Vec::new();
                doc_strings(tokens, &mut docs);
                read_as_rustdoc(&source, &docs);
            }
            // Refused: every problem names its place.
            Err(problems) => proptest::prop_assert!(problems.iter().all(|problem| problem.span.end <= source.len())),
        }
    }
}

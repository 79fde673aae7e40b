//! The expansion's doc strings read as rustdoc reads them (CommonMark, as pulldown-cmark parses
//! it), for `hostile_docs.rs` and for the test suite's run over the repository's catalogue: a
//! module of test code, not a test of its own.

use proc_macro2::{TokenStream, TokenTree};
use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag};

const PAYLOAD: &str = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ``` ~~~ # heading | cell) *em* _u_ &amp; <!-- c -->";
/// What a long text (cause, remedy, detail, history) may also hold: lines.
const LINES: &str =
    "\n```\nfn main() { panic!() }\n```\n~~~\nassert!(false);\n~~~\n    indented();\n";

/// `source` with the payload appended to every text field, and link-breaking sources.
fn hostile(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        let key = line.split(" = ").next().unwrap_or_default();
        let long =
            key.starts_with("detail_") || key.starts_with("cause_") || key.starts_with("remedy_");
        let short = matches!(key, "zh" | "en" | "fallback_zh" | "fallback_en");
        match line.strip_suffix('"') {
            Some(start) if short || long => {
                let payload = if long { format!("{PAYLOAD}{LINES}") } else { PAYLOAD.to_owned() };
                // TOML basic strings: escape what the payload holds.
                let payload = payload.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
                out.push_str(&format!("{start} {payload}\"\n"));
            }
            _ if key == "platforms" && line.ends_with(']') => out.push_str(&format!("platforms = [\"Web\", {PAYLOAD:?}]\n")),
            _ if key == "sources" && line.ends_with(']') => out.push_str("sources = [\"https://example.com/a)](javascript:alert(1))<x>\", \"javascript:alert(1)\"]\n"),
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Every `#[doc = "..."]` string in the expansion.
pub fn doc_strings(tokens: TokenStream, out: &mut Vec<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        if let TokenTree::Group(group) = tree {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            let is_doc = matches!(trees.get(index.wrapping_sub(1)), Some(TokenTree::Punct(p)) if p.as_char() == '#')
                && matches!(inner.first(), Some(TokenTree::Ident(ident)) if ident == "doc")
                && matches!(inner.get(1), Some(TokenTree::Punct(p)) if p.as_char() == '=');
            if is_doc && let Some(TokenTree::Literal(literal)) = inner.get(2) {
                let value = syn::parse_str::<syn::LitStr>(&literal.to_string()).expect("a string");
                out.push(value.value());
            } else {
                doc_strings(group.stream(), out);
            }
        }
    }
}

/// Fails unless `source`, with markup in every text field, expands to doc strings that rustdoc
/// reads as text.
pub fn documents_as_plain_text(source: &str) {
    let source = hostile(source);
    let tokens = im_errors_codegen::generate(&source).unwrap_or_else(|problems| {
        panic!(
            "the hostile catalogue is valid: {:?}",
            &problems[..3.min(problems.len())]
        )
    });
    let mut docs = Vec::new();
    doc_strings(tokens, &mut docs);
    let joined = docs.join("\n");
    assert!(joined.contains("alert"), "the payload reached the docs");
    read_as_rustdoc(&source, &docs);
}

/// The doc strings of `source`'s expansion, read as rustdoc reads them: no HTML, no link but to
/// an `https://` page or an item, no code block but the examples (and multi-line templates).
pub fn read_as_rustdoc(source: &str, docs: &[String]) {
    let mut blocks = Vec::new();
    for doc in docs {
        for event in Parser::new_ext(doc, Options::ENABLE_TABLES) {
            match event {
                Event::Html(html) | Event::InlineHtml(html) => {
                    panic!("live HTML {html:?} in {doc}")
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    ..
                }) => {
                    let page = dest_url.starts_with("https://")
                        && !dest_url.contains(['(', ')', '<', '>']);
                    // An intra-doc link: a Rust path, `Table::Variant` or `Self::Variant`.
                    let item = link_type == LinkType::Inline
                        && dest_url.split("::").all(|segment| {
                            !segment.is_empty()
                                && segment
                                    .chars()
                                    .all(|c| c == '_' || c.is_ascii_alphanumeric())
                        });
                    assert!(page || item, "link to {dest_url:?} in {doc}");
                }
                Event::Start(Tag::CodeBlock(kind)) => blocks.push(match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => "(indented)".to_owned(),
                }),
                _ => {}
            }
        }
    }
    // The tables' examples (marked `ignore` without a doc path), descriptions of several lines
    // as `text`, and nothing else: no block rustdoc would run.
    let tables = source.matches("[tables.").count();
    let examples = blocks.iter().filter(|info| *info == "ignore").count();
    assert_eq!(examples, tables, "examples: {blocks:?}");
    assert!(
        blocks.iter().all(|info| info == "ignore" || info == "text"),
        "{blocks:?}"
    );
}

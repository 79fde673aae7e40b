//! The generator behind [im-errors](https://docs.rs/im-errors): it reads a codes TOML file and
//! turns each table it declares into a Rust enum.
//!
//! Three front doors share this one generator: the `im-errors` build script (which reports
//! problems as `cargo::error` lines), the `codes!` macro of `im-errors-macros` (which reports them
//! as `compile_error!`s) and the `im-errors check` command. The work runs in three steps, each in
//! its own module:
//!
//! 1. `parse`: TOML text to a [`model::Catalog`], every value with its byte span, every
//!    malformed field reported;
//! 2. `validate`: rules across entries and tables (duplicates, names, references);
//! 3. `expand`: the valid catalog to tokens.
//!
//! Every step collects all its problems instead of stopping at the first, so one run shows them
//! all. The front doors reach the steps through a few functions: [`macro_output`] for the
//! macro, [`load_file`] / [`check_file`] for the build script and the command, [`generate`] for
//! tests and tools; [`model`] is the read-only view of a loaded catalogue that the command's
//! `audit` walks. The schema is described in `docs/SCHEMA.md` of the repository; [`keys`]
//! lists its keys per kind, which `parse` reads, and from which the `im-errors` command writes
//! the JSON Schema for TOML editors (`docs/codes.schema.json`).

mod diagnostic;
mod expand;
pub mod keys;
pub mod model;
mod names;
mod parse;
mod salvage;
mod template;
mod validate;

use proc_macro2::{Span, TokenStream};

pub use diagnostic::{Diagnostic, Lines, Location, render_all};
pub use model::Catalog;
pub use names::is_invisible;

/// Parses and validates `source`, returning the catalog or every problem found.
pub fn load(source: &str) -> Result<Catalog, Vec<Diagnostic>> {
    let (catalog, problems) = analyse(source);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// The catalog `source` describes, as far as it could be read, and every problem in it, in file
/// order.
fn analyse(source: &str) -> (Catalog, Vec<Diagnostic>) {
    let (catalog, mut problems) = parse::parse(source);
    problems.extend(validate::validate(&catalog, source));
    problems.sort_by_key(|problem| problem.span.start);
    (catalog, problems)
}

/// Every problem in `source`, in file order; empty when the file is valid.
pub fn check(source: &str) -> Vec<Diagnostic> {
    load(source).err().unwrap_or_default()
}

/// The catalogue in a codes file given as bytes, or every problem in it rendered as
/// `PATH:LINE:COL: message`: text that is not UTF-8 is located at its first bad byte.
pub fn load_file(path: &str, bytes: &[u8]) -> Result<Catalog, Vec<String>> {
    match parse::decode(bytes) {
        Ok(source) => load(source).map_err(|problems| render_all(&problems, path, source)),
        Err(problem) => {
            let text = String::from_utf8_lossy(&bytes[..problem.span.start]);
            Err(render_all(&[problem], path, &text))
        }
    }
}

/// Every problem in a codes file given as bytes, as [`load_file`] renders them; empty when the
/// file is valid.
pub fn check_file(path: &str, bytes: &[u8]) -> Vec<String> {
    load_file(path, bytes).err().unwrap_or_default()
}

/// The Rust items for `source`, or every problem found in it.
pub fn generate(source: &str) -> Result<TokenStream, Vec<Diagnostic>> {
    generate_with(source, Options::default())
}

/// [`generate`], as the invocation asks besides the file.
pub fn generate_with(source: &str, options: Options<'_>) -> Result<TokenStream, Vec<Diagnostic>> {
    load(source).map(|catalog| expand(&catalog, options, "codes.toml", source))
}

/// The Rust items for a valid catalog read from `source`, the file `path` names (the build's
/// checks of keys in imported tables name its lines).
pub fn expand(catalog: &Catalog, options: Options<'_>, path: &str, source: &str) -> TokenStream {
    let lines = Lines::new(source);
    let locate = |span: &std::ops::Range<usize>| format!("{path}:{}", lines.locate(span.start));
    expand::expand(catalog, options, &locate)
}

/// What `codes!(PATH)` expands to, given the file's bytes as `path` names it: the items, or
/// every problem as a `compile_error!` at `span` (the path's literal) followed by what still
/// expands soundly: the catalog without its broken entries where that is all that is wrong
/// (`salvage`), else stub enums named after the tables the file declares. Either way a mistake
/// in the file is one error in the user's crate, not a cascade of unknown types and variants.
/// The file is parsed once.
pub fn macro_output(path: &str, bytes: &[u8], options: Options<'_>, span: Span) -> TokenStream {
    let (messages, items) = match parse::decode(bytes) {
        Ok(source) => {
            let (catalog, problems) = analyse(source);
            if problems.is_empty() {
                return expand(&catalog, options, path, source);
            }
            let messages = render_all(&problems, path, source);
            let stubs = expand::stubs(catalog.declared_names());
            let items = salvage::salvage(catalog, &problems, source)
                .map_or(stubs, |catalog| expand(&catalog, options, path, source));
            (messages, items)
        }
        // The problem is located at the first bad byte; the names of the tables are read from
        // the text with the bad bytes replaced.
        Err(_) => {
            let catalog = parse::parse(&String::from_utf8_lossy(bytes)).0;
            let stubs = expand::stubs(catalog.declared_names());
            (check_file(path, bytes), stubs)
        }
    };
    let errors = messages
        .iter()
        .map(|message| quote::quote_spanned!(span=> ::core::compile_error! { #message }));
    quote::quote! {
        #(#errors)*
        #items
    }
}

/// What a `codes!` invocation says besides the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options<'a> {
    /// The path another crate reaches the enums by (`im_errors`, `my_crate::errors`). With it,
    /// each table's example is a doc test that imports the enum from there; without it, the
    /// example is marked `ignore`, since where the macro expands is not known to it.
    pub doc_path: Option<&'a str>,
}

/// Rust's keywords, strict and reserved, but the four a path may start with (`crate`, `self`,
/// `super`, `Self`), which [`doc_path_problem`] answers for on their own.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Why `path` cannot be a [`Options::doc_path`], if it cannot: it must be a path from another
/// crate, identifiers joined by `::`.
pub fn doc_path_problem(path: &str) -> Option<String> {
    if let Some(bad) = non_identifier(path) {
        return Some(format!(
            "doc_path `{path}`: `{bad}` is not an identifier; write the path as another crate \
             would, such as `my_crate::errors`"
        ));
    }
    let first = path.split("::").next().unwrap_or_default();
    RELATIVE_STARTS.contains(&first).then(|| {
        format!(
            "doc_path `{path}`: a doc test is another crate, where `{first}` is not this one; \
             start the path with the crate's name"
        )
    })
}

/// Why `path` cannot be the `from` of an imported table, if it cannot: a crate's name, or
/// `crate`, `self` or `super`, then identifiers, joined by `::`.
pub(crate) fn import_path_problem(path: &str) -> Option<String> {
    let allowed = |segment: &str| ["crate", "self", "super"].contains(&segment);
    let segments: Vec<&str> = path.split("::").collect();
    let first_is_relative = segments.first().is_some_and(|first| allowed(first));
    let rest = if first_is_relative {
        &segments[1..]
    } else {
        &segments[..]
    };
    let not_a_name =
        |segment: &&&str| !is_plain_identifier(segment) || RELATIVE_STARTS.contains(*segment);
    let bad = match rest.iter().find(not_a_name) {
        Some(bad) => *bad,
        None if rest.is_empty() => path,
        None => return None,
    };
    Some(format!(
        "from `{path}`: `{bad}` is not a module's name; write the path of the module whose \
         `codes!` declares the table, such as `im_errors` or `crate::errors`"
    ))
}

/// The words a path may start with that name a module relative to the one it is written in.
const RELATIVE_STARTS: [&str; 4] = ["crate", "self", "super", "Self"];

/// The first segment of `path` (split at `::`) that is not an identifier a path may hold.
fn non_identifier(path: &str) -> Option<&str> {
    path.split("::")
        .find(|segment| !is_plain_identifier(segment))
}

fn is_plain_identifier(segment: &str) -> bool {
    let mut chars = segment.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || first.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && segment != "_"
        && !KEYWORDS.contains(&segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_paths_are_paths_from_another_crate() {
        for path in ["im_errors", "my_crate::errors", "_private::a1"] {
            assert_eq!(doc_path_problem(path), None, "{path}");
        }
        for path in [
            "",
            "my-crate",
            "a::",
            "::a",
            "a:b",
            "type::x",
            "my_crate::fn",
            "1a",
            "_",
            "a b",
            "é",
            "crate::x",
            "self",
            "super::x",
        ] {
            assert!(doc_path_problem(path).is_some(), "{path}");
        }
    }

    #[test]
    fn import_paths_are_module_paths() {
        for path in [
            "im_errors",
            "crate::errors",
            "super::codes",
            "self::a",
            "a::b_1",
        ] {
            assert_eq!(import_path_problem(path), None, "{path}");
        }
        for path in [
            "", "crate", "super", "a::", "::a", "a::crate", "a::Self", "type", "a b",
        ] {
            assert!(import_path_problem(path).is_some(), "{path}");
        }
    }

    #[test]
    fn examples_are_doc_tests_only_with_a_doc_path() {
        let source = include_str!("../tests/fixture/minimal.toml");
        let tested = generate_with(
            source,
            Options {
                doc_path: Some("my_crate::codes"),
            },
        );
        let ignored = generate(source);
        let text = |tokens: Result<proc_macro2::TokenStream, _>| {
            tokens.map(|tokens| tokens.to_string()).unwrap_or_default()
        };
        let (tested, ignored) = (text(tested), text(ignored));
        assert!(tested.contains("```\\n# use my_crate::codes::Advice;"));
        assert!(!tested.contains("```ignore"));
        assert!(ignored.contains("```ignore"));
    }
}

//! The generator behind [im-errors](https://docs.rs/im-errors): it reads a codes TOML file and
//! turns each table it declares into a Rust enum.
//!
//! Three front doors share this one generator: the `im-errors` build script (which reports
//! problems as `cargo::error` lines), the `codes!` macro of `im-errors-macros` (which reports them
//! as `compile_error!`s) and the `im-errors check` command. The work runs in three steps, each in
//! its own module:
//!
//! 1. [`parse`]: TOML text to a [`model::Catalog`], every value with its byte span, every
//!    malformed field reported;
//! 2. [`validate`]: rules across entries and tables (duplicates, names, references);
//! 3. [`expand`]: the valid catalog to tokens.
//!
//! Every step collects all its problems instead of stopping at the first, so one run shows them
//! all. The schema is described in `docs/SCHEMA.md` of the repository; [`schema`] writes it as a
//! JSON Schema for TOML editors (`docs/codes.schema.json`).

pub mod diagnostic;
pub mod expand;
pub mod model;
pub mod names;
pub mod parse;
pub mod schema;
pub mod template;
pub mod validate;

pub use diagnostic::{Diagnostic, Lines, Location, render_all};
pub use model::Catalog;

/// Parses and validates `source`, returning the catalog or every problem found.
pub fn load(source: &str) -> Result<Catalog, Vec<Diagnostic>> {
    let (catalog, mut problems) = parse::parse(source);
    problems.extend(validate::validate(&catalog, source));
    if problems.is_empty() {
        Ok(catalog)
    } else {
        problems.sort_by_key(|problem| problem.span.start);
        Err(problems)
    }
}

/// Every problem in `source`, in file order; empty when the file is valid.
pub fn check(source: &str) -> Vec<Diagnostic> {
    load(source).err().unwrap_or_default()
}

/// Every problem in a codes file given as bytes, rendered as `PATH:LINE:COL: message`: text
/// that is not UTF-8 is located at its first bad byte.
pub fn check_file(path: &str, bytes: &[u8]) -> Vec<String> {
    match parse::decode(bytes) {
        Ok(source) => render_all(&check(source), path, source),
        Err(problem) => {
            let text = String::from_utf8_lossy(&bytes[..problem.span.start]);
            render_all(&[problem], path, &text)
        }
    }
}

/// The Rust items for `source`, or every problem found in it.
pub fn generate(source: &str) -> Result<proc_macro2::TokenStream, Vec<Diagnostic>> {
    load(source).map(|catalog| expand::expand(&catalog))
}

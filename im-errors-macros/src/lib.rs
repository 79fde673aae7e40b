//! The `codes!` macro: generates typed enums from a codes TOML file. Use it through the
//! `im-errors` crate, which re-exports it and defines the types the generated code names
//! (`im_errors::Code`, `im_errors::Table`, ...): one dependency serves.
//!
//! ```ignore
//! im_errors::codes!("../codes.toml");
//! ```
//!
//! With `doc_path`, the path another crate reaches the enums by, each table's example becomes a
//! doc test that imports the enum from there (`im-errors` itself passes `doc_path = "im_errors"`);
//! without it the examples are marked `ignore`:
//!
//! ```ignore
//! mod errors {
//!     im_errors::codes!("../codes.toml", doc_path = "my_crate::errors");
//! }
//! ```
//!
//! The path is relative to the file that invokes the macro, as with `include_str!`. Every
//! problem in the file becomes its own `compile_error!` reading `PATH:LINE:COL: message`; the
//! tables the file declares are still emitted as empty enums, so that code using them reports
//! the file's problems and not a cascade of unknown types. The schema is described in the
//! repository's `docs/SCHEMA.md`.

use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token, parse_macro_input};

/// Generates one enum per table of a codes TOML file; see the crate documentation.
#[proc_macro]
pub fn codes(input: TokenStream) -> TokenStream {
    let Arguments { file, doc_path } = parse_macro_input!(input as Arguments);
    let doc_path = doc_path.map(|path| path.value());
    let options = im_errors_codegen::Options {
        doc_path: doc_path.as_deref(),
    };
    expand(&file, &resolve(&file.value()), options).into()
}

/// `"FILE"`, then optionally `, doc_path = "PATH"`, and a trailing comma.
struct Arguments {
    file: LitStr,
    doc_path: Option<LitStr>,
}

impl Parse for Arguments {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let file = input.parse()?;
        let mut doc_path = None;
        while input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
            let name: Ident = input.parse()?;
            if name != "doc_path" || doc_path.is_some() {
                let message = format!(
                    "unexpected argument `{name}`: `codes!` takes the file's path and, once, \
                     `doc_path = \"my_crate::module\"`"
                );
                return Err(syn::Error::new(name.span(), message));
            }
            input.parse::<Token![=]>()?;
            let path: LitStr = input.parse()?;
            if let Some(problem) = im_errors_codegen::doc_path_problem(&path.value()) {
                return Err(syn::Error::new(path.span(), problem));
            }
            doc_path = Some(path);
        }
        if !input.is_empty() {
            return Err(input.error("expected `,` after the file's path"));
        }
        Ok(Arguments { file, doc_path })
    }
}

fn expand(
    literal: &LitStr,
    file: &Path,
    options: im_errors_codegen::Options<'_>,
) -> proc_macro2::TokenStream {
    let written = literal.value();
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            let message = format!("{written}: cannot read {}: {error}", file.display());
            return syn::Error::new(literal.span(), message).to_compile_error();
        }
    };
    let rebuild_trigger = rebuild_trigger(file);
    let items = im_errors_codegen::macro_output(&written, &bytes, options, literal.span());
    quote! {
        #rebuild_trigger
        #items
    }
}

fn rebuild_trigger(file: &Path) -> proc_macro2::TokenStream {
    let file = file.to_string_lossy();
    quote!(
        const _: &[u8] = ::core::include_bytes!(#file);
    )
}

/// The path relative to the invoking file's folder, as `include_str!` does; the crate root when
/// the compiler cannot tell the file.
fn resolve(written: &str) -> PathBuf {
    let written = Path::new(written);
    if written.is_absolute() {
        return written.to_path_buf();
    }
    // rustc names the invoking file relative to its own working folder, which cargo sets to the
    // workspace root, not the package's: `member/src/lib.rs` in a workspace member.
    let folder = proc_macro::Span::call_site()
        .local_file()
        .and_then(|file| Some(file.parent()?.to_path_buf()))
        .map(|folder| match std::env::current_dir() {
            Ok(working) if folder.is_relative() => working.join(folder),
            _ => folder,
        })
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from))
        .unwrap_or_default();
    folder.join(written)
}

//! Writes the comparison code the benchmarks need, from a codes TOML file (see
//! `docs/BENCHMARKS.md` and `scripts/bench`):
//!
//! ```text
//! bench_gen handwritten CODES.toml      > test_suite/benches/handwritten.rs   plain `match`es, the runtime baseline
//! bench_gen derive-stack CODES.toml DIR                                       the same enums with strum + num_enum + thiserror
//! bench_gen expanded CODES.toml         > codes_expanded.rs                   the macro's output as a plain source file
//! bench_gen scale CODES.toml N          > codes_xN.toml                       every open-ended table N times over
//! ```
//!
//! The baselines are written as text from the parsed catalog, not by the generator's `expand`,
//! so they are what a person would write: the generator only reads the file.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use im_errors_codegen::model::{Entry, Key, Kind, Table};
use im_errors_codegen::{Catalog, load};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["handwritten", codes] => catalog(codes).map(|catalog| print!("{}", handwritten(&catalog))),
        ["derive-stack", codes, dir] => {
            catalog(codes).and_then(|catalog| derive_stack(&catalog, Path::new(dir)))
        }
        ["expanded", codes] => read(codes).and_then(|source| expanded(&source)),
        ["scale", codes, times] => match times.parse::<usize>() {
            Ok(times) if times >= 1 => {
                read(codes).map(|source| print!("{}", scale(&source, times)))
            }
            _ => Err(format!("not a positive count: {times}")),
        },
        _ => Err(
            "usage: bench_gen handwritten|expanded CODES | derive-stack CODES DIR | scale CODES N"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bench_gen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{path}: {error}"))
}

fn catalog(path: &str) -> Result<Catalog, String> {
    let source = read(path)?;
    load(&source).map_err(|problems| {
        let lines: Vec<String> = problems
            .iter()
            .map(|problem| problem.render(path, &source))
            .collect();
        lines.join("\n")
    })
}

fn table(catalog: &Catalog, kind: Kind) -> Result<&Table, String> {
    catalog
        .table_of(kind)
        .ok_or_else(|| format!("no table of kind {kind}"))
}

fn code(entry: &Entry) -> i64 {
    match entry.key.value {
        Key::Code(code) => code,
        Key::Name(_) => unreachable!("validated: numbered tables have numeric keys"),
    }
}

fn key_text(entry: &Entry) -> String {
    entry.key.value.to_string()
}

/// A Rust string literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

// ---------------------------------------------------------------- hand-written baseline

/// `test_suite/benches/handwritten.rs`: the SDK, HTTP and error-type tables as a person writes
/// them, with the generated code's semantics (total conversions, fallback variants of the same
/// layout, the same `Display` text), so the benchmark compares like with like.
fn handwritten(catalog: &Catalog) -> String {
    let mut out = String::new();
    out.push_str(
        "// Written by `scripts/gen-bench-code` (im-errors-codegen/examples/bench_gen.rs) from codes.toml:\n\
         // plain `match`es with the semantics of the generated enums, the baseline of benches/codes.rs.\n\
         // Regenerate, do not edit.\n\n\
         #![allow(dead_code, reason = \"the benchmark uses part of each table\")]\n\
         #![allow(clippy::enum_variant_names, reason = \"variant names are the SDK's constants\")]\n\n\
         use std::fmt;\nuse std::str::FromStr;\n\n\
         /// The error of a failed lookup by name, as the generated `ParseCodeError`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n\
         pub struct ParseError;\n\n",
    );
    let sdk = table(catalog, Kind::SdkCode).expect("an SDK table");
    let http = table(catalog, Kind::HttpStatus).expect("an HTTP table");
    let types = table(catalog, Kind::ErrorType).expect("an error-type table");
    sdk_handwritten(&mut out, sdk);
    http_handwritten(&mut out, http);
    types_handwritten(&mut out, types);
    inline_like_generated(&out)
}

/// The text with `#[inline]` on the functions the generated code marks so, and only those, so
/// that the comparison is of the code and not of the inlining hints.
fn inline_like_generated(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1024);
    for line in text.split_inclusive('\n') {
        let code = line.trim_start();
        let hinted = ["pub const fn ", "pub fn ", "fn from(", "fn from_str("]
            .iter()
            .any(|start| code.starts_with(start));
        if hinted {
            out.push_str(&line[..line.len() - code.len()]);
            out.push_str("#[inline]\n");
        }
        out.push_str(line);
    }
    out
}

/// `pub enum NAME` with one unit variant per entry and the fallback variant last.
fn plain_enum(out: &mut String, derives: &str, name: &str, table: &Table, fallback: &str) {
    let _ = writeln!(out, "#[derive({derives})]\npub enum {name} {{");
    for entry in &table.entries {
        let _ = writeln!(out, "    {},", entry.variant.value);
    }
    let _ = writeln!(out, "    {fallback},\n}}\n");
}

/// One method of a hand-written table: a `match` with an arm per entry, then `last`.
fn match_method(
    out: &mut String,
    signature: &str,
    scrutinee: &str,
    table: &Table,
    arm: impl Fn(&Entry) -> String,
    last: &str,
) {
    let _ = writeln!(out, "    {signature} {{\n        match {scrutinee} {{");
    for entry in &table.entries {
        let _ = writeln!(out, "            {},", arm(entry));
    }
    let _ = writeln!(out, "            {last},\n        }}\n    }}\n");
}

fn variant(entry: &Entry) -> &str {
    &entry.variant.value
}

fn constant(entry: &Entry) -> &str {
    entry
        .constant
        .as_ref()
        .map_or("", |constant| &constant.value)
}

fn fallback_en(table: &Table) -> &str {
    table.fallback.as_ref().map_or("", |fallback| &fallback.en)
}

/// A numbered table's enum, the opening of its `impl`, the integer conversions both ways
/// (unknown values kept in the `fallback` variant) and the English message.
fn numbered_enum(out: &mut String, table: &Table, name: &str, repr: &str, fallback: &str) {
    let derives = "Clone, Copy, Debug, PartialEq, Eq, Hash";
    plain_enum(out, derives, name, table, &format!("{fallback}({repr})"));
    let _ = writeln!(out, "impl {name} {{");
    match_method(
        out,
        &format!("pub const fn from_code(code: {repr}) -> Self"),
        "code",
        table,
        |entry| format!("{} => Self::{}", code(entry), variant(entry)),
        &format!("other => Self::{fallback}(other)"),
    );
    match_method(
        out,
        &format!("pub const fn code(&self) -> {repr}"),
        "self",
        table,
        |entry| format!("Self::{} => {}", variant(entry), code(entry)),
        &format!("Self::{fallback}(code) => *code"),
    );
    match_method(
        out,
        "pub const fn message_en(&self) -> &'static str",
        "self",
        table,
        |entry| format!("Self::{} => {}", variant(entry), lit(&entry.text.en)),
        &format!("Self::{fallback}(_) => {}", lit(fallback_en(table))),
    );
}

fn sdk_handwritten(out: &mut String, table: &Table) {
    numbered_enum(out, table, "Sdk", "i32", "Unknown");
    match_method(
        out,
        "pub const fn name(&self) -> &'static str",
        "self",
        table,
        |entry| format!("Self::{} => {}", variant(entry), lit(constant(entry))),
        "Self::Unknown(_) => \"UNKNOWN\"",
    );
    match_method(
        out,
        "pub fn from_name(name: &str) -> Option<Self>",
        "name",
        table,
        |entry| format!("{} => Some(Self::{})", lit(constant(entry)), variant(entry)),
        "_ => None",
    );
    out.push_str(
        "}\n\n\
         impl From<i32> for Sdk {\n    fn from(code: i32) -> Self {\n        Self::from_code(code)\n    }\n}\n\n\
         impl FromStr for Sdk {\n    type Err = ParseError;\n\n    fn from_str(name: &str) -> Result<Self, ParseError> {\n        Self::from_name(name).ok_or(ParseError)\n    }\n}\n\n\
         impl fmt::Display for Sdk {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        write!(f, \"{} ({} {})\", self.message_en(), self.code(), self.name())\n    }\n}\n\n",
    );
}

fn http_handwritten(out: &mut String, table: &Table) {
    numbered_enum(out, table, "Status", "u16", "Other");
    match_method(
        out,
        "pub const fn reason(&self) -> Option<&'static str>",
        "self",
        table,
        |entry| {
            let reason = entry.reason.as_deref().unwrap_or("");
            format!("Self::{} => Some({})", variant(entry), lit(reason))
        },
        "Self::Other(_) => None",
    );
    out.push_str(
        "}\n\n\
         impl From<u16> for Status {\n    fn from(code: u16) -> Self {\n        Self::from_code(code)\n    }\n}\n\n\
         impl fmt::Display for Status {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        match self.reason() {\n            Some(reason) => write!(f, \"{} {}\", self.code(), reason),\n            None => write!(f, \"{}\", self.code()),\n        }\n    }\n}\n\n",
    );
}

fn types_handwritten(out: &mut String, table: &Table) {
    plain_enum(
        out,
        "Clone, Debug, PartialEq, Eq, Hash",
        "ErrorTy",
        table,
        "Other(Box<str>)",
    );
    out.push_str("impl ErrorTy {\n");
    match_method(
        out,
        "pub fn known(name: &str) -> Option<Self>",
        "name",
        table,
        |entry| {
            format!(
                "{} => Some(Self::{})",
                lit(&key_text(entry)),
                variant(entry)
            )
        },
        "_ => None",
    );
    match_method(
        out,
        "pub fn as_str(&self) -> &str",
        "self",
        table,
        |entry| format!("Self::{} => {}", variant(entry), lit(&key_text(entry))),
        "Self::Other(name) => name",
    );
    out.push_str(
        "}\n\n\
         impl From<&str> for ErrorTy {\n    fn from(name: &str) -> Self {\n        Self::known(name).unwrap_or_else(|| Self::Other(name.into()))\n    }\n}\n\n\
         impl FromStr for ErrorTy {\n    type Err = std::convert::Infallible;\n\n    fn from_str(name: &str) -> Result<Self, Self::Err> {\n        Ok(Self::from(name))\n    }\n}\n\n\
         impl fmt::Display for ErrorTy {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        f.write_str(self.as_str())\n    }\n}\n",
    );
}

// ---------------------------------------------------------------- derive stack

/// A standalone crate with the same enums, their data and conversions written the usual way:
/// `num_enum` for the integer conversions, `strum` for names, messages, iteration and string
/// lookups, `thiserror` for `Display` and `Error`.
fn derive_stack(catalog: &Catalog, dir: &Path) -> Result<(), String> {
    let manifest = "\
# Written by scripts/gen-bench-code from codes.toml: the im-errors enums with the usual derive
# stack, to compare cold builds (scripts/bench-build). Not part of the workspace.
[package]
name = \"im-errors-derive-stack\"
version = \"0.0.0\"
edition = \"2024\"
publish = false

[workspace]

[dependencies]
strum = { version = \"0.27\", features = [\"derive\"] }
num_enum = \"0.7\"
thiserror = \"2\"
";
    let mut lib = String::from(
        "//! Written by scripts/gen-bench-code from codes.toml: the im-errors enums with strum,\n\
         //! num_enum and thiserror derives. Regenerate, do not edit.\n\n",
    );
    for table in &catalog.tables {
        derive_table(&mut lib, table);
    }
    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|error| format!("{}: {error}", src.display()))?;
    let write = |path: &Path, text: &str| {
        std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
    };
    write(&dir.join("Cargo.toml"), manifest)?;
    write(&src.join("lib.rs"), &lib)
}

fn doc_lines(out: &mut String, indent: &str, head: &str, entry: &Entry) {
    let mut paragraphs = vec![
        head.to_string(),
        entry.text.en.clone(),
        entry.text.zh.clone(),
    ];
    if let Some(advice) = &entry.advice {
        paragraphs.push(format!("Advice: `{}`", advice.value));
    }
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if index > 0 {
            let _ = writeln!(out, "{indent}///");
        }
        for line in paragraph.lines() {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

fn strum_attr(out: &mut String, serialize: Option<&str>, entry: &Entry, props: &[(&str, String)]) {
    let mut attr = String::new();
    if let Some(serialize) = serialize {
        let _ = write!(attr, "serialize = {}, ", lit(serialize));
    }
    let _ = write!(
        attr,
        "message = {}, detailed_message = {}",
        lit(&entry.text.en),
        lit(&entry.text.zh)
    );
    let mut props: Vec<(&str, String)> = props.to_vec();
    if let Some(advice) = &entry.advice {
        props.push(("advice", advice.value.clone()));
    }
    if !props.is_empty() {
        let list: Vec<String> = props
            .iter()
            .map(|(key, value)| format!("{key} = {}", lit(value)))
            .collect();
        let _ = write!(attr, ", props({})", list.join(", "));
    }
    let _ = writeln!(out, "    #[strum({attr})]");
}

fn derive_table(out: &mut String, table: &Table) {
    let name = &table.name.value;
    let fallback_en = fallback_en(table);
    let _ = writeln!(out, "/// {}\n///\n/// {}", table.text.en, table.text.zh);
    match table.kind {
        Kind::Advice => {
            out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::EnumMessage, strum::EnumCount, strum::Display)]\n#[non_exhaustive]\n");
            let _ = writeln!(out, "pub enum {name} {{");
            for entry in &table.entries {
                doc_lines(out, "    ", &format!("`{}`", key_text(entry)), entry);
                let _ = writeln!(
                    out,
                    "    #[strum(serialize = {}, to_string = {}, message = {}, detailed_message = {})]",
                    lit(&key_text(entry)),
                    lit(&entry.text.en),
                    lit(&entry.text.en),
                    lit(&entry.text.zh)
                );
                let _ = writeln!(out, "    {},", entry.variant.value);
            }
            out.push_str("}\n\n");
        }
        Kind::HttpStatus | Kind::SdkCode => {
            let (repr, fallback) = if table.kind == Kind::HttpStatus {
                ("u16", "Other")
            } else {
                ("i32", "Unknown")
            };
            let mut derives = "Clone, Copy, Debug, PartialEq, Eq, Hash, num_enum::FromPrimitive, num_enum::IntoPrimitive, strum::IntoStaticStr, strum::EnumIter, strum::EnumMessage, strum::EnumProperty, thiserror::Error".to_string();
            if table.kind == Kind::SdkCode {
                derives.push_str(", strum::EnumString");
            }
            let _ = writeln!(
                out,
                "#[derive({derives})]\n#[repr({repr})]\n#[non_exhaustive]"
            );
            let _ = writeln!(out, "pub enum {name} {{");
            for entry in &table.entries {
                let code = code(entry);
                if let Some(constant) = &entry.constant {
                    doc_lines(
                        out,
                        "    ",
                        &format!("**{code}** `{}`", constant.value),
                        entry,
                    );
                    strum_attr(out, Some(&constant.value), entry, &[]);
                    let _ = writeln!(
                        out,
                        "    #[error({})]",
                        lit(&format!("{} ({code} {})", entry.text.en, constant.value))
                    );
                } else {
                    let reason = entry.reason.clone().unwrap_or_default();
                    doc_lines(out, "    ", &format!("**{code}** {reason}"), entry);
                    strum_attr(out, None, entry, &[("reason", reason.clone())]);
                    let _ = writeln!(out, "    #[error({})]", lit(&format!("{code} {reason}")));
                }
                let _ = writeln!(out, "    {} = {code},", entry.variant.value);
            }
            let _ = writeln!(out, "    /// {fallback_en}");
            out.push_str("    #[num_enum(catch_all)]\n");
            if table.kind == Kind::SdkCode {
                out.push_str("    #[strum(disabled)]\n");
                let _ = writeln!(
                    out,
                    "    #[error({})]",
                    lit(&format!("{fallback_en} ({{0}} UNKNOWN)"))
                );
            } else {
                out.push_str("    #[error(\"{0}\")]\n");
            }
            let _ = writeln!(out, "    {fallback}({repr}),\n}}\n");
        }
        Kind::ErrorType => {
            out.push_str("#[derive(Clone, Debug, PartialEq, Eq, Hash, strum::EnumString, strum::AsRefStr, strum::EnumIter, strum::EnumMessage, strum::EnumProperty, thiserror::Error)]\n#[non_exhaustive]\n");
            let _ = writeln!(out, "pub enum {name} {{");
            for entry in &table.entries {
                let wire = key_text(entry);
                doc_lines(out, "    ", &format!("`{wire}`"), entry);
                strum_attr(out, Some(&wire), entry, &[]);
                let _ = writeln!(out, "    #[error({})]", lit(&wire));
                let _ = writeln!(out, "    {},", entry.variant.value);
            }
            let _ = writeln!(out, "    /// {fallback_en}");
            out.push_str("    #[strum(default)]\n    #[error(\"{0}\")]\n    Other(String),\n}\n\n");
        }
        Kind::RestCase => {
            out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumString, strum::IntoStaticStr, strum::EnumIter, strum::EnumMessage, strum::EnumProperty, strum::EnumCount, thiserror::Error)]\n#[non_exhaustive]\n");
            let _ = writeln!(out, "pub enum {name} {{");
            for entry in &table.entries {
                let case = entry
                    .case
                    .as_ref()
                    .expect("validated: REST cases have case fields");
                let id = key_text(entry);
                doc_lines(out, "    ", &format!("`{id}`: {}", case.description), entry);
                let mut props = vec![
                    ("status", case.status.value.to_string()),
                    ("template", case.description.clone()),
                    ("cause_en", case.cause_en.clone()),
                    ("cause_zh", case.cause_zh.clone()),
                    ("remedy_en", case.remedy_en.clone()),
                    ("remedy_zh", case.remedy_zh.clone()),
                ];
                if let Some(error) = &case.error {
                    props.push(("error", error.value.clone()));
                }
                strum_attr(out, Some(&id), entry, &props);
                let display = match &case.error {
                    Some(error) => {
                        format!("{} ({} {})", entry.text.en, case.status.value, error.value)
                    }
                    None => format!("{} ({})", entry.text.en, case.status.value),
                };
                let _ = writeln!(
                    out,
                    "    #[error({})]",
                    lit(&display.replace('{', "{{").replace('}', "}}"))
                );
                let _ = writeln!(out, "    {},", entry.variant.value);
            }
            out.push_str("}\n\n");
        }
    }
}

// ---------------------------------------------------------------- expanded source

/// The macro's expansion as a plain, formatted source file.
fn expanded(source: &str) -> Result<(), String> {
    let tokens = im_errors_codegen::generate(source)
        .map_err(|problems| format!("{} problems in the codes file", problems.len()))?;
    let file: syn::File = syn::parse2(tokens).map_err(|error| error.to_string())?;
    print!(
        "// Written by scripts/bench-build: the codes! expansion of codes.toml as a plain file.\n\n{}",
        prettyplease::unparse(&file)
    );
    Ok(())
}

// ---------------------------------------------------------------- scaled catalogue

/// The file with every entry of the open-ended tables (`error_type`, `rest_case`, `sdk_code`)
/// repeated `times` times: copy `k` renames each key, SDK alias and case description (`_k{k}` /
/// `_K{k}` suffixes, SDK codes shifted by `k * 100_000`) and its references to the other copied
/// tables, so every entry stays unique and every link resolves. Advice and HTTP statuses stay as they are: there are only
/// 500 HTTP statuses to go round, and references to both are by their unchanged keys.
///
/// The transformation is by line, which the file's one-key-per-line layout allows.
fn scale(source: &str, times: usize) -> String {
    let blocks = blocks(source);
    let mut out = String::new();
    for block in &blocks {
        out.push_str(&block.text);
        if block.table.is_some_and(scaled_table) {
            for copy in 1..times {
                out.push('\n');
                out.push_str(&rename(&block.text, block.table.unwrap_or_default(), copy));
            }
        }
    }
    out
}

struct Block<'a> {
    /// The entry's table (`SdkCode`), for `[[SdkCode]]` and `[[SdkCode.history]]` blocks.
    table: Option<&'a str>,
    /// The block: its header, its keys and the sub-blocks that follow it.
    text: String,
}

fn scaled_table(table: &str) -> bool {
    matches!(table, "ErrorType" | "RestError" | "SdkCode")
}

/// The file cut before each `[[Table]]` header, `[[Table.history]]` blocks kept with their
/// entry.
fn blocks(source: &str) -> Vec<Block<'_>> {
    let mut blocks = vec![Block {
        table: None,
        text: String::new(),
    }];
    for line in source.split_inclusive('\n') {
        let header = line.trim_end();
        let entry = header
            .strip_prefix("[[")
            .and_then(|rest| rest.strip_suffix("]]"))
            .filter(|name| !name.contains('.'));
        let starts_block = entry.is_some() || header.starts_with("[tables.");
        if starts_block {
            blocks.push(Block {
                table: entry,
                text: String::new(),
            });
        }
        blocks
            .last_mut()
            .expect("one block at least")
            .text
            .push_str(line);
    }
    blocks
}

fn rename(block: &str, table: &str, copy: usize) -> String {
    let lower = format!("_k{copy}");
    let upper = format!("_K{copy}");
    let mut out = String::new();
    let mut in_history = false;
    for line in one_line_arrays(block).split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed.starts_with("[[") {
            in_history = trimmed.contains(".history");
        }
        let Some((key, value)) = trimmed.split_once(" = ") else {
            out.push_str(line);
            continue;
        };
        let renamed = if in_history {
            None
        } else {
            match (table, key) {
                ("SdkCode", "code") => value
                    .parse::<i64>()
                    .ok()
                    .map(|code| (code + 100_000 * copy as i64).to_string()),
                ("SdkCode", "constant") => Some(suffixed(value, &upper)),
                ("SdkCode", "aliases") => Some(each_suffixed(value, &upper)),
                // Cases without an `error` differ by their description alone.
                ("RestError", "description") => Some(suffixed(value, &lower)),
                ("ErrorType", "error") | ("RestError", "error") => Some(suffixed(value, &lower)),
                ("RestError", "id") | ("RestError", "superseded_by") => {
                    Some(suffixed(value, &lower))
                }
                (_, "name") => Some(suffixed(value, &format!("K{copy}"))),
                (_, "related") => Some(related(value, &lower, &upper)),
                _ => None,
            }
        };
        match renamed {
            Some(value) => {
                let _ = writeln!(out, "{key} = {value}");
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The block with each array written over several lines (`related = [`, one item a line, `]`)
/// on one line, so that every key is on a line of its own with its whole value.
fn one_line_arrays(block: &str) -> String {
    let mut out = String::new();
    let mut open: Option<String> = None;
    for line in block.split_inclusive('\n') {
        let trimmed = line.trim();
        match open.as_mut() {
            Some(array) if trimmed == "]" => {
                let _ = writeln!(out, "{}]", array.trim_end_matches([',', ' ']));
                open = None;
            }
            Some(array) => {
                if !array.ends_with('[') {
                    array.push_str(", ");
                }
                array.push_str(trimmed.trim_end_matches(','));
            }
            None if trimmed.ends_with(" = [") => open = Some(trimmed.to_string()),
            None => out.push_str(line),
        }
    }
    out
}

/// `["a", "b"]` -> `["a{suffix}", "b{suffix}"]`.
fn each_suffixed(list: &str, suffix: &str) -> String {
    let inner = list.trim_start_matches('[').trim_end_matches(']');
    let items: Vec<String> = (inner.split(',').map(str::trim))
        .filter(|item| !item.is_empty())
        .map(|item| suffixed(item, suffix))
        .collect();
    format!("[{}]", items.join(", "))
}

/// `"text"` -> `"text{suffix}"`.
fn suffixed(quoted: &str, suffix: &str) -> String {
    match quoted.strip_suffix('"') {
        Some(open) => format!("{open}{suffix}\""),
        None => quoted.to_string(),
    }
}

/// Links into the copied tables point at the same copy; links to advice and HTTP statuses stay.
fn related(list: &str, lower: &str, upper: &str) -> String {
    let inner = list.trim_start_matches('[').trim_end_matches(']');
    let links: Vec<String> = inner
        .split(',')
        .map(str::trim)
        .filter(|link| !link.is_empty())
        .map(|link| {
            let bare = link.trim_matches('"');
            match bare.split_once('.') {
                Some(("SdkCode", _)) => suffixed(link, upper),
                Some(("RestError" | "ErrorType", _)) => suffixed(link, lower),
                _ => link.to_string(),
            }
        })
        .collect();
    format!("[{}]", links.join(", "))
}

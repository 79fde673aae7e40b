//! The codes file's schema as a JSON Schema (draft-07), for TOML editors: with
//! `#:schema ./docs/codes.schema.json` as its first line, taplo and Even Better TOML check
//! keys, kinds and value types of `codes.toml` while it is typed, and show each key's
//! description on hover.
//!
//! The keys are listed here once, as data ([`DECLARATION`], [`ENTRY`], [`HISTORY`]), and the
//! JSON is written from that list. [`parse`](crate::parse) reads the same keys by name; the
//! tests below fail when the two drift apart. The checked-in copy, `docs/codes.schema.json`, is
//! compared with [`json_schema`] by a test too (`UPDATE_SNAPSHOTS=1` rewrites it).
//!
//! A schema cannot see that the entries `[[NAME]]` belong to the table declared as
//! `[tables.NAME]`, so an entry is checked against the entries of every kind (`anyOf`): a key or
//! value type that no kind has is flagged, one that only another kind has is not. The rules
//! across entries and tables (duplicates, references) are left to `im-errors check`.

use crate::model::{Kind, RETRY_CLASSES};
use crate::parse::MAX_WAIT_MS;

/// What a key holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// Any string.
    String,
    /// A string that is not blank.
    Text,
    /// A short English message: not blank, no trailing period.
    Message,
    /// A snake_case name (`user_not_found`).
    SnakeName,
    /// An UpperCamelCase Rust type or variant name.
    TypeName,
    /// The name of a [`Kind`].
    Kind,
    /// One of the strings listed.
    OneOf(&'static [&'static str]),
    /// An integer in `min..=max`.
    Integer {
        /// Least value.
        min: i64,
        /// Greatest value.
        max: i64,
    },
    /// `true` or `false`.
    Boolean,
    /// An array of strings, with at least `min_items` of them.
    Strings {
        /// Least number of items.
        min_items: usize,
    },
    /// An array of cross-links `TABLE.KEY`.
    References,
    /// An array of release runs `PACKAGE@FIRST..LAST` or `PACKAGE@VERSION`.
    Releases,
    /// An array of sightings `YYYY-MM[-DD] URL`.
    Sightings,
    /// An array of `history` tables, whose keys are [`HISTORY`].
    History,
}

/// One key of a table declaration, an entry or a history record.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The key.
    pub key: &'static str,
    /// What it holds.
    pub ty: Type,
    /// One line for an editor's hover.
    pub description: &'static str,
    /// The kinds of table that have it.
    pub kinds: &'static [Kind],
    /// The kinds of table that require it.
    pub required: &'static [Kind],
}

impl Field {
    /// Whether tables (or entries) of `kind` have this key.
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }

    /// Whether tables (or entries) of `kind` must have this key.
    pub fn is_required_for(&self, kind: Kind) -> bool {
        self.required.contains(&kind)
    }

    /// Whether tables (or entries) of every kind must have this key.
    fn is_always_required(&self) -> bool {
        Kind::ALL.iter().all(|kind| self.required.contains(kind))
    }
}

const ALL: &[Kind] = &Kind::ALL;
const NONE: &[Kind] = &[];
const NOT_ADVICE: &[Kind] = &[
    Kind::HttpStatus,
    Kind::ErrorType,
    Kind::RestCase,
    Kind::SdkCode,
];
const WITH_FALLBACK: &[Kind] = &[Kind::HttpStatus, Kind::ErrorType, Kind::SdkCode];
const ADVICE: &[Kind] = &[Kind::Advice];
const HTTP_STATUS: &[Kind] = &[Kind::HttpStatus];
const ERROR_TYPE: &[Kind] = &[Kind::ErrorType];
const REST_CASE: &[Kind] = &[Kind::RestCase];
const SDK_CODE: &[Kind] = &[Kind::SdkCode];

const fn field(
    key: &'static str,
    ty: Type,
    kinds: &'static [Kind],
    required: &'static [Kind],
    description: &'static str,
) -> Field {
    Field {
        key,
        ty,
        description,
        kinds,
        required,
    }
}

/// The keys of a table declaration `[tables.NAME]`.
pub const DECLARATION: &[Field] = &[
    field(
        "kind",
        Type::Kind,
        ALL,
        ALL,
        "What the table holds, which decides the enum generated from it",
    ),
    field(
        "zh",
        Type::Text,
        ALL,
        ALL,
        "One line about the table in Chinese, for the enum's rustdoc",
    ),
    field(
        "en",
        Type::Message,
        ALL,
        ALL,
        "One line about the table in English, for the enum's rustdoc: no trailing period",
    ),
    field(
        "detail_zh",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in Chinese; give detail_en too",
    ),
    field(
        "detail_en",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in English; give detail_zh too",
    ),
    field(
        "sources",
        Type::Strings { min_items: 0 },
        ALL,
        NONE,
        "The documents (URLs of pages a reader can open) the table as a whole comes from",
    ),
    field(
        "code_space",
        Type::String,
        SDK_CODE,
        SDK_CODE,
        "What the SDK calls this numbering (statusCode, EMError)",
    ),
    field(
        "platforms",
        Type::Strings { min_items: 1 },
        SDK_CODE,
        SDK_CODE,
        "The platforms whose SDK uses these codes",
    ),
    field(
        "fallback_advice",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "Advice id for values no entry has (the Other or Unknown variant)",
    ),
    field(
        "fallback_zh",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "Chinese message for values no entry has",
    ),
    field(
        "fallback_en",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "English message for values no entry has",
    ),
    field(
        "fallback_advice_4xx",
        Type::String,
        HTTP_STATUS,
        NONE,
        "Advice id for unknown 4xx statuses, where it says more than fallback_advice",
    ),
    field(
        "fallback_advice_5xx",
        Type::String,
        HTTP_STATUS,
        NONE,
        "Advice id for unknown 5xx statuses, where it says more than fallback_advice",
    ),
];

/// The keys of an entry `[[NAME]]`. A key may have a row per kind, where its type differs.
pub const ENTRY: &[Field] = &[
    field(
        "id",
        Type::SnakeName,
        &[Kind::Advice, Kind::RestCase],
        &[Kind::Advice, Kind::RestCase],
        "snake_case id, unique in the table; the variant name derives from it",
    ),
    field(
        "code",
        Type::Integer { min: 100, max: 599 },
        HTTP_STATUS,
        HTTP_STATUS,
        "The HTTP status, 100..=599; unique",
    ),
    field(
        "code",
        Type::Integer {
            min: i32::MIN as i64,
            max: i32::MAX as i64,
        },
        SDK_CODE,
        SDK_CODE,
        "The SDK's error code (an i32); unique in the table",
    ),
    field(
        "reason",
        Type::String,
        HTTP_STATUS,
        HTTP_STATUS,
        "The standard reason phrase (Too Many Requests); the variant name derives from it",
    ),
    field(
        "error",
        Type::String,
        ERROR_TYPE,
        ERROR_TYPE,
        "The `error` string exactly as sent; unique, also ignoring ASCII case",
    ),
    field(
        "error",
        Type::String,
        REST_CASE,
        NONE,
        "The `error` string, declared in the error_type table; absent where the documents show none",
    ),
    field(
        "constant",
        Type::String,
        SDK_CODE,
        SDK_CODE,
        "The constant exactly as the SDK spells it, typos included; the variant name derives from it",
    ),
    field(
        "aliases",
        Type::Strings { min_items: 0 },
        SDK_CODE,
        NONE,
        "Every other spelling of the constant (other platforms and brands)",
    ),
    field(
        "name",
        Type::TypeName,
        ALL,
        NONE,
        "Override of the generated variant name (UpperCamelCase)",
    ),
    field(
        "zh",
        Type::Text,
        ALL,
        ALL,
        "Short message in Chinese, our own words",
    ),
    field(
        "en",
        Type::Message,
        ALL,
        ALL,
        "Short message in English, our own words, like a Rust error message: no trailing period",
    ),
    field(
        "detail_zh",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in Chinese, full sentences; give detail_en too",
    ),
    field(
        "detail_en",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in English, full sentences; give detail_zh too",
    ),
    field(
        "advice",
        Type::String,
        NOT_ADVICE,
        NOT_ADVICE,
        "Id of an entry of the advice table: what a caller should do",
    ),
    field(
        "related",
        Type::References,
        ALL,
        NONE,
        "Cross-links TABLE.KEY (SdkCode.USER_NOT_FOUND, HttpStatus.413); declare each once",
    ),
    field(
        "sources",
        Type::Strings { min_items: 1 },
        NOT_ADVICE,
        NOT_ADVICE,
        "The documents (URLs of pages a reader can open) the entry's facts come from",
    ),
    field(
        "history",
        Type::History,
        ALL,
        NONE,
        "What documents said that differs from the entry",
    ),
    field(
        "observed",
        Type::Sightings,
        REST_CASE,
        NONE,
        "Where and when the live service was seen answering so: `YYYY-MM URL` or `YYYY-MM-DD URL`, one string per sighting",
    ),
    field(
        "shipped",
        Type::Releases,
        SDK_CODE,
        NONE,
        "The releases of an SDK package that shipped the code: `PACKAGE@FIRST..LAST` (both included) or `PACKAGE@VERSION`, one string per run",
    ),
    field(
        "status",
        Type::Integer { min: 100, max: 599 },
        REST_CASE,
        REST_CASE,
        "The HTTP status, declared in the http_status table",
    ),
    field(
        "description",
        Type::Text,
        REST_CASE,
        REST_CASE,
        "The error_description template: wire text, sample values as {snake_case} placeholders",
    ),
    field(
        "cause_zh",
        Type::String,
        REST_CASE,
        REST_CASE,
        "Why it happens, in Chinese",
    ),
    field(
        "cause_en",
        Type::String,
        REST_CASE,
        REST_CASE,
        "Why it happens, in English",
    ),
    field(
        "remedy_zh",
        Type::String,
        REST_CASE,
        REST_CASE,
        "What to do, in Chinese",
    ),
    field(
        "remedy_en",
        Type::String,
        REST_CASE,
        REST_CASE,
        "What to do, in English",
    ),
    field(
        "superseded_by",
        Type::String,
        REST_CASE,
        NONE,
        "Id of the case that replaces this one in current documents",
    ),
    field(
        "retry_class",
        Type::OneOf(&RETRY_CLASSES),
        ADVICE,
        NONE,
        "Which retry budget an error with this advice spends (default: client)",
    ),
    field(
        "backoff_ms",
        Type::Integer {
            min: 0,
            max: MAX_WAIT_MS as i64,
        },
        ADVICE,
        NONE,
        "Milliseconds to wait before the first retry; absent: not retryable",
    ),
    field(
        "backoff_cap_ms",
        Type::Integer {
            min: 0,
            max: MAX_WAIT_MS as i64,
        },
        ADVICE,
        NONE,
        "The longest wait in milliseconds (the wait doubles per attempt up to it); needs backoff_ms",
    ),
];

/// The keys of a history record `[[NAME.history]]`, the same for every kind.
pub const HISTORY: &[Field] = &[
    field(
        "source",
        Type::String,
        ALL,
        ALL,
        "The document that says it",
    ),
    field(
        "current",
        Type::Boolean,
        ALL,
        ALL,
        "Whether this is still what the service does",
    ),
    field(
        "zh",
        Type::String,
        ALL,
        ALL,
        "What the document says, in Chinese",
    ),
    field(
        "en",
        Type::String,
        ALL,
        ALL,
        "What the document says, in English",
    ),
];

/// Keys that need another where both apply: `(key, needs)`.
pub const NEEDS: &[(&str, &str)] = &[
    ("detail_zh", "detail_en"),
    ("detail_en", "detail_zh"),
    ("backoff_cap_ms", "backoff_ms"),
];

/// The keys of a declaration of `kind`.
pub fn declaration_fields(kind: Kind) -> impl Iterator<Item = &'static Field> {
    DECLARATION
        .iter()
        .filter(move |field| field.applies_to(kind))
}

/// The keys of an entry of a table of `kind`.
pub fn entry_fields(kind: Kind) -> impl Iterator<Item = &'static Field> {
    ENTRY.iter().filter(move |field| field.applies_to(kind))
}

/// A new entry of the table `table` (of `kind`) as TOML to fill in, after its `[[table]]`
/// header: each key the kind has, in the schema's order, with its `known` value (TOML already)
/// where one is given, and a placeholder of the key's type where the kind requires the key.
pub fn entry_skeleton(kind: Kind, table: &str, known: &[(&str, String)]) -> String {
    let mut skeleton = format!("[[{table}]]\n");
    for field in entry_fields(kind) {
        let value = match known.iter().find(|(key, _)| *key == field.key) {
            Some((_, value)) => value.clone(),
            None if field.is_required_for(kind) => placeholder(field.ty).to_owned(),
            None => continue,
        };
        skeleton.push_str(&format!("{} = {value}\n", field.key));
    }
    skeleton
}

/// A value of `ty` that says it is still to be written.
fn placeholder(ty: Type) -> &'static str {
    match ty {
        Type::SnakeName => "\"todo\"",
        Type::TypeName => "\"Todo\"",
        Type::Integer { .. } => "0",
        Type::Boolean => "false",
        Type::Strings { .. } | Type::References | Type::History => "[\"TODO\"]",
        Type::Releases => "[\"todo@0.0.0\"]",
        Type::Sightings => "[\"2000-01 https://todo\"]",
        _ => "\"TODO\"",
    }
}

/// The JSON Schema (draft-07) of a codes file, pretty-printed, ending in a newline.
pub fn json_schema() -> String {
    let mut definitions = vec![
        ("declaration".to_owned(), declaration()),
        ("entry".to_owned(), entry()),
    ];
    for kind in Kind::ALL {
        definitions.push((format!("{kind}_entry"), entry_of(kind)));
    }
    definitions.push(("history".to_owned(), history()));
    let tables = object([
        (
            "description",
            text("The tables the file declares: [tables.NAME], NAME the generated enum's name"),
        ),
        ("type", text("object")),
        (
            "propertyNames",
            object([
                ("description", text("An UpperCamelCase Rust type name")),
                ("pattern", text(TYPE_NAME)),
            ]),
        ),
        ("additionalProperties", reference("declaration")),
    ]);
    let entries = object([
        (
            "description",
            text("The entries [[NAME]] of the table declared as [tables.NAME]"),
        ),
        ("type", text("array")),
        ("minItems", Json::Int(1)),
        ("items", reference("entry")),
    ]);
    let schema = object([
        ("$schema", text("http://json-schema.org/draft-07/schema#")),
        ("title", text("im-errors codes file")),
        (
            "description",
            text(
                "Errors as data: im-errors-codegen turns each table into a Rust enum (docs/SCHEMA.md)",
            ),
        ),
        ("type", text("object")),
        ("properties", object([("tables", tables)])),
        ("additionalProperties", entries),
        ("definitions", Json::Object(definitions)),
    ]);
    let mut out = String::new();
    schema.write(&mut out, 0);
    out.push('\n');
    out
}

const TYPE_NAME: &str = "^[A-Z][A-Za-z0-9]*$";

fn declaration() -> Json {
    let properties = DECLARATION.iter().map(|field| (field.key, property(field)));
    let required = DECLARATION
        .iter()
        .filter(|field| field.is_always_required());
    let per_kind = Kind::ALL.into_iter().map(|kind| {
        let mut then = Vec::new();
        let required: Vec<_> = declaration_fields(kind)
            .filter(|field| field.is_required_for(kind) && !field.is_always_required())
            .map(|field| text(field.key))
            .collect();
        if !required.is_empty() {
            then.push(("required".to_owned(), Json::Array(required)));
        }
        let elsewhere: Vec<_> = DECLARATION
            .iter()
            .filter(|field| !field.applies_to(kind))
            .map(|field| {
                let only = field.kinds.iter().map(|kind| kind.as_str());
                let only: Vec<_> = only.collect();
                let description = format!(
                    "{} applies only to tables of kind {}",
                    field.key,
                    only.join(", ")
                );
                let forbidden = object([
                    ("description", text(&description)),
                    ("not", Json::Object(Vec::new())),
                ]);
                (field.key.to_owned(), forbidden)
            })
            .collect();
        if !elsewhere.is_empty() {
            then.push(("properties".to_owned(), Json::Object(elsewhere)));
        }
        object([
            (
                "if",
                object([
                    (
                        "properties",
                        object([("kind", object([("const", text(kind.as_str()))]))]),
                    ),
                    ("required", Json::Array(vec![text("kind")])),
                ]),
            ),
            ("then", Json::Object(then)),
        ])
    });
    object([
        (
            "description",
            text("A table declaration: its kind, one line about it, and per-kind keys"),
        ),
        ("type", text("object")),
        ("properties", object(properties)),
        (
            "required",
            Json::Array(required.map(|field| text(field.key)).collect()),
        ),
        ("additionalProperties", Json::Bool(false)),
        ("dependencies", needs(DECLARATION.iter())),
        ("allOf", Json::Array(per_kind.collect())),
    ])
}

fn entry() -> Json {
    let kinds = Kind::ALL.map(|kind| reference(&format!("{kind}_entry")));
    object([
        (
            "description",
            text(
                "An entry; its keys depend on the kind declared in [tables.NAME], so it must fit one kind's entries",
            ),
        ),
        ("anyOf", Json::Array(kinds.into())),
    ])
}

fn entry_of(kind: Kind) -> Json {
    let fields: Vec<_> = entry_fields(kind).collect();
    let properties = fields.iter().map(|field| (field.key, property(field)));
    let required = fields.iter().filter(|field| field.is_required_for(kind));
    object([
        ("title", text(&format!("{kind} entry"))),
        (
            "description",
            text(&format!("An entry of a table of kind {kind}")),
        ),
        ("type", text("object")),
        ("properties", object(properties)),
        (
            "required",
            Json::Array(required.map(|field| text(field.key)).collect()),
        ),
        ("additionalProperties", Json::Bool(false)),
        ("dependencies", needs(fields.iter().copied())),
    ])
}

fn history() -> Json {
    object([
        (
            "description",
            text("What a document said that differs from the entry"),
        ),
        ("type", text("object")),
        (
            "properties",
            object(HISTORY.iter().map(|field| (field.key, property(field)))),
        ),
        (
            "required",
            Json::Array(HISTORY.iter().map(|field| text(field.key)).collect()),
        ),
        ("additionalProperties", Json::Bool(false)),
    ])
}

/// `dependencies` for the keys among `fields` that need another.
fn needs<'a>(fields: impl Iterator<Item = &'a Field>) -> Json {
    let keys: Vec<_> = fields.map(|field| field.key).collect();
    let needs = NEEDS
        .iter()
        .filter(|(key, needed)| keys.contains(key) && keys.contains(needed))
        .map(|(key, needed)| (*key, Json::Array(vec![text(needed)])));
    object(needs)
}

fn property(field: &Field) -> Json {
    let mut schema = vec![("description", text(field.description))];
    schema.extend(type_schema(field.ty));
    object(schema)
}

fn type_schema(ty: Type) -> Vec<(&'static str, Json)> {
    let string = ("type", text("string"));
    let pattern = |pattern: &str| vec![string.clone(), ("pattern", text(pattern))];
    match ty {
        Type::String => vec![string],
        Type::Text => pattern("\\S"),
        // The last character that is not white space is not a period.
        Type::Message => pattern("[^.\\s]\\s*$"),
        Type::SnakeName => pattern("^[a-z][a-z0-9_]*$"),
        Type::TypeName => pattern(TYPE_NAME),
        Type::Kind => {
            let names = Kind::ALL.map(|kind| text(kind.as_str()));
            vec![string, ("enum", Json::Array(names.into()))]
        }
        Type::OneOf(values) => {
            let values = values.iter().map(|value| text(value)).collect();
            vec![string, ("enum", Json::Array(values))]
        }
        Type::Integer { min, max } => {
            let mut schema = vec![("type", text("integer")), ("minimum", Json::Int(min))];
            if max != i64::MAX {
                schema.push(("maximum", Json::Int(max)));
            }
            schema
        }
        Type::Boolean => vec![("type", text("boolean"))],
        Type::Strings { min_items } => {
            let mut schema = vec![("type", text("array")), ("items", object([string]))];
            if min_items > 0 {
                schema.push(("minItems", Json::Int(min_items as i64)));
            }
            schema
        }
        Type::References => {
            let item = object([
                string,
                ("pattern", text("^[^.]+\\..")),
                ("description", text("TABLE.KEY")),
            ]);
            vec![("type", text("array")), ("items", item)]
        }
        Type::Releases => {
            let item = object([
                string,
                (
                    "pattern",
                    text("^[a-z0-9@/._-]+@[A-Za-z0-9.+-]+(\\.\\.[A-Za-z0-9.+-]+)?$"),
                ),
                (
                    "description",
                    text("PACKAGE@FIRST..LAST or PACKAGE@VERSION"),
                ),
            ]);
            vec![("type", text("array")), ("items", item)]
        }
        Type::Sightings => {
            let item = object([
                string,
                (
                    "pattern",
                    text("^[0-9]{4}-[0-9]{2}(-[0-9]{2})? https://[^\\s]+$"),
                ),
                ("description", text("YYYY-MM URL or YYYY-MM-DD URL")),
            ]);
            vec![("type", text("array")), ("items", item)]
        }
        Type::History => vec![("type", text("array")), ("items", reference("history"))],
    }
}

fn reference(definition: &str) -> Json {
    object([("$ref", text(&format!("#/definitions/{definition}")))])
}

fn text(value: &str) -> Json {
    Json::String(value.to_owned())
}

fn object<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Json)>) -> Json {
    Json::Object(
        pairs
            .into_iter()
            .map(|(key, value)| (key.into(), value))
            .collect(),
    )
}

/// Just enough JSON to write a schema: keys keep the order given.
#[derive(Clone, Debug)]
enum Json {
    String(String),
    Int(i64),
    Bool(bool),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn is_scalar(&self) -> bool {
        !matches!(self, Json::Array(_) | Json::Object(_))
    }

    /// Writes the value at `depth` levels of two-space indentation. Arrays of scalars stay on
    /// one line.
    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::String(value) => write_string(out, value),
            Json::Int(value) => out.push_str(&value.to_string()),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Array(items) if items.iter().all(Json::is_scalar) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, depth);
                }
                out.push(']');
            }
            Json::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    out.push_str(if index > 0 { ",\n" } else { "\n" });
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push(']');
            }
            Json::Object(pairs) if pairs.is_empty() => out.push_str("{}"),
            Json::Object(pairs) => {
                out.push('{');
                for (index, (key, value)) in pairs.iter().enumerate() {
                    out.push_str(if index > 0 { ",\n" } else { "\n" });
                    indent(out, depth + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

fn indent(out: &mut String, depth: usize) {
    out.extend(std::iter::repeat_n("  ", depth));
}

fn write_string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use toml::de::{DeTable, DeValue};

    use super::*;

    /// A file of the repository around this crate (`codes.toml`, `docs/codes.schema.json`), or
    /// `None` in a packaged copy of the crate (where `cargo package` has kept the manifest as
    /// written in `Cargo.toml.orig`), which has no repository around it: the tests of the real
    /// catalogue and of the checked-in schema skip there.
    fn repository_file(name: &str) -> Option<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        if root.join("Cargo.toml.orig").exists() {
            eprintln!("skipped: a packaged im-errors-codegen has no repository around it");
            return None;
        }
        Some(root.join("..").join(name))
    }

    #[test]
    fn skeletons_have_every_required_key_and_the_known_values() {
        let known = [("status", "400".to_owned()), ("error", "\"e\"".to_owned())];
        let skeleton = entry_skeleton(Kind::RestCase, "Widgets", &known);
        assert!(
            skeleton.starts_with("[[Widgets]]\nid = \"todo\"\n"),
            "{skeleton}"
        );
        assert!(
            skeleton.contains("\nstatus = 400\n") && skeleton.contains("\nerror = \"e\"\n"),
            "{skeleton}"
        );
        let required = entry_fields(Kind::RestCase).filter(|f| f.is_required_for(Kind::RestCase));
        for field in required {
            assert!(
                skeleton.contains(&format!("\n{} = ", field.key)),
                "{skeleton}"
            );
        }
        assert!(
            !skeleton.contains("detail_en"),
            "optional keys are left out: {skeleton}"
        );
    }

    /// A valid catalogue with every key of every kind, written by hand from `parse.rs`.
    const EVERY_KEY: &str = r#"
[tables.Advice]
kind = "advice"
zh = "建议"
en = "what to do"
detail_zh = "调用方应做的事。"
detail_en = "What a caller should do."
sources = ["a.txt"]

[tables.HttpStatus]
kind = "http_status"
zh = "状态码"
en = "HTTP statuses"
detail_zh = "状态码。"
detail_en = "Statuses."
sources = ["a.txt"]
fallback_advice = "retry"
fallback_zh = "未知状态码"
fallback_en = "unknown status"
fallback_advice_4xx = "fix_request"
fallback_advice_5xx = "retry"

[tables.ErrorType]
kind = "error_type"
zh = "错误类型"
en = "error types"
detail_zh = "错误类型。"
detail_en = "Error types."
sources = ["a.txt"]
fallback_advice = "fix_request"
fallback_zh = "未知错误类型"
fallback_en = "unknown error type"

[tables.RestError]
kind = "rest_case"
zh = "REST 错误"
en = "REST errors"
detail_zh = "REST 错误。"
detail_en = "REST errors."
sources = ["a.txt"]

[tables.SdkCode]
kind = "sdk_code"
zh = "SDK 错误码"
en = "SDK error codes"
detail_zh = "SDK 错误码。"
detail_en = "SDK error codes."
sources = ["a.txt"]
code_space = "statusCode"
platforms = ["Web"]
fallback_advice = "fix_request"
fallback_zh = "未知错误码"
fallback_en = "unknown code"

[[Advice]]
id = "retry"
name = "RetryLater"
zh = "重试"
en = "retry later"
detail_zh = "稍后重试。"
detail_en = "Retry later."
retry_class = "transient"
backoff_ms = 200
backoff_cap_ms = 30000
related = ["HttpStatus.503"]

[[Advice.history]]
source = "a.txt"
current = false
zh = "旧文档"
en = "an older document"

[[Advice]]
id = "fix_request"
zh = "修正请求"
en = "fix the request"

[[HttpStatus]]
code = 503
reason = "Service Unavailable"
name = "Unavailable"
zh = "服务不可用"
en = "service unavailable"
detail_zh = "服务暂时不可用。"
detail_en = "The service is unavailable for now."
advice = "retry"
related = ["ErrorType.busy"]
sources = ["a.txt"]

[[HttpStatus.history]]
source = "a.txt"
current = true
zh = "限流"
en = "rate limited"

[[ErrorType]]
error = "busy"
name = "ServerBusy"
zh = "服务繁忙"
en = "server busy"
detail_zh = "服务繁忙。"
detail_en = "The server is busy."
advice = "retry"
related = ["RestError.busy"]
sources = ["a.txt"]

[[ErrorType.history]]
source = "a.txt"
current = false
zh = "旧名"
en = "an older name"

[[RestError]]
id = "busy"
status = 503
error = "busy"
description = "server busy for {appkey}"
name = "Busy"
zh = "服务繁忙"
en = "server busy"
detail_zh = "服务繁忙。"
detail_en = "The server is busy."
cause_zh = "服务繁忙。"
cause_en = "The server is busy."
remedy_zh = "稍后重试。"
remedy_en = "Retry later."
superseded_by = "busy_now"
advice = "retry"
related = ["SdkCode.SERVER_BUSY"]
sources = ["a.txt"]
observed = ["2019-04-30 https://example.com/busy"]

[[RestError.history]]
source = "a.txt"
current = false
zh = "旧描述"
en = "an older description"

[[RestError]]
id = "busy_now"
status = 503
description = "server busy"
zh = "服务繁忙"
en = "server busy now"
cause_zh = "服务繁忙。"
cause_en = "The server is busy."
remedy_zh = "稍后重试。"
remedy_en = "Retry later."
advice = "retry"
sources = ["a.txt"]

[[SdkCode]]
code = 1
constant = "SERVER_BUSY"
aliases = ["EMErrorServerBusy"]
shipped = ["easemob-websdk@1.4.6..4.21.1"]
name = "Busy"
zh = "服务繁忙"
en = "server busy"
detail_zh = "服务繁忙。"
detail_en = "The server is busy."
advice = "retry"
related = ["Advice.retry"]
sources = ["a.txt"]

[[SdkCode.history]]
source = "a.txt"
current = false
zh = "旧码"
en = "an older code"
"#;

    /// Where a key stands.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    enum Part {
        Declaration,
        Entry,
        History,
    }

    fn messages(source: &str) -> Vec<String> {
        let problems = crate::parse::parse(source).1;
        problems
            .into_iter()
            .map(|problem| problem.message)
            .collect()
    }

    fn table(source: &str) -> DeTable<'_> {
        DeTable::parse(source).expect("valid TOML").into_inner()
    }

    /// Every `(part, kind, key)` a catalogue uses.
    fn keys_used(source: &str) -> BTreeSet<(Part, &'static str, String)> {
        let root = table(source);
        let mut kinds = Vec::new();
        let mut used = BTreeSet::new();
        let declarations = root["tables"].get_ref().as_table().expect("tables");
        for (name, declaration) in declarations.iter() {
            let declaration = declaration.get_ref().as_table().expect("a declaration");
            let kind = declaration["kind"].get_ref().as_str().expect("a kind");
            let kind = Kind::from_name(kind).expect("a known kind").as_str();
            kinds.push((name.get_ref().to_string(), kind));
            for key in declaration.keys() {
                used.insert((Part::Declaration, kind, key.get_ref().to_string()));
            }
        }
        for (name, kind) in kinds {
            let entries = root[name.as_str()].get_ref().as_array().expect("entries");
            for entry in entries.iter() {
                let entry = entry.get_ref().as_table().expect("an entry");
                for (key, value) in entry.iter() {
                    used.insert((Part::Entry, kind, key.get_ref().to_string()));
                    if key.get_ref() != "history" {
                        continue;
                    }
                    for record in value.get_ref().as_array().expect("history").iter() {
                        for key in record.get_ref().as_table().expect("a record").keys() {
                            used.insert((Part::History, kind, key.get_ref().to_string()));
                        }
                    }
                }
            }
        }
        used
    }

    /// Every `(part, kind, key)` the schema lists.
    fn keys_listed() -> BTreeSet<(Part, &'static str, String)> {
        let mut listed = BTreeSet::new();
        for kind in Kind::ALL {
            let parts = [
                (
                    Part::Declaration,
                    declaration_fields(kind).collect::<Vec<_>>(),
                ),
                (Part::Entry, entry_fields(kind).collect()),
                (Part::History, HISTORY.iter().collect()),
            ];
            for (part, fields) in parts {
                for field in fields {
                    listed.insert((part, kind.as_str(), field.key.to_owned()));
                }
            }
        }
        listed
    }

    /// A value of type `ty` that the parser reads without a problem.
    fn dummy(ty: Type, leave_out: Option<(Part, &str)>) -> String {
        match ty {
            Type::String | Type::Text | Type::Message | Type::SnakeName => "\"x\"".to_owned(),
            Type::TypeName => "\"X\"".to_owned(),
            Type::Kind => format!("\"{}\"", Kind::ALL[0]),
            Type::OneOf(values) => format!("\"{}\"", values[0]),
            Type::Integer { min, .. } => min.to_string(),
            Type::Boolean => "false".to_owned(),
            Type::Strings { .. } => "[\"x\"]".to_owned(),
            Type::References => "[\"T.x\"]".to_owned(),
            Type::Releases => "[\"sdk@1.0..2.0\"]".to_owned(),
            Type::Sightings => "[\"2019-04 https://x\"]".to_owned(),
            Type::History => {
                let record: Vec<_> = (HISTORY.iter())
                    .filter(|field| leave_out != Some((Part::History, field.key)))
                    .map(|field| format!("{} = {}", field.key, dummy(field.ty, leave_out)))
                    .collect();
                format!("[{{ {} }}]", record.join(", "))
            }
        }
    }

    /// A table `T` of `kind` with one entry, built from the schema: every key it lists for
    /// `kind` but `leave_out`, each with a dummy value of its type.
    fn sample(kind: Kind, leave_out: Option<(Part, &str)>) -> String {
        let mut toml = String::from("[tables.T]\n");
        for field in declaration_fields(kind) {
            if leave_out == Some((Part::Declaration, field.key)) {
                continue;
            }
            let value = match field.ty {
                Type::Kind => format!("\"{kind}\""),
                ty => dummy(ty, leave_out),
            };
            toml.push_str(&format!("{} = {value}\n", field.key));
        }
        toml.push_str("\n[[T]]\n");
        for field in entry_fields(kind) {
            if leave_out != Some((Part::Entry, field.key)) {
                let value = dummy(field.ty, leave_out);
                toml.push_str(&format!("{} = {value}\n", field.key));
            }
        }
        toml
    }

    fn to_json(value: &DeValue<'_>) -> serde_json::Value {
        use serde_json::Value;
        match value {
            DeValue::String(text) => Value::String(text.to_string()),
            DeValue::Integer(integer) => {
                let digits = integer.as_str().replace('_', "");
                let number = i64::from_str_radix(&digits, integer.radix()).expect("an i64");
                Value::from(number)
            }
            DeValue::Float(float) => {
                let number: f64 = float.as_str().replace('_', "").parse().expect("a float");
                Value::from(number)
            }
            DeValue::Boolean(flag) => Value::Bool(*flag),
            DeValue::Datetime(datetime) => Value::String(datetime.to_string()),
            DeValue::Array(items) => items.iter().map(|item| to_json(item.get_ref())).collect(),
            DeValue::Table(table) => table_to_json(table),
        }
    }

    fn table_to_json(table: &DeTable<'_>) -> serde_json::Value {
        let pairs = table.iter();
        let pairs = pairs.map(|(key, value)| (key.get_ref().to_string(), to_json(value.get_ref())));
        serde_json::Value::Object(pairs.collect())
    }

    fn validator() -> jsonschema::Validator {
        let schema: serde_json::Value =
            serde_json::from_str(&json_schema()).expect("the schema is JSON");
        jsonschema::draft7::new(&schema).expect("the schema is a valid draft-07 schema")
    }

    /// What the schema finds wrong with `source`, as `PATH: message` lines.
    fn schema_errors(source: &str) -> Vec<String> {
        let instance = table_to_json(&table(source));
        let validator = validator();
        let errors = validator.iter_errors(&instance);
        errors
            .map(|error| format!("{}: {error}", error.instance_path()))
            .collect()
    }

    #[test]
    fn the_schema_is_a_valid_draft_07_schema() {
        let schema: serde_json::Value = serde_json::from_str(&json_schema()).expect("JSON");
        assert_eq!(
            schema["$schema"], "http://json-schema.org/draft-07/schema#",
            "taplo reads draft-04 to draft-07"
        );
        validator();
    }

    #[test]
    fn each_key_is_listed_once_per_kind() {
        for kind in Kind::ALL {
            for fields in [
                declaration_fields(kind).collect::<Vec<_>>(),
                entry_fields(kind).collect(),
            ] {
                let keys: Vec<_> = fields.iter().map(|field| field.key).collect();
                let unique: BTreeSet<_> = keys.iter().collect();
                assert_eq!(keys.len(), unique.len(), "{kind}: {keys:?}");
            }
        }
        for field in DECLARATION.iter().chain(ENTRY).chain(HISTORY) {
            let required = field.required.iter();
            assert!(
                required.clone().all(|kind| field.kinds.contains(kind)),
                "`{}` is required where it does not apply",
                field.key
            );
        }
        // The declaration's keys are one set of properties for every kind.
        let keys: Vec<_> = DECLARATION.iter().map(|field| field.key).collect();
        assert_eq!(keys.len(), keys.iter().collect::<BTreeSet<_>>().len());
    }

    #[test]
    fn every_key_the_parser_reads_is_in_the_schema() {
        assert_eq!(
            crate::check(EVERY_KEY),
            [],
            "the hand-written catalogue is valid"
        );
        assert!(messages(EVERY_KEY).is_empty());
        let used = keys_used(EVERY_KEY);
        let listed = keys_listed();
        let unlisted: Vec<_> = used.difference(&listed).collect();
        assert!(unlisted.is_empty(), "keys the schema lacks: {unlisted:?}");
        let unused: Vec<_> = listed.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "keys of the schema the hand-written catalogue lacks: {unused:?}"
        );
        let schema = json_schema();
        for (_, _, key) in &used {
            assert!(schema.contains(&format!("\"{key}\"")), "`{key}`");
        }
        assert_eq!(schema_errors(EVERY_KEY), Vec::<String>::new());
    }

    #[test]
    fn every_key_in_the_schema_is_accepted_by_the_parser() {
        for kind in Kind::ALL {
            let source = sample(kind, None);
            assert_eq!(messages(&source), Vec::<String>::new(), "{source}");
            assert_eq!(schema_errors(&source), Vec::<String>::new(), "{source}");
        }
    }

    #[test]
    fn required_keys_are_the_parsers() {
        for kind in Kind::ALL {
            let parts = [
                (
                    Part::Declaration,
                    declaration_fields(kind).collect::<Vec<_>>(),
                ),
                (Part::Entry, entry_fields(kind).collect()),
                (Part::History, HISTORY.iter().collect()),
            ];
            for (part, fields) in parts {
                for field in fields {
                    let source = sample(kind, Some((part, field.key)));
                    let found = messages(&source);
                    let missing = format!("missing required key `{}`", field.key);
                    if field.is_required_for(kind) {
                        assert!(found.contains(&missing), "{kind} {part:?}: {found:?}");
                    } else {
                        assert!(
                            !found.iter().any(|message| message.starts_with("missing")
                                || message.starts_with("unknown key")),
                            "{kind} {part:?} without `{}`: {found:?}",
                            field.key
                        );
                    }
                    // The schema requires the same keys: taplo flags what `check` would.
                    let rejected = !schema_errors(&source).is_empty();
                    let needed = NEEDS.iter().any(|(_, needed)| *needed == field.key);
                    assert_eq!(
                        rejected,
                        field.is_required_for(kind) || needed,
                        "{kind} {part:?} without `{}`",
                        field.key
                    );
                }
            }
        }
    }

    #[test]
    fn the_schema_rejects_what_check_rejects() {
        let advice = sample(Kind::Advice, None);
        let http = sample(Kind::HttpStatus, None);
        let sdk = sample(Kind::SdkCode, None);
        let cases = [
            (format!("{advice}colour = 1\n"), "unknown key `colour`"),
            (
                advice.replace("[tables.T]\n", "[tables.T]\ncolour = 1\n"),
                "unknown key `colour`",
            ),
            (
                advice.replace("[tables.T]\n", "[tables.T]\ncode_space = \"x\"\n"),
                "unknown key `code_space`",
            ),
            (format!("{advice}advice = \"x\"\n"), "unknown key `advice`"),
            (
                advice.replace("kind = \"advice\"", "kind = \"advise\""),
                "unknown kind `advise`",
            ),
            (
                advice.replace("\"transient\"", "\"sometimes\""),
                "unknown retry class",
            ),
            (
                advice.replace("id = \"x\"", "id = \"Retry\""),
                "not a snake_case name",
            ),
            (
                advice.replace("en = \"x\"", "en = \"x.\""),
                "should not end with a period",
            ),
            (
                advice.replace("zh = \"x\"", "zh = \" \""),
                "`zh` should not be empty",
            ),
            (
                advice.replace("backoff_ms = 0", "backoff_ms = -1"),
                "`backoff_ms` is out of range",
            ),
            (
                advice.replace("backoff_ms = 0", "backoff_ms = 86_400_001"),
                "`backoff_ms` is out of range",
            ),
            (
                sample(Kind::SdkCode, Some((Part::Declaration, "platforms"))),
                "missing required key `platforms`",
            ),
            (
                sdk.replace("platforms = [\"x\"]", "platforms = []"),
                "should list at least one item",
            ),
            (
                sdk.replace("code = -2147483648", "code = \"1\""),
                "should be an integer",
            ),
            (
                sdk.replace("code = -2147483648", "code = -2147483649"),
                "out of range",
            ),
            (http.replace("code = 100", "code = 600"), "out of range"),
            (
                http.replace("related = [\"T.x\"]", "related = [\"x\"]"),
                "should read `TABLE.KEY`",
            ),
            (
                http.replace("current = false", "current = \"no\""),
                "should be a boolean",
            ),
            (
                http.replace("[tables.T]", "[tables.t]")
                    .replace("[[T]]", "[[t]]"),
                "not an UpperCamelCase Rust type name",
            ),
            (
                http.replace("name = \"X\"", "name = \"x\""),
                "does not make a Rust variant name",
            ),
            (
                format!("T = []\n{}", &http[..http.find("[[T]]").expect("an entry")]),
                "has no `[[T]]` entries",
            ),
        ];
        for (source, expected) in cases {
            let found: Vec<_> = crate::check(&source)
                .into_iter()
                .map(|problem| problem.message)
                .collect();
            assert!(
                found.iter().any(|message| message.contains(expected)),
                "check should report `{expected}`: {found:?}\n{source}"
            );
            assert!(
                !schema_errors(&source).is_empty(),
                "the schema should reject what check reports as `{expected}`:\n{source}"
            );
        }
    }

    #[test]
    fn the_catalogue_validates_against_the_schema() {
        let Some(catalogue) = repository_file("codes.toml") else {
            return;
        };
        let source = std::fs::read_to_string(catalogue).expect("codes.toml is readable");
        let errors = schema_errors(&source);
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn the_catalogue_names_the_schema() {
        let Some(catalogue) = repository_file("codes.toml") else {
            return;
        };
        let source = std::fs::read_to_string(catalogue).expect("codes.toml is readable");
        assert_eq!(
            source.lines().next(),
            Some("#:schema ./docs/codes.schema.json"),
            "taplo reads the directive on the first line"
        );
    }

    #[test]
    fn schema_file_is_up_to_date() {
        let Some(schema_file) = repository_file("docs/codes.schema.json") else {
            return;
        };
        let schema = json_schema();
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&schema_file, &schema).expect("write docs/codes.schema.json");
            return;
        }
        let checked_in = std::fs::read_to_string(&schema_file).unwrap_or_default();
        assert!(
            checked_in == schema,
            "docs/codes.schema.json is out of date: rewrite it with \
             `UPDATE_SNAPSHOTS=1 cargo test -p im-errors-codegen --lib schema_file_is_up_to_date`"
        );
    }
}

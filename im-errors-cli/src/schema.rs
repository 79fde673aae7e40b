//! `im-errors schema`: the codes file's schema, written from the generator's key table
//! ([`im_errors_codegen::keys`]), as a JSON Schema (draft-07) for TOML editors and as the key
//! tables of `docs/SCHEMA.md`. With `#:schema ./docs/codes.schema.json` as its first line,
//! taplo and Even Better TOML check keys, kinds and value types of `codes.toml` while it is
//! typed, and show each key's description on hover.
//!
//! A schema cannot see that the entries `[[NAME]]` belong to the table declared as
//! `[tables.NAME]`, so an entry is checked against the entries of every kind (`anyOf`): a key or
//! value type that no kind has is flagged, one that only another kind has is not. The rules
//! across entries and tables (duplicates, references) are left to `im-errors check`.

use std::fmt::Write as _;

use im_errors_codegen::keys::{self, DECLARATION, ENTRY, Field, HISTORY, NEEDS, Type};
use im_errors_codegen::model::Kind;
use serde_json::{Map, Value, json};

/// The JSON Schema (draft-07) of a codes file.
pub fn json_schema() -> Value {
    let mut definitions = Map::new();
    definitions.insert("declaration".to_owned(), declaration());
    definitions.insert("entry".to_owned(), entry());
    for kind in Kind::ALL {
        definitions.insert(format!("{kind}_entry"), entry_of(kind));
    }
    definitions.insert("history".to_owned(), history());
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "im-errors codes file",
        "description":
            "Errors as data: im-errors-codegen turns each table into a Rust enum (docs/SCHEMA.md)",
        "type": "object",
        "properties": {
            "tables": {
                "description":
                    "The tables the file declares: [tables.NAME], NAME the generated enum's name",
                "type": "object",
                "propertyNames": {
                    "description": "An UpperCamelCase Rust type name",
                    "pattern": TYPE_NAME,
                },
                "additionalProperties": reference("declaration"),
            },
        },
        "additionalProperties": {
            "description": "The entries [[NAME]] of the table declared as [tables.NAME]",
            "type": "array",
            "minItems": 1,
            "items": reference("entry"),
        },
        "definitions": definitions,
    })
}

const TYPE_NAME: &str = "^[A-Z][A-Za-z0-9]*$";

/// Whether tables of every kind must have this key: the declaration requires it outright, not
/// per kind.
fn always_required(field: &Field) -> bool {
    Kind::ALL
        .into_iter()
        .all(|kind| field.is_required_for(kind))
}

fn declaration() -> Value {
    let required = DECLARATION.iter().filter(|field| always_required(field));
    let per_kind: Vec<_> = Kind::ALL.into_iter().map(declaration_of).collect();
    let importable: Vec<_> = (DECLARATION.iter())
        .filter(|field| field.key == keys::FROM)
        .flat_map(|field| field.kinds.iter().map(|kind| kind.as_str()))
        .collect();
    json!({
        "description": "A table declaration: its kind, one line about it, and per-kind keys; or its kind and the catalogue it is imported from",
        "type": "object",
        "properties": properties(DECLARATION.iter()),
        "additionalProperties": false,
        "if": { "required": [keys::FROM] },
        "then": {
            "required": ["kind"],
            "propertyNames": { "enum": keys::IMPORTED_DECLARATION },
            "properties": { "kind": { "enum": importable } },
        },
        "else": {
            "required": required.map(|field| field.key).collect::<Vec<_>>(),
            "dependencies": needs(DECLARATION.iter()),
            "allOf": per_kind,
        },
    })
}

/// What a declaration of `kind` must have besides what every declaration has, and the keys
/// only other kinds have, which it must not.
fn declaration_of(kind: Kind) -> Value {
    let mut then = Map::new();
    let required: Vec<_> = keys::of_kind(DECLARATION, kind)
        .filter(|field| field.is_required_for(kind) && !always_required(field))
        .map(|field| field.key)
        .collect();
    if !required.is_empty() {
        then.insert("required".to_owned(), json!(required));
    }
    let elsewhere: Map<_, _> = (DECLARATION.iter())
        .filter(|field| !field.applies_to(kind))
        .map(|field| (field.key.to_owned(), forbidden(field)))
        .collect();
    if !elsewhere.is_empty() {
        then.insert("properties".to_owned(), Value::Object(elsewhere));
    }
    json!({
        "if": {
            "properties": { "kind": { "const": kind.as_str() } },
            "required": ["kind"],
        },
        "then": then,
    })
}

/// A key that tables of other kinds have: any value of it is rejected.
fn forbidden(field: &Field) -> Value {
    let kinds: Vec<_> = field.kinds.iter().map(|kind| kind.as_str()).collect();
    let description = format!(
        "{} applies only to tables of kind {}",
        field.key,
        kinds.join(", ")
    );
    json!({ "description": description, "not": {} })
}

fn entry() -> Value {
    let kinds = Kind::ALL.map(|kind| reference(&format!("{kind}_entry")));
    json!({
        "description":
            "An entry; its keys depend on the kind declared in [tables.NAME], so it must fit one kind's entries",
        "anyOf": kinds,
    })
}

fn entry_of(kind: Kind) -> Value {
    let fields: Vec<_> = keys::of_kind(ENTRY, kind).collect();
    let required = fields.iter().filter(|field| field.is_required_for(kind));
    json!({
        "title": format!("{kind} entry"),
        "description": format!("An entry of a table of kind {kind}"),
        "type": "object",
        "properties": properties(fields.iter().copied()),
        "required": required.map(|field| field.key).collect::<Vec<_>>(),
        "additionalProperties": false,
        "dependencies": needs(fields.iter().copied()),
    })
}

fn history() -> Value {
    json!({
        "description": "What a document said that differs from the entry",
        "type": "object",
        "properties": properties(HISTORY.iter()),
        "required": HISTORY.iter().map(|field| field.key).collect::<Vec<_>>(),
        "additionalProperties": false,
    })
}

fn properties<'a>(fields: impl Iterator<Item = &'a Field>) -> Map<String, Value> {
    fields
        .map(|field| (field.key.to_owned(), property(field)))
        .collect()
}

/// `dependencies` for the keys among `fields` that need another.
fn needs<'a>(fields: impl Iterator<Item = &'a Field>) -> Map<String, Value> {
    let keys: Vec<_> = fields.map(|field| field.key).collect();
    (NEEDS.iter())
        .filter(|(key, needed)| keys.contains(key) && keys.contains(needed))
        .map(|(key, needed)| (key.to_string(), json!([needed])))
        .collect()
}

/// A key's schema: the description an editor shows on hover, then what its value is.
fn property(field: &Field) -> Value {
    let mut property = Map::new();
    property.insert("description".to_owned(), json!(field.description));
    property.extend(type_schema(field.ty));
    Value::Object(property)
}

/// The keywords that say what a value of `ty` is.
fn type_schema(ty: Type) -> Map<String, Value> {
    let string = |pattern: &str| json!({ "type": "string", "pattern": pattern });
    let schema = match ty {
        Type::String => json!({ "type": "string" }),
        Type::Text => string("\\S"),
        // The last character that is not white space is not a period.
        Type::Message => string("[^.\\s]\\s*$"),
        Type::SnakeName => string("^[a-z][a-z0-9_]*$"),
        Type::TypeName => string(TYPE_NAME),
        Type::Kind | Type::OneOf(_) => json!({ "type": "string", "enum": choices(ty) }),
        Type::Integer { min, max: i64::MAX } => json!({ "type": "integer", "minimum": min }),
        Type::Integer { min, max } => {
            json!({ "type": "integer", "minimum": min, "maximum": max })
        }
        Type::Boolean => json!({ "type": "boolean" }),
        Type::Strings { min_items: 0 } => json!({ "type": "array", "items": { "type": "string" } }),
        Type::Strings { min_items } => {
            json!({ "type": "array", "items": { "type": "string" }, "minItems": min_items })
        }
        Type::References => json!({
            "type": "array",
            "items": { "type": "string", "pattern": "^[^.]+\\..", "description": "TABLE.KEY" },
        }),
        Type::Releases => json!({
            "type": "array",
            "items": {
                "type": "string",
                "pattern": "^[a-z0-9@/._-]+@[A-Za-z0-9.+-]+(\\.\\.[A-Za-z0-9.+-]+)?$",
                "description": "PACKAGE@FIRST..LAST or PACKAGE@VERSION",
            },
        }),
        Type::Sightings => json!({
            "type": "array",
            "items": {
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})? https://[^\\s]+$",
                "description": "YYYY-MM URL or YYYY-MM-DD URL",
            },
        }),
        Type::History => json!({ "type": "array", "items": reference("history") }),
    };
    let Value::Object(keywords) = schema else {
        unreachable!("each type's schema is an object")
    };
    keywords
}

/// The strings a key of type `ty` may hold, where the type lists them.
fn choices(ty: Type) -> Option<Vec<&'static str>> {
    match ty {
        Type::Kind => Some(Kind::ALL.map(Kind::as_str).to_vec()),
        Type::OneOf(values) => Some(values.to_vec()),
        _ => None,
    }
}

fn reference(definition: &str) -> Value {
    json!({ "$ref": format!("#/definitions/{definition}") })
}

/// The comments around the key tables in `docs/SCHEMA.md`, which [`markdown`] prints with
/// them: a test finds the tables there by them.
const BEGIN: &str = "<!-- generated by im-errors schema --format markdown: begin -->";
const END: &str = "<!-- generated by im-errors schema --format markdown: end -->";

/// The parts of a codes file, each with its key table, the heading of the keys every kind
/// has and the words before the keys of one kind.
const PARTS: [(&[Field], &str, &str); 3] = [
    (
        DECLARATION,
        "Every table declaration `[tables.NAME]`",
        "Its declaration also has:",
    ),
    (ENTRY, "Every entry `[[NAME]]`", "Its entries also have:"),
    (
        HISTORY,
        "Every history record `[[NAME.history]]`",
        "Its history records also have:",
    ),
];

/// The key tables of `docs/SCHEMA.md`, between [`BEGIN`] and [`END`]: the keys every kind
/// has, then each kind's own.
pub fn markdown() -> String {
    let mut page = format!("{BEGIN}\n");
    for (rows, heading, _) in PARTS {
        let shared = rows.iter().filter(|field| field.applies_to_every_kind());
        let _ = write!(page, "\n### {heading}\n\n{}", key_table(shared, &Kind::ALL));
    }
    for kind in Kind::ALL {
        let _ = writeln!(page, "\n### `{kind}`: {}", about(kind));
        if let Some(variant) = kind.fallback_variant() {
            let _ = writeln!(
                page,
                "\nA value no entry has is kept in the variant `{variant}`, with the fallback \
                 advice and messages of the declaration."
            );
        }
        for (rows, _, lead) in PARTS {
            let own: Vec<_> = keys::of_kind(rows, kind)
                .filter(|field| !field.applies_to_every_kind())
                .collect();
            if !own.is_empty() {
                let _ = write!(page, "\n{lead}\n\n{}", key_table(own, &[kind]));
            }
        }
    }
    page + "\n" + END + "\n"
}

/// What tables of `kind` hold, for the heading of its keys.
fn about(kind: Kind) -> &'static str {
    match kind {
        Kind::Advice => "what a caller should do",
        Kind::HttpStatus => "an HTTP status the REST API returns",
        Kind::ErrorType => "a value of the `\"error\"` field",
        Kind::RestCase => "a documented REST error (status + type + description)",
        Kind::SdkCode => "an SDK error code",
    }
}

/// A `| key | required | meaning |` table of `fields`, as keys of tables of `kinds`.
fn key_table<'a>(fields: impl IntoIterator<Item = &'a Field>, kinds: &[Kind]) -> String {
    let mut table = String::from("| key | required | meaning |\n|---|---|---|\n");
    for field in fields {
        let mut meaning = field.meaning.to_owned();
        if let Some(choices) = choices(field.ty) {
            let _ = write!(meaning, ": one of `{}`", choices.join("`, `"));
        }
        let required = required(field, kinds);
        let _ = writeln!(table, "| `{}` | {required} | {meaning} |", field.key);
    }
    table
}

/// Whether tables of `kinds` must have the key: `yes`, `no`, or the kinds that must.
fn required(field: &Field, kinds: &[Kind]) -> String {
    let required: Vec<_> = (kinds.iter())
        .filter(|kind| field.is_required_for(**kind))
        .map(|kind| format!("`{kind}`"))
        .collect();
    match required.len() {
        0 => "no".to_owned(),
        count if count == kinds.len() => "yes".to_owned(),
        _ => required.join(", "),
    }
}

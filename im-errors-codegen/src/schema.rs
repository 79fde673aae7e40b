//! The codes file's schema as a JSON Schema (draft-07), for TOML editors: with
//! `#:schema ./docs/codes.schema.json` as its first line, taplo and Even Better TOML check
//! keys, kinds and value types of `codes.toml` while it is typed, and show each key's
//! description on hover.
//!
//! The JSON is written from the key table, [`keys`](crate::keys). The checked-in copy, `docs/codes.schema.json`, is
//! compared with [`json_schema`] by a test too (`UPDATE_SNAPSHOTS=1` rewrites it).
//!
//! A schema cannot see that the entries `[[NAME]]` belong to the table declared as
//! `[tables.NAME]`, so an entry is checked against the entries of every kind (`anyOf`): a key or
//! value type that no kind has is flagged, one that only another kind has is not. The rules
//! across entries and tables (duplicates, references) are left to `im-errors check`.

use crate::keys::{DECLARATION, ENTRY, Field, HISTORY, NEEDS, Type, of_kind};
use crate::model::Kind;

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
        let required: Vec<_> = of_kind(DECLARATION, kind)
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
    let fields: Vec<_> = of_kind(ENTRY, kind).collect();
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

    const EVERY_KEY: &str = include_str!("../tests/fixture/every_key.toml");

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
                    of_kind(DECLARATION, kind).collect::<Vec<_>>(),
                ),
                (Part::Entry, of_kind(ENTRY, kind).collect()),
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
        for field in of_kind(DECLARATION, kind) {
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
        for field in of_kind(ENTRY, kind) {
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
                    of_kind(DECLARATION, kind).collect::<Vec<_>>(),
                ),
                (Part::Entry, of_kind(ENTRY, kind).collect()),
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
                "should be a whole number of milliseconds",
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

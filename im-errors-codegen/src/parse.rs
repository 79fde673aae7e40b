//! Step 1: TOML text to a [`Catalog`], reporting every malformed field.
//!
//! The schema is small, so the spanned tree `toml` parses is walked by hand: no serde derive in
//! the macro's build, and every value keeps the span its problems are reported at. An entry
//! missing a required field is reported and left out of the catalog, so that later steps do not
//! report the same hole again. Which keys a table may have is not said here but in [`keys`]:
//! a key it does not list for the table's kind is unknown.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Field};
use crate::model::{
    Case, Catalog, Dropped, Entry, Fallback, History, Key, Kind, Observed, RETRY_CLASSES,
    Reference, Retry, Shipped, Spanned, Table, Text,
};
use crate::{names, template};

type Value<'i> = toml::Spanned<DeValue<'i>>;

/// The key under which tables are declared: `[tables.NAME]`.
pub const TABLES_KEY: &str = "tables";

/// Reads `source` into a catalog, with every problem found on the way.
pub fn parse(source: &str) -> (Catalog, Vec<Diagnostic>) {
    let (root, errors) = DeTable::parse_recoverable(source);
    if !errors.is_empty() {
        let problems = errors
            .iter()
            .map(|error| syntax_problem(source, error))
            .collect();
        return (Catalog::default(), problems);
    }
    let mut problems = Vec::new();
    let catalog = read_catalog(root.get_ref(), &mut problems);
    (catalog, problems)
}

/// The text of a codes file, or a problem at its first byte that is not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|error| {
        let at = error.valid_up_to();
        Diagnostic::new(at..at + 1, "invalid UTF-8: a codes file is UTF-8 text")
    })
}

fn syntax_problem(source: &str, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(source.len()..source.len());
    let message = error.message().trim().trim_end_matches('.');
    Diagnostic::new(span, format!("invalid TOML: {message}"))
}

fn read_catalog(root: &DeTable<'_>, problems: &mut Vec<Diagnostic>) -> Catalog {
    let mut declarations = Declarations::default();
    let mut entry_arrays = Vec::new();
    for (key, value) in in_file_order(root) {
        if key.get_ref() == TABLES_KEY {
            declarations = read_declarations(value, problems);
        } else {
            entry_arrays.push((key, value));
        }
    }
    let Declarations { mut tables, broken } = declarations;
    for (key, value) in entry_arrays {
        let name = key.get_ref().as_ref();
        let mut scratch = None;
        let table = match tables.iter_mut().find(|table| table.name.value == name) {
            Some(table) => Some(table),
            None => match broken.iter().find(|(broken, _)| broken == name) {
                // Its declaration is reported already; still check its entries when the kind is
                // known, but keep them out of the catalog.
                Some((_, kind)) => kind.map(|kind| scratch.insert(Table::scratch(kind))),
                None => {
                    problems.push(Diagnostic::new(
                        key.span(),
                        format!("entries `[[{name}]]` have no table declaration `[tables.{name}]`"),
                    ));
                    continue;
                }
            },
        };
        let Some(table) = table else { continue };
        if let Some(from) = &table.imported {
            let message = format!(
                "entries `[[{name}]]` for a table imported from `{}`: its entries are that \
                 catalogue's; declare a table of your own to list entries here",
                from.value
            );
            problems.push(Diagnostic::new(key.span(), message));
            continue;
        }
        let Some(elements) = array_of_tables(value, name, problems) else {
            continue;
        };
        for (element, span) in elements {
            let mut fields = Fields::new(element, span.clone(), keys::ENTRY, Some(table.kind));
            let entry = read_entry(table.kind, &mut fields);
            fields.finish(problems);
            match entry {
                Some(entry) => table.entries.push(entry),
                None => table.dropped.push(Dropped {
                    key: raw_reference_key(table.kind, element),
                    span,
                }),
            }
        }
    }
    let broken = broken.into_iter().map(|(name, _)| name).collect();
    Catalog { tables, broken }
}

/// `toml` keeps keys sorted; the file's order is the order people wrote, and the generated
/// enums and docs follow it.
fn in_file_order<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(&'a toml::Spanned<std::borrow::Cow<'i, str>>, &'a Value<'i>)> {
    let mut pairs: Vec<_> = table.iter().collect();
    pairs.sort_by_key(|(key, _)| key.span().start);
    pairs
}

/// The tables declared, and the names (with the kind, where it could be read) of those whose
/// declaration has problems.
#[derive(Default)]
struct Declarations {
    tables: Vec<Table>,
    broken: Vec<(String, Option<Kind>)>,
}

fn read_declarations(value: &Value<'_>, problems: &mut Vec<Diagnostic>) -> Declarations {
    let Some(declarations) = value.get_ref().as_table() else {
        problems.push(type_problem(value, TABLES_KEY, "a table"));
        return Declarations::default();
    };
    let mut tables = Vec::new();
    let mut broken = Vec::new();
    for (name, declaration) in in_file_order(declarations) {
        let name = Spanned {
            value: name.get_ref().to_string(),
            span: name.span(),
        };
        let Some(body) = declaration.get_ref().as_table() else {
            problems.push(type_problem(declaration, &name.value, "a table"));
            continue;
        };
        let kind = declared_kind(body);
        let mut fields = Fields::new(body, declaration.span(), keys::DECLARATION, kind);
        let name_text = name.value.clone();
        let table = read_declaration(name, &mut fields);
        fields.finish(problems);
        match table {
            Some(table) => tables.push(table),
            None => broken.push((name_text, kind)),
        }
    }
    Declarations { tables, broken }
}

/// The kind a declaration names, where it names a known one.
fn declared_kind(body: &DeTable<'_>) -> Option<Kind> {
    let kind = body.get("kind")?.get_ref().as_str()?;
    Kind::from_name(kind)
}

fn read_declaration(name: Spanned<String>, fields: &mut Fields<'_, '_>) -> Option<Table> {
    let kind_field = fields.required_str("kind");
    let kind = kind_field.and_then(|kind| {
        let parsed = Kind::from_name(&kind.value);
        if parsed.is_none() {
            let known: Vec<_> = Kind::ALL.iter().map(|kind| kind.as_str()).collect();
            fields.problem(
                kind.span,
                format!(
                    "unknown kind `{}` (expected one of: {})",
                    kind.value,
                    known.join(", ")
                ),
            );
        }
        parsed
    });
    if let Some(kind) = kind
        && fields.allows(keys::FROM)
        && let Some(from) = fields.optional_str(keys::FROM)
    {
        return read_imported(name, kind, from, fields);
    }
    let text = read_text(fields);
    let sdk = kind == Some(Kind::SdkCode);
    let code_space = if sdk {
        fields.required_str("code_space")
    } else {
        None
    };
    if let Some(space) = &code_space
        && is_clean(&space.value)
        && !space.value.split(" / ").all(names::is_identifier)
    {
        let message = format!(
            "`code_space` `{}` is not an identifier (ASCII letters, digits and `_`, not starting \
             with a digit), nor several joined by ` / `",
            space.value
        );
        fields.problem(space.span.clone(), message);
    }
    let platforms = if sdk {
        let platforms = fields.spanned_list("platforms", true);
        for platform in &platforms {
            fields.require_trimmed(platform, "platforms");
        }
        platforms
            .into_iter()
            .map(|platform| platform.value)
            .collect()
    } else {
        Vec::new()
    };
    let sources = fields.string_list("sources", false);
    let class_advice = if kind == Some(Kind::HttpStatus) {
        let classes = [(4, "fallback_advice_4xx"), (5, "fallback_advice_5xx")];
        (classes.into_iter())
            .filter_map(|(class, key)| Some((class, fields.optional_str(key)?)))
            .collect()
    } else {
        Vec::new()
    };
    let fallback = match kind.and_then(Kind::fallback_variant) {
        // Each key read before any is judged, so a missing one does not make the others unknown.
        Some(_) => {
            let advice = fields.required_str("fallback_advice");
            let zh = fields.required_str("fallback_zh");
            let en = fields.required_str("fallback_en");
            Some(Fallback {
                advice: advice?,
                zh: zh?.value,
                en: en?.value,
            })
        }
        None => None,
    };
    Some(Table {
        name,
        kind: kind?,
        imported: None,
        text: text?,
        code_space: code_space.map(|space| space.value),
        platforms,
        sources,
        fallback,
        class_advice,
        entries: Vec::new(),
        dropped: Vec::new(),
        lookup: std::cell::OnceCell::new(),
    })
}

/// A declaration with `from`: another catalogue's table, used here, which brings its own
/// text, fallback and entries, so the declaration says nothing else.
fn read_imported(
    name: Spanned<String>,
    kind: Kind,
    from: Spanned<String>,
    fields: &mut Fields<'_, '_>,
) -> Option<Table> {
    if let Some(problem) = crate::import_path_problem(&from.value) {
        fields.problem(from.span.clone(), problem);
    }
    let others = keys::of_kind(keys::DECLARATION, kind)
        .filter(|f| !keys::IMPORTED_DECLARATION.contains(&f.key));
    for field in others {
        if let Some(value) = fields.get(field.key) {
            let message = format!(
                "`{}` in a table imported `from` another catalogue, which brings its own text, \
                 fallback and entries: give only `kind` and `from`",
                field.key
            );
            fields.problem(value.span(), message);
        }
    }
    Some(Table {
        name,
        imported: Some(from),
        ..Table::scratch(kind)
    })
}

fn array_of_tables<'a, 'i>(
    value: &'a Value<'i>,
    name: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Vec<(&'a DeTable<'i>, Range<usize>)>> {
    let Some(array) = value.get_ref().as_array() else {
        problems.push(type_problem(value, name, "an array of tables `[[...]]`"));
        return None;
    };
    let mut elements = Vec::new();
    for element in array.iter() {
        match element.get_ref().as_table() {
            Some(table) => elements.push((table, element.span())),
            None => problems.push(type_problem(element, name, "a table")),
        }
    }
    Some(elements)
}

/// What cross-links would name an entry that could not be read, so that they are not reported
/// as dangling on top of the entry's own problem.
fn raw_reference_key(kind: Kind, entry: &DeTable<'_>) -> Option<String> {
    let field = if kind == Kind::SdkCode {
        "constant"
    } else {
        kind.key_field()
    };
    match entry.get(field)?.get_ref() {
        DeValue::String(text) => Some(text.to_string()),
        DeValue::Integer(integer) => Some(integer.as_str().to_owned()),
        _ => None,
    }
}

fn read_entry(kind: Kind, fields: &mut Fields<'_, '_>) -> Option<Entry> {
    let key = match kind {
        Kind::HttpStatus | Kind::SdkCode => fields.required_int("code", kind).map(|code| Spanned {
            value: Key::Code(code.value),
            span: code.span,
        }),
        Kind::Advice | Kind::RestCase | Kind::ErrorType => {
            let name = fields.required_str(kind.key_field());
            // Ids are checked as snake_case names in `validate`; an `error` string is the
            // server's, so any text but one with white space at its ends or none at all.
            if let Some(name) = &name
                && kind == Kind::ErrorType
            {
                fields.require_trimmed(name, "error");
            }
            name.map(|name| Spanned {
                value: Key::Name(name.value),
                span: name.span,
            })
        }
    };
    let constant = (kind == Kind::SdkCode).then(|| fields.required_str("constant"));
    let aliases = if kind == Kind::SdkCode {
        fields.spanned_strings("aliases").unwrap_or_default()
    } else {
        Vec::new()
    };
    if let Some(Some(constant)) = &constant {
        fields.require_spelling(constant, "constant");
    }
    for alias in &aliases {
        fields.require_spelling(alias, "alias");
    }
    let reason = (kind == Kind::HttpStatus).then(|| fields.required_str("reason"));
    if let Some(Some(reason)) = &reason {
        fields.require_trimmed(reason, "reason");
    }
    let name = fields.optional_str("name");
    let text = read_text(fields);
    let advice = (kind != Kind::Advice).then(|| fields.required_str("advice"));
    let related = fields.references();
    let sources = if kind == Kind::Advice {
        Vec::new()
    } else {
        fields.string_list("sources", true)
    };
    let history = fields.history();
    let shipped = if kind == Kind::SdkCode {
        fields.shipped()
    } else {
        Vec::new()
    };
    let observed = if kind == Kind::RestCase {
        fields.observed()
    } else {
        Vec::new()
    };
    let case = (kind == Kind::RestCase).then(|| read_case(fields));
    let retry = (kind == Kind::Advice).then(|| read_retry(fields));

    let key = key?;
    let constant = applicable(constant)?;
    let reason = applicable(reason)?;
    let derived_from = match (&constant, &reason) {
        (Some(constant), _) => constant.clone(),
        (_, Some(reason)) => reason.clone(),
        _ => Spanned {
            value: key.value.to_string(),
            span: key.span.clone(),
        },
    };
    let variant = name.unwrap_or(Spanned {
        value: names::variant_name(&derived_from.value),
        span: derived_from.span,
    });
    Some(Entry {
        span: fields.span.clone(),
        key,
        constant,
        aliases,
        reason: reason.map(|reason| reason.value),
        variant,
        text: text?,
        advice: applicable(advice)?,
        related,
        sources,
        history,
        shipped,
        observed,
        case: applicable(case)?,
        retry: applicable(retry)?,
    })
}

fn read_retry(fields: &mut Fields<'_, '_>) -> Option<Retry> {
    let class = fields.optional_str("retry_class");
    if let Some(class) = &class
        && !RETRY_CLASSES.contains(&class.value.as_str())
    {
        fields.problem(
            class.span.clone(),
            format!(
                "unknown retry class `{}` (expected one of: {})",
                class.value,
                RETRY_CLASSES.join(", ")
            ),
        );
    }
    let backoff_ms = fields.optional_millis("backoff_ms");
    let backoff_cap_ms = fields.optional_millis("backoff_cap_ms");
    // A `backoff_ms` that is there but could not be read is reported already.
    if backoff_cap_ms.is_some() && fields.table.get("backoff_ms").is_none() {
        let span = fields.span.start..fields.span.start;
        fields.problem(span, "`backoff_cap_ms` needs `backoff_ms`");
    }
    if let (Some(first), Some(cap)) = (&backoff_ms, &backoff_cap_ms)
        && cap.value < first.value
    {
        let message = format!(
            "`backoff_cap_ms` ({}) is below `backoff_ms` ({}): the longest wait would be shorter \
             than the first",
            cap.value, first.value
        );
        fields.problem(cap.span.clone(), message);
    }
    let backoff_ms = backoff_ms.map(|first| first.value);
    Some(Retry {
        class,
        backoff_ms,
        backoff_cap_ms: (backoff_cap_ms.map(|cap| cap.value))
            .or(backoff_ms)
            .unwrap_or_default(),
    })
}

/// A field only some kinds have: `None` where it does not apply, `Some(None)` where it applies
/// but could not be read (the entry is then dropped).
fn applicable<T>(field: Option<Option<T>>) -> Option<Option<T>> {
    match field {
        None => Some(None),
        Some(value) => value.map(Some),
    }
}

fn read_text(fields: &mut Fields<'_, '_>) -> Option<Text> {
    let zh = fields.required_str("zh");
    let en = fields.required_str("en");
    let detail_zh = fields.optional_str("detail_zh");
    let detail_en = fields.optional_str("detail_en");
    if let Some(en) = &en {
        check_message_style(fields, en);
    }
    if let Some(zh) = &zh {
        fields.require_nonempty(zh, "zh");
    }
    if detail_zh.is_some() != detail_en.is_some() {
        let present = detail_zh.as_ref().or(detail_en.as_ref());
        if let Some(present) = present {
            fields.problem(
                present.span.clone(),
                "`detail_zh` and `detail_en` go together: give both or neither",
            );
        }
    }
    Some(Text {
        zh: zh?.value,
        en: en?.value,
        detail_zh: detail_zh.map(|detail| detail.value),
        detail_en: detail_en.map(|detail| detail.value),
    })
}

/// `en` is shown as an error message, in the style of Rust's own: no trailing period. (Its
/// first letter is left alone: a first word may be a name, such as `Web` or `Agora`.)
fn check_message_style(fields: &mut Fields<'_, '_>, en: &Spanned<String>) {
    if fields.require_nonempty(en, "en") && en.value.trim_end().ends_with('.') {
        fields.problem(en.span.clone(), "`en` should not end with a period");
    }
}

fn read_case(fields: &mut Fields<'_, '_>) -> Option<Case> {
    let status = fields.required_int("status", Kind::HttpStatus);
    let error = fields.optional_str("error");
    let description = fields.required_str("description");
    // A malformed template is reported here and read as empty: the entry stays in the catalog
    // so that the later rules still check it, and nothing is generated from a file with problems.
    let template = description.as_ref().map(|description| {
        let parts = template::parse(&description.value).unwrap_or_else(|message| {
            fields.problem(description.span.clone(), message);
            Vec::new()
        });
        if description.value.trim().is_empty() {
            let message = "`description` should not be empty: it would match any description";
            fields.problem(description.span.clone(), message);
        } else if !parts.is_empty() && !template::has_literal_text(&parts) {
            let message = format!(
                "`description` `{}` has no literal letter or digit: it would match almost any \
                 description",
                description.value
            );
            fields.problem(description.span.clone(), message);
        }
        parts
    });
    let cause_zh = fields.required_str("cause_zh");
    let cause_en = fields.required_str("cause_en");
    let remedy_zh = fields.required_str("remedy_zh");
    let remedy_en = fields.required_str("remedy_en");
    let superseded_by = fields.optional_str("superseded_by");
    Some(Case {
        status: status?,
        error,
        description: description?.value,
        template: template?,
        cause_zh: cause_zh?.value,
        cause_en: cause_en?.value,
        remedy_zh: remedy_zh?.value,
        remedy_en: remedy_en?.value,
        superseded_by,
    })
}

fn read_history(fields: &mut Fields<'_, '_>) -> Option<History> {
    let source = fields.required_str("source");
    let current = fields.optional_bool("current");
    if current.is_none() && fields.table.get("current").is_none() {
        fields.missing("current");
    }
    let zh = fields.required_str("zh");
    let en = fields.required_str("en");
    Some(History {
        source: source?.value,
        current: current?,
        zh: zh?.value,
        en: en?.value,
    })
}

/// An integer as TOML writes it, in any base (`0x1F4`) and with `_` between digits: `None` for
/// a value of another type, `Some(None)` for an integer past `i64`.
fn integer_of(value: &Value<'_>) -> Option<Option<i64>> {
    let integer = value.get_ref().as_integer()?;
    Some(i64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()).ok())
}

/// The longest wait a retry policy may give, in milliseconds: a day, as the longest
/// `Retry-After` the classifier takes.
pub const MAX_WAIT_MS: u64 = 86_400_000;

/// The keys whose text may break lines (`\n`): the long explanations, and a REST case's
/// `description`, as servers send some (`... value\n at [Source: ...]`; the docs show it as a
/// block). A history item's `zh` and `en` are long too ([`HISTORY_LONG_TEXTS`]).
const LONG_TEXTS: &[&str] = &[
    "description",
    "detail_zh",
    "detail_en",
    "cause_zh",
    "cause_en",
    "remedy_zh",
    "remedy_en",
];

/// The keys of a history item whose text may break lines.
const HISTORY_LONG_TEXTS: &[&str] = &["zh", "en"];

/// Why the text of `key` may not be shown as written, if it may not: it holds a control
/// character (a line break is one, but in long texts, where `newlines` allows it), or a
/// bidirectional control, which reorders how the text around it is shown.
fn character_problem(key: &str, text: &str, newlines: bool) -> Option<String> {
    let bad = text
        .chars()
        .find(|&c| (c.is_control() && !(newlines && c == '\n')) || names::is_bidi_control(c))?;
    let code = format!("U+{:04X}", u32::from(bad));
    Some(if names::is_bidi_control(bad) {
        format!("`{key}` holds the bidirectional control {code}, which reorders how text is shown")
    } else if bad == '\n' {
        format!(
            "`{key}` holds a line break (U+000A): only the long texts (`detail_*`, `cause_*`, \
             `remedy_*`, `description`, a history item's `zh` and `en`) may"
        )
    } else {
        format!("`{key}` holds the control character {code}, which no text may")
    })
}

/// Whether `text` holds no character [`character_problem`] refuses in a one-line text: the
/// checks of names leave those to it, so that one bad character is one problem.
fn is_clean(text: &str) -> bool {
    character_problem("", text, false).is_none()
}

fn type_problem(value: &Value<'_>, key: &str, expected: &str) -> Diagnostic {
    Diagnostic::new(
        value.span(),
        format!(
            "`{key}` should be {expected}, found {}",
            value.get_ref().type_str()
        ),
    )
}

/// The keys of one TOML table, read one by one; a key the key table does not list for it is
/// unknown.
struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    /// The rows of the key table this table's keys are in.
    keys: &'static [Field],
    /// The kind of the table it belongs to, where its declaration names a known one.
    kind: Option<Kind>,
    problems: Vec<Diagnostic>,
    #[cfg(test)]
    read: Vec<&'static str>,
    /// The keys whose text may break lines.
    long_texts: &'static [&'static str],
}

impl<'a, 'i> Fields<'a, 'i> {
    fn new(
        table: &'a DeTable<'i>,
        span: Range<usize>,
        keys: &'static [Field],
        kind: Option<Kind>,
    ) -> Self {
        Fields {
            table,
            span,
            keys,
            kind,
            problems: Vec::new(),
            #[cfg(test)]
            read: Vec::new(),
            long_texts: LONG_TEXTS,
        }
    }

    /// A history item's fields, whose `zh` and `en` may break lines.
    fn history_item(table: &'a DeTable<'i>, span: Range<usize>, kind: Option<Kind>) -> Self {
        Fields {
            long_texts: HISTORY_LONG_TEXTS,
            ..Fields::new(table, span, keys::HISTORY, kind)
        }
    }

    /// Whether the key table lists `key` here. A declaration whose kind is missing or unknown
    /// (reported already) has the keys every kind has, which are the ones read without a
    /// kind: a key of one kind is then unknown too.
    fn allows(&self, key: &str) -> bool {
        self.keys.iter().any(|field| {
            field.key == key
                && self
                    .kind
                    .map_or(field.applies_to_every_kind(), |kind| field.applies_to(kind))
        })
    }

    fn problem(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(Diagnostic::new(span, message));
    }

    /// Hands over the problems found, and one for every key the key table does not list.
    fn finish(mut self, problems: &mut Vec<Diagnostic>) {
        #[cfg(test)]
        self.assert_listed_keys_read();
        problems.append(&mut self.problems);
        for (key, _) in in_file_order(self.table) {
            if !self.allows(key.get_ref()) {
                problems.push(Diagnostic::new(
                    key.span(),
                    format!("unknown key `{}`", key.get_ref()),
                ));
            }
        }
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Value<'i>> {
        #[cfg(test)]
        self.note_read(key);
        self.table.get(key)
    }

    fn missing(&mut self, key: &str) {
        let header = self.span.start..self.span.start;
        self.problem(header, format!("missing required key `{key}`"));
    }

    fn require_nonempty(&mut self, value: &Spanned<String>, key: &str) -> bool {
        let nonempty = !value.value.trim().is_empty();
        if !nonempty {
            self.problem(value.span.clone(), format!("`{key}` should not be empty"));
        }
        nonempty
    }

    /// A name written as the server or the SDK writes it (`error`, `reason`, a platform): not
    /// empty, and without white space at its ends, which no one would see or type.
    fn require_trimmed(&mut self, value: &Spanned<String>, key: &str) {
        // A control character is reported as such.
        if is_clean(&value.value)
            && self.require_nonempty(value, key)
            && value.value.trim() != value.value
        {
            let message = format!(
                "`{key}` `{}` should not start or end with white space",
                value.value
            );
            self.problem(value.span.clone(), message);
        }
    }

    /// A spelling of an SDK constant (`what`: `constant` or `alias`): an identifier, and so
    /// never a number, which `FromStr` and serde would read as a code.
    fn require_spelling(&mut self, spelling: &Spanned<String>, what: &str) {
        let text = &spelling.value;
        let message = if !is_clean(text) {
            // Reported as a character no text may hold.
            return;
        } else if let Ok(number) = text.trim().parse::<i64>() {
            format!("{what} `{text}` is a number: as text it would also name the code {number}")
        } else if !names::is_identifier(text) {
            format!(
                "{what} `{text}` is not an identifier (ASCII letters, digits and `_`, not \
                 starting with a digit)"
            )
        } else {
            return;
        };
        self.problem(spelling.span.clone(), message);
    }

    /// Reports a character the text of `key` may not hold.
    fn check_characters(&mut self, key: &str, text: &str, span: Range<usize>, newlines: bool) {
        if let Some(message) = character_problem(key, text, newlines) {
            self.problem(span, message);
        }
    }

    fn optional_str(&mut self, key: &'static str) -> Option<Spanned<String>> {
        let value = self.get(key)?;
        match value.get_ref().as_str() {
            Some(text) => {
                let long = self.long_texts.contains(&key);
                self.check_characters(key, text, value.span(), long);
                Some(Spanned {
                    value: text.to_owned(),
                    span: value.span(),
                })
            }
            None => {
                self.problems.push(type_problem(value, key, "a string"));
                None
            }
        }
    }

    fn required_str(&mut self, key: &'static str) -> Option<Spanned<String>> {
        if self.get(key).is_none() {
            self.missing(key);
            return None;
        }
        self.optional_str(key)
    }

    /// An integer that numbers an entry of `kind` (`code`), or refers to one (`status`).
    fn required_int(&mut self, key: &'static str, kind: Kind) -> Option<Spanned<i64>> {
        let Some(value) = self.get(key) else {
            self.missing(key);
            return None;
        };
        let number = match integer_of(value) {
            Some(Some(number)) => number,
            Some(None) => {
                let range = kind.code_range().unwrap_or(i64::MIN..=i64::MAX);
                let message = format!(
                    "`{key}` is out of range ({}..={} for kind `{kind}`)",
                    range.start(),
                    range.end()
                );
                self.problem(value.span(), message);
                return None;
            }
            None => {
                self.problems.push(type_problem(value, key, "an integer"));
                return None;
            }
        };
        Some(Spanned {
            value: number,
            span: value.span(),
        })
    }

    /// A wait of a retry policy: from none to a day.
    fn optional_millis(&mut self, key: &'static str) -> Option<Spanned<u64>> {
        let value = self.get(key)?;
        let Some(number) = integer_of(value) else {
            let expected = "a whole number of milliseconds";
            self.problems.push(type_problem(value, key, expected));
            return None;
        };
        let millis = number
            .and_then(|number| u64::try_from(number).ok())
            .filter(|&millis| millis <= MAX_WAIT_MS);
        if millis.is_none() {
            let message = format!(
                "`{key}` is out of range (0..={MAX_WAIT_MS} milliseconds: no wait is longer than \
                 a day)"
            );
            self.problem(value.span(), message);
        }
        Some(Spanned {
            value: millis?,
            span: value.span(),
        })
    }

    fn optional_bool(&mut self, key: &'static str) -> Option<bool> {
        let value = self.get(key)?;
        let flag = value.get_ref().as_bool();
        if flag.is_none() {
            self.problems.push(type_problem(value, key, "a boolean"));
        }
        flag
    }

    fn spanned_strings(&mut self, key: &'static str) -> Option<Vec<Spanned<String>>> {
        let value = self.get(key)?;
        let Some(array) = value.get_ref().as_array() else {
            self.problems
                .push(type_problem(value, key, "an array of strings"));
            return Some(Vec::new());
        };
        let mut strings = Vec::new();
        for item in array.iter() {
            match item.get_ref().as_str() {
                Some(text) => {
                    self.check_characters(key, text, item.span(), false);
                    strings.push(Spanned {
                        value: text.to_owned(),
                        span: item.span(),
                    });
                }
                None => self.problems.push(type_problem(item, key, "a string")),
            }
        }
        Some(strings)
    }

    fn string_list(&mut self, key: &'static str, required: bool) -> Vec<String> {
        (self.spanned_list(key, required).into_iter())
            .map(|string| string.value)
            .collect()
    }

    /// The strings of the list `key`; one item at least where it is `required`.
    fn spanned_list(&mut self, key: &'static str, required: bool) -> Vec<Spanned<String>> {
        match self.spanned_strings(key) {
            Some(strings) if required && strings.is_empty() => {
                let span = self
                    .table
                    .get(key)
                    .map_or(self.span.clone(), toml::Spanned::span);
                self.problem(span, format!("`{key}` should list at least one item"));
                Vec::new()
            }
            Some(strings) => strings,
            None if required => {
                self.missing(key);
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn references(&mut self) -> Vec<Spanned<Reference>> {
        let mut references = Vec::new();
        for item in self.spanned_strings("related").unwrap_or_default() {
            match item.value.split_once('.') {
                Some((table, key)) if !table.is_empty() && !key.is_empty() => {
                    references.push(Spanned {
                        value: Reference {
                            table: table.to_owned(),
                            key: key.to_owned(),
                        },
                        span: item.span,
                    });
                }
                _ => self.problem(
                    item.span,
                    format!("cross-link `{}` should read `TABLE.KEY`", item.value),
                ),
            }
        }
        references
    }

    fn shipped(&mut self) -> Vec<Shipped> {
        self.each_string("shipped", Shipped::parse)
    }

    fn observed(&mut self) -> Vec<Observed> {
        self.each_string("observed", Observed::parse)
    }

    /// Every string of the list `key`, read by `read`; each it refuses reported where it stands.
    fn each_string<T>(&mut self, key: &'static str, read: fn(&str) -> Result<T, String>) -> Vec<T> {
        let mut values = Vec::new();
        for item in self.spanned_strings(key).unwrap_or_default() {
            match read(&item.value) {
                Ok(value) => values.push(value),
                Err(problem) => self.problem(item.span, problem),
            }
        }
        values
    }

    fn history(&mut self) -> Vec<History> {
        let Some(value) = self.get("history") else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        let elements = array_of_tables(value, "history", &mut problems).unwrap_or_default();
        let history = (elements.into_iter())
            .filter_map(|(table, span)| {
                let mut fields = Fields::history_item(table, span, self.kind);
                let record = read_history(&mut fields);
                fields.finish(&mut problems);
                record
            })
            .collect();
        self.problems.extend(problems);
        history
    }
}

/// Test builds check every key the parser reads against the key table, and at the end of a
/// table that each key present which the table lists was read: a key the parser reads that
/// the table does not list, or one the table lists that the parser ignores, fails the tests
/// that read it. Reading a valid table of every kind with every key makes every read.
#[cfg(test)]
impl Fields<'_, '_> {
    fn note_read(&mut self, key: &'static str) {
        assert!(
            self.allows(key),
            "the parser reads `{key}`, which keys.rs does not list here ({:?})",
            self.kind
        );
        self.read.push(key);
    }

    fn assert_listed_keys_read(&self) {
        for key in self.table.keys() {
            let key = key.get_ref().as_ref();
            assert!(
                !self.allows(key) || self.read.contains(&key),
                "keys.rs lists `{key}` ({:?}), which the parser does not read",
                self.kind
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    const EVERY_KEY: &str = include_str!("../tests/fixture/every_key.toml");

    const MINIMAL: &str = include_str!("../tests/fixture/minimal.toml");

    #[test]
    fn integers_read_in_any_base() {
        let source = format!(
            "{MINIMAL}retry_class = \"server\"\nbackoff_ms = 0x10\nbackoff_cap_ms = 1_000\n"
        );
        let (catalog, problems) = parse(&source);
        assert_eq!(problems, Vec::new());
        let retry = catalog.tables[0].entries[0]
            .retry
            .as_ref()
            .expect("a retry policy");
        assert_eq!((retry.backoff_ms, retry.backoff_cap_ms), (Some(16), 1000));
    }

    fn messages(source: &str) -> Vec<String> {
        parse(source)
            .1
            .into_iter()
            .map(|problem| problem.message)
            .collect()
    }

    #[test]
    fn reads_tables_in_file_order() {
        let (catalog, problems) = parse(MINIMAL);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(catalog.tables.len(), 1);
        assert_eq!(catalog.tables[0].entries[0].variant.value, "Retry");
    }

    #[test]
    fn reports_syntax_errors_with_a_span() {
        let problems = parse("a = ").1;
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.starts_with("invalid TOML"),
            "{problems:?}"
        );
    }

    #[test]
    fn reports_every_unknown_and_missing_key() {
        let source =
            format!("{MINIMAL}\n[[Advice]]\nid = \"x\"\nzh = \"x\"\ncolour = 1\nshade = 2\n");
        let found = messages(&source);
        assert!(
            found.contains(&"missing required key `en`".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"unknown key `colour`".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"unknown key `shade`".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn a_broken_declaration_does_not_cascade() {
        let source =
            format!("{MINIMAL}\n[tables.Codes]\nkind = \"sdk_code\"\n\n[[Codes]]\ncode = \"x\"\n");
        let found = messages(&source);
        assert!(
            found
                .iter()
                .all(|message| !message.contains("no table declaration")),
            "{found:?}"
        );
        assert!(
            found.contains(&"`code` should be an integer, found string".to_owned()),
            "{found:?}"
        );
    }

    #[test]
    fn reports_wrong_types() {
        let source = MINIMAL.replace("id = \"retry\"", "id = 7");
        assert_eq!(
            messages(&source),
            ["`id` should be a string, found integer"]
        );
    }

    #[test]
    fn checks_message_style() {
        let source = MINIMAL.replace("retry the request", "retry the request.");
        assert_eq!(messages(&source), ["`en` should not end with a period"]);
        let names_are_fine = MINIMAL.replace("retry the request", "Web SDK failed");
        assert!(messages(&names_are_fine).is_empty());
    }

    /// Where a key stands, and the reader of that part.
    #[derive(Clone, Copy, Debug)]
    enum Part {
        Declaration,
        Entry,
        History,
    }

    impl Part {
        fn keys(self) -> &'static [Field] {
            match self {
                Part::Declaration => keys::DECLARATION,
                Part::Entry => keys::ENTRY,
                Part::History => keys::HISTORY,
            }
        }

        /// What the reader of this part finds wrong with `table`, of a table of `kind`.
        fn problems(self, kind: Kind, table: &DeTable<'_>) -> Vec<String> {
            // A declaration's keys are those of the kind it names, as `read_declarations` reads.
            let known = match self {
                Part::Declaration => declared_kind(table),
                Part::Entry | Part::History => Some(kind),
            };
            let mut fields = Fields::new(table, 0..0, self.keys(), known);
            match self {
                Part::Declaration => {
                    let name = Spanned {
                        value: "T".to_owned(),
                        span: 0..0,
                    };
                    read_declaration(name, &mut fields);
                }
                Part::Entry => {
                    read_entry(kind, &mut fields);
                }
                Part::History => {
                    read_history(&mut fields);
                }
            }
            let mut problems = Vec::new();
            fields.finish(&mut problems);
            problems
                .into_iter()
                .map(|problem| problem.message)
                .collect()
        }
    }

    #[test]
    fn imported_tables() {
        let declaration = |kind: &str, more: &str| {
            format!("[tables.Advice]\nkind = \"{kind}\"\nfrom = \"im_errors\"\n{more}")
        };
        let (catalog, problems) = parse(&declaration("advice", ""));
        assert_eq!(problems, []);
        let table = &catalog.tables[0];
        assert_eq!(
            table.imported.as_ref().map(|from| from.value.as_str()),
            Some("im_errors")
        );
        assert!(table.entries.is_empty());
        assert_eq!(
            messages(&declaration("advice", "zh = \"建议\"\n")),
            [
                "`zh` in a table imported `from` another catalogue, which brings its own text, \
              fallback and entries: give only `kind` and `from`"
            ]
        );
        let with_entry = declaration(
            "advice",
            "\n[[Advice]]\nid = \"retry\"\nzh = \"重试\"\nen = \"retry\"\n",
        );
        assert_eq!(
            messages(&with_entry),
            [
                "entries `[[Advice]]` for a table imported from `im_errors`: its entries are that \
              catalogue's; declare a table of your own to list entries here"
            ]
        );
        let bad_path = "[tables.Advice]\nkind = \"advice\"\nfrom = \"im-errors\"\n";
        assert!(
            messages(bad_path)[0]
                .starts_with("from `im-errors`: `im-errors` is not a module's name")
        );
        // Cases and SDK codes are named by their own table's entries, so they are not imported.
        let case =
            "[tables.C]\nkind = \"rest_case\"\nfrom = \"im_errors\"\nzh = \"例\"\nen = \"cases\"\n";
        assert_eq!(messages(case), ["unknown key `from`"]);
    }

    /// In `EVERY_KEY`, the declaration of the table of `kind`, its first entry and that
    /// entry's first history record.
    fn samples<'a>(root: &'a DeTable<'static>, kind: Kind) -> [(Part, &'a DeTable<'static>); 3] {
        let table = |value: &'a Value<'static>| value.get_ref().as_table().expect("a table");
        let first = |value: &'a Value<'static>| {
            let array = value.get_ref().as_array().expect("an array of tables");
            table(array.iter().next().expect("an element"))
        };
        let (name, declaration) = (table(&root["tables"]).iter())
            .map(|(name, declaration)| (name.get_ref(), table(declaration)))
            .find(|(_, declaration)| declaration["kind"].get_ref().as_str() == Some(kind.as_str()))
            .expect("a table of every kind");
        let entry = first(&root[name.as_ref()]);
        let record = first(&entry["history"]);
        [
            (Part::Declaration, declaration),
            (Part::Entry, entry),
            (Part::History, record),
        ]
    }

    /// The key table and the parser agree: a catalogue with every key the table lists is
    /// valid (and test builds check each read against the table, see `Fields::note_read`), and
    /// leaving out a key is reported as missing exactly where the table requires it.
    #[test]
    fn the_parser_reads_the_keys_the_key_table_lists() {
        assert_eq!(crate::check(EVERY_KEY), []);
        let root = DeTable::parse(EVERY_KEY).expect("valid TOML").into_inner();
        for kind in Kind::ALL {
            for (part, sample) in samples(&root, kind) {
                // `from` takes the place of every other key: `imported_tables` tests it.
                let listed: BTreeSet<_> = (keys::of_kind(part.keys(), kind))
                    .map(|f| f.key)
                    .filter(|key| *key != keys::FROM)
                    .collect();
                let present: BTreeSet<_> =
                    sample.keys().map(|key| key.get_ref().as_ref()).collect();
                assert_eq!(
                    present, listed,
                    "{kind} {part:?}: every_key.toml lacks or adds keys"
                );
                assert_eq!(part.problems(kind, sample), Vec::<String>::new());
                for field in keys::of_kind(part.keys(), kind).filter(|f| f.key != keys::FROM) {
                    let mut without = sample.clone();
                    without.remove(field.key);
                    let found = part.problems(kind, &without);
                    let missing = format!("missing required key `{}`", field.key);
                    if field.is_required_for(kind) {
                        assert!(found.contains(&missing), "{kind} {part:?}: {found:?}");
                    } else {
                        assert!(
                            !found.iter().any(|message| message.starts_with("missing")),
                            "{kind} {part:?} without `{}`: {found:?}",
                            field.key
                        );
                    }
                }
            }
        }
    }

    #[test]
    #[should_panic(expected = "which keys.rs does not list")]
    fn test_builds_refuse_a_read_the_key_table_does_not_list() {
        let table = DeTable::parse("").expect("valid TOML").into_inner();
        let mut fields = Fields::new(&table, 0..0, keys::ENTRY, Some(Kind::Advice));
        fields.optional_str("code");
    }

    #[test]
    fn a_declaration_of_an_unknown_kind_has_the_keys_every_kind_has() {
        let source = "[tables.T]\nkind = \"advise\"\nzh = \"x\"\nen = \"x\"\ncode_space = \"x\"\n";
        let found = messages(source);
        assert!(found[0].starts_with("unknown kind `advise`"), "{found:?}");
        assert_eq!(found[1..], ["unknown key `code_space`"]);
    }
}

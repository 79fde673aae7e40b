//! `im-errors audit`: the error tables of documentation pages, and the status-code tables a Web
//! SDK ships (its `.d.ts` and JS), against a catalogue. Every row a page or an SDK file has
//! either is in the catalogue (a constant its history keeps counting as in it), or is reported
//! with the entry nearest to it, so that the catalogue stays current when the documentation or
//! the SDK changes.

mod near;
mod page;
mod sdk;
mod source;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use im_errors::TemplatePart;
use im_errors_codegen::keys::{self, Type};
use im_errors_codegen::model::{Catalog, Entry, History, Key, Kind, Part};

use crate::output::{Out, warn};
use crate::terminal;
use page::{Located, Row};

/// What `audit` prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per missing or differing row.
    #[default]
    Report,
    /// Skeleton entries for the missing rows.
    Toml,
}

/// What the catalogue says of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict<'c> {
    /// An entry of this table has it, wire text and all.
    Present(&'c str),
    /// Not auditable: no description, or a status that is not a plain number (`5xx`).
    Skipped(String),
    /// An entry of this table matches it, but a wire fact differs.
    Differs(&'c str, String),
    /// Not an entry's constant or alias, but a name of the number that the history of this
    /// table's entry (shown as `TABLE.KEY`) keeps: an older name, a name one release used; or a
    /// REST row under an `error` type that the history of the case it matches names.
    History(&'c str, String),
    /// No entry has it; the nearest one, if any, and its table.
    Missing(Option<(&'c str, String)>),
}

/// The catalogue's REST cases and SDK codes, ready to compare rows with.
pub struct Index<'c> {
    cases: Vec<Case<'c>>,
    codes: Vec<(&'c str, &'c Entry)>,
    /// Where in `codes` each number is, in catalogue order: an SDK file has thousands of rows
    /// at most, a hostile one millions, and each is looked up at once.
    by_number: HashMap<i64, Vec<usize>>,
    /// Where in `codes` each spelling (constant or alias) is, in catalogue order.
    by_spelling: HashMap<&'c str, Vec<usize>>,
}

/// A REST case, ready to compare rows with.
struct Case<'c> {
    table: &'c str,
    entry: &'c Entry,
    /// Its template, as the runtime matches a description with it.
    parts: Vec<TemplatePart>,
    /// Its template's text, as the nearest-entry search compares a description with it.
    text: near::Text<'c>,
}

impl Case<'_> {
    /// The status and error type a response of this case has.
    fn wire(&self) -> (Option<i64>, &str) {
        let case = self.entry.case.as_ref();
        let error = case.and_then(|case| case.error.as_ref());
        (
            case.map(|case| case.status.value),
            error.map_or("", |error| error.value.as_str()),
        )
    }
}

impl<'c> Index<'c> {
    /// The cases and codes of `catalog`.
    pub fn of(catalog: &'c Catalog) -> Index<'c> {
        let mut cases = Vec::new();
        let mut codes = Vec::new();
        for table in &catalog.tables {
            let name = table.name.value.as_str();
            for entry in &table.entries {
                match (table.kind, &entry.case) {
                    (Kind::RestCase, Some(case)) => cases.push(Case {
                        table: name,
                        entry,
                        parts: runtime_parts(&case.template),
                        text: near::Text::of(&case.description),
                    }),
                    (Kind::SdkCode, _) => codes.push((name, entry)),
                    _ => {}
                }
            }
        }
        let (mut by_number, mut by_spelling) = (HashMap::new(), HashMap::new());
        for (at, (_, entry)) in codes.iter().enumerate() {
            if let Key::Code(number) = entry.key.value {
                by_number.entry(number).or_insert_with(Vec::new).push(at);
            }
            for spelling in entry.spellings() {
                let at_spelling = by_spelling.entry(spelling.value.as_str());
                let places: &mut Vec<usize> = at_spelling.or_default();
                // An entry whose constant is also its alias is one place.
                if places.last() != Some(&at) {
                    places.push(at);
                }
            }
        }
        Index {
            cases,
            codes,
            by_number,
            by_spelling,
        }
    }

    /// The table a new entry for `row` goes to, when neither a nearest entry nor the page's
    /// other rows say: the catalogue's first table of the row's kind.
    fn first_table(&self, row: &Row) -> Option<&'c str> {
        match row {
            Row::Rest { .. } => self.cases.first().map(|case| case.table),
            Row::Sdk { .. } => self.codes.first().map(|(table, _)| *table),
        }
    }

    /// What the catalogue says of `row`.
    pub fn verdict(&self, row: &Row) -> Verdict<'c> {
        match row {
            Row::Rest {
                status,
                error,
                description,
            } => self.rest_verdict(status, error, description),
            Row::Sdk { code, constant } => self.sdk_verdict(*code, constant),
        }
    }

    fn rest_verdict(&self, status: &str, error: &str, description: &str) -> Verdict<'c> {
        let Some(status) = page::plain_integer(status) else {
            return Verdict::Skipped(format!("status `{status}` is not a plain decimal number"));
        };
        if description.is_empty() {
            return Verdict::Skipped("no description".to_owned());
        }
        let matching: Vec<_> = (self.cases.iter())
            .filter(|case| im_errors::template_matches(&case.parts, description))
            .collect();
        if let Some(case) = (matching.iter()).find(|case| case.wire() == (Some(status), error)) {
            return Verdict::Present(case.table);
        }
        // A page's other `error` for a case's description, that the case keeps in its history
        // (a document that gave another type), as an SDK row's older name is kept.
        if let Some(case) = (matching.iter())
            .find(|case| (case.entry.history.iter()).any(|item| names(item, error)))
        {
            let kept = format!("{}.{}", case.table, case.entry.key.value);
            return Verdict::History(case.table, kept);
        }
        if let Some(case) = matching.first() {
            let (documented_status, documented_error) = case.wire();
            return Verdict::Differs(
                case.table,
                format!(
                    "{}.{} has this description under {} `{documented_error}`, the page under {status} `{error}`",
                    case.table,
                    case.entry.key.value,
                    documented_status.unwrap_or_default()
                ),
            );
        }
        let nearest = self.nearest_case(status, error, description).map(|case| {
            let template = case.text.as_str();
            let shown = format!("{}.{} \"{template}\"", case.table, case.entry.key.value);
            (case.table, shown)
        });
        Verdict::Missing(nearest)
    }

    /// The case whose template is nearest to `description`, a case of the same status and error
    /// type counting as nearer; the last of equally near ones.
    fn nearest_case(&self, status: i64, error: &str, description: &str) -> Option<&Case<'c>> {
        let description = near::Text::of(description);
        let mut nearest: Option<(f64, &Case<'c>)> = None;
        for case in &self.cases {
            let bonus = if case.wire() == (Some(status), error) {
                0.5
            } else {
                0.0
            };
            // A template whose length alone keeps it below the nearest so far is not compared:
            // a page of texts unlike the catalogue's costs least.
            let at_most = description.most_similar(&case.text) + bonus;
            if nearest.is_some_and(|(best, _)| at_most < best) {
                continue;
            }
            let score = description.similarity(&case.text) + bonus;
            if nearest.is_none_or(|(best, _)| score >= best) {
                nearest = Some((score, case));
            }
        }
        nearest.map(|(_, case)| case)
    }

    fn sdk_verdict(&self, number: i64, constant: &str) -> Verdict<'c> {
        let at = |places: Option<&Vec<usize>>| -> Vec<(&'c str, &'c Entry)> {
            (places.into_iter().flatten())
                .map(|&at| self.codes[at])
                .collect()
        };
        let numbered = at(self.by_number.get(&number));
        let spelt = at(self.by_spelling.get(constant));
        if let Some((table, _)) =
            (spelt.iter()).find(|(_, entry)| entry.key.value == Key::Code(number))
        {
            return Verdict::Present(table);
        }
        // An older name of the number, or a name it had in one release, that the catalogue
        // keeps in the history of the number's entry, not as a spelling of an entry.
        if let Some((table, entry)) = (numbered.iter())
            .find(|(_, entry)| (entry.history.iter()).any(|item| names(item, constant)))
        {
            return Verdict::History(table, format!("{table}.{}", entry.reference_key()));
        }
        if let Some((table, entry)) = spelt.first() {
            return Verdict::Differs(
                table,
                format!(
                    "{table}.{constant} has the number {}, the row {number}",
                    entry.key.value
                ),
            );
        }
        let nearest = numbered.first().map(|(table, entry)| {
            (
                *table,
                format!("{table}.{} ({number})", entry.reference_key()),
            )
        });
        Verdict::Missing(nearest)
    }
}

/// Whether a history item's text, Chinese or English, names `constant`: as a whole word, not
/// as part of a longer constant.
fn names(item: &History, constant: &str) -> bool {
    let word =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    let in_text = |text: &str| {
        (text.match_indices(constant)).any(|(at, _)| {
            !word(text[..at].chars().next_back())
                && !word(text[at + constant.len()..].chars().next())
        })
    };
    !constant.is_empty() && (in_text(&item.en) || in_text(&item.zh))
}

/// The codegen's template, as the runtime matcher takes it. The strings live as long as the
/// command, which ends right after the audit.
fn runtime_parts(parts: &[Part]) -> Vec<TemplatePart> {
    let leak = |text: &str| -> &'static str { Box::leak(text.to_owned().into_boxed_str()) };
    (parts.iter())
        .map(|part| match part {
            Part::Literal(text) => TemplatePart::Literal(leak(text)),
            Part::Param(name) => TemplatePart::Param(leak(name)),
        })
        .collect()
}

/// `im-errors audit CATALOGUE DOC...`.
pub fn run(out: &mut Out, catalogue: &Path, docs: &[PathBuf], format: Format) -> ExitCode {
    let shown = catalogue.display().to_string();
    let bytes = match crate::read_catalogue(catalogue) {
        Ok(bytes) => bytes,
        Err(message) => {
            warn(&message);
            return ExitCode::FAILURE;
        }
    };
    let catalog = match im_errors_codegen::load_file(&shown, &bytes) {
        Ok(catalog) => catalog,
        Err(problems) => {
            problems.iter().for_each(|problem| warn(problem));
            warn(&format!(
                "{shown}: fix the catalogue before auditing against it"
            ));
            return ExitCode::FAILURE;
        }
    };
    let index = Index::of(&catalog);
    let mut report = Report {
        format,
        ..Report::default()
    };
    for doc in docs {
        match source::read(doc) {
            Ok(source) => {
                if let Some(note) = &source.note {
                    warn(&terminal::text(&format!("audit: {note}")));
                }
                report.page(&index, &source.shown, &source.rows);
            }
            Err(message) => {
                warn(&terminal::text(&message));
                report.unreadable += 1;
            }
        }
        // Printed page by page: what is kept is one page's output, not every page's.
        out.text(&std::mem::take(&mut report.output));
    }
    warn(&report.summary());
    if report.missing + report.differing + report.unreadable == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What an audit found, in the output `format` asks for: a page of tiny rows would otherwise
/// keep a skeleton for each row no one asked for.
#[derive(Default)]
struct Report {
    format: Format,
    output: String,
    rows: usize,
    missing: usize,
    differing: usize,
    skipped: usize,
    unreadable: usize,
    /// Rows whose constant the catalogue keeps as history of the number's entry.
    history: usize,
}

impl Report {
    fn page(&mut self, index: &Index<'_>, doc: &str, rows: &[Located]) {
        // The table of the page's last REST row and last SDK row the catalogue has: where a new
        // row of the same page most likely belongs.
        let (mut rest_table, mut sdk_table) = (None, None);
        for &Located { line, ref row } in rows {
            self.rows += 1;
            let row = match row {
                Ok(row) => row,
                Err(why) => {
                    self.unreadable += 1;
                    self.report(doc, line, &format!("cannot read the row: {why}"));
                    continue;
                }
            };
            let verdict = index.verdict(row);
            if let Verdict::Present(table)
            | Verdict::Differs(table, _)
            | Verdict::History(table, _) = verdict
            {
                match row {
                    Row::Rest { .. } => rest_table = Some(table),
                    Row::Sdk { .. } => sdk_table = Some(table),
                }
            }
            match verdict {
                Verdict::Present(_) => {}
                // What the catalogue keeps as history is in it: nothing to report.
                Verdict::History(..) => self.history += 1,
                Verdict::Skipped(why) => {
                    self.skipped += 1;
                    self.report(doc, line, &format!("skipped ({why}): {}", describe(row)));
                }
                Verdict::Differs(_, how) => {
                    self.differing += 1;
                    self.report(doc, line, &format!("differs: {}: {how}", describe(row)));
                }
                Verdict::Missing(nearest) => {
                    self.missing += 1;
                    let page_table = match row {
                        Row::Rest { .. } => {
                            nearest.as_ref().map(|(table, _)| *table).or(rest_table)
                        }
                        Row::Sdk { .. } => sdk_table.or(nearest.as_ref().map(|(table, _)| *table)),
                    };
                    let table = page_table.or_else(|| index.first_table(row));
                    let nearest = nearest
                        .map(|(_, nearest)| format!(" (nearest: {nearest})"))
                        .unwrap_or_default();
                    self.report(doc, line, &format!("missing: {}{nearest}", describe(row)));
                    if let Some(table) = table
                        && self.format == Format::Toml
                    {
                        self.output.push_str(&skeleton(doc, line, row, table));
                    }
                }
            }
        }
    }

    /// A line of the report on line `line` of `doc`.
    fn report(&mut self, doc: &str, line: usize, what: &str) {
        if self.format == Format::Report {
            self.output
                .push_str(&terminal::text(&format!("{doc}:{line}: {what}")));
            self.output.push('\n');
        }
    }

    fn summary(&self) -> String {
        format!(
            "audit: {} rows, {} missing, {} differing, {} skipped, {} unreadable, {} kept as history",
            self.rows, self.missing, self.differing, self.skipped, self.unreadable, self.history
        )
    }
}

fn describe(row: &Row) -> String {
    match row {
        Row::Rest {
            status,
            error,
            description,
        } => format!("{status} `{error}` \"{}\"", terminal::text(description)),
        Row::Sdk { code, constant } => format!("{code} {constant}"),
    }
}

/// A TOML string: the text with `"`, `\` and control characters escaped.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(c));
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The doc's description as a template: braces escaped, and each run of the `X` sample value
/// the pages use made a placeholder to rename.
fn template_of(description: &str) -> String {
    let escaped = description.replace('{', "{{").replace('}', "}}");
    let mut template = String::new();
    let mut samples = 0;
    let mut chars = escaped.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'X' && chars.peek() == Some(&'X') {
            while chars.peek() == Some(&'X') {
                chars.next();
            }
            samples += 1;
            let _ = write!(template, "{{value_{samples}}}");
        } else {
            template.push(c);
        }
    }
    template
}

/// A new entry for `row` in `table`, to fill in: the keys the key table asks for, with what the
/// page says.
fn skeleton(doc: &str, line: usize, row: &Row, table: &str) -> String {
    let mut known = vec![("sources", format!("[{}]", toml_string(doc)))];
    let kind = match row {
        Row::Rest {
            status,
            error,
            description,
        } => {
            // Written as the page has it: a row is missing only if that is a plain number.
            known.push(("status", status.clone()));
            if !error.is_empty() {
                known.push(("error", toml_string(error)));
            }
            known.push(("description", toml_string(&template_of(description))));
            Kind::RestCase
        }
        Row::Sdk { code, constant } => {
            known.push(("code", code.to_string()));
            known.push(("constant", toml_string(constant)));
            Kind::SdkCode
        }
    };
    let entry = entry_skeleton(kind, table, &known);
    format!("# {}:{line}\n{entry}\n", terminal::text(doc))
}

/// A new entry of the table `table` (of `kind`) as TOML to fill in, after its `[[table]]`
/// header: each key the kind has, in the key table's order, with its `known` value (TOML
/// already) where one is given, and a placeholder of the key's type where the kind requires it.
fn entry_skeleton(kind: Kind, table: &str, known: &[(&str, String)]) -> String {
    let mut skeleton = format!("[[{table}]]\n");
    for field in keys::of_kind(keys::ENTRY, kind) {
        let value = match known.iter().find(|(key, _)| *key == field.key) {
            Some((_, value)) => value.clone(),
            None if field.is_required_for(kind) => placeholder(field.ty).to_owned(),
            None => continue,
        };
        let _ = writeln!(skeleton, "{} = {value}", field.key);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalogue with what the tests below look for, as the repository's has it: an SDK
    /// constant in two tables (the Web SDK's and the native SDKs', which spell it
    /// `EMErrorUserNotFound` too), Web SDK codes that keep other names in their history, and a
    /// case whose history keeps the type another page gives it.
    const PAGES: &str = r#"
[tables.Advice]
kind = "advice"
zh = "处理方式"
en = "what to do"

[[Advice]]
id = "fix_request"
zh = "修正请求"
en = "fix the request"

[tables.HttpStatus]
kind = "http_status"
zh = "状态码"
en = "statuses"
fallback_advice = "fix_request"
fallback_zh = "未列出的状态码"
fallback_en = "an unlisted status"

[[HttpStatus]]
code = 400
reason = "Bad Request"
zh = "请求有误"
en = "the request is malformed"
advice = "fix_request"
sources = ["https://example.com/status"]

[tables.ErrorType]
kind = "error_type"
zh = "错误类型"
en = "error types"
fallback_advice = "fix_request"
fallback_zh = "未列出的类型"
fallback_en = "an unlisted type"

[[ErrorType]]
error = "invalid_parameter"
zh = "参数无效"
en = "a parameter is invalid"
advice = "fix_request"
sources = ["https://example.com/types"]

[tables.RestError]
kind = "rest_case"
zh = "错误"
en = "cases"

[[RestError]]
id = "required_field_missing"
status = 400
error = "invalid_parameter"
description = "{field} must be provided"
zh = "缺少必填字段"
en = "a required field is missing"
cause_zh = "缺字段。"
cause_en = "A field is missing."
remedy_zh = "补上。"
remedy_en = "Add it."
advice = "fix_request"
sources = ["https://example.com/groups"]

[[RestError.history]]
source = "https://example.com/app-token"
current = false
zh = "获取 App Token 的文档把 client_id must be provided. 列在 400 illegal_argument 下"
en = "the app token page lists client_id must be provided. under 400 illegal_argument"

[[RestError]]
id = "group_description_too_long"
status = 400
error = "invalid_parameter"
description = "the length of group description must be less than {max}, but got a description of {length} characters that the server could not store"
zh = "群描述过长"
en = "the group description is too long"
cause_zh = "描述太长。"
cause_en = "The description is too long."
remedy_zh = "缩短。"
remedy_en = "Shorten it."
advice = "fix_request"
sources = ["https://example.com/groups"]

[tables.SdkCode]
kind = "sdk_code"
zh = "Web SDK 错误码"
en = "Web SDK codes"
code_space = "statusCode"
platforms = ["Web"]
fallback_advice = "fix_request"
fallback_zh = "未列出的错误码"
fallback_en = "an unlisted code"

[[SdkCode]]
code = 204
constant = "USER_NOT_FOUND"
zh = "用户不存在"
en = "the user does not exist"
advice = "fix_request"
sources = ["https://example.com/web"]

[[SdkCode]]
code = 54
constant = "OPERATION_NOT_ALLOWED"
zh = "操作不允许"
en = "the operation is not allowed"
advice = "fix_request"
sources = ["https://example.com/web"]

[[SdkCode.history]]
source = "easemob-websdk@4.1.0-beta"
current = false
zh = "4.1.0-beta 中 54 名为NOT_EXIST。"
en = "in 4.1.0-beta, 54 is `NOT_EXIST`"

[[SdkCode]]
code = 55
constant = "NOT_EXIST"
zh = "不存在"
en = "it does not exist"
advice = "fix_request"
sources = ["https://example.com/web"]

[[SdkCode.history]]
source = "easemob-websdk@4.7.0"
current = false
zh = "LOCAL_DB_OPERATION_FAILED 在 4.7.0 中是 55"
en = "4.7.0 has it as 55"

[[SdkCode]]
code = 800
constant = "LOCAL_DB_OPERATION_FAILED"
zh = "本地数据库操作失败"
en = "a local database operation failed"
advice = "fix_request"
sources = ["https://example.com/web"]

[tables.NativeSdkCode]
kind = "sdk_code"
zh = "原生 SDK 错误码"
en = "native SDK codes"
code_space = "EMError"
platforms = ["Android"]
fallback_advice = "fix_request"
fallback_zh = "未列出的错误码"
fallback_en = "an unlisted code"

[[NativeSdkCode]]
code = 204
constant = "USER_NOT_FOUND"
aliases = ["EMErrorUserNotFound"]
zh = "用户不存在"
en = "the user does not exist"
advice = "fix_request"
sources = ["https://example.com/android"]
"#;

    fn pages_catalogue() -> Catalog {
        im_errors_codegen::load(PAGES).expect("a valid catalogue")
    }

    /// A new code goes to the table of the page's other codes, which the catalogue names,
    /// not to a table the command would name.
    #[test]
    fn skeletons_go_to_the_table_of_the_page() {
        let catalog = pages_catalogue();
        let index = Index::of(&catalog);
        let page = "| 错误码 | 错误信息 | 描述 |\n| :--- | :--- | :--- |\n| 204 | EMErrorUserNotFound | 用户不存在。 |\n| 9998 | EMErrorBrandNew | 新的。 |\n";
        let mut report = Report {
            format: Format::Toml,
            ..Report::default()
        };
        report.page(&index, "native.md", &page::rows(page).expect("a table"));
        assert_eq!(report.missing, 1);
        assert!(
            report.output.contains("[[NativeSdkCode]]\ncode = 9998\n"),
            "{}",
            report.output
        );
    }

    /// A page that gives a case's description under another type, which the case's history
    /// keeps (the app-token page's `illegal_argument`), is not reported; any other type is.
    #[test]
    fn a_type_a_case_keeps_as_history_is_not_reported() {
        let catalog = pages_catalogue();
        let index = Index::of(&catalog);
        let row = |error: &str| Row::Rest {
            status: "400".into(),
            error: error.into(),
            description: "client_id must be provided.".into(),
        };
        let kept = Verdict::History("RestError", "RestError.required_field_missing".into());
        assert_eq!(index.verdict(&row("illegal_argument")), kept);
        assert!(matches!(
            index.verdict(&row("widget_error")),
            Verdict::Differs(..)
        ));
    }

    /// Only a description's first characters are compared: a row whose text goes on for a
    /// megabyte has the nearest entry of its start, found as fast.
    #[test]
    fn the_nearest_entry_is_that_of_the_description_s_start() {
        let catalog = pages_catalogue();
        let index = Index::of(&catalog);
        let row = |description: String| Row::Rest {
            status: "400".into(),
            error: "widget_error".into(),
            description,
        };
        let start = "x".repeat(near::COMPARED);
        // The whole text would be nearest to the catalogue's longest template, which it ends with.
        let longest = (index.cases.iter())
            .map(|case| case.text.as_str())
            .max_by_key(|description| description.len())
            .unwrap_or_default();
        let long = row(format!("{start}{longest}"));
        let verdict = index.verdict(&long);
        assert!(matches!(verdict, Verdict::Missing(Some(_))), "{verdict:?}");
        assert_eq!(verdict, index.verdict(&row(start)));
    }

    /// Whatever a page's name and cells hold, each stays in its comment or its string.
    #[test]
    fn page_text_in_a_skeleton_stays_in_its_comment_or_string() {
        let row = Row::Rest {
            status: "400".into(),
            error: "e\"\n[[X]]".into(),
            description: "d\r\n[[Y]]\u{1b}\t\\".into(),
        };
        let skeleton = skeleton("p\n[[Z]]\u{85}.md", 7, &row, "RestError");
        assert!(skeleton.starts_with("# p\\n[[Z]]\\u{85}.md:7\n[[RestError]]\n"));
        let lines: Vec<&str> = skeleton.lines().collect();
        assert!(
            (lines.iter().skip(2)).all(|line| line.is_empty() || line.contains(" = ")),
            "{skeleton}"
        );
        assert!(
            !skeleton.chars().any(|c| c.is_control() && c != '\n'),
            "{skeleton:?}"
        );
    }

    /// A name the history of the number's entry keeps is neither missing nor differing; a
    /// name the history of another number's entry keeps, or that a kept name only contains, is.
    #[test]
    fn a_name_kept_as_history_of_its_number_is_not_reported() {
        let catalog = pages_catalogue();
        let index = Index::of(&catalog);
        let verdict = |code: i64, constant: &str| {
            index.verdict(&Row::Sdk {
                code,
                constant: constant.to_owned(),
            })
        };
        let kept = |key: &str| Verdict::History("SdkCode", format!("SdkCode.{key}"));
        // Would differ: NOT_EXIST is 55.
        assert_eq!(verdict(54, "NOT_EXIST"), kept("OPERATION_NOT_ALLOWED"));
        // Would differ: LOCAL_DB_OPERATION_FAILED is 800. Named in Chinese text only.
        assert_eq!(verdict(55, "LOCAL_DB_OPERATION_FAILED"), kept("NOT_EXIST"));
        assert_eq!(verdict(55, "NOT_EXIST"), Verdict::Present("SdkCode"));
        assert!(
            matches!(verdict(56, "NOT_EXIST"), Verdict::Differs(..)),
            "the history of 54 says nothing of 56"
        );
        for part in ["EXIST", "NOT_EXISTS", "NOT", ""] {
            assert!(
                matches!(verdict(54, part), Verdict::Missing(Some(_))),
                "{part:?}: {:?}",
                verdict(54, part)
            );
        }
    }

    #[test]
    fn samples_become_placeholders_and_braces_stay_literal() {
        assert_eq!(
            template_of("user XX in {a} or XXXX"),
            "user {value_1} in {{a}} or {value_2}"
        );
        assert_eq!(toml_string("a \"b\"\n"), "\"a \\\"b\\\"\\n\"");
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
        let required = keys::of_kind(keys::ENTRY, Kind::RestCase)
            .filter(|f| f.is_required_for(Kind::RestCase));
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
}

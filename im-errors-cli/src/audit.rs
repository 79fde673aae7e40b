//! `im-errors audit`: the error tables of documentation pages against a catalogue. Every row a
//! page documents either is in the catalogue, or is reported with the entry nearest to it, so
//! that the catalogue stays current when the documentation changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use im_errors::TemplatePart;
use im_errors_codegen::model::{Catalog, Entry, Key, Kind};
use im_errors_codegen::template::Part;

use crate::output::{Out, warn};

/// What `audit` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per missing or differing row.
    Report,
    /// Skeleton entries for the missing rows.
    Toml,
}

/// One row of a documentation table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// `| HTTP 状态码 | 错误类型 | 错误提示 | ...`.
    Rest {
        status: String,
        error: String,
        description: String,
    },
    /// `| 错误码 | 错误信息 | ...`.
    Sdk { code: String, constant: String },
}

/// A row and the line of the page it stands on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub row: Row,
}

/// Reads one row of a table of a known layout.
type ReadRow = fn(&[String]) -> Option<Row>;

/// The rows of every error table of a markdown page, in both layouts the documents use.
pub fn rows(page: &str) -> Vec<Located> {
    let mut rows = Vec::new();
    let mut layout: Option<(ReadRow, usize)> = None;
    for (index, line) in page.lines().enumerate() {
        let Some(cells) = cells(line) else {
            layout = None;
            continue;
        };
        let first = cells.first().map(String::as_str).unwrap_or_default();
        if first.starts_with("HTTP 状态码")
            && cells
                .get(1)
                .is_some_and(|cell| cell.starts_with("错误类型"))
        {
            layout = Some((rest_row, cells.len()));
        } else if first.starts_with("错误码") {
            layout = Some((sdk_row, cells.len()));
        } else if let Some((read, width)) = layout
            && !is_separator(&cells)
            && let Some(row) = read(&rejoin(cells, width))
        {
            rows.push(Located {
                line: index + 1,
                row,
            });
        }
    }
    rows
}

fn cells(line: &str) -> Option<Vec<String>> {
    let inner = line.trim().strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    Some(
        inner
            .split('|')
            .map(|cell| cell.trim().to_owned())
            .collect(),
    )
}

fn is_separator(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|cell| cell.chars().all(|c| matches!(c, '-' | ':' | ' ')))
}

/// A description holding `|` splits into more cells than the header has: the extra ones are
/// put back into the third, the description. Wire text is English: a row whose extra cell is
/// Chinese has a column its header lacks instead.
fn rejoin(mut cells: Vec<String>, width: usize) -> Vec<String> {
    let extra = cells.len().saturating_sub(width);
    let wire_text = |cell: &String| !cell.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if extra > 0 && width >= 3 && cells[3..3 + extra].iter().all(wire_text) {
        let joined = cells.drain(2..=2 + extra).collect::<Vec<_>>().join(" | ");
        cells.insert(2, joined);
    }
    cells
}

/// The cell's text without the code span or the double quotes some pages put around it.
fn unquote(cell: &str) -> String {
    let text = cell.trim().trim_matches('`').trim();
    let unquoted = text
        .strip_prefix('"')
        .and_then(|text| text.strip_suffix('"'));
    unquoted.unwrap_or(text).trim().to_owned()
}

fn rest_row(cells: &[String]) -> Option<Row> {
    Some(Row::Rest {
        status: unquote(cells.first()?),
        error: unquote(cells.get(1)?),
        description: unquote(cells.get(2)?),
    })
}

fn sdk_row(cells: &[String]) -> Option<Row> {
    let code = unquote(cells.first()?);
    code.parse::<i64>().ok()?;
    Some(Row::Sdk {
        code,
        constant: unquote(cells.get(1)?),
    })
}

/// What the catalogue says of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict<'c> {
    /// An entry of this table has it, wire text and all.
    Present(&'c str),
    /// Not auditable: no description, or a status that is not a number (`5xx`).
    Skipped(String),
    /// An entry of this table matches it, but a wire fact differs.
    Differs(&'c str, String),
    /// No entry has it; the nearest one, if any, and its table.
    Missing(Option<(&'c str, String)>),
}

/// The catalogue's REST cases and SDK codes, ready to compare rows with.
pub struct Index<'c> {
    cases: Vec<(&'c str, &'c Entry, Vec<TemplatePart>)>,
    codes: Vec<(&'c str, &'c Entry)>,
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
                    (Kind::RestCase, Some(case)) => {
                        cases.push((name, entry, runtime_parts(&case.template)))
                    }
                    (Kind::SdkCode, _) => codes.push((name, entry)),
                    _ => {}
                }
            }
        }
        Index { cases, codes }
    }

    /// The table a new entry for `row` goes to, when neither a nearest entry nor the page's
    /// other rows say: the catalogue's first table of the row's kind.
    fn first_table(&self, row: &Row) -> Option<&'c str> {
        match row {
            Row::Rest { .. } => self.cases.first().map(|(table, _, _)| *table),
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
            Row::Sdk { code, constant } => self.sdk_verdict(code, constant),
        }
    }

    fn rest_verdict(&self, status: &str, error: &str, description: &str) -> Verdict<'c> {
        let Ok(status) = status.parse::<i64>() else {
            return Verdict::Skipped(format!("status `{status}` is not a number"));
        };
        if description.is_empty() {
            return Verdict::Skipped("no description".to_owned());
        }
        let matching: Vec<_> = (self.cases.iter())
            .filter(|(_, _, parts)| im_errors::template_matches(parts, description))
            .collect();
        fn wire(entry: &Entry) -> (Option<i64>, &str) {
            let case = entry.case.as_ref();
            let error = case.and_then(|case| case.error.as_ref());
            (
                case.map(|case| case.status.value),
                error.map_or("", |error| error.value.as_str()),
            )
        }
        if let Some((table, _, _)) =
            (matching.iter()).find(|(_, entry, _)| wire(entry) == (Some(status), error))
        {
            return Verdict::Present(table);
        }
        if let Some((table, entry, _)) = matching.first() {
            let (documented_status, documented_error) = wire(entry);
            return Verdict::Differs(
                table,
                format!(
                    "{table}.{} has this description under {} `{documented_error}`, the page under {status} `{error}`",
                    entry.key.value,
                    documented_status.unwrap_or_default()
                ),
            );
        }
        let nearest = (self.cases.iter())
            .map(|(table, entry, _)| {
                let template = entry
                    .case
                    .as_ref()
                    .map_or("", |case| case.description.as_str());
                let mut score = strsim::normalized_levenshtein(template, description);
                if wire(entry) == (Some(status), error) {
                    score += 0.5;
                }
                let shown = format!("{table}.{} \"{template}\"", entry.key.value);
                (score, (*table, shown))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, nearest)| nearest);
        Verdict::Missing(nearest)
    }

    fn sdk_verdict(&self, code: &str, constant: &str) -> Verdict<'c> {
        let number = code.parse::<i64>().unwrap_or_default();
        let spellings =
            |entry: &'c Entry| (entry.spellings()).map(|spelling| spelling.value.as_str());
        let has_number = |entry: &Entry| entry.key.value == Key::Code(number);
        if let Some((table, _)) = (self.codes.iter()).find(|(_, entry)| {
            has_number(entry) && spellings(entry).any(|spelling| spelling == constant)
        }) {
            return Verdict::Present(table);
        }
        if let Some((table, entry)) = (self.codes.iter())
            .find(|(_, entry)| spellings(entry).any(|spelling| spelling == constant))
        {
            return Verdict::Differs(
                table,
                format!(
                    "{table}.{constant} has the number {}, the page {number}",
                    entry.key.value
                ),
            );
        }
        let nearest = (self.codes.iter())
            .find(|(_, entry)| has_number(entry))
            .map(|(table, entry)| {
                (
                    *table,
                    format!("{table}.{} ({number})", entry.reference_key()),
                )
            });
        Verdict::Missing(nearest)
    }
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
    let mut report = Report::default();
    for doc in docs {
        match std::fs::read_to_string(doc) {
            Ok(page) => report.page(&index, &doc.display().to_string(), &page),
            Err(error) => {
                warn(&format!("{}: cannot read: {error}", doc.display()));
                report.unreadable += 1;
            }
        }
    }
    match format {
        Format::Report => out.text(&report.lines),
        Format::Toml => out.text(&report.skeletons),
    }
    warn(&report.summary());
    if report.missing + report.differing + report.unreadable == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What an audit found, as report lines and as skeleton entries.
#[derive(Default)]
struct Report {
    lines: String,
    skeletons: String,
    rows: usize,
    missing: usize,
    differing: usize,
    skipped: usize,
    unreadable: usize,
}

impl Report {
    fn page(&mut self, index: &Index<'_>, doc: &str, page: &str) {
        // The table of the page's last REST row and last SDK row the catalogue has: where a new
        // row of the same page most likely belongs.
        let (mut rest_table, mut sdk_table) = (None, None);
        for Located { line, row } in rows(page) {
            self.rows += 1;
            let verdict = index.verdict(&row);
            if let Verdict::Present(table) | Verdict::Differs(table, _) = verdict {
                match row {
                    Row::Rest { .. } => rest_table = Some(table),
                    Row::Sdk { .. } => sdk_table = Some(table),
                }
            }
            match verdict {
                Verdict::Present(_) => {}
                Verdict::Skipped(why) => {
                    self.skipped += 1;
                    let _ = writeln!(
                        self.lines,
                        "{doc}:{line}: skipped ({why}): {}",
                        describe(&row)
                    );
                }
                Verdict::Differs(_, how) => {
                    self.differing += 1;
                    let _ = writeln!(
                        self.lines,
                        "{doc}:{line}: differs: {}: {how}",
                        describe(&row)
                    );
                }
                Verdict::Missing(nearest) => {
                    self.missing += 1;
                    let page_table = match row {
                        Row::Rest { .. } => {
                            nearest.as_ref().map(|(table, _)| *table).or(rest_table)
                        }
                        Row::Sdk { .. } => sdk_table.or(nearest.as_ref().map(|(table, _)| *table)),
                    };
                    let table = page_table.or_else(|| index.first_table(&row));
                    let nearest = nearest
                        .map(|(_, nearest)| format!(" (nearest: {nearest})"))
                        .unwrap_or_default();
                    let _ = writeln!(
                        self.lines,
                        "{doc}:{line}: missing: {}{nearest}",
                        describe(&row)
                    );
                    if let Some(table) = table {
                        self.skeletons.push_str(&skeleton(doc, line, &row, table));
                    }
                }
            }
        }
    }

    fn summary(&self) -> String {
        format!(
            "audit: {} rows, {} missing, {} differing, {} skipped",
            self.rows, self.missing, self.differing, self.skipped
        )
    }
}

fn describe(row: &Row) -> String {
    match row {
        Row::Rest {
            status,
            error,
            description,
        } => format!("{status} `{error}` \"{}\"", description.escape_debug()),
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

/// A new entry for `row` in `table`, to fill in: the keys the schema asks for, with what the
/// page says.
fn skeleton(doc: &str, line: usize, row: &Row, table: &str) -> String {
    let mut known = vec![("sources", format!("[{}]", toml_string(doc)))];
    let kind = match row {
        Row::Rest {
            status,
            error,
            description,
        } => {
            known.push(("status", status.clone()));
            if !error.is_empty() {
                known.push(("error", toml_string(error)));
            }
            known.push(("description", toml_string(&template_of(description))));
            Kind::RestCase
        }
        Row::Sdk { code, constant } => {
            known.push(("code", code.clone()));
            known.push(("constant", toml_string(constant)));
            Kind::SdkCode
        }
    };
    let entry = im_errors_codegen::schema::entry_skeleton(kind, table, &known);
    format!("# {doc}:{line}\n{entry}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "\
# 用户

| HTTP 状态码 | 错误类型 | 错误提示 | 可能原因 | 处理建议 |
| :--- | :--- | :--- | :--- | :--- |
| 400 | `illegal_argument` | username XXX is not legal | 用户名不合法。 | 修改。 |
| 401 | unauthorized | getContacts | page size more than max limit : 50 | 原因 | 建议 |
| 403 | group_error | \"thread not open.\" | 子区功能未开通。 | 开通 | 多余 |

text between tables

| 错误码 | 错误信息 | 描述和可能原因 |
| :--- | :--- | :--- |
| 204 | USER_NOT_FOUND | 用户不存在。 |
";

    /// A new code goes to the table of the page's other codes, which the catalogue names,
    /// not to a table the command would name.
    #[test]
    fn skeletons_go_to_the_table_of_the_page() {
        // The repository's catalogue, beside this crate; a packaged copy of the crate (where
        // `cargo package` has kept the manifest as written in `Cargo.toml.orig`) has none.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        if root.join("Cargo.toml.orig").exists() {
            eprintln!("skipped: a packaged im-errors-cli has no repository around it");
            return;
        }
        let source = std::fs::read_to_string(root.join("../codes.toml"));
        let source = source.expect("codes.toml is readable");
        let catalog = im_errors_codegen::parse::parse(&source).0;
        let index = Index::of(&catalog);
        let page = "| 错误码 | 错误信息 | 描述 |\n| :--- | :--- | :--- |\n| 204 | EMErrorUserNotFound | 用户不存在。 |\n| 9998 | EMErrorBrandNew | 新的。 |\n";
        let mut report = Report::default();
        report.page(&index, "native.md", page);
        assert_eq!(report.missing, 1);
        assert!(
            report
                .skeletons
                .contains("[[NativeSdkCode]]\ncode = 9998\n"),
            "{}",
            report.skeletons
        );
    }

    #[test]
    fn reads_both_layouts_and_rejoins_split_descriptions() {
        let rows = rows(PAGE);
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(rows[0].line, 5);
        assert_eq!(
            rows[0].row,
            Row::Rest {
                status: "400".into(),
                error: "illegal_argument".into(),
                description: "username XXX is not legal".into()
            }
        );
        let Row::Rest { description, .. } = &rows[1].row else {
            panic!("{rows:?}")
        };
        assert_eq!(
            description,
            "getContacts | page size more than max limit : 50"
        );
        let Row::Rest { description, .. } = &rows[2].row else {
            panic!("{rows:?}")
        };
        assert_eq!(description, "thread not open.");
        assert_eq!(
            rows[3].row,
            Row::Sdk {
                code: "204".into(),
                constant: "USER_NOT_FOUND".into()
            }
        );
    }

    #[test]
    fn samples_become_placeholders_and_braces_stay_literal() {
        assert_eq!(
            template_of("user XX in {a} or XXXX"),
            "user {value_1} in {{a}} or {value_2}"
        );
        assert_eq!(toml_string("a \"b\"\n"), "\"a \\\"b\\\"\\n\"");
    }
}

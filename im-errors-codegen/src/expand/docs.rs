//! The rustdoc of generated enums and variants: the enum's page carries the whole table, as the
//! documentation page it replaces does; each variant carries everything known of one entry.

use std::fmt::Write;

use super::Context;
use super::markdown::{self, code, fenced, sentence, text};
use crate::model::{Entry, Key, Kind, Table};

/// The cells after the variant link in one row of an enum's summary table.
type Cells = fn(&Context<'_>, &Entry) -> Vec<String>;

impl Context<'_> {
    pub(super) fn table_doc(&self) -> String {
        let table = self.table;
        let mut doc = format!("{}\n\n{}\n", sentence(&table.text.en), text(&table.text.zh));
        if let Some(space) = &table.code_space {
            let platforms: Vec<_> = table
                .platforms
                .iter()
                .map(|platform| text(platform))
                .collect();
            let _ = write!(
                doc,
                "\nCode space: {}; platforms: {}.\n",
                code(space),
                platforms.join(", ")
            );
        }
        if let Some(fallback) = &table.fallback {
            let variant = table.kind.fallback_variant().unwrap_or_default();
            let _ = write!(
                doc,
                "\nValues no entry has convert to [`{name}::{variant}`]: {} / {}.\n",
                text(&fallback.en),
                text(&fallback.zh),
                name = table.name.value
            );
        }
        if !table.sources.is_empty() {
            let _ = write!(doc, "\nSources: {}.\n", source_list(&table.sources));
        }
        doc.push_str(&self.example());
        doc.push_str("\n# Entries\n\n");
        doc.push_str(&self.summary_table());
        doc
    }

    /// How the table is used, written from its first entry: a doc test importing the enum from
    /// the invocation's `doc_path`, or marked `ignore` without one, since the enum's path
    /// depends on where the invoking crate expands `codes!`.
    fn example(&self) -> String {
        let Some(entry) = self.table.entries.first() else {
            return String::new();
        };
        let name = &self.table.name.value;
        let variant = &entry.variant.value;
        let lines = match (self.table.kind, &entry.key.value) {
            (Kind::SdkCode, Key::Code(code)) => {
                let constant = entry
                    .constant
                    .as_ref()
                    .map_or("", |constant| constant.value.as_str());
                format!(
                    "let code = {name}::from({code});\nassert_eq!(code, {name}::{variant});\nassert_eq!(code.name(), {constant:?});\nassert_eq!({constant:?}.parse::<{name}>(), Ok(code));\nassert_eq!(\"{code}\".parse::<{name}>(), Ok(code));\nassert_eq!(i32::from({name}::from(-77_777)), -77_777); // unknown codes survive\nprintln!(\"{{code}}: {{}}\", code.advice());"
                )
            }
            (Kind::HttpStatus, Key::Code(code)) => format!(
                "let status = {name}::from({code}_u16);\nassert_eq!(status, {name}::{variant});\nassert!(status.is_known());\nassert_eq!(u16::from({name}::from(599)), 599);\nprintln!(\"{{status}}: {{}}\", status.advice());"
            ),
            (Kind::ErrorType, Key::Name(error)) => format!(
                "let error = {name}::from({error:?});\nassert_eq!(error, {name}::{variant});\nassert_eq!(error.as_str(), {error:?});\nassert!(!{name}::from(\"a_new_type\").is_known());"
            ),
            (Kind::RestCase, Key::Name(id)) => format!(
                "let case = {name}::{variant};\nassert_eq!(case.id(), {id:?});\nassert_eq!({id:?}.parse::<{name}>(), Ok(case));\nprintln!(\"{{}} {{}}: {{}}\", case.status(), case.template(), case.remedy_en());\n// A response's body classified: `im_errors::classify(status, body).is({name}::{variant})`."
            ),
            (Kind::Advice, Key::Name(id)) => format!(
                "let advice = {name}::{variant};\nassert_eq!(advice.id(), {id:?});\nprintln!(\"retry: {{}}, wait: {{:?}}\", advice.is_retryable(), advice.suggested_backoff(0));"
            ),
            _ => return String::new(),
        };
        match self.doc_path {
            Some(path) => format!(
                "\n# Example\n\n{}\n",
                fenced("", &format!("# use {path}::{name};\n{lines}"))
            ),
            None => format!("\n# Example\n\n{}\n", fenced("ignore", &lines)),
        }
    }

    /// One row per entry, in three or four narrow columns so the table fits rustdoc's text
    /// column; the Chinese text, advice and sources are on each variant's own page.
    fn summary_table(&self) -> String {
        let (header, cells): (&str, Cells) = match self.table.kind {
            Kind::Advice => ("| Advice | English | 中文 |", |_, entry| {
                vec![text(&entry.text.en), text(&entry.text.zh)]
            }),
            Kind::HttpStatus => ("| Status | Reason | Meaning |", |_, entry| {
                vec![
                    text(entry.reason.as_deref().unwrap_or_default()),
                    text(&entry.text.en),
                ]
            }),
            Kind::ErrorType => ("| `error` | Meaning |", |_, entry| {
                vec![text(&entry.text.en)]
            }),
            Kind::RestCase => (
                "| Case | Status | `error` · `error_description` |",
                |_, entry| {
                    let case = entry.case.as_ref();
                    let status = case
                        .map(|case| case.status.value.to_string())
                        .unwrap_or_default();
                    let error = case
                        .and_then(|case| case.error.as_ref())
                        .map_or_else(|| "(no type)".into(), |error| code(&error.value));
                    let description = case.map(|case| code(&case.description)).unwrap_or_default();
                    vec![status, format!("{error} · {description}")]
                },
            ),
            Kind::SdkCode => ("| Code | Constant | Meaning |", |_, entry| {
                let constant = entry
                    .constant
                    .as_ref()
                    .map(|constant| code(&constant.value));
                vec![constant.unwrap_or_default(), text(&entry.text.en)]
            }),
        };
        let columns = header.matches('|').count() - 1;
        let mut out = format!("{header}\n|{}\n", "---|".repeat(columns));
        for entry in &self.table.entries {
            let mut row = vec![self.key_link(entry)];
            row.extend(cells(self, entry));
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out
    }

    /// A link to the variant, shown as what the documents name it by: the number, the `error`
    /// string, the id.
    fn key_link(&self, entry: &Entry) -> String {
        let shown = match self.table.kind {
            Kind::RestCase => entry.variant.value.clone(),
            _ => entry.key.value.to_string(),
        };
        format!("[{}](Self::{})", code(&shown), entry.variant.value)
    }

    pub(super) fn variant_doc(&self, index: usize, entry: &Entry) -> String {
        let mut doc = self.headline(entry);
        let _ = write!(
            doc,
            "\n\n{}\n\n{}\n",
            sentence(&entry.text.en),
            text(&entry.text.zh)
        );
        if let (Some(en), Some(zh)) = (&entry.text.detail_en, &entry.text.detail_zh) {
            let _ = write!(doc, "\n{}\n\n{}\n", text(en), text(zh));
        }
        if let Some(case) = &entry.case {
            let _ = write!(
                doc,
                "\n**Cause.** {}\n\n**原因。** {}\n\n**Remedy.** {}\n\n**处理建议。** {}\n",
                text(&case.cause_en),
                text(&case.cause_zh),
                text(&case.remedy_en),
                text(&case.remedy_zh)
            );
        }
        doc.push('\n');
        for (label, value) in self.facts(index, entry) {
            let _ = writeln!(doc, "- **{label}:** {value}");
        }
        if !entry.history.is_empty() {
            doc.push_str("\n**What the documents said**\n\n");
            for item in &entry.history {
                let status = if item.current { "current" } else { "outdated" };
                let _ = writeln!(
                    doc,
                    "- {} ({status}): {} / {}",
                    source(&item.source),
                    text(&item.en),
                    text(&item.zh)
                );
            }
        }
        doc
    }

    fn headline(&self, entry: &Entry) -> String {
        match (&entry.case, &entry.constant, &entry.reason) {
            (Some(case), _, _) => {
                let error = case
                    .error
                    .as_ref()
                    .map_or_else(|| "(no type)".into(), |error| code(&error.value));
                // A description of several lines reads as a block, not as a code span with `\n`.
                if case.description.contains('\n') {
                    let block = fenced("text", &case.description);
                    format!("**{}** {error}:\n\n{block}", case.status.value)
                } else {
                    format!(
                        "**{}** {error}: {}",
                        case.status.value,
                        code(&case.description)
                    )
                }
            }
            (None, Some(constant), _) => {
                format!("**{}** {}", entry.key.value, code(&constant.value))
            }
            (None, None, Some(reason)) => format!("**{}** {}", entry.key.value, text(reason)),
            (None, None, None) => code(&entry.key.value.to_string()),
        }
    }

    /// The rows of a variant's fact table.
    fn facts(&self, index: usize, entry: &Entry) -> Vec<(&'static str, String)> {
        let mut facts = Vec::new();
        if let Some(case) = &entry.case {
            facts.push((
                "Status",
                self.entry_link(Kind::HttpStatus, &case.status.value.to_string()),
            ));
            if let Some(error) = &case.error {
                facts.push(("Type", self.entry_link(Kind::ErrorType, &error.value)));
            }
            if !case.template.is_empty() {
                let params: Vec<_> = crate::template::params(&case.template)
                    .map(|param| format!("`{param}`"))
                    .collect();
                if !params.is_empty() {
                    facts.push(("Parameters", params.join(", ")));
                }
            }
            if let Some(successor) = &case.superseded_by {
                facts.push(("Superseded by", self.local_link(&successor.value)));
            }
        }
        if self.table.kind != Kind::Advice {
            facts.push(("Advice", self.advice_link(entry)));
        }
        let cases: Vec<_> = (self
            .cases
            .with(self.table.kind, &entry.key.value.to_string()))
        .iter()
        .map(|(table, variant)| variant_link(table, variant))
        .collect();
        if !cases.is_empty() {
            facts.push(("Documented cases", cases.join(", ")));
        }
        let related: Vec<_> = (self.links.all_from((self.index, index)).into_iter())
            .map(|(table, entry)| {
                link(
                    &self.catalog.tables[table],
                    &self.catalog.tables[table].entries[entry],
                )
            })
            .collect();
        if !related.is_empty() {
            facts.push(("Related", related.join(", ")));
        }
        if !entry.sources.is_empty() {
            facts.push(("Sources", source_list(&entry.sources)));
        }
        if !entry.shipped.is_empty() {
            let runs: Vec<_> = (entry.shipped.iter())
                .map(|run| {
                    let versions = if run.since == run.until {
                        code(&run.since)
                    } else {
                        format!("{} – {}", code(&run.since), code(&run.until))
                    };
                    format!("{} {versions}", code(&run.package))
                })
                .collect();
            facts.push(("Shipped in", runs.join("; ")));
        }
        if !entry.observed.is_empty() {
            let seen: Vec<_> = (entry.observed.iter())
                .map(|seen| {
                    format!(
                        "{} ({})",
                        text(&seen.date),
                        source_list(std::slice::from_ref(&seen.source))
                    )
                })
                .collect();
            facts.push(("Seen from the live service", seen.join("; ")));
        }
        if !entry.aliases.is_empty() {
            let spellings: Vec<_> = entry
                .aliases
                .iter()
                .map(|alias| code(&alias.value))
                .collect();
            facts.push(("Other spellings", spellings.join(", ")));
        }
        facts
    }

    fn advice_link(&self, entry: &Entry) -> String {
        entry
            .advice
            .as_ref()
            .map(|advice| self.entry_link(Kind::Advice, &advice.value))
            .unwrap_or_default()
    }

    fn entry_link(&self, kind: Kind, key: &str) -> String {
        let Some(table) = self.catalog.table_of(kind) else {
            return code(key);
        };
        if table.is_imported() {
            // The other catalogue's variant names are not known here; its table's page is.
            let name = &table.name.value;
            return format!("{} [`{name}`]({name})", code(key));
        }
        match table.entry(key) {
            Some(entry) => link(table, entry),
            None => code(key),
        }
    }

    fn local_link(&self, key: &str) -> String {
        match self.table.entry(key) {
            Some(entry) => link(self.table, entry),
            None => code(key),
        }
    }
}

fn link(table: &Table, entry: &Entry) -> String {
    variant_link(&table.name.value, &entry.variant.value)
}

fn variant_link(table: &str, variant: &str) -> String {
    format!("[`{table}::{variant}`]({table}::{variant})")
}

/// A document: a URL as a link named by its page, any other text (a catalogue of one's own may
/// cite a local name) as code.
fn source(source: &str) -> String {
    // `https://github.com/OWNER/REPO/blob/COMMIT/.../DIR/PAGE` reads as `REPO DIR/PAGE`.
    let parts: Vec<&str> = source.trim_end_matches('/').split('/').collect();
    let tail = parts[parts.len().saturating_sub(2)..].join("/");
    let name = match parts.get(4) {
        Some(repository) if parts.get(5) == Some(&"blob") => format!("{repository} {tail}"),
        _ => tail,
    };
    markdown::link(&name, source)
}

fn source_list(sources: &[String]) -> String {
    sources
        .iter()
        .map(|item| source(item))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_links_and_local_names_code() {
        assert_eq!(
            source("https://github.com/easemob/doc/blob/abc/docs/error.md"),
            "[doc docs\\/error\\.md](https://github.com/easemob/doc/blob/abc/docs/error.md)"
        );
        assert_eq!(source("004_x.txt"), "`004_x.txt`");
    }

    #[test]
    fn sentences_start_capitalised_and_end_with_a_period() {
        assert_eq!(
            sentence("the user does not exist"),
            "The user does not exist."
        );
    }
}

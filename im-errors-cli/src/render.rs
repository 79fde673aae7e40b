//! Human output: an entry as a terminal block, the catalogue as a table or a markdown page.

use std::fmt::Write;

use crate::entry::Entry;

/// Which languages to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Chinese only.
    Zh,
    /// English only.
    En,
}

/// How text is styled: ANSI colour on a terminal, plain otherwise.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    colour: bool,
}

impl Style {
    /// Colour only when writing to a terminal and `NO_COLOR` is unset (<https://no-color.org>).
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Style {
            colour: std::io::stdout().is_terminal() && !no_color,
        }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }
}

fn headline(entry: &Entry) -> String {
    match entry.kind {
        "http" => format!("HTTP {}", entry.code.unwrap_or_default()),
        "type" => format!("error type \"{}\"", entry.error.unwrap_or_default()),
        "rest" => {
            let error = entry
                .error
                .map_or_else(|| "(no type)".to_owned(), |error| format!("\"{error}\""));
            format!("REST {} {error}", entry.status.unwrap_or_default())
        }
        _ => format!(
            "SDK {} {}",
            entry.code.unwrap_or_default(),
            entry.constant.unwrap_or_default()
        ),
    }
}

/// One entry as a block of lines, in the chosen languages.
pub fn entry(entry: &Entry, lang: Option<Lang>, style: Style) -> String {
    let show_en = lang != Some(Lang::Zh);
    let show_zh = lang != Some(Lang::En);
    let mut out = format!(
        "{}  {}\n",
        style.bold(&headline(entry)),
        style.dim(&format!("{}::{}", entry.table, entry.name))
    );
    if let Some(template) = entry.template {
        let _ = writeln!(
            out,
            "  error_description: \"{}\"",
            template.replace('\n', "\\n")
        );
    }
    let advice = entry.advice();
    let rows = [
        (show_en, "en", Some(entry.en)),
        (show_zh, "zh", Some(entry.zh)),
        (show_en, "why", entry.detail_en),
        (show_zh, "原因", entry.detail_zh),
        (show_en, "fix", entry.remedy_en),
        (show_zh, "处理", entry.remedy_zh),
        (show_en, "advice", Some(advice.message_en())),
        (show_zh, "建议", Some(advice.message_zh())),
    ];
    for (shown, label, text) in rows {
        if let (true, Some(text)) = (shown, text) {
            let _ = writeln!(out, "  {}: {text}", style.dim(label));
        }
    }
    if !entry.related.is_empty() {
        let _ = writeln!(
            out,
            "  {}: {}",
            style.dim("related"),
            entry.related.join(", ")
        );
    }
    if !entry.sources.is_empty() {
        let _ = writeln!(
            out,
            "  {}: {}",
            style.dim("sources"),
            entry.sources.join(", ")
        );
    }
    out
}

/// The catalogue as aligned lines: kind, number, wire name, English message.
pub fn table(entries: &[Entry]) -> String {
    let mut out = String::new();
    for entry in entries {
        let number = entry
            .code
            .or(entry.status.map(i64::from))
            .map(|n| n.to_string())
            .unwrap_or_default();
        let wire = entry
            .constant
            .or(entry.id)
            .or(entry.error)
            .unwrap_or(entry.name);
        let _ = writeln!(
            out,
            "{:<5} {:>5}  {:<42} {}",
            entry.kind, number, wire, entry.en
        );
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "\\n")
}

/// The catalogue as a markdown reference page, one section per kind.
pub fn markdown(entries: &[Entry]) -> String {
    let mut out = String::from(
        "# im-errors: the catalogue\n\nGenerated from `codes.toml` by `im-errors list --format markdown`; do not edit.\n",
    );
    let sections = [
        (
            "http",
            "HTTP statuses",
            "| Status | Variant | English | 中文 | Advice |",
        ),
        (
            "type",
            "Error types (`error`)",
            "| `error` | Variant | English | 中文 | Advice |",
        ),
        (
            "rest",
            "Documented REST errors",
            "| Status | `error` | `error_description` | Variant | English | Advice |",
        ),
        (
            "sdk",
            "SDK codes (Web / mini-program `statusCode`)",
            "| Code | Constant | English | 中文 | Advice |",
        ),
    ];
    for (kind, title, header) in sections {
        let _ = write!(
            out,
            "\n## {title}\n\n{header}\n|{}\n",
            "---|".repeat(header.matches('|').count() - 1)
        );
        for entry in entries.iter().filter(|entry| entry.kind == kind) {
            let row = match kind {
                "http" => vec![
                    entry.code.unwrap_or_default().to_string(),
                    format!("`{}`", entry.name),
                    cell(entry.en),
                    cell(entry.zh),
                    entry.advice.to_owned(),
                ],
                "type" => vec![
                    format!("`{}`", entry.error.unwrap_or_default()),
                    format!("`{}`", entry.name),
                    cell(entry.en),
                    cell(entry.zh),
                    entry.advice.to_owned(),
                ],
                "rest" => vec![
                    entry.status.unwrap_or_default().to_string(),
                    entry
                        .error
                        .map_or_else(|| "(none)".to_owned(), |error| format!("`{error}`")),
                    format!("`{}`", cell(entry.template.unwrap_or_default())),
                    format!("`{}`", entry.name),
                    cell(entry.en),
                    entry.advice.to_owned(),
                ],
                _ => vec![
                    entry.code.unwrap_or_default().to_string(),
                    format!("`{}`", entry.constant.unwrap_or_default()),
                    cell(entry.en),
                    cell(entry.zh),
                    entry.advice.to_owned(),
                ],
            };
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
    }
    out
}

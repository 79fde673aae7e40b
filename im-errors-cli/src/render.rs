//! Human output: an entry as a terminal block, the catalogue as a table or a markdown page.

use std::fmt::Write;

use im_errors::{Kind, Table};

use crate::entry::Item;

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

fn headline(item: &Item) -> String {
    let entry = item.entry;
    let title = item.table.kind.title();
    let number = entry.number.map(|number| number.to_string());
    match item.table.kind {
        Kind::RestCase => {
            let case = entry.case.unwrap_or_default();
            let error = case
                .error
                .map_or_else(|| "(no type)".to_owned(), |error| format!("\"{error}\""));
            format!("{title} {} {error}", case.status)
        }
        Kind::HttpStatus => format!("{title} {}", number.unwrap_or_default()),
        Kind::ErrorType => format!("{title} \"{}\"", entry.key),
        Kind::Advice => format!("{title} {}", entry.key),
        Kind::SdkCode => format!(
            "{title} {} {}",
            number.unwrap_or_default(),
            entry.constants.join(" / ")
        ),
    }
}

/// One entry as a block of lines, in the chosen languages.
pub fn entry(item: &Item, lang: Option<Lang>, style: Style) -> String {
    let show_en = lang != Some(Lang::Zh);
    let show_zh = lang != Some(Lang::En);
    let entry = item.entry;
    let mut out = format!(
        "{}  {}\n",
        style.bold(&headline(item)),
        style.dim(&format!("{}::{}", item.table.name, entry.variant))
    );
    let case = entry.case.as_ref();
    if let Some(case) = case {
        let _ = writeln!(
            out,
            "  error_description: \"{}\"",
            case.template.escape_debug()
        );
    }
    let advice = item.advice();
    let rows = [
        (show_en, "en", Some(entry.en)),
        (show_zh, "zh", Some(entry.zh)),
        (show_en, "more", entry.detail_en),
        (show_zh, "说明", entry.detail_zh),
        (show_en, "why", case.map(|case| case.cause_en)),
        (show_zh, "原因", case.map(|case| case.cause_zh)),
        (show_en, "fix", case.map(|case| case.remedy_en)),
        (show_zh, "处理", case.map(|case| case.remedy_zh)),
        (show_en, "advice", advice.map(|advice| advice.en)),
        (show_zh, "建议", advice.map(|advice| advice.zh)),
    ];
    for (shown, label, text) in rows {
        if let (true, Some(text)) = (shown, text) {
            let _ = writeln!(out, "  {}: {text}", style.dim(label));
        }
    }
    let related = item.related();
    if !related.is_empty() {
        let _ = writeln!(out, "  {}: {}", style.dim("related"), related.join(", "));
    }
    if !entry.sources.is_empty() {
        let _ = writeln!(
            out,
            "  {}: {}",
            style.dim("sources"),
            entry.sources.join(", ")
        );
    }
    if !entry.shipped.is_empty() {
        let runs: Vec<_> = entry.shipped.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "  {}: {}", style.dim("shipped"), runs.join(", "));
    }
    for seen in entry.observed {
        let _ = writeln!(out, "  {}: {seen}", style.dim("observed"));
    }
    out
}

/// The catalogue as aligned lines: kind, number, wire name, English message.
pub fn table(items: &[Item]) -> String {
    let mut out = String::new();
    for item in items {
        let number = item.number().map(|n| n.to_string()).unwrap_or_default();
        let wire = item.entry.constants.first().unwrap_or(&item.entry.key);
        let _ = writeln!(
            out,
            "{:<6} {:>5}  {:<42} {}",
            item.table.kind.label(),
            number,
            wire,
            item.entry.en
        );
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "\\n")
}

fn code_cell(text: &str) -> String {
    format!("`{}`", cell(text))
}

/// The catalogue as a markdown reference page: one section per table, in file order, with the
/// columns its kind has.
pub fn markdown(items: &[Item]) -> String {
    let mut out = String::from(
        "# im-errors: the catalogue\n\nGenerated from `codes.toml` by `im-errors list --format markdown`; do not edit.\n",
    );
    let mut start = 0;
    while start < items.len() {
        let table = items[start].table;
        let end = start
            + items[start..]
                .iter()
                .take_while(|item| std::ptr::eq(item.table, table))
                .count();
        section(&mut out, table, &items[start..end]);
        start = end;
    }
    out
}

fn section(out: &mut String, table: &Table, items: &[Item]) {
    let header = table.kind.columns();
    let _ = write!(
        out,
        "\n## {} ({})\n\n{}\n\n| {} |\n|{}\n",
        table.name,
        table.kind,
        table.en,
        header.join(" | "),
        "---|".repeat(header.len())
    );
    for item in items {
        let entry = item.entry;
        let advice = entry.advice.unwrap_or_default().to_owned();
        let number = entry.number.unwrap_or_default().to_string();
        let variant = code_cell(entry.variant);
        let row = match table.kind {
            Kind::RestCase => {
                let case = entry.case.unwrap_or_default();
                vec![
                    case.status.to_string(),
                    case.error.map_or_else(|| "(none)".to_owned(), code_cell),
                    code_cell(case.template),
                    variant,
                    cell(entry.en),
                    advice,
                ]
            }
            Kind::HttpStatus => vec![number, variant, cell(entry.en), cell(entry.zh), advice],
            Kind::ErrorType | Kind::Advice => {
                let last = match &entry.retry {
                    Some(retry) if retry.is_retryable() => {
                        format!("{} (retryable)", retry.class.as_str())
                    }
                    Some(retry) => retry.class.as_str().to_owned(),
                    None => advice,
                };
                vec![
                    code_cell(entry.key),
                    variant,
                    cell(entry.en),
                    cell(entry.zh),
                    last,
                ]
            }
            Kind::SdkCode => vec![
                number,
                entry
                    .constants
                    .iter()
                    .map(|constant| code_cell(constant))
                    .collect::<Vec<_>>()
                    .join(" "),
                cell(entry.en),
                cell(entry.zh),
                advice,
            ],
        };
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

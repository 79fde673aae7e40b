//! Human output: an entry as a terminal block, the catalogue as a table or a markdown page.

use std::fmt::Write;

use im_errors::{Kind, Table};

use crate::entry::Item;
use crate::terminal;

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
            entry.constants.first().copied().unwrap_or_default()
        ),
    }
}

/// The widest line `explain` writes, in columns (a Chinese character takes two).
const WIDTH: usize = 100;

/// `text` cut to `width` columns, with `…` where it was cut.
fn fit(text: &str, width: usize) -> String {
    if columns(text) <= width {
        return text.to_owned();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        if used + column_width(c) + 1 > width {
            break;
        }
        used += column_width(c);
        cut.push(c);
    }
    cut.push('…');
    cut
}

/// Columns a terminal gives `text`: two for each wide (CJK) character.
fn columns(text: &str) -> usize {
    text.chars().map(column_width).sum()
}

fn column_width(c: char) -> usize {
    let wide = matches!(c,
        '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}');
    if wide { 2 } else { 1 }
}

/// `text` in lines of at most `width` columns, broken at spaces, or anywhere in a run of wide
/// characters (Chinese has no spaces), or inside a word longer than a line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let space = usize::from(!line.is_empty());
        if used + space + columns(word) <= width {
            if space == 1 {
                line.push(' ');
            }
            line.push_str(word);
            used += space + columns(word);
            continue;
        }
        // A word that fits a line of its own starts the next; a run of wide characters (which
        // may break anywhere) or a word longer than a line is broken where the line is full.
        let breakable = word.chars().any(|c| column_width(c) == 2) || columns(word) > width;
        if !breakable {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
            used = columns(word);
            continue;
        }
        if space == 1 && used + 1 < width {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            if used + column_width(c) > width {
                lines.push(std::mem::take(&mut line).trim_end().to_owned());
                used = 0;
            }
            line.push(c);
            used += column_width(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A source as the terminal shows it: without the scheme, a GitHub commit by its first seven
/// digits, which GitHub resolves (`--json` has the address whole).
fn short_source(source: &str) -> String {
    let bare = source.strip_prefix("https://").unwrap_or(source);
    let parts: Vec<&str> = bare.split('/').collect();
    match parts.as_slice() {
        ["github.com", owner, repo, "blob", commit, rest @ ..]
            if commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            format!(
                "github.com/{owner}/{repo}/blob/{}/{}",
                &commit[..7],
                rest.join("/")
            )
        }
        _ => bare.to_owned(),
    }
}

/// The heading above the entries of one table in `explain`: which code space they belong to,
/// so that a native SDK's 401 is not read as the REST API's.
pub fn heading(table: &Table) -> String {
    let space = table
        .code_space
        .map(|space| format!(", {space}"))
        .unwrap_or_default();
    terminal::text(&fit(
        &format!(
            "# {} ({}{space}): {}",
            table.name,
            table.kind.title(),
            table.en
        ),
        WIDTH,
    ))
}

/// One entry as a block of lines, in the chosen languages.
pub fn entry(item: &Item, lang: Option<Lang>, style: Style) -> String {
    let show_en = lang != Some(Lang::Zh);
    let show_zh = lang != Some(Lang::En);
    let entry = item.entry;
    let (headline, path) = (
        terminal::text(&headline(item)),
        format!("{}::{}", item.table.name, entry.variant),
    );
    // The Rust path beside the headline where both fit, else under it.
    let beside = if columns(&headline) + 2 + columns(&path) <= WIDTH {
        "  "
    } else {
        "\n  "
    };
    let mut out = format!("{}{beside}{}\n", style.bold(&headline), style.dim(&path));
    let case = entry.case.as_ref();
    if let Some(case) = case {
        labelled(
            &mut out,
            "error_description",
            &format!("\"{}\"", case.template),
            style,
        );
    }
    let advice = item.advice();
    // The other spellings of an SDK constant, under the headline, which names the main one.
    let spellings = (entry.constants.get(1..))
        .filter(|others| !others.is_empty())
        .map(|others| others.join(", "));
    let rows = [
        (true, "also", spellings.as_deref()),
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
            labelled(&mut out, label, text, style);
        }
    }
    let related = item.related_items();
    if !related.is_empty() {
        let _ = writeln!(out, "  {}:", style.dim("related"));
        for other in &related {
            let advice = other.entry.advice.unwrap_or_default();
            let line = format!(
                "{}::{}  {}",
                other.table.name,
                other.entry.variant,
                other.wire()
            );
            let advice = if advice.is_empty() || other.entry.advice == entry.advice {
                String::new()
            } else {
                format!("  → {advice}")
            };
            let room = WIDTH.saturating_sub(4 + columns(&advice));
            let _ = writeln!(out, "    {}{advice}", terminal::text(&fit(&line, room)));
        }
    }
    if !entry.sources.is_empty() {
        let _ = writeln!(out, "  {}:", style.dim("sources"));
        for source in entry.sources {
            // A link is never cut: one too long for the indent starts at the margin.
            let shown = terminal::text(&short_source(source));
            let indent = if columns(&shown) + 2 <= WIDTH {
                "  "
            } else {
                ""
            };
            let _ = writeln!(out, "{indent}{shown}");
        }
    }
    if !entry.shipped.is_empty() {
        let runs: Vec<_> = entry.shipped.iter().map(ToString::to_string).collect();
        labelled(&mut out, "shipped", &runs.join(", "), style);
    }
    for seen in entry.observed {
        labelled(&mut out, "observed", &seen.to_string(), style);
    }
    out
}

/// `  label: text`, the text in lines that fit beside the label's own columns.
fn labelled(out: &mut String, label: &str, text: &str, style: Style) {
    let indent = 4 + columns(label);
    let lines = wrap(&terminal::text(text), WIDTH.saturating_sub(indent));
    for (index, line) in lines.iter().enumerate() {
        if index == 0 {
            let _ = writeln!(out, "  {}: {line}", style.dim(label));
        } else {
            let _ = writeln!(out, "{}{line}", " ".repeat(indent));
        }
    }
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
            terminal::text(wire),
            terminal::text(item.entry.en)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_anywhere_in_chinese() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("aa canReceive", 8), ["aa canRe", "ceive"]);
        assert_eq!(wrap("中文没有空格", 5), ["中文", "没有", "空格"]);
        for line in wrap(
            "说明 1.x 连接建立后把它放进 onOpened 回调的 canReceive 列表",
            20,
        ) {
            assert!(columns(&line) <= 20, "{line}");
        }
    }

    #[test]
    fn github_sources_are_shortened_not_cut() {
        let url = "https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/docs/a.md";
        assert_eq!(short_source(url), "github.com/o/r/blob/0123456/docs/a.md");
        assert_eq!(short_source("https://example.com/x"), "example.com/x");
        assert_eq!(fit("abcdef", 4), "abc…");
    }
}

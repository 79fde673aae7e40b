//! The error tables of a markdown page, in both layouts the documents use.

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
    Sdk { code: i64, constant: String },
}

/// A row and the line of the page it stands on, or why audit cannot read the row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub row: Result<Row, String>,
}

/// Why a page with no error table is refused.
pub const NO_TABLE: &str =
    "no error table found (a `| HTTP 状态码 | 错误类型 |` or `| 错误码 |` header)";

/// Reads one row of a table of a known layout.
type ReadRow = fn(&[String]) -> Result<Row, String>;

/// The rows of every error table of a markdown page, in both layouts the documents use. A page
/// with no such table, or with an HTML table, is refused: audit would pass it having read none
/// of its rows.
pub fn rows(page: &str) -> Result<Vec<Located>, String> {
    let mut rows = Vec::new();
    let mut layout: Option<(ReadRow, usize)> = None;
    let mut found = false;
    // The code block the line is in: its fence's mark and length.
    let mut block: Option<(char, usize)> = None;
    for (index, line) in lines(page).enumerate() {
        // A table in a code block is an example of markdown, not a table of the page.
        if let Some(open) = block {
            if closes(line, open) {
                block = None;
            }
            continue;
        }
        if let Some(open) = fence(line) {
            block = Some(open);
            layout = None;
            continue;
        }
        if opens_html_table(line) {
            return Err(format!(
                "line {}: an HTML table, which audit cannot read: write it as a markdown table",
                index + 1
            ));
        }
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
            found = true;
        } else if first.starts_with("错误码") {
            layout = Some((sdk_row, cells.len()));
            found = true;
        } else if let Some((read, width)) = layout
            && !is_separator(&cells)
        {
            rows.push(Located {
                line: index + 1,
                row: read(&rejoin(cells, width)),
            });
        }
    }
    if !found {
        return Err(NO_TABLE.to_owned());
    }
    Ok(rows)
}

/// The page's lines, without the byte order mark an editor may put first. A line ends at
/// `\n`, `\r\n` or a lone `\r`, as CommonMark reads them: a page saved with old Mac line ends
/// is otherwise one line with no table.
fn lines(page: &str) -> impl Iterator<Item = &str> {
    let page = page.strip_prefix('\u{feff}').unwrap_or(page);
    (page.split('\n'))
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .flat_map(|line| line.split('\r'))
}

/// The fence a line opens a code block with, as CommonMark reads one: three or more backticks
/// or tildes, indented by fewer than four spaces; a backtick fence's info string has none.
fn fence(line: &str) -> Option<(char, usize)> {
    let text = line.trim_start_matches(' ');
    let mark = text.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let len = text.len() - text.trim_start_matches(mark).len();
    let info = &text[len..];
    let fence = line.len() - text.len() < 4 && len >= 3 && !(mark == '`' && info.contains('`'));
    fence.then_some((mark, len))
}

/// Whether the line closes a code block `open` opened: a fence of its mark, at least as long,
/// with nothing after it.
fn closes(line: &str, (mark, len): (char, usize)) -> bool {
    fence(line).is_some_and(|(closing, closing_len)| closing == mark && closing_len >= len)
        && line.trim().trim_start_matches(mark).is_empty()
}

/// White space and the zero-width characters a copy from a web page leaves at a cell's edges,
/// which no reader sees but which hide a header from a comparison of its text.
fn blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// Whether the line opens an HTML table (`<table>`, `<TABLE class=...>`).
fn opens_html_table(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    (lower.match_indices("<table")).any(|(at, tag)| {
        (lower[at + tag.len()..].chars().next())
            .is_none_or(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
    })
}

fn cells(line: &str) -> Option<Vec<String>> {
    let inner = line.trim_matches(blank).strip_prefix('|')?;
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '|' => cells.push(std::mem::take(&mut cell)),
            // `\|` is a `|` of the cell's text, as GitHub reads a table, not the cell's end;
            // `\\` is an escaped backslash, so the `|` after it is.
            '\\' => match chars.next() {
                Some('|') => cell.push('|'),
                next => {
                    cell.push('\\');
                    cell.extend(next);
                }
            },
            c => cell.push(c),
        }
    }
    // A row without the closing `|`.
    if !cell.is_empty() {
        cells.push(cell);
    }
    Some(
        (cells.iter())
            .map(|cell| cell.trim_matches(blank).to_owned())
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
    let text = cell
        .trim_matches(blank)
        .trim_matches('`')
        .trim_matches(blank);
    let unquoted = text
        .strip_prefix('"')
        .and_then(|text| text.strip_suffix('"'));
    unquoted.unwrap_or(text).trim_matches(blank).to_owned()
}

/// A number as `check` writes one: decimal, no `+`, no leading zero, no `-0`. Any other
/// spelling (`+5`, `0x10`, `1_000`) would be read as a number the page does not show.
pub fn plain_integer(text: &str) -> Option<i64> {
    (text.parse::<i64>().ok()).filter(|number| number.to_string() == text)
}

fn rest_row(cells: &[String]) -> Result<Row, String> {
    let [status, error, description, ..] = cells else {
        return Err(format!(
            "{} cell(s), not a status, an error type and a description",
            cells.len()
        ));
    };
    Ok(Row::Rest {
        status: unquote(status),
        error: unquote(error),
        description: unquote(description),
    })
}

fn sdk_row(cells: &[String]) -> Result<Row, String> {
    let [code, constant, ..] = cells else {
        return Err(format!(
            "{} cell(s), not a code and a constant",
            cells.len()
        ));
    };
    let code = unquote(code);
    let Some(number) = plain_integer(&code) else {
        return Err(format!("code `{code}` is not a plain decimal integer"));
    };
    Ok(Row::Sdk {
        code: number,
        constant: unquote(constant),
    })
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

    #[test]
    fn reads_both_layouts_and_rejoins_split_descriptions() {
        let rows = rows(PAGE).expect("tables");
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(rows[0].line, 5);
        assert_eq!(
            rows[0].row,
            Ok(Row::Rest {
                status: "400".into(),
                error: "illegal_argument".into(),
                description: "username XXX is not legal".into()
            })
        );
        let Ok(Row::Rest { description, .. }) = &rows[1].row else {
            panic!("{rows:?}")
        };
        assert_eq!(
            description,
            "getContacts | page size more than max limit : 50"
        );
        let Ok(Row::Rest { description, .. }) = &rows[2].row else {
            panic!("{rows:?}")
        };
        assert_eq!(description, "thread not open.");
        assert_eq!(
            rows[3].row,
            Ok(Row::Sdk {
                code: 204,
                constant: "USER_NOT_FOUND".into()
            })
        );
    }

    #[test]
    fn a_number_is_read_only_as_check_writes_it() {
        for plain in ["0", "-1", "204", "-9223372036854775808"] {
            assert_eq!(
                plain_integer(plain).map(|n| n.to_string()).as_deref(),
                Some(plain)
            );
        }
        for other in [
            "+5",
            "-0",
            "0x10",
            "007",
            "1_000",
            "1e3",
            "",
            "-",
            "9223372036854775808",
        ] {
            assert_eq!(plain_integer(other), None, "{other}");
        }
    }

    #[test]
    fn an_escaped_pipe_is_text_of_its_cell() {
        let page = "| HTTP 状态码 | 错误类型 | 错误提示 | 可能原因 |\n| --- | --- | --- | --- |\n| 400 | bad | a \\| b \\\\| c | 原因 |\n";
        let rows = rows(page).expect("a table");
        assert_eq!(
            rows[0].row,
            Ok(Row::Rest {
                status: "400".into(),
                error: "bad".into(),
                description: "a | b \\\\ | c".into()
            }),
            "{rows:?}"
        );
        assert_eq!(
            cells("| a \\| b | c \\|"),
            Some(vec!["a | b".to_owned(), "c |".to_owned()])
        );
    }

    #[test]
    fn tables_in_code_blocks_are_examples_not_rows() {
        let table = "| 错误码 | 错误信息 |\n| --- | --- |\n| 9999 | EXAMPLE |\n";
        let page = format!(
            "```markdown\n{table}```\n\n~~~\n{table}~~~\n\n````\n```\n{table}```\n````\n\n{table}"
        );
        let lines = |page: &str| {
            (rows(page).expect("a table").iter())
                .map(|row| row.line)
                .collect::<Vec<_>>()
        };
        assert_eq!(lines(&page), [23]);
        // Backticks in a backtick fence's info string make it text, and the table after it a table.
        assert_eq!(lines(&format!("``` a`b\n{table}")), [4]);
        assert!(
            rows(&format!("```\n{table}")).is_err(),
            "a block runs to the end of the page"
        );
    }

    #[test]
    fn a_line_ends_at_lf_crlf_or_a_lone_cr() {
        let page = "\u{feff}a\r\r\nb\rc\nd";
        assert_eq!(lines(page).collect::<Vec<_>>(), ["a", "", "b", "c", "d"]);
    }
}

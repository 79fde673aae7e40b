//! Problems found in a codes file, and where they are.

use std::fmt;
use std::ops::Range;

/// One problem in a codes file: a byte range of the file and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range of the offending text.
    pub span: Range<usize>,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
        }
    }

    /// Renders the problem as `PATH:LINE:COL: message`, the form compilers and editors read.
    /// For many problems use [`render_all`], which finds lines once.
    pub fn render(&self, path: &str, source: &str) -> String {
        self.render_at(path, &Lines::new(source))
    }

    fn render_at(&self, path: &str, lines: &Lines<'_>) -> String {
        format!("{path}:{}: {}", lines.locate(self.span.start), self.message)
    }
}

/// Every problem rendered as `PATH:LINE:COL: message`, in time linear in their number.
pub fn render_all(problems: &[Diagnostic], path: &str, source: &str) -> Vec<String> {
    let lines = Lines::new(source);
    (problems.iter())
        .map(|problem| problem.render_at(path, &lines))
        .collect()
}

/// Where each line of a text starts, so that locating an offset costs a binary search and the
/// length of its line, not a scan from the top of the file.
#[derive(Clone, Debug)]
pub struct Lines<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    /// The line starts of `source`.
    pub fn new(source: &'s str) -> Self {
        let newlines = source.match_indices('\n').map(|(at, _)| at + 1);
        Lines {
            source,
            starts: std::iter::once(0).chain(newlines).collect(),
        }
    }

    /// The location of byte `offset`; an offset past the end or inside a character is taken
    /// back to the nearest character start, so any offset is safe.
    pub fn locate(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[line - 1];
        Location {
            line,
            column: self.source[line_start..offset].chars().count() + 1,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// A 1-based line and column. Columns count characters, not bytes: the files are full of
/// Chinese, and an editor's column is a character's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Location {
    /// The location of byte `offset` in `source`; an offset past the end or inside a character
    /// is taken back to the nearest character start, so any offset is safe.
    pub fn of(source: &str, offset: usize) -> Location {
        Lines::new(source).locate(offset)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let source = "a = 1\nzh = \"用户\" x";
        let offset = source.find('x').unwrap();
        assert_eq!(
            Location::of(source, offset),
            Location {
                line: 2,
                column: 11
            }
        );
    }

    #[test]
    fn any_offset_is_safe() {
        let source = "用户";
        assert_eq!(Location::of(source, 1), Location { line: 1, column: 1 });
        assert_eq!(Location::of(source, 99), Location { line: 1, column: 3 });
    }

    #[test]
    fn lines_agree_with_a_scan_from_the_top() {
        let source = "a\n用户 b\n\nc\n";
        let lines = Lines::new(source);
        for offset in 0..=source.len() + 2 {
            let start = offset.min(source.len());
            let start = (0..=start)
                .rev()
                .find(|&at| source.is_char_boundary(at))
                .unwrap();
            let before = &source[..start];
            let column_start = before.rfind('\n').map_or(0, |at| at + 1);
            let expected = Location {
                line: before.matches('\n').count() + 1,
                column: before[column_start..].chars().count() + 1,
            };
            assert_eq!(lines.locate(offset), expected, "offset {offset}");
        }
    }

    #[test]
    fn renders_path_line_column() {
        let problem = Diagnostic::new(6..7, "bad");
        assert_eq!(
            problem.render("codes.toml", "a = 1\nb = 2"),
            "codes.toml:2:1: bad"
        );
    }
}

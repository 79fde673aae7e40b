//! Matching an `error_description` against the documented templates, tolerant of what servers
//! and document versions differ in: ASCII case, typographic vs ASCII quotes, runs of white space,
//! a trailing period. Compares on the fly, allocating nothing.

use std::ops::Range;

use crate::TemplatePart;

/// Descriptions longer than this are not matched: documented ones are under 300 bytes, and the
/// search is quadratic in the worst case.
pub const MAX_DESCRIPTION: usize = 1024;

/// The most placeholders a template may have for its values to be kept.
pub const MAX_PARAMS: usize = 8;

/// Placeholder values found in a description: names and byte ranges into it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Params {
    found: [Option<(&'static str, usize, usize)>; MAX_PARAMS],
}

impl Params {
    /// The values, read from the description they were found in.
    pub fn iter<'s, 'd: 's>(
        &'s self,
        description: &'d str,
    ) -> impl Iterator<Item = (&'static str, &'d str)> + 's {
        self.found
            .iter()
            .flatten()
            .filter_map(move |&(name, start, end)| Some((name, description.get(start..end)?)))
    }

    fn push(&mut self, name: &'static str, range: Range<usize>) {
        if let Some(slot) = self.found.iter_mut().find(|slot| slot.is_none()) {
            *slot = Some((name, range.start, range.end));
        }
    }
}

/// The placeholder values if `description` matches `parts`.
pub fn match_template(parts: &[TemplatePart], description: &str) -> Option<Params> {
    if description.len() > MAX_DESCRIPTION {
        return None;
    }
    let text = trim_end(description);
    let start = text.len() - text.trim_start().len();
    let mut params = Params::default();
    let mut pos = start;
    let mut open: Option<&'static str> = None;
    for (index, part) in parts.iter().enumerate() {
        let last = index + 1 == parts.len();
        match *part {
            TemplatePart::Param(name) => open = Some(name),
            TemplatePart::Literal(literal) => {
                let literal = if last { trim_end(literal) } else { literal };
                let literal = if index == 0 {
                    literal.trim_start()
                } else {
                    literal
                };
                let (found_at, end) = match open {
                    None => (pos, match_at(text, pos, literal)?),
                    Some(_) if last => suffix_match(text, pos, literal)?,
                    Some(_) => find(text, pos, literal)?,
                };
                if let Some(name) = open.take() {
                    params.push(name, trimmed(text, pos..found_at));
                }
                pos = end;
            }
        }
    }
    match open {
        Some(name) => params.push(name, trimmed(text, pos..text.len())),
        None if pos != text.len() => return None,
        None => {}
    }
    Some(params)
}

fn trim_end(text: &str) -> &str {
    let text = text.trim_end();
    text.strip_suffix('.').unwrap_or(text).trim_end()
}

fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}

/// One character as compared: quotes folded to ASCII, ASCII case folded, any white space a
/// space.
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        c if c.is_whitespace() => ' ',
        c => c.to_ascii_lowercase(),
    }
}

/// Where `literal` ends if it matches `text` at byte `pos`; runs of white space match each other.
fn match_at(text: &str, pos: usize, literal: &str) -> Option<usize> {
    let mut text_chars = text.get(pos..)?.char_indices().peekable();
    let mut literal_chars = literal.chars().peekable();
    while let Some(expected) = literal_chars.next() {
        let expected = fold(expected);
        let (_, actual) = text_chars.next()?;
        if fold(actual) != expected {
            return None;
        }
        if expected == ' ' {
            while literal_chars.peek().is_some_and(|c| c.is_whitespace()) {
                literal_chars.next();
            }
            while text_chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                text_chars.next();
            }
        }
    }
    Some(
        text_chars
            .peek()
            .map_or(text.len(), |(offset, _)| pos + offset),
    )
}

/// The first place at or after `from` where `literal` matches: its start and end.
fn find(text: &str, from: usize, literal: &str) -> Option<(usize, usize)> {
    (from..=text.len())
        .filter(|&at| text.is_char_boundary(at))
        .find_map(|at| Some((at, match_at(text, at, literal)?)))
}

/// `literal` matching at the very end of `text`, at or after `from`.
fn suffix_match(text: &str, from: usize, literal: &str) -> Option<(usize, usize)> {
    (from..=text.len())
        .rev()
        .filter(|&at| text.is_char_boundary(at))
        .find_map(|at| {
            match_at(text, at, literal)
                .filter(|&end| end == text.len())
                .map(|end| (at, end))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use TemplatePart::{Literal, Param};

    fn values(parts: &[TemplatePart], description: &str) -> Option<Vec<(&'static str, String)>> {
        let params = match_template(parts, description)?;
        Some(
            params
                .iter(description)
                .map(|(name, value)| (name, value.to_owned()))
                .collect(),
        )
    }

    #[test]
    fn tolerates_case_quotes_spaces_and_periods() {
        let parts = [Literal(
            "Unable to authenticate due to expired access token",
        )];
        assert!(
            values(
                &parts,
                "unable to  authenticate due to expired access token."
            )
            .is_some()
        );
        let quoted = [Literal("user's 'x'")];
        assert!(values(&quoted, "user\u{2019}s \u{2018}x\u{2019}").is_some());
        assert!(values(&parts, "Unable to authenticate").is_none());
    }

    #[test]
    fn captures_the_shortest_text_up_to_the_next_literal() {
        let parts = [
            Literal("user: "),
            Param("username"),
            Literal(" doesn't exist in group: "),
            Param("group_id"),
        ];
        assert_eq!(
            values(&parts, "user: alice doesn't exist in group: 40659491815425"),
            Some(vec![
                ("username", "alice".into()),
                ("group_id", "40659491815425".into())
            ])
        );
    }

    #[test]
    fn a_placeholder_may_swallow_a_missing_space() {
        let parts = [
            Literal("Application "),
            Param("application"),
            Literal("Entity user"),
        ];
        assert_eq!(
            values(&parts, "Application null Entity user"),
            Some(vec![("application", "null".into())])
        );
        assert_eq!(
            values(&parts, "Application 4d7eEntity user"),
            Some(vec![("application", "4d7e".into())])
        );
    }

    #[test]
    fn the_last_literal_must_end_the_text() {
        let parts = [Param("appkey"), Literal(" user metadata service not allow")];
        assert_eq!(
            values(&parts, "org#app user metadata service not allow"),
            Some(vec![("appkey", "org#app".into())])
        );
        assert!(values(&parts, "org#app user metadata service not allow at all").is_none());
    }

    #[test]
    fn long_descriptions_are_not_searched() {
        let parts = [Param("x")];
        assert!(values(&parts, &"a".repeat(MAX_DESCRIPTION + 1)).is_none());
    }
}

//! Matching an `error_description` against the documented templates, tolerant of what servers
//! and document versions differ in: ASCII case, typographic vs ASCII quotes, runs of white space,
//! a trailing period. Compares on the fly, allocating nothing.

use std::ops::Range;

use crate::TemplatePart;
use crate::words::{HIGH, lowercase, word};

/// Descriptions longer than this are not matched: documented ones are under 300 bytes, and the
/// search is quadratic in the worst case.
pub const MAX_DESCRIPTION: usize = 1024;

/// The most placeholders a template may have for its values to be kept.
pub const MAX_PARAMS: usize = 8;

/// Placeholder values found in a description: byte ranges into it, in the order of the
/// template's placeholders. Kept small (offsets fit in `u16` under [`MAX_DESCRIPTION`]) because
/// every classification carries one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Params<'t> {
    parts: &'t [TemplatePart],
    ranges: [(u16, u16); MAX_PARAMS],
    len: u8,
}

impl<'t> Params<'t> {
    /// The values, read from the description they were found in.
    pub fn iter<'s, 'd: 's>(
        &'s self,
        description: &'d str,
    ) -> impl Iterator<Item = (&'static str, &'d str)> + 's {
        let names = self.parts.iter().filter_map(|part| match *part {
            TemplatePart::Param(name) => Some(name),
            TemplatePart::Literal(_) => None,
        });
        names
            .zip(&self.ranges[..usize::from(self.len)])
            .filter_map(move |(name, &(start, end))| {
                Some((name, description.get(usize::from(start)..usize::from(end))?))
            })
    }

    fn push(&mut self, range: Range<usize>) {
        // Offsets fit, as longer descriptions are refused; were one not to, the value would read
        // as missing while the later ones stay paired with their names.
        let offset = |offset: usize| u16::try_from(offset).unwrap_or(u16::MAX);
        if let Some(slot) = self.ranges.get_mut(usize::from(self.len)) {
            *slot = (offset(range.start), offset(range.end));
            self.len += 1;
        }
    }
}

/// The placeholder values if `description` matches `parts`.
pub fn match_template<'t>(parts: &'t [TemplatePart], description: &str) -> Option<Params<'t>> {
    match_trimmed(parts, &Trimmed::of(description))
}

/// A description as templates are compared with it: without trailing white space and period,
/// and where its text starts after leading white space. Trimmed once per description, not once
/// per candidate template.
#[derive(Clone, Copy, Debug)]
pub struct Trimmed<'d> {
    /// The description up to its trimmed end.
    pub text: &'d str,
    /// Where its text starts.
    pub start: usize,
}

impl<'d> Trimmed<'d> {
    pub fn of(description: &'d str) -> Self {
        let text = trim_end(description);
        Trimmed {
            text,
            start: text.len() - trim_start(text).len(),
        }
    }

    /// The bytes a template could match.
    pub fn bytes(&self) -> &'d [u8] {
        self.text.as_bytes().get(self.start..).unwrap_or_default()
    }
}

/// [`match_template`] for a description already trimmed.
pub fn match_trimmed<'t>(
    parts: &'t [TemplatePart],
    description: &Trimmed<'_>,
) -> Option<Params<'t>> {
    let Trimmed { text, start } = *description;
    // Padding does not count against the limit: only the text a template could match does.
    if text.len() - start > MAX_DESCRIPTION {
        return None;
    }
    let mut params = Params {
        parts,
        ..Params::default()
    };
    let mut pos = start;
    let mut open = false;
    for (index, part) in parts.iter().enumerate() {
        let last = index + 1 == parts.len();
        match *part {
            TemplatePart::Param(_) => open = true,
            TemplatePart::Literal(literal) => {
                let literal = if last { trim_end(literal) } else { literal };
                let literal = if index == 0 {
                    trim_start(literal)
                } else {
                    literal
                };
                let (found_at, end) = match (open, last) {
                    (false, _) => (pos, match_at(text, pos, literal)?),
                    (true, true) => suffix_match(text, pos, literal)?,
                    (true, false) => find(text, pos, literal)?,
                };
                if open {
                    params.push(trimmed(text, pos..found_at));
                    open = false;
                }
                pos = end;
            }
        }
    }
    if open {
        params.push(trimmed(text, pos..text.len()));
    } else if pos != text.len() {
        return None;
    }
    Some(params)
}

/// The text without trailing white space and one trailing period, as templates are compared.
fn trim_end(text: &str) -> &str {
    // Most texts end in a letter: nothing to trim, and no char to decode to know it.
    if text
        .as_bytes()
        .last()
        .is_some_and(|&last| plain_ascii(last) && last != b'.')
    {
        return text;
    }
    let text = text.trim_end();
    text.strip_suffix('.').unwrap_or(text).trim_end()
}

/// `str::trim_start`, without decoding a char where the text starts with a plain ASCII one.
fn trim_start(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(&first) if plain_ascii(first) => text,
        _ => text.trim_start(),
    }
}

/// An ASCII byte that is not white space.
fn plain_ascii(byte: u8) -> bool {
    byte.is_ascii() && !char::from(byte).is_whitespace()
}

fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - trim_start(slice).len());
    let end = match slice.as_bytes().last() {
        Some(&last) if plain_ascii(last) => range.end,
        _ => range.start + slice.trim_end().len(),
    };
    start..end.max(start)
}

/// One character as compared: quotes folded to ASCII, ASCII case folded, any white space a
/// space.
#[inline]
fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
        c if c.is_whitespace() => ' ',
        c => c.to_ascii_lowercase(),
    }
}

/// The character at byte `at` as compared, and its length in bytes. Bytes are looked at
/// directly where they are ASCII: nearly every description is, and decoding each char through
/// an iterator was most of the time classification took.
fn folded_at(text: &str, at: usize) -> Option<(char, usize)> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return Some((fold(char::from(byte)), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((fold(c), c.len_utf8()))
}

/// Past the run of white space starting at byte `at`.
fn skip_spaces(text: &str, mut at: usize) -> usize {
    while let Some(&byte) = text.as_bytes().get(at) {
        let len = match byte {
            _ if byte.is_ascii() && char::from(byte).is_whitespace() => 1,
            _ if byte.is_ascii() => break,
            _ => match folded_at(text, at) {
                Some((' ', len)) => len,
                _ => break,
            },
        };
        at += len;
    }
    at
}

/// Where `literal` ends if it matches `text` at byte `pos`; runs of white space match each other.
fn match_at(text: &str, pos: usize, literal: &str) -> Option<usize> {
    verbatim_at(text, pos, literal).or_else(|| tolerant_at(text, pos, literal))
}

/// [`match_at`] where the text holds `literal` byte for byte, as servers mostly send it: one
/// comparison of the whole slice instead of a walk through it. Where the literal ends in white
/// space, a run of it in the text is taken whole, as the tolerant walk takes it.
fn verbatim_at(text: &str, pos: usize, literal: &str) -> Option<usize> {
    let end = pos.checked_add(literal.len())?;
    if text.as_bytes().get(pos..end)? != literal.as_bytes() {
        return None;
    }
    let spaced = literal.chars().next_back().is_some_and(char::is_whitespace);
    Some(if spaced { skip_spaces(text, end) } else { end })
}

/// [`match_at`] character by character, folding case, quotes and white space.
fn tolerant_at(text: &str, pos: usize, literal: &str) -> Option<usize> {
    let (text_bytes, literal_bytes) = (text.as_bytes(), literal.as_bytes());
    let (mut at, mut next) = (pos, 0);
    while let Some(&expected) = literal_bytes.get(next) {
        if let Some(run) = same_words(literal_bytes, next, text_bytes, at) {
            next += run;
            at += run;
            continue;
        }
        let actual = *text_bytes.get(at)?;
        // The common case, one ASCII letter or sign against another, without folding chars.
        if expected.is_ascii_graphic() && actual.is_ascii() {
            if !expected.eq_ignore_ascii_case(&actual) {
                return None;
            }
            at += 1;
            next += 1;
            continue;
        }
        if expected == b' ' && actual == b' ' {
            at = skip_spaces(text, at + 1);
            next = skip_spaces(literal, next + 1);
            continue;
        }
        let (expected, expected_len) = folded_at(literal, next)?;
        let (actual, actual_len) = folded_at(text, at)?;
        if actual != expected {
            return None;
        }
        at += actual_len;
        next += expected_len;
        if expected == ' ' {
            at = skip_spaces(text, at);
            next = skip_spaces(literal, next);
        }
    }
    Some(at)
}

/// Eight bytes at once, where the literal's are ASCII and equal the text's ignoring case: most
/// of a description. A word that ends in white space is left to the byte-wise path, which
/// matches a run of it against a run of another length.
fn same_words(literal: &[u8], next: usize, text: &[u8], at: usize) -> Option<usize> {
    let (expected, actual) = (word(literal, next)?, word(text, at)?);
    let last = (expected >> 56) as u8;
    // `char::is_whitespace`, as the byte-wise path folds: it counts the vertical tab, which
    // `u8::is_ascii_whitespace` does not.
    let plain = expected & HIGH == 0 && !char::from(last).is_whitespace();
    (plain && lowercase(expected) == lowercase(actual)).then_some(8)
}

/// What a literal's first character asks of the place it could start at. Checked before the full
/// comparison so that scanning a description costs one comparison per position.
#[derive(Clone, Copy)]
enum Start {
    /// Anywhere: an empty literal.
    Any,
    /// A byte that is this lowercase ASCII letter, digit or sign ignoring case: no other
    /// character folds to one of them.
    Byte(u8),
    /// A character that folds to this one: white space or a quote, which characters outside
    /// ASCII fold to, or a character outside ASCII.
    Folded(char),
}

impl Start {
    fn of(literal: &str) -> Self {
        match folded_at(literal, 0) {
            None => Start::Any,
            Some((c, _)) if c.is_ascii_graphic() && c != '\'' && c != '"' => Start::Byte(c as u8),
            Some((c, _)) => Start::Folded(c),
        }
    }

    fn admits(self, text: &str, at: usize) -> bool {
        match self {
            Start::Any => text.is_char_boundary(at),
            Start::Byte(first) => text
                .as_bytes()
                .get(at)
                .is_some_and(|byte| byte.to_ascii_lowercase() == first),
            Start::Folded(first) => {
                text.is_char_boundary(at) && folded_at(text, at).is_some_and(|(c, _)| c == first)
            }
        }
    }
}

/// The first place at or after `from` where `literal` matches: its start and end.
fn find(text: &str, from: usize, literal: &str) -> Option<(usize, usize)> {
    let start = Start::of(literal);
    (from..=text.len())
        .filter(|&at| start.admits(text, at))
        .find_map(|at| Some((at, match_at(text, at, literal)?)))
}

/// `literal` matching at the very end of `text`, at or after `from`.
fn suffix_match(text: &str, from: usize, literal: &str) -> Option<(usize, usize)> {
    let start = Start::of(literal);
    (from..=text.len())
        .rev()
        .filter(|&at| start.admits(text, at))
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
    fn words_compare_as_their_bytes_would() {
        let bytes: Vec<u8> = (0..=u8::MAX).collect();
        for window in bytes.windows(8).step_by(3) {
            let word = u64::from_le_bytes(window.try_into().unwrap());
            let expected: Vec<u8> = window.iter().map(u8::to_ascii_lowercase).collect();
            if word & HIGH == 0 {
                assert_eq!(
                    lowercase(word).to_le_bytes().to_vec(),
                    expected,
                    "{window:?}"
                );
            }
        }
        let parts = [
            Literal("Entity user requires a property named "),
            Param("name"),
        ];
        let spaced = "ENTITY user  requires a   property named\tusername";
        assert!(values(&parts, spaced).is_some());
        let quoted = [Literal("doesn't exist in group: "), Param("g")];
        assert!(values(&quoted, "doesn\u{2019}t exist in group: 1").is_some());
        assert!(values(&quoted, "doesn't exist in grouq: 1").is_none());
    }

    #[test]
    fn padding_does_not_count_against_the_limit() {
        let parts = [
            Literal("username "),
            Param("username"),
            Literal(" is not legal"),
        ];
        let padded = format!(
            "username alice is not legal{}",
            " ".repeat(2 * MAX_DESCRIPTION)
        );
        assert!(values(&parts, &padded).is_some());
        let long = format!("username {} is not legal", "a".repeat(MAX_DESCRIPTION));
        assert!(values(&parts, &long).is_none());
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

    #[test]
    fn any_white_space_matches_a_space() {
        let parts = [Literal("group  id is\tmissing")];
        assert!(values(&parts, "Group\u{3000}id\u{a0}is \x0b missing").is_some());
        assert!(values(&parts, "groupid is missing").is_none());
    }

    #[test]
    fn text_outside_ascii_compares_as_characters() {
        let parts = [Literal("\u{201C}é\u{201D} 用户"), Param("name")];
        assert_eq!(
            values(&parts, "\"é\" 用户 alice"),
            Some(vec![("name", "alice".into())])
        );
        assert!(values(&parts, "\"e\" 用户 alice").is_none());
    }

    /// What the matcher must agree with, for a template without placeholders: both texts,
    /// trimmed as descriptions are, folded character by character, runs of white space as one.
    fn normalized(text: &str) -> String {
        let mut out = String::new();
        for c in trim_end(text).trim_start().chars().map(fold) {
            if !(c == ' ' && out.ends_with(' ')) {
                out.push(c);
            }
        }
        out
    }

    /// Spellings a server may use for the template's character `c`.
    fn variants(c: char) -> &'static [&'static str] {
        match c {
            'a' => &["a", "A"],
            'b' => &["b", "B"],
            ' ' => &[" ", "  ", "\t", "\u{b}", "\u{3000}", " \u{a0}\n"],
            '\'' => &["'", "\u{2019}", "\u{2018}"],
            '"' => &["\"", "\u{201C}", "\u{201D}"],
            'é' => &["é", "É"],
            _ => &[],
        }
    }

    proptest::proptest! {
        /// The verbatim shortcut changes no answer: where it matches, the tolerant walk ends at
        /// the same place.
        #[test]
        fn verbatim_matches_end_where_tolerant_ones_do(
            literal in "[aB '.\u{b}\u{a0}\u{3000}\u{2019}]{0,10}",
            before in "[aB ]{0,3}",
            after in "[aB .\t\u{b}\u{3000}]{0,4}",
        ) {
            let text = format!("{before}{literal}{after}");
            let found = verbatim_at(&text, before.len(), &literal);
            proptest::prop_assert!(found.is_some());
            proptest::prop_assert_eq!(found, tolerant_at(&text, before.len(), &literal));
        }

        /// Skipping the places a literal's first character rules out finds what trying every
        /// place finds, at either end.
        #[test]
        fn first_character_filter_skips_no_match(
            literal in "[aB '\"\u{2019}]{0,4}",
            text in "[aAbB '\"\u{2018}\u{2019}\u{3000}]{0,12}",
        ) {
            let every = |at: &usize| text.is_char_boundary(*at);
            let first = (0..=text.len())
                .filter(every)
                .find_map(|at| Some((at, match_at(&text, at, &literal)?)));
            proptest::prop_assert_eq!(find(&text, 0, &literal), first);
            let last = (0..=text.len()).rev().filter(every).find_map(|at| {
                match_at(&text, at, &literal)
                    .filter(|&end| end == text.len())
                    .map(|end| (at, end))
            });
            proptest::prop_assert_eq!(suffix_match(&text, 0, &literal), last);
        }

        #[test]
        fn agrees_with_comparing_normalized_text(
            literal in "[ab '\"é用.]{0,16}",
            choices in proptest::collection::vec(0..5usize, 16),
            changed in proptest::option::of((0..16usize, "[ab .用]")),
            tail in "[. ]{0,2}",
        ) {
            let mut description = String::new();
            for (index, c) in literal.chars().enumerate() {
                match changed {
                    Some((at, ref other)) if at == index => description.push_str(other),
                    _ => match variants(c) {
                        [] => description.push(c),
                        spellings => description.push_str(spellings[choices[index] % spellings.len()]),
                    },
                }
            }
            description.push_str(&tail);
            let parts = [Literal(literal.clone().leak())];
            proptest::prop_assert_eq!(
                match_template(&parts, &description).is_some(),
                normalized(&literal) == normalized(&description),
                "{:?} against {:?}", literal, description
            );
        }
    }
}

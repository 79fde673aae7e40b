//! `error_description` templates: literal text with `{name}` placeholders.

/// The most placeholders a template may have: the classifier keeps this many values per
/// description, without allocating (`im_errors`' `MAX_PARAMS`).
pub const MAX_PARAMS: usize = 8;

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Text the server sends as is (`{{` and `}}` already unescaped).
    Literal(String),
    /// A value the server fills in, by placeholder name.
    Param(String),
}

/// Splits `template` into parts, or says what is wrong with it.
pub fn parse(template: &str) -> Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '}' => {
                return Err("unbalanced `}` in template (write `}}` for a literal brace)".into());
            }
            '{' => {
                let name = placeholder(&mut chars)?;
                check_placeholder(&name, &parts)?;
                if !literal.is_empty() {
                    parts.push(Part::Literal(std::mem::take(&mut literal)));
                }
                parts.push(Part::Param(name));
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        parts.push(Part::Literal(literal));
    }
    Ok(parts)
}

fn placeholder(chars: &mut impl Iterator<Item = char>) -> Result<String, String> {
    let mut name = String::new();
    for c in chars {
        match c {
            '}' => return Ok(name),
            '{' => break,
            c => name.push(c),
        }
    }
    Err("unbalanced `{` in template (write `{{` for a literal brace)".into())
}

fn check_placeholder(name: &str, parts: &[Part]) -> Result<(), String> {
    if name.is_empty() {
        return Err("empty placeholder `{}` in template".into());
    }
    if !crate::names::is_snake_name(name) {
        return Err(format!("placeholder `{{{name}}}` is not a snake_case name"));
    }
    if params(parts).count() == MAX_PARAMS {
        return Err(format!(
            "more than {MAX_PARAMS} placeholders in template: the classifier keeps {MAX_PARAMS} values"
        ));
    }
    if parts.contains(&Part::Param(name.to_owned())) {
        return Err(format!(
            "placeholder `{{{name}}}` appears twice in template"
        ));
    }
    Ok(())
}

/// What any text matching `parts` must have, by the classifier's rules (ASCII case, runs of
/// white space, quote style, a trailing period ignored): the ASCII text it starts with, the text
/// it ends with, and its fewest bytes. The anchors stop at white space, quotes and non-ASCII
/// characters, which the classifier folds.
pub fn anchor(parts: &[Part]) -> (String, String, usize) {
    fn literal(part: Option<&Part>) -> Option<&str> {
        match part {
            Some(Part::Literal(text)) => Some(text),
            _ => None,
        }
    }
    let plain = |c: &char| c.is_ascii_graphic() && !matches!(c, '\'' | '"');
    let prefix = literal(parts.first())
        .map(|text| {
            text.trim_start()
                .chars()
                .take_while(plain)
                .take(8)
                .collect()
        })
        .unwrap_or_default();
    let suffix: String = literal(parts.last())
        .map(|text| {
            let text = trim_end(text);
            let tail: Vec<char> = text.chars().rev().take_while(plain).take(8).collect();
            tail.into_iter().rev().collect()
        })
        .unwrap_or_default();
    let last = parts.len().saturating_sub(1);
    let min_len = (parts.iter().enumerate())
        .filter_map(|(index, part)| match part {
            Part::Literal(text) if index == last => Some(folded_len(trim_end(text))),
            Part::Literal(text) => Some(folded_len(text)),
            Part::Param(_) => None,
        })
        .sum::<usize>();
    // The first literal's leading white space is not matched either.
    let leading =
        literal(parts.first()).map_or(0, |text| folded_len(text) - folded_len(text.trim_start()));
    (prefix, suffix, min_len.saturating_sub(leading))
}

/// As the classifier trims a description's end: white space, one period, white space.
fn trim_end(text: &str) -> &str {
    let text = text.trim_end();
    text.strip_suffix('.').unwrap_or(text).trim_end()
}

/// The fewest bytes a text matching `text` has: a character each, a run of white space one.
fn folded_len(text: &str) -> usize {
    let mut count = 0;
    let mut in_space = false;
    for c in text.chars() {
        if !(c.is_whitespace() && in_space) {
            count += 1;
        }
        in_space = c.is_whitespace();
    }
    count
}

/// Whether `parts` has literal text a description must hold: a letter or a digit. White space,
/// quotes and a final period are folded by the classifier, and a template of placeholders and
/// punctuation alone would match almost any description.
pub fn has_literal_text(parts: &[Part]) -> bool {
    parts.iter().any(|part| match part {
        Part::Literal(text) => text.chars().any(char::is_alphanumeric),
        Part::Param(_) => false,
    })
}

/// What the classifier compares of a template: its literals as it folds them (ASCII case,
/// typographic quotes, runs of white space, white space at the ends and a final period), and
/// where its placeholders are, whatever their names. Two templates of one shape match the same
/// descriptions.
pub fn shape(parts: &[Part]) -> Vec<Option<String>> {
    let mut shape: Vec<Option<String>> = Vec::new();
    for part in parts {
        match part {
            Part::Param(_) => shape.push(None),
            Part::Literal(text) => {
                let mut folded = String::new();
                for c in text.chars() {
                    let c = match c {
                        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
                        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
                        c if c.is_whitespace() => ' ',
                        c => c.to_ascii_lowercase(),
                    };
                    if !(c == ' ' && folded.ends_with(' ')) {
                        folded.push(c);
                    }
                }
                shape.push(Some(folded));
            }
        }
    }
    if let Some(Some(first)) = shape.first_mut() {
        *first = first.trim_start().to_owned();
    }
    if let Some(Some(last)) = shape.last_mut() {
        *last = trim_end(last).to_owned();
    }
    shape
}

/// The placeholder names of `parts`, in order.
pub fn params(parts: &[Part]) -> impl Iterator<Item = &str> {
    parts.iter().filter_map(|part| match part {
        Part::Param(name) => Some(name.as_str()),
        Part::Literal(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Part {
        Part::Literal(s.into())
    }
    fn param(s: &str) -> Part {
        Part::Param(s.into())
    }

    #[test]
    fn splits_literals_and_params() {
        assert_eq!(
            parse("user: {username} doesn't exist in group: {group_id}").unwrap(),
            vec![
                lit("user: "),
                param("username"),
                lit(" doesn't exist in group: "),
                param("group_id")
            ]
        );
    }

    #[test]
    fn anchors_stop_where_the_classifier_folds() {
        let parts = parse("user: {username} doesn't exist in group: {group_id}").unwrap();
        assert_eq!(anchor(&parts), ("user:".into(), String::new(), 31));
        let parts = parse("  The   message is   too large.").unwrap();
        assert_eq!(anchor(&parts), ("The".into(), "large".into(), 24));
        let parts = parse("{a} is 'b'").unwrap();
        assert_eq!(anchor(&parts).1, "");
    }

    #[test]
    fn literal_text_is_a_letter_or_a_digit() {
        for template in ["user {name} not found", "{code}: 404", "用户{name}"] {
            assert!(has_literal_text(&parse(template).unwrap()), "{template}");
        }
        for template in ["", " {anything}. ", "{a}: {b}", "'{a}' — {b}!"] {
            assert!(!has_literal_text(&parse(template).unwrap()), "{template}");
        }
    }

    #[test]
    fn shapes_fold_what_the_classifier_folds() {
        let shape_of = |template: &str| shape(&parse(template).unwrap());
        assert_eq!(
            shape_of("  User {name}  doesn\u{2019}t exist. "),
            shape_of("user {username} doesn't\texist")
        );
        assert_ne!(shape_of("user {name} gone"), shape_of("user {name} left"));
        assert_ne!(shape_of("{a}{b} x"), shape_of("{a} x"));
    }

    #[test]
    fn doubled_braces_are_literal() {
        assert_eq!(
            parse("a {{b}} {c}").unwrap(),
            vec![lit("a {b} "), param("c")]
        );
    }

    #[test]
    fn rejects_malformed_templates() {
        assert!(parse("a {b").unwrap_err().contains("unbalanced `{`"));
        assert!(parse("a } b").unwrap_err().contains("unbalanced `}`"));
        assert!(parse("a {} b").unwrap_err().contains("empty placeholder"));
        assert!(parse("{x} and {x}").unwrap_err().contains("appears twice"));
        assert!(
            parse("{Group Id}")
                .unwrap_err()
                .contains("not a snake_case name")
        );
        assert!(parse("{a{b}").unwrap_err().contains("unbalanced `{`"));
        let nine = "{a} {b} {c} {d} {e} {f} {g} {h} {i}";
        assert!(
            parse(nine)
                .unwrap_err()
                .contains("more than 8 placeholders")
        );
        assert!(parse(&nine[..nine.len() - 4]).is_ok());
    }
}

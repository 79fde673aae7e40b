//! Text from a codes file as rustdoc markdown: the one way every field reaches the docs, so that
//! whatever a catalogue says renders as the text it is, never as markup, HTML, a link or a code
//! block (which rustdoc would run as a doc test).

use crate::names::is_invisible;

/// Text as literal markdown on one line: every ASCII punctuation character escaped (CommonMark
/// lets any of them be, and then none starts markup, HTML, an entity, a fence or a table cell),
/// line ends and other control characters as spaces, format characters (bidi overrides) as
/// U+FFFD, and no leading white space (four spaces would start an indented code block).
pub(super) fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text
        .trim_start_matches(|c: char| c.is_whitespace() || c.is_control())
        .chars()
    {
        match c {
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c if is_invisible(c) => out.push(char::REPLACEMENT_CHARACTER),
            c => out.push(c),
        }
    }
    out
}

/// [`text`] as a sentence: its first letter uppercased, a period at the end.
pub(super) fn sentence(message: &str) -> String {
    let mut chars = message.trim_start().chars();
    match chars.next() {
        Some(first) => format!(
            "{}.",
            text(&format!("{}{}", first.to_uppercase(), chars.as_str()))
        ),
        None => String::new(),
    }
}

/// A code span no content can end: a fence longer than any run of backticks inside, line ends
/// shown as `↵`, other control and format characters as U+FFFD, pipes escaped for table cells
/// (GitHub-flavoured tables read `\|` in a code span as `|`).
pub(super) fn code(content: &str) -> String {
    let content: String = (content.chars())
        .map(|c| match c {
            '\n' => '↵',
            c if c.is_control() || is_invisible(c) => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect::<String>()
        .replace('|', "\\|");
    let fence = "`".repeat(longest_run(&content, '`') + 1);
    let pad = if content.starts_with('`') || content.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{content}{pad}{fence}")
}

/// A fenced block of `content` with an info string (`text`, `ignore`, or none for a doc test):
/// the fence is longer than any run of backticks in it, so no line inside can close it.
pub(super) fn fenced(info: &str, content: &str) -> String {
    let content: String = (content.chars())
        .map(|c| match c {
            '\n' => '\n',
            c if c.is_control() || is_invisible(c) => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect();
    let fence = "`".repeat((longest_run(&content, '`') + 1).max(3));
    format!("{fence}{info}\n{content}\n{fence}")
}

/// A link to `url` showing `name`: only `https://` and `http://` addresses are links, with
/// every character that could end or change the destination percent-encoded; anything else is
/// shown as code.
pub(super) fn link(name: &str, url: &str) -> String {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return code(url);
    }
    let mut destination = String::with_capacity(url.len());
    for c in url.chars() {
        let plain = c.is_ascii_graphic()
            && !matches!(
                c,
                '(' | ')' | '<' | '>' | '\\' | '"' | '\'' | '`' | '[' | ']'
            );
        if plain {
            destination.push(c);
        } else {
            let mut buffer = [0; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                destination.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    format!("[{}]({destination})", text(name))
}

fn longest_run(text: &str, of: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in text.chars() {
        run = if c == of { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_every_markup_character() {
        assert_eq!(text("a [b] <c> d|e"), "a \\[b\\] \\<c\\> d\\|e");
        assert_eq!(text("    ~~~\r```x"), "\\~\\~\\~ \\`\\`\\`x");
        assert_eq!(
            text("<script>alert(1)</script>"),
            "\\<script\\>alert\\(1\\)\\<\\/script\\>"
        );
        assert_eq!(text("a\u{202E}b\0c"), "a\u{FFFD}b c");
    }

    #[test]
    fn code_spans_survive_backticks_and_line_ends() {
        assert_eq!(code("a\nb"), "`a↵b`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("a\rb|c"), "`a\u{FFFD}b\\|c`");
        assert_eq!(code("`"), "`` ` ``");
    }

    #[test]
    fn fences_are_longer_than_any_run_inside() {
        assert_eq!(fenced("text", "a\n```\nb"), "````text\na\n```\nb\n````");
        assert_eq!(fenced("", "x"), "```\nx\n```");
    }

    #[test]
    fn links_keep_their_destination_whole() {
        assert_eq!(
            link("p", "https://e.com/a b)c"),
            "[p](https://e.com/a%20b%29c)"
        );
        assert_eq!(link("p", "javascript:alert(1)"), "`javascript:alert(1)`");
        assert_eq!(
            link("页", "https://e.com/页\n"),
            "[页](https://e.com/%E9%A1%B5%0A)"
        );
    }
}

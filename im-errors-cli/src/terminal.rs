//! Text on a terminal: the one way every field of the catalogue, a response or a page reaches
//! the command's human output.

/// The text with its control characters written as escapes (`\n`, `\u{1b}`) and its format
/// characters (bidi overrides, zero-width marks) as `\u{202e}`: a value then cannot end a line
/// early and add one of its own, reorder what follows, nor send the terminal a command. Quotes
/// and apostrophes stay as they are (`doesn't`).
pub fn text(text: &str) -> String {
    (text.chars())
        .map(|c| match c {
            c if c.is_control() => c.escape_default().to_string(),
            c if im_errors_codegen::is_invisible(c) => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn controls_and_format_characters_are_shown_apostrophes_kept() {
        assert_eq!(super::text("doesn't \"x\""), "doesn't \"x\"");
        assert_eq!(super::text("a\nb\u{1b}[31m\u{7}"), "a\\nb\\u{1b}[31m\\u{7}");
        assert_eq!(super::text("abc\u{202E}def"), "abc\\u{202e}def");
    }
}

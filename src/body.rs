//! A bounded reader for the REST error body: the top-level object's `error`,
//! `error_description`, `exception`, `timestamp` and `duration`, nothing else.
//!
//! Hand-written rather than serde_json so the crate has no runtime dependency, and so that every
//! input gives an answer in bounded work: bodies over [`MAX_BODY`] are not read, nesting over
//! [`MAX_DEPTH`] stops the scan, and skipped values are scanned, never built.

use std::borrow::Cow;
use std::fmt;

/// Bodies larger than this are not parsed: error bodies are a few hundred bytes, and a larger
/// one is a proxy's page or garbage.
pub const MAX_BODY: usize = 64 * 1024;

/// Nesting deeper than this in a skipped value makes the body malformed.
pub const MAX_DEPTH: usize = 64;

/// What the response body turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyKind {
    /// A JSON object; its fields were read.
    Json,
    /// No body, or only white space.
    Empty,
    /// Not a JSON object: an HTML page from a gateway, plain text, a JSON array.
    NotJson,
    /// A JSON object cut short or broken; the fields before the break were read.
    Malformed,
    /// Nested deeper than [`MAX_DEPTH`]; the fields before it were read.
    TooDeep,
    /// Larger than [`MAX_BODY`] bytes; not read.
    TooLarge,
    /// Not UTF-8 text.
    NotUtf8,
}

impl BodyKind {
    /// Whether every field of the body could be read.
    pub const fn is_complete(self) -> bool {
        matches!(self, BodyKind::Json)
    }
}

impl fmt::Display for BodyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BodyKind::Json => "a JSON object",
            BodyKind::Empty => "an empty body",
            BodyKind::NotJson => "not a JSON object",
            BodyKind::Malformed => "malformed or truncated JSON",
            BodyKind::TooDeep => "JSON nested too deeply",
            BodyKind::TooLarge => "a body too large to read",
            BodyKind::NotUtf8 => "not UTF-8 text",
        })
    }
}

/// The fields of an error body, borrowed from it unless a string holds escapes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields<'a> {
    /// `error`.
    pub error: Option<Cow<'a, str>>,
    /// `error_description`.
    pub description: Option<Cow<'a, str>>,
    /// `exception`.
    pub exception: Option<Cow<'a, str>>,
    /// `timestamp`, milliseconds since the epoch.
    pub timestamp: Option<i64>,
    /// `duration`, milliseconds.
    pub duration: Option<i64>,
}

/// Reads what it can of `body`, and says what the body was.
pub fn read(body: &[u8]) -> (Fields<'_>, BodyKind) {
    if body.len() > MAX_BODY {
        return (Fields::default(), BodyKind::TooLarge);
    }
    let Ok(text) = std::str::from_utf8(body) else {
        return (Fields::default(), BodyKind::NotUtf8);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader { text, pos: 0 };
    reader.skip_ws();
    match reader.peek() {
        None => (Fields::default(), BodyKind::Empty),
        Some(b'{') => {
            let mut fields = Fields::default();
            let kind = match reader.object(&mut fields) {
                Ok(()) => BodyKind::Json,
                Err(kind) => kind,
            };
            (fields, kind)
        }
        Some(_) => (Fields::default(), BodyKind::NotJson),
    }
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

type Step<T> = Result<T, BodyKind>;

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Step<()> {
        self.skip_ws();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(BodyKind::Malformed)
        }
    }

    fn object(&mut self, fields: &mut Fields<'a>) -> Step<()> {
        self.expect(b'{')?;
        self.skip_ws();
        if self.peek() == Some(b'}') {
            return Ok(());
        }
        loop {
            self.skip_ws();
            let key = self.string()?;
            self.expect(b':')?;
            self.skip_ws();
            self.field(&key, fields)?;
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => return Ok(()),
                _ => return Err(BodyKind::Malformed),
            }
        }
    }

    fn field(&mut self, key: &str, fields: &mut Fields<'a>) -> Step<()> {
        let slot = match key {
            "error" => &mut fields.error,
            "error_description" => &mut fields.description,
            "exception" => &mut fields.exception,
            "timestamp" | "duration" => {
                let number = self.scalar_number();
                let slot = if key == "timestamp" {
                    &mut fields.timestamp
                } else {
                    &mut fields.duration
                };
                *slot = number;
                return if number.is_some() {
                    Ok(())
                } else {
                    self.skip_value()
                };
            }
            _ => return self.skip_value(),
        };
        if self.peek() == Some(b'"') {
            *slot = Some(self.string()?);
            Ok(())
        } else {
            // A field of the wrong type is not this body's field: leave it unset.
            *slot = None;
            self.skip_value()
        }
    }

    /// An integer (or an integral float) at the cursor, consumed; `None` leaves the cursor.
    fn scalar_number(&mut self) -> Option<i64> {
        let rest = &self.text[self.pos..];
        let len = rest
            .bytes()
            .take_while(|byte| matches!(byte, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .count();
        let token = &rest[..len];
        let number = token.parse::<i64>().ok().or_else(|| {
            let float = token.parse::<f64>().ok()?;
            // Saturating cast: a float timestamp out of range is still a number.
            (float.fract() == 0.0).then_some(float as i64)
        })?;
        self.pos += len;
        Some(number)
    }

    /// A string at the cursor: borrowed when it holds no escape.
    fn string(&mut self) -> Step<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return Err(BodyKind::Malformed);
        }
        let start = self.pos + 1;
        let bytes = self.text.as_bytes();
        let mut end = start;
        while let Some(&byte) = bytes.get(end) {
            match byte {
                b'"' => {
                    self.pos = end + 1;
                    return Ok(Cow::Borrowed(&self.text[start..end]));
                }
                b'\\' => return self.escaped_string(start),
                _ => end += 1,
            }
        }
        Err(BodyKind::Malformed)
    }

    fn escaped_string(&mut self, start: usize) -> Step<Cow<'a, str>> {
        let mut out = String::new();
        let mut chars = self.text[start..].char_indices();
        while let Some((offset, c)) = chars.next() {
            match c {
                '"' => {
                    self.pos = start + offset + 1;
                    return Ok(Cow::Owned(out));
                }
                '\\' => {
                    let (_, escape) = chars.next().ok_or(BodyKind::Malformed)?;
                    match escape {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'u' => out.push(unicode_escape(&mut chars)?),
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
        Err(BodyKind::Malformed)
    }

    /// Skips one value of any type, without building it.
    fn skip_value(&mut self) -> Step<()> {
        let mut depth = 0usize;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return Err(BodyKind::Malformed),
                Some(b'"') => {
                    self.skip_string()?;
                }
                Some(b'{' | b'[') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(BodyKind::TooDeep);
                    }
                    self.pos += 1;
                    continue;
                }
                Some(b'}' | b']') if depth > 0 => {
                    depth -= 1;
                    self.pos += 1;
                }
                Some(b',' | b':') if depth > 0 => {
                    self.pos += 1;
                    continue;
                }
                Some(b'}' | b']' | b',' | b':') => return Err(BodyKind::Malformed),
                Some(_) => self.skip_scalar()?,
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }

    fn skip_string(&mut self) -> Step<()> {
        let bytes = self.text.as_bytes();
        let mut at = self.pos + 1;
        while let Some(&byte) = bytes.get(at) {
            match byte {
                b'"' => {
                    self.pos = at + 1;
                    return Ok(());
                }
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
        Err(BodyKind::Malformed)
    }

    fn skip_scalar(&mut self) -> Step<()> {
        let rest = &self.text.as_bytes()[self.pos..];
        let len = rest
            .iter()
            .take_while(|byte| {
                !matches!(
                    byte,
                    b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'{' | b'['
                )
            })
            .count();
        let token = &rest[..len];
        let valid = matches!(token, b"true" | b"false" | b"null")
            || (!token.is_empty()
                && token
                    .iter()
                    .all(|byte| matches!(byte, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')));
        if valid {
            self.pos += len;
            Ok(())
        } else {
            Err(BodyKind::Malformed)
        }
    }
}

/// The character of a `\uXXXX` escape (and of its low surrogate, when it is a high one);
/// U+FFFD for a lone surrogate, as lenient JSON readers do.
fn unicode_escape(chars: &mut std::str::CharIndices<'_>) -> Step<char> {
    let high = hex4(chars)?;
    if !(0xD800..0xDC00).contains(&high) {
        return Ok(char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    let mut lookahead = chars.clone();
    if let (Some((_, '\\')), Some((_, 'u'))) = (lookahead.next(), lookahead.next()) {
        let low = hex4(&mut lookahead)?;
        if (0xDC00..0xE000).contains(&low) {
            *chars = lookahead;
            let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            return Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }
    Ok(char::REPLACEMENT_CHARACTER)
}

fn hex4(chars: &mut std::str::CharIndices<'_>) -> Step<u32> {
    let mut value = 0;
    for _ in 0..4 {
        let (_, c) = chars.next().ok_or(BodyKind::Malformed)?;
        value = value * 16 + c.to_digit(16).ok_or(BodyKind::Malformed)?;
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fields_and_skips_the_rest() {
        let body = br#"{"path":"/x","nested":{"a":[1,{"b":null}]},"error":"unauthorized","error_description":"Unable to authenticate","timestamp":1700000000000,"duration":0,"exception":"x.Y"}"#;
        let (fields, kind) = read(body);
        assert_eq!(kind, BodyKind::Json);
        assert_eq!(fields.error.as_deref(), Some("unauthorized"));
        assert!(matches!(fields.error, Some(Cow::Borrowed(_))));
        assert_eq!(
            fields.description.as_deref(),
            Some("Unable to authenticate")
        );
        assert_eq!(fields.exception.as_deref(), Some("x.Y"));
        assert_eq!(
            (fields.timestamp, fields.duration),
            (Some(1_700_000_000_000), Some(0))
        );
    }

    #[test]
    fn decodes_escapes() {
        let (fields, _) = read(br#"{"error_description":"a\n\u0027b\u0027 \ud83d\ude00 \"q\""}"#);
        assert_eq!(fields.description.as_deref(), Some("a\n'b' 😀 \"q\""));
    }

    #[test]
    fn says_what_a_bad_body_is() {
        assert_eq!(read(b"").1, BodyKind::Empty);
        assert_eq!(read(b"  \n").1, BodyKind::Empty);
        assert_eq!(
            read(b"<html><body>502 Bad Gateway</body></html>").1,
            BodyKind::NotJson
        );
        assert_eq!(read(b"[1,2]").1, BodyKind::NotJson);
        assert_eq!(read(br#"{"error":"x","error_descr"#).1, BodyKind::Malformed);
        assert_eq!(read(&[0x7b, 0xff, 0x7d]).1, BodyKind::NotUtf8);
        assert_eq!(read(&vec![b' '; MAX_BODY + 1]).1, BodyKind::TooLarge);
        let deep = format!("{{\"a\":{}1{}}}", "[".repeat(100), "]".repeat(100));
        assert_eq!(read(deep.as_bytes()).1, BodyKind::TooDeep);
    }

    #[test]
    fn keeps_what_came_before_a_break() {
        let (fields, kind) = read(br#"{"error":"reach_limit","error_description":"This req"#);
        assert_eq!(kind, BodyKind::Malformed);
        assert_eq!(fields.error.as_deref(), Some("reach_limit"));
    }

    #[test]
    fn ignores_fields_of_the_wrong_type() {
        let (fields, kind) = read(br#"{"error":42,"error_description":["x"],"timestamp":"soon"}"#);
        assert_eq!(kind, BodyKind::Json);
        assert_eq!(fields, Fields::default());
    }
}

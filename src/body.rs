//! A bounded reader for the REST error body: the top-level object's `error`,
//! `error_description`, `exception`, `timestamp` and `duration`, nothing else.
//!
//! Hand-written rather than serde_json so the crate has no runtime dependency, and so that every
//! input gives an answer in bounded work: bodies over [`MAX_BODY`] are not read, nesting over
//! [`MAX_DEPTH`] stops the scan, and skipped values are scanned, never built.
//!
//! A body is [`BodyKind::Json`] exactly when serde_json would read it as a map: one RFC 8259
//! object with only white space around it, every skipped value checked as strictly as the
//! fields (tests/body_json.rs holds the two side by side). Near misses are not JSON to the next
//! tool in line either, so calling them JSON would hide a broken server or proxy.

use std::borrow::Cow;
use std::fmt;

use crate::words;

/// Bodies larger than this are not parsed: error bodies are a few hundred bytes, and a larger
/// one is a proxy's page or garbage.
pub const MAX_BODY: usize = 64 * 1024;

/// Nesting deeper than this in a skipped value stops the scan: the body is
/// [`BodyKind::TooDeep`].
pub const MAX_DEPTH: usize = 64;

/// What the response body turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BodyKind {
    /// A JSON object, and nothing after it but white space; its fields were read.
    Json,
    /// No body, or only white space.
    Empty,
    /// Not a JSON object: an HTML page from a gateway, plain text, a JSON array.
    NotJson,
    /// A JSON object cut short or broken, or with more than white space around it (a byte order
    /// mark included); the fields before the break were read.
    Malformed,
    /// Nested deeper than [`MAX_DEPTH`]; the fields before it were read.
    TooDeep,
    /// Larger than [`MAX_BODY`] bytes; not read.
    TooLarge,
    /// Not UTF-8 text.
    NotUtf8,
    /// Cut short: the connection failed before the whole body came (closed early, reset);
    /// what came is not read. Only the `reqwest` integrations, which read the body, say so.
    Cut,
    /// The whole body did not come in time: the read's deadline passed (the `reqwest`
    /// integrations'), or the client's own timeout did; what came is not read.
    TimedOut,
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
            BodyKind::Cut => "a body cut short",
            BodyKind::TimedOut => "a body that did not come in time",
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
    // JSON text has no byte order mark (RFC 8259 §8.1) and serde_json refuses one, but a server
    // that sends one still means its fields: they are read, and the body is called malformed.
    let (text, marked) = match text.strip_prefix('\u{feff}') {
        Some(text) => (text, true),
        None => (text, false),
    };
    let mut reader = Reader { text, pos: 0 };
    reader.skip_ws();
    match reader.peek() {
        None => (Fields::default(), BodyKind::Empty),
        Some(b'{') => {
            let mut fields = Fields::default();
            let kind = match reader.document(&mut fields) {
                Ok(()) if marked => BodyKind::Malformed,
                Ok(()) => BodyKind::Json,
                Err(kind) => kind,
            };
            (fields, kind)
        }
        Some(_) => (Fields::default(), BodyKind::NotJson),
    }
}

/// A cursor over the body, checking RFC 8259's grammar as serde_json applies it, so that
/// [`BodyKind::Json`] means what a JSON parser would say. It only ever stops on an ASCII byte,
/// so every slice of `text` it takes is on a character boundary.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

type Step<T> = Result<T, BodyKind>;

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a [u8] {
        self.text.as_bytes().get(self.pos..).unwrap_or_default()
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Consumes `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.pos += usize::from(next);
        next
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Step<()> {
        self.skip_ws();
        if self.eat(byte) {
            Ok(())
        } else {
            Err(BodyKind::Malformed)
        }
    }

    /// The top-level object, then nothing but white space: a parser refuses anything after it.
    fn document(&mut self, fields: &mut Fields<'a>) -> Step<()> {
        self.expect(b'{')?;
        self.members(Some(fields), 0)?;
        self.skip_ws();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(BodyKind::Malformed),
        }
    }

    /// An object's members after its `{`, through its `}`. The top-level object's fields go
    /// into `fields`; a nested object (`None`) is only checked, `depth` containers deep.
    fn members(&mut self, mut fields: Option<&mut Fields<'a>>, depth: usize) -> Step<()> {
        self.skip_ws();
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            self.skip_ws();
            if let Some(fields) = fields.as_deref_mut() {
                let key = self.string()?;
                self.expect(b':')?;
                self.field(&key, fields)?;
            } else {
                self.skip_string()?;
                self.expect(b':')?;
                self.value(depth)?;
            }
            if !self.another(b'}')? {
                return Ok(());
            }
        }
    }

    /// An array's elements after its `[`, through its `]`.
    fn elements(&mut self, depth: usize) -> Step<()> {
        self.skip_ws();
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            self.value(depth)?;
            if !self.another(b']')? {
                return Ok(());
            }
        }
    }

    /// After a member or an element: a comma (`true`, another must follow) or `close`.
    fn another(&mut self, close: u8) -> Step<bool> {
        self.skip_ws();
        if self.eat(b',') {
            Ok(true)
        } else if self.eat(close) {
            Ok(false)
        } else {
            Err(BodyKind::Malformed)
        }
    }

    /// A top-level member's value. A later duplicate replaces an earlier one, as in serde_json's
    /// map; a value of another type is not this body's field, so it leaves it unset.
    fn field(&mut self, key: &str, fields: &mut Fields<'a>) -> Step<()> {
        self.skip_ws();
        match key {
            "error" => fields.error = self.string_or_other()?,
            "error_description" => fields.description = self.string_or_other()?,
            "exception" => fields.exception = self.string_or_other()?,
            "timestamp" => fields.timestamp = self.integer_or_other()?,
            "duration" => fields.duration = self.integer_or_other()?,
            _ => self.value(0)?,
        }
        Ok(())
    }

    fn string_or_other(&mut self) -> Step<Option<Cow<'a, str>>> {
        if self.peek() == Some(b'"') {
            self.string().map(Some)
        } else {
            self.value(0).map(|()| None)
        }
    }

    fn integer_or_other(&mut self) -> Step<Option<i64>> {
        if let Some(value) = self.short_integer() {
            Ok(Some(value))
        } else if matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            self.number().map(integer)
        } else {
            self.value(0).map(|()| None)
        }
    }

    /// A number that is a run of at most 18 digits, without a sign, a leading zero, a fraction
    /// or an exponent, consumed: its value. Timestamps and durations are, and reading them in
    /// one pass halves their cost. `None` leaves the cursor where it was, for the full grammar.
    fn short_integer(&mut self) -> Option<i64> {
        let bytes = self.rest();
        let len = bytes
            .iter()
            .take(18)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let leading_zero = len > 1 && bytes.first() == Some(&b'0');
        let goes_on = matches!(bytes.get(len), Some(b'0'..=b'9' | b'.' | b'e' | b'E'));
        if len == 0 || leading_zero || goes_on {
            return None;
        }
        self.pos += len;
        let digits = bytes.get(..len)?;
        Some((digits.iter()).fold(0, |value, &digit| value * 10 + i64::from(digit - b'0')))
    }

    /// Checks one value of any type without building it; `depth` containers are open around it
    /// inside the field's value. Recursion is bounded by MAX_DEPTH, checked before descending.
    fn value(&mut self, depth: usize) -> Step<()> {
        self.skip_ws();
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'{' | b'[') if depth >= MAX_DEPTH => Err(BodyKind::TooDeep),
            Some(b'{') => {
                self.pos += 1;
                self.members(None, depth + 1)
            }
            Some(b'[') => {
                self.pos += 1;
                self.elements(depth + 1)
            }
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(BodyKind::Malformed),
        }
    }

    fn literal(&mut self, word: &[u8]) -> Step<()> {
        if self.rest().starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(BodyKind::Malformed)
        }
    }

    /// A number in JSON's grammar, `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`,
    /// consumed: its text. What follows it (`01`, `1-2`) is the caller's to refuse.
    fn number(&mut self) -> Step<&'a str> {
        let start = self.pos;
        self.eat(b'-');
        if !self.eat(b'0') {
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        let scaled = self.eat(b'e') || self.eat(b'E');
        if scaled {
            let _sign = self.eat(b'+') || self.eat(b'-');
            self.digits()?;
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        // serde_json refuses a number beyond f64's range rather than read it as infinity. Without
        // an exponent, under 308 digits is in range: the common case skips the check.
        if (!scaled && text.len() < 308) || serde_json_finite(text.as_bytes()) {
            Ok(text)
        } else {
            Err(BodyKind::Malformed)
        }
    }

    /// One digit or more, consumed.
    fn digits(&mut self) -> Step<()> {
        let count = leading_digits(self.rest());
        self.pos += count;
        if count > 0 {
            Ok(())
        } else {
            Err(BodyKind::Malformed)
        }
    }

    /// A string, decoded: borrowed unless it holds an escape.
    fn string(&mut self) -> Step<Cow<'a, str>> {
        if !self.eat(b'"') {
            return Err(BodyKind::Malformed);
        }
        let start = self.pos;
        self.plain_run()?;
        let plain = self.text.get(start..self.pos).unwrap_or_default();
        if self.eat(b'"') {
            return Ok(Cow::Borrowed(plain));
        }
        let mut decoded = String::from(plain);
        self.escaped_rest(Some(&mut decoded))?;
        Ok(Cow::Owned(decoded))
    }

    /// A string, checked but not decoded.
    fn skip_string(&mut self) -> Step<()> {
        if !self.eat(b'"') {
            return Err(BodyKind::Malformed);
        }
        self.plain_run()?;
        if self.eat(b'"') {
            return Ok(());
        }
        self.escaped_rest(None)
    }

    /// Moves to the next quote or backslash. A raw control character (U+0000 to U+001F) is not
    /// allowed in a JSON string, and a string without its closing quote is cut short.
    fn plain_run(&mut self) -> Step<()> {
        self.pos += plain_len(self.rest());
        match self.peek() {
            Some(b'"' | b'\\') => Ok(()),
            _ => Err(BodyKind::Malformed),
        }
    }

    /// A string's rest from an escape through its closing quote, decoded into `out` if given.
    fn escaped_rest(&mut self, mut out: Option<&mut String>) -> Step<()> {
        loop {
            let c = self.escape()?;
            let start = self.pos;
            self.plain_run()?;
            if let Some(out) = &mut out {
                out.push(c);
                out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            }
            if self.eat(b'"') {
                return Ok(());
            }
        }
    }

    /// The escape at the cursor (a backslash), consumed: its character. JSON has these eight
    /// and `\u`; serde_json refuses any other.
    fn escape(&mut self) -> Step<char> {
        let c = match self.rest().get(1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            _ => return Err(BodyKind::Malformed),
        };
        self.pos += 2;
        Ok(c)
    }

    /// A `\uXXXX` escape, or a surrogate pair of two, consumed. serde_json refuses a lone
    /// surrogate, high or low, since a Rust string cannot hold one.
    fn unicode_escape(&mut self) -> Step<char> {
        let high = self.hex_escape()?;
        if !(0xD800..0xDC00).contains(&high) {
            // `from_u32` refuses exactly the low surrogates left.
            return char::from_u32(high).ok_or(BodyKind::Malformed);
        }
        let low = self.hex_escape()?;
        if !(0xDC00..0xE000).contains(&low) {
            return Err(BodyKind::Malformed);
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            .ok_or(BodyKind::Malformed)
    }

    /// `\u` and four hex digits, consumed: their value.
    fn hex_escape(&mut self) -> Step<u32> {
        let Some([b'\\', b'u', digits @ ..]) = self.rest().get(..6) else {
            return Err(BodyKind::Malformed);
        };
        let value = digits
            .iter()
            .try_fold(0, |value, &digit| {
                Some(value * 16 + char::from(digit).to_digit(16)?)
            })
            .ok_or(BodyKind::Malformed)?;
        self.pos += 6;
        Ok(value)
    }
}

/// The length of the plain text `bytes` start with: up to a quote, a backslash or a control
/// character. Eight bytes at a time: strings are most of a body, and this scan was a third of the
/// time `read` took.
fn plain_len(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut len = 0;
    for word in words.by_ref() {
        let ends = ends_plain_text(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        if ends != 0 {
            return len + (ends.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    let tail = words.remainder();
    len + (tail.iter())
        .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
        .unwrap_or(tail.len())
}

/// The high bit of each byte of `word` that ends plain text, and maybe of bytes after it: the
/// lowest bit set is exact.
fn ends_plain_text(word: u64) -> u64 {
    words::bytes_below(word, 0x20)
        | words::zero_bytes(word ^ (words::ONES * u64::from(b'"')))
        | words::zero_bytes(word ^ (words::ONES * u64::from(b'\\')))
}

/// The integer a number stands for, an integral float included, saturated to i64's range (a
/// float timestamp out of range is still a number); `None` for a fraction.
fn integer(text: &str) -> Option<i64> {
    text.parse::<i64>().ok().or_else(|| {
        let float = text.parse::<f64>().ok()?;
        (float.fract() == 0.0).then_some(float as i64)
    })
}

/// Whether serde_json (without its `float_roundtrip` feature) reads a JSON number as finite.
/// It keeps the leading digits that fit a u64, scales them by a power of ten in f64 arithmetic,
/// and refuses an infinite result. Within an ulp of f64::MAX that differs from correct rounding
/// (`str::parse`), so its steps are followed here.
fn serde_json_finite(number: &[u8]) -> bool {
    let number = number.strip_prefix(b"-").unwrap_or(number);
    let (integer, rest) = number.split_at(leading_digits(number));
    let (fraction, exponent) = match rest.strip_prefix(b".") {
        Some(rest) => rest.split_at(leading_digits(rest)),
        None => (&[][..], rest),
    };
    let mut significand = 0u64;
    let mut scale = 0i32;
    // Integer digits past a u64 are dropped, each raising the scale.
    for &digit in integer {
        match push_digit(significand, digit) {
            Some(next) if scale == 0 => significand = next,
            _ => scale += 1,
        }
    }
    // Fraction digits are kept until one would overflow; it and the rest are dropped.
    for &digit in fraction {
        let Some(next) = push_digit(significand, digit) else {
            break;
        };
        significand = next;
        scale -= 1;
    }
    // The grammar was checked: what is left is empty or an exponent, `e` or `E` first.
    let Some(exponent) = exponent.get(1..) else {
        return scaled_finite(significand, scale);
    };
    let (positive, digits) = match exponent {
        [b'-', digits @ ..] => (false, digits),
        [b'+', digits @ ..] => (true, digits),
        digits => (true, digits),
    };
    // An exponent past i32 makes a non-zero significand infinite, or zero when negative.
    let Some(exponent) = digits.iter().try_fold(0i32, |exponent, &digit| {
        exponent
            .checked_mul(10)?
            .checked_add(i32::from(digit.wrapping_sub(b'0')))
    }) else {
        return significand == 0 || !positive;
    };
    let scale = if positive {
        scale.saturating_add(exponent)
    } else {
        scale.saturating_sub(exponent)
    };
    scaled_finite(significand, scale)
}

fn leading_digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

fn push_digit(significand: u64, digit: u8) -> Option<u64> {
    significand
        .checked_mul(10)?
        .checked_add(u64::from(digit.wrapping_sub(b'0')))
}

/// Whether serde_json's `significand * 10^scale` (its `f64_from_parts`) is finite: dividing
/// never overflows, its table of powers stops at 1e308, and beyond it only zero stays finite.
fn scaled_finite(significand: u64, scale: i32) -> bool {
    // Under 1e20 * 1e288, the product cannot reach f64::MAX.
    if scale <= 288 || significand == 0 {
        return true;
    }
    scale <= 308 && (significand as f64 * power_of_ten(scale)).is_finite()
}

/// 10^`scale` (289 to 308) as the literal `1e{scale}` reads, which is what serde_json's table
/// holds; parsed from a stack buffer so that no number allocates.
fn power_of_ten(scale: i32) -> f64 {
    let hundreds = (scale / 100) as u8;
    let tens = (scale / 10 % 10) as u8;
    let ones = (scale % 10) as u8;
    let literal = [b'1', b'e', b'0' + hundreds, b'0' + tens, b'0' + ones];
    std::str::from_utf8(&literal)
        .ok()
        .and_then(|literal| literal.parse().ok())
        .unwrap_or(f64::INFINITY)
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

    fn kind_of(body: &str) -> BodyKind {
        read(body.as_bytes()).1
    }

    /// The kinds of bodies holding `value` where it is skipped, read as `error`, and read as
    /// `timestamp`: each place has its own code path.
    fn kinds_as_value(value: &str) -> [BodyKind; 3] {
        ["x", "error", "timestamp"].map(|key| kind_of(&format!(r#"{{"{key}":{value}}}"#)))
    }

    /// The kinds of bodies holding `text` inside a string: as a key, as a skipped value and as
    /// `error`'s value.
    fn kinds_in_string(text: &str) -> [BodyKind; 3] {
        [
            format!(r#"{{"{text}":1}}"#),
            format!(r#"{{"x":"{text}"}}"#),
            format!(r#"{{"error":"{text}"}}"#),
        ]
        .map(|body| kind_of(&body))
    }

    const MALFORMED: [BodyKind; 3] = [BodyKind::Malformed; 3];
    const JSON: [BodyKind; 3] = [BodyKind::Json; 3];

    #[test]
    fn refuses_anything_after_the_object() {
        for tail in [
            "garbage",
            ",",
            "true",
            "{}",
            "}",
            r#"{"error":"b"}"#,
            "\u{0}",
            " x",
        ] {
            let body = format!(r#"{{"error":"a"}}{tail}"#);
            let (fields, kind) = read(body.as_bytes());
            assert_eq!(kind, BodyKind::Malformed, "{tail:?}");
            assert_eq!(fields.error.as_deref(), Some("a"), "{tail:?}");
        }
        assert_eq!(kind_of("{\"error\":\"a\"} \r\n\t"), BodyKind::Json);
        // White space is JSON's four characters only.
        assert_eq!(kind_of("{}\u{c}"), BodyKind::Malformed);
        assert_eq!(kind_of("{}\u{a0}"), BodyKind::Malformed);
    }

    #[test]
    fn refuses_escapes_json_does_not_have() {
        for escape in [
            r"\x", r"\'", r"\a", r"\0", r"\U0041", r"\u12", r"\u12g4", r"\u+123",
        ] {
            assert_eq!(
                kinds_in_string(&format!("a{escape}b")),
                MALFORMED,
                "{escape}"
            );
        }
        assert_eq!(kind_of(r#"{"error":"a\"#), BodyKind::Malformed);
        let (fields, kind) = read(br#"{"error":"ok","x":"a\xb"}"#);
        assert_eq!(
            (fields.error.as_deref(), kind),
            (Some("ok"), BodyKind::Malformed)
        );
        let (fields, kind) = read(br#"{"error":"a\/b\\\"\b\f\n\r\t\u00e9"}"#);
        assert_eq!(
            (fields.error.as_deref(), kind),
            (Some("a/b\\\"\u{8}\u{c}\n\r\té"), BodyKind::Json)
        );
    }

    #[test]
    fn refuses_raw_control_characters_in_strings() {
        for control in (0..0x20).map(char::from) {
            let text = format!("a{control}b");
            assert_eq!(kinds_in_string(&text), MALFORMED, "{control:?}");
            // After an escape too: that is another loop.
            assert_eq!(
                kinds_in_string(&format!(r"\n{text}")),
                MALFORMED,
                "{control:?}"
            );
        }
        // DEL and the C1 controls are allowed.
        assert_eq!(kinds_in_string("a\u{7f}\u{85}b"), JSON);
    }

    #[test]
    fn refuses_lone_surrogates() {
        for escape in [
            r"\ud800",
            r"\udbff",
            r"\udc00",
            r"\udfff",
            r"\ud800\u0041",
            r"\ud800\n",
            r"\ud800\ud800",
            r"\udc00\ud800",
        ] {
            assert_eq!(
                kinds_in_string(&format!("a{escape}b")),
                MALFORMED,
                "{escape}"
            );
        }
        let (fields, kind) = read(br#"{"error":"\uD83D\uDE00\u00E9\uffff"}"#);
        assert_eq!(
            (fields.error.as_deref(), kind),
            (Some("😀é\u{ffff}"), BodyKind::Json)
        );
    }

    #[test]
    fn refuses_malformed_values_it_skips() {
        for value in [
            "[1 2 3]",
            "[1}",
            "[1,]",
            "[,1]",
            "[",
            "{",
            "{1:2}",
            r#"{"a" 1}"#,
            r#"{"a":1,}"#,
            r#"{"a":1 "b":2}"#,
            r#"{"a"}"#,
            "{,}",
            "tru",
            "nul",
            "fals",
            "True",
            "truex",
            "undefined",
            "'a'",
            "",
            "[]]",
        ] {
            assert_eq!(kinds_as_value(value), MALFORMED, "{value}");
        }
        for members in [
            r#""a":1,"#,
            ",",
            r#""a""#,
            r#""a":"#,
            r#"1:2"#,
            r#""a":1,,"b":2"#,
        ] {
            assert_eq!(
                kind_of(&format!("{{{members}}}")),
                BodyKind::Malformed,
                "{members}"
            );
        }
        let value = r#"[1,-2.5e3,true,false,null,"s",[],{},{"a":[{"b":{}}]}]"#;
        assert_eq!(kinds_as_value(value), JSON);
    }

    #[test]
    fn refuses_numbers_outside_the_grammar() {
        for number in [
            "+1",
            "01",
            "-01",
            "00",
            "1-2",
            "1+2",
            "1.",
            "-.5",
            ".5",
            "1e",
            "1e+",
            "1E-",
            "-",
            "1.e3",
            "1.5.2",
            "1e5e5",
            "0x1",
            "Infinity",
            "-Infinity",
            "NaN",
            "1_000",
        ] {
            assert_eq!(kinds_as_value(number), MALFORMED, "{number}");
        }
        for number in [
            "0",
            "-0",
            "0.5",
            "-0.5e-3",
            "1E+2",
            "1e-400",
            "0e999999999999",
            "1e0",
            "123456789012345678901234567890",
        ] {
            assert_eq!(kinds_as_value(number), JSON, "{number}");
        }
        assert_eq!(read(br#"{"timestamp":-0.0e3}"#).0.timestamp, Some(0));
        // Either side of the short path's 18 digits, and a value past i64.
        for (number, value) in [
            ("0", 0),
            ("7", 7),
            ("123456789012345678", 123_456_789_012_345_678),
            ("1234567890123456789", 1_234_567_890_123_456_789),
            ("9223372036854775807", i64::MAX),
            ("-1700000000000", -1_700_000_000_000),
            ("1700000000000.0", 1_700_000_000_000),
            ("17e2", 1700),
            ("99999999999999999999", i64::MAX),
        ] {
            let body = format!(r#"{{"timestamp":{number},"duration":{number}}}"#);
            let (fields, kind) = read(body.as_bytes());
            assert_eq!(kind, BodyKind::Json, "{number}");
            assert_eq!(
                (fields.timestamp, fields.duration),
                (Some(value), Some(value)),
                "{number}"
            );
        }
        assert_eq!(read(br#"{"timestamp":1.5}"#).0.timestamp, None);
    }

    #[test]
    fn refuses_numbers_beyond_f64_as_serde_json_does() {
        // Within a few units of the last place of f64::MAX serde_json's answer depends on its
        // `float_roundtrip` feature, which another crate of a build may turn on: the numbers
        // here are clear of that band, on either side of it.
        for (number, fits) in [
            ("1.7976931348623e308", true),
            ("179769313486231e294", true),
            ("-1.79769313486e308", true),
            ("1.7976931348624e308", false),
            ("1e309", false),
            ("-2e308", false),
            (&format!("1{}", "0".repeat(309)), false),
        ] {
            let serde_json = serde_json::from_str::<serde_json::Value>(number).is_ok();
            assert_eq!(serde_json, fits, "{number}");
            let ours = kind_of(&format!(r#"{{"x":{number}}}"#)) == BodyKind::Json;
            assert_eq!(ours, fits, "{number}");
        }
    }

    #[test]
    fn refuses_a_byte_order_mark_but_reads_behind_it() {
        let (fields, kind) = read("\u{feff}{\"error\":\"a\"}".as_bytes());
        assert_eq!(
            (fields.error.as_deref(), kind),
            (Some("a"), BodyKind::Malformed)
        );
        assert_eq!(read("\u{feff} ".as_bytes()).1, BodyKind::Empty);
        assert_eq!(read("\u{feff}<html>".as_bytes()).1, BodyKind::NotJson);
        // Only at the start: elsewhere it is a character like any other, or not white space.
        assert_eq!(kind_of("{\"error\":\"\u{feff}\"}"), BodyKind::Json);
        assert_eq!(kind_of("{}\u{feff}"), BodyKind::Malformed);
    }

    #[test]
    fn the_last_of_duplicate_keys_wins() {
        let (fields, kind) =
            read(br#"{"error":"a","timestamp":1,"error":"b","timestamp":2,"duration":3}"#);
        assert_eq!(kind, BodyKind::Json);
        assert_eq!(
            (fields.error.as_deref(), fields.timestamp, fields.duration),
            (Some("b"), Some(2), Some(3))
        );
        let (fields, kind) = read(br#"{"error":"a","error":1,"timestamp":1,"timestamp":"t"}"#);
        assert_eq!(kind, BodyKind::Json);
        assert_eq!((fields.error, fields.timestamp), (None, None));
        // An escaped key is the same key.
        assert_eq!(
            read(br#"{"error":"a","\u0065rror":"b"}"#)
                .0
                .error
                .as_deref(),
            Some("b")
        );
    }

    #[test]
    fn nests_up_to_max_depth() {
        let nested = |depth| format!("{{\"x\":{}1{}}}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(kind_of(&nested(MAX_DEPTH)), BodyKind::Json);
        assert_eq!(kind_of(&nested(MAX_DEPTH + 1)), BodyKind::TooDeep);
        let objects = format!(
            "{{\"x\":{}1{}}}",
            "{\"a\":".repeat(MAX_DEPTH + 1),
            "}".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(kind_of(&objects), BodyKind::TooDeep);
    }

    #[test]
    fn plain_text_ends_where_a_byte_by_byte_scan_ends_it() {
        for byte in 0..=u8::MAX {
            for at in 0..20 {
                let mut bytes = vec![b'a'; 20];
                bytes[at] = byte;
                let expected = (bytes.iter())
                    .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                    .unwrap_or(bytes.len());
                assert_eq!(plain_len(&bytes), expected, "{byte:#x} at {at}");
                assert_eq!(plain_len(&bytes[..at]), at, "{byte:#x} at {at}");
            }
        }
    }

    #[test]
    fn borrows_strings_without_escapes() {
        let (fields, _) = read(br#"{"error":"a","error_description":"b c","exception":"d"}"#);
        for field in [fields.error, fields.description, fields.exception] {
            assert!(matches!(field, Some(Cow::Borrowed(_))), "{field:?}");
        }
    }
}

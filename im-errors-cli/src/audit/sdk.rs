//! The status-code table a Web SDK ships, read as `audit` reads a page's error tables: the
//! `enum Code` of a TypeScript declaration file (`declare enum Code { NAME = NUMBER, ... }`),
//! and in a JS file the object literal (`exports.code = { NAME: NUMBER, ... }`) or the compiled
//! enum (`function(e){e[e.NAME=NUMBER]="NAME",...}`) that defines an anchor constant. A bundle
//! holds other enums whose numbers overlap the codes (operation types, log levels): only a block
//! that defines an anchor is read, and then every item of it, an item audit cannot read being a
//! row it reports.
//!
//! Whatever the text holds, the work is linear in it: each block is read once, an anchor inside a
//! block already read is passed over, and the walk back from an anchor to its block's `{` stops
//! where the last block (or the last walk that found none) ended.

use std::collections::HashMap;

use super::page::{Located, Row};

/// Constants only the status-code table defines: `WEBIM_CONNCTION_OPEN_ERROR` in every release
/// of both packages, `REQUEST_TIMEOUT` from easemob-websdk 4.0.1 and agora-chat 1.0.4 on.
const ANCHORS: [&str; 2] = ["WEBIM_CONNCTION_OPEN_ERROR", "REQUEST_TIMEOUT"];

/// The tokens of an item kept: the longest item audit reads, a compiled enum's
/// `e[e["NAME"]=-1]="NAME"`, has 12.
const KEPT_TOKENS: usize = 16;

/// What is sought, for the message of a file with none of it.
pub const SOUGHT: &str = "a TypeScript `enum Code { NAME = NUMBER, ... }` with members, or a JS \
     object literal `{ NAME: NUMBER, ... }` or compiled enum `e[e.NAME=NUMBER]=\"NAME\"` that \
     defines WEBIM_CONNCTION_OPEN_ERROR or REQUEST_TIMEOUT";

/// How a block writes its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Form {
    /// `NAME = NUMBER` or `NAME` (one more than the member before), TypeScript's enum.
    Enum,
    /// `NAME: NUMBER`, or `e[e.NAME=NUMBER]="NAME"` as TypeScript compiles an enum.
    Js,
}

/// The rows of every status-code table of `text`, or `None` if it has no table with an item.
/// A table with no closing `}` is refused: the file is cut short, or audit misread it.
pub fn rows(text: &str) -> Result<Option<Vec<Located>>, String> {
    let bytes = text.as_bytes();
    let mut openers: Vec<(usize, Form)> = (enum_braces(text).map(|at| (at, Form::Enum)))
        .chain(anchors(text).map(|at| (at, Form::Js)))
        .collect();
    openers.sort_unstable();
    let mut lines = Lines::new(bytes);
    let mut rows = Vec::new();
    // Where the text not yet read starts.
    let mut floor = 0;
    for (at, form) in openers {
        if at < floor {
            continue;
        }
        let open = match form {
            Form::Enum => at,
            Form::Js => match open_brace(bytes, floor, at) {
                Some(open) => open,
                None => {
                    floor = at;
                    continue;
                }
            },
        };
        let block =
            block(text, open, form).map_err(|why| format!("line {}: {why}", lines.at(open)))?;
        if block.end < at {
            // The block closes before the anchor: its `{` was one inside a string or comment.
            floor = at;
            continue;
        }
        floor = block.end + 1;
        let first = rows.len();
        for (offset, item) in block.items {
            let line = lines.at(offset);
            let row = match item {
                Item::Row(row) => Ok(row),
                Item::Unreadable(why) => Err(why),
                Item::Again(name, earlier) => {
                    let earlier: &Located = &rows[first + earlier];
                    Err(format!(
                        "`{name}` is defined again (first on line {})",
                        earlier.line
                    ))
                }
            };
            rows.push(Located { line, row });
        }
    }
    Ok((!rows.is_empty()).then_some(rows))
}

/// Whether a byte can be part of an identifier; any byte of a non-ASCII character counts, so
/// that a slice cut at the first byte that cannot is cut at a character's edge.
fn ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$') || byte >= 0x80
}

fn skip_spaces(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The `{` of each `enum Code {`.
fn enum_braces(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    text.match_indices("enum").filter_map(move |(at, keyword)| {
        let before = at.checked_sub(1).map(|before| bytes[before]);
        let after = at + keyword.len();
        if before.is_some_and(ident) || !bytes.get(after).is_some_and(u8::is_ascii_whitespace) {
            return None;
        }
        let name = skip_spaces(bytes, after);
        let rest = bytes.get(name..)?;
        let end = name + "Code".len();
        if !rest.starts_with(b"Code") || bytes.get(end).is_some_and(|&byte| ident(byte)) {
            return None;
        }
        let brace = skip_spaces(bytes, end);
        (bytes.get(brace) == Some(&b'{')).then_some(brace)
    })
}

/// Where an anchor constant is defined: `NAME: NUMBER` (or `"NAME": NUMBER`) in an object
/// literal, `e[e.NAME=NUMBER]` (or `e[e["NAME"]=NUMBER]`) in a compiled enum. A use of the
/// constant (`case s.NAME:`, `t.onError({type: s.NAME})`) is none.
fn anchors(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    (ANCHORS.iter())
        .flat_map(move |name| text.match_indices(name))
        .filter(move |&(at, name)| defines(bytes, at, name.len()))
        .map(|(at, _)| at)
}

fn defines(bytes: &[u8], at: usize, len: usize) -> bool {
    let before = |back: usize| at.checked_sub(back).map(|before| bytes[before]);
    let mut next = at + len;
    if before(1).is_some_and(ident) || bytes.get(next).is_some_and(|&byte| ident(byte)) {
        return false;
    }
    let quote = before(1).filter(|byte| matches!(byte, b'"' | b'\''));
    if let Some(quote) = quote {
        if bytes.get(next) != Some(&quote) {
            return false;
        }
        next += 1;
    }
    let member = before(1) == Some(b'.') || (quote.is_some() && before(2) == Some(b'['));
    if member && quote.is_some() {
        if bytes.get(next) != Some(&b']') {
            return false;
        }
        next += 1;
    }
    next = skip_spaces(bytes, next);
    let assign = if member { b'=' } else { b':' };
    if bytes.get(next) != Some(&assign) || (member && bytes.get(next + 1) == Some(&b'=')) {
        return false;
    }
    next = skip_spaces(bytes, next + 1);
    if matches!(bytes.get(next), Some(b'-' | b'+')) {
        next = skip_spaces(bytes, next + 1);
    }
    if !bytes.get(next).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    if !member {
        return true;
    }
    // `e[e.NAME=1]`, not an assignment `s.NAME=1` in some function.
    while bytes
        .get(next)
        .is_some_and(|&byte| ident(byte) || byte == b'.')
    {
        next += 1;
    }
    bytes.get(skip_spaces(bytes, next)) == Some(&b']')
}

/// The `{` that opens the block `at` is in: the last one before it that no `}` between closes,
/// looked for no further back than `floor`.
fn open_brace(bytes: &[u8], floor: usize, at: usize) -> Option<usize> {
    let mut depth = 0usize;
    for back in (floor..at).rev() {
        match bytes[back] {
            b'}' => depth += 1,
            b'{' if depth == 0 => return Some(back),
            b'{' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// One item of a block, as read.
enum Item<'t> {
    Row(Row),
    Unreadable(String),
    /// A constant the block defines again, and the index of the item that defined it first.
    Again(&'t str, usize),
}

/// A block read: where its `}` is, and its items with their offsets.
struct Block<'t> {
    end: usize,
    items: Vec<(usize, Item<'t>)>,
}

const UNCLOSED: &str = "the table that opens here has no closing `}`";

/// The block whose `{` is at `open`.
fn block(text: &str, open: usize, form: Form) -> Result<Block<'_>, String> {
    let bytes = text.as_bytes();
    let mut items = Vec::new();
    let mut first: HashMap<&str, usize> = HashMap::new();
    // The number of the enum member before, for one without a number; `Some(None)` if it had
    // one audit could not read.
    let mut previous: Option<Option<i64>> = None;
    let mut at = open + 1;
    loop {
        at = skip_blank(bytes, at).ok_or(UNCLOSED)?;
        match bytes.get(at) {
            None => return Err(UNCLOSED.to_owned()),
            Some(b'}') => return Ok(Block { end: at, items }),
            Some(b',' | b';') => {
                at += 1;
                continue;
            }
            Some(_) => {}
        }
        let (end, tokens) = tokens(text, at).ok_or(UNCLOSED)?;
        let raw = &text[at..end];
        let item = match form {
            Form::Enum => enum_item(&tokens, previous, raw),
            Form::Js => js_item(&tokens, raw),
        };
        if form == Form::Enum {
            previous = Some(item.as_ref().ok().map(|(_, number)| *number));
        }
        let item = match item {
            Ok((name, number)) => match first.get(name) {
                Some(&earlier) => Item::Again(name, earlier),
                None => {
                    first.insert(name, items.len());
                    Item::Row(Row::Sdk {
                        code: number,
                        constant: name.to_owned(),
                    })
                }
            },
            Err(why) => Item::Unreadable(why),
        };
        items.push((at, item));
        at = end;
    }
}

/// Past white space and comments; `None` at a comment that does not end.
fn skip_blank(bytes: &[u8], mut at: usize) -> Option<usize> {
    loop {
        at = skip_spaces(bytes, at);
        match bytes.get(at..at + 2) {
            Some(b"//") => {
                at = (bytes[at..].iter().position(|&byte| byte == b'\n'))
                    .map_or(bytes.len(), |end| at + end);
            }
            Some(b"/*") => {
                let end = bytes[at + 2..].windows(2).position(|two| two == b"*/")?;
                at += 2 + end + 2;
            }
            _ => return Some(at),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'t> {
    Ident(&'t str),
    /// A quoted string's text, as written.
    Str(&'t str),
    /// A number literal as written: `1`, `-` is a token of its own.
    Num(&'t str),
    Punct(u8),
    /// A template literal.
    Other,
}

/// The item that starts at `at`: where it ends (its `,`, `;` or the block's `}`) and its first
/// [`KEPT_TOKENS`] tokens; `None` if the text ends first.
fn tokens(text: &str, mut at: usize) -> Option<(usize, Vec<Token<'_>>)> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut depth = 0usize;
    loop {
        at = skip_blank(bytes, at)?;
        let &byte = bytes.get(at)?;
        let start = at;
        let token = match byte {
            b',' | b';' | b'}' if depth == 0 => return Some((at, tokens)),
            b'"' | b'\'' | b'`' => {
                at += 1;
                loop {
                    match *bytes.get(at)? {
                        b'\\' => at += 2,
                        quote if quote == byte => break,
                        _ => at += 1,
                    }
                }
                at += 1;
                match byte {
                    b'`' => Token::Other,
                    _ => Token::Str(&text[start + 1..at - 1]),
                }
            }
            b'0'..=b'9' => {
                while bytes
                    .get(at)
                    .is_some_and(|&byte| ident(byte) || byte == b'.')
                {
                    at += 1;
                }
                Token::Num(&text[start..at])
            }
            byte if ident(byte) => {
                while bytes.get(at).is_some_and(|&byte| ident(byte)) {
                    at += 1;
                }
                Token::Ident(&text[start..at])
            }
            byte => {
                match byte {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                at += 1;
                Token::Punct(byte)
            }
        };
        if tokens.len() < KEPT_TOKENS {
            tokens.push(token);
        }
    }
}

/// An item as the report shows it: white space runs made one space, and cut short.
fn shown(item: &str) -> String {
    const SHOWN: usize = 80;
    let words: Vec<&str> = item.split_ascii_whitespace().collect();
    let joined = words.join(" ");
    match joined.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}...", &joined[..cut]),
        None => joined,
    }
}

/// A constant's name: an identifier, or a string holding one.
fn name<'t>(token: &Token<'t>) -> Option<&'t str> {
    match *token {
        Token::Ident(name) => Some(name),
        Token::Str(name)
            if !name.is_empty()
                && (name.bytes())
                    .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$')) =>
        {
            Some(name)
        }
        _ => None,
    }
}

fn enum_item<'t>(
    tokens: &[Token<'t>],
    previous: Option<Option<i64>>,
    raw: &str,
) -> Result<(&'t str, i64), String> {
    let not_member = || format!("`{}` is not a `NAME = NUMBER` member", shown(raw));
    let (first, rest) = tokens.split_first().ok_or_else(not_member)?;
    let name = name(first).ok_or_else(not_member)?;
    match rest {
        [] => match previous {
            None => Ok((name, 0)),
            Some(Some(number)) => (number.checked_add(1))
                .map(|number| (name, number))
                .ok_or_else(|| {
                    format!("`{name}` follows {number}, the largest number audit reads")
                }),
            Some(None) => Err(format!(
                "`{name}` has no number, and the member before it has none audit can read"
            )),
        },
        [Token::Punct(b'='), value @ ..] => Ok((name, number(value, raw)?)),
        _ => Err(not_member()),
    }
}

fn js_item<'t>(tokens: &[Token<'t>], raw: &str) -> Result<(&'t str, i64), String> {
    use Token::{Ident, Punct, Str};
    let not_item = || {
        format!(
            "`{}` is not a `NAME: NUMBER` item or a compiled enum's `e[e.NAME=NUMBER]=\"NAME\"`",
            shown(raw)
        )
    };
    match tokens {
        [key, Punct(b':'), value @ ..] => {
            let name = name(key).ok_or_else(not_item)?;
            Ok((name, number(value, raw)?))
        }
        // e[e.NAME=1]="NAME" and e[e["NAME"]=1]="NAME".
        [Ident(object), Punct(b'['), Ident(again), rest @ ..] => {
            let (key, rest) = match rest {
                [Punct(b'.'), key @ Ident(_), rest @ ..] => (key, rest),
                [Punct(b'['), key @ Str(_), Punct(b']'), rest @ ..] => (key, rest),
                _ => return Err(not_item()),
            };
            let [
                Punct(b'='),
                value @ ..,
                Punct(b']'),
                Punct(b'='),
                Str(reverse),
            ] = rest
            else {
                return Err(not_item());
            };
            let name = name(key).ok_or_else(not_item)?;
            if object != again || name != *reverse {
                return Err(format!(
                    "`{}` names two enums or two constants: not a compiled enum's item",
                    shown(raw)
                ));
            }
            Ok((name, number(value, raw)?))
        }
        _ => Err(not_item()),
    }
}

/// A number as a JS literal writes an integer: decimal, `0x`, `0o` or `0b`, with a sign. A
/// fraction, an exponent (`1e999` is Infinity), a `BigInt`, numeric separators, a legacy octal
/// `010` and any expression are not read: the row is reported as one audit cannot read.
fn number(value: &[Token<'_>], raw: &str) -> Result<i64, String> {
    let (negative, literal) = match value {
        [Token::Num(literal)] | [Token::Punct(b'+'), Token::Num(literal)] => (false, *literal),
        [Token::Punct(b'-'), Token::Num(literal)] => (true, *literal),
        _ => return Err(format!("`{}`: the value is not a number", shown(raw))),
    };
    let not_integer = || {
        format!(
            "`{}`: `{literal}` is not an integer audit reads",
            shown(raw)
        )
    };
    let (radix, digits) = match literal.get(..2) {
        Some("0x" | "0X") => (16, &literal[2..]),
        Some("0o" | "0O") => (8, &literal[2..]),
        Some("0b" | "0B") => (2, &literal[2..]),
        _ if literal.len() > 1 && literal.starts_with('0') => return Err(not_integer()),
        _ => (10, literal),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err(not_integer());
    }
    let out_of_range = || {
        format!(
            "`{}`: `{literal}` is out of the range audit reads",
            shown(raw)
        )
    };
    let magnitude = u64::from_str_radix(digits, radix).map_err(|_| out_of_range())?;
    let signed = if negative {
        -i128::from(magnitude)
    } else {
        i128::from(magnitude)
    };
    i64::try_from(signed).map_err(|_| out_of_range())
}

/// Line numbers of offsets asked for in order: a line ends at `\n`, `\r\n` or a lone `\r`, as
/// a page's lines do.
struct Lines<'t> {
    bytes: &'t [u8],
    at: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    fn new(bytes: &'t [u8]) -> Lines<'t> {
        Lines {
            bytes,
            at: 0,
            line: 1,
        }
    }

    fn at(&mut self, offset: usize) -> usize {
        if offset < self.at {
            (self.at, self.line) = (0, 1);
        }
        let offset = offset.min(self.bytes.len());
        for index in self.at..offset {
            let byte = self.bytes[index];
            if byte == b'\n' || (byte == b'\r' && self.bytes.get(index + 1) != Some(&b'\n')) {
                self.line += 1;
            }
        }
        self.at = offset;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row read: its constant and number, or why audit cannot read it.
    type Read = Result<(String, i64), String>;

    /// The line of each row read, and the row.
    fn read(text: &str) -> Vec<(usize, Read)> {
        let rows = rows(text).expect("no unclosed table").expect("a table");
        (rows.into_iter())
            .map(|Located { line, row }| {
                let row = row.map(|row| match row {
                    Row::Sdk { code, constant } => (constant, code),
                    other => panic!("{other:?}"),
                });
                (line, row)
            })
            .collect()
    }

    fn pairs(text: &str) -> Vec<(String, i64)> {
        (read(text).into_iter())
            .map(|(line, row)| row.unwrap_or_else(|why| panic!("line {line}: {why}")))
            .collect()
    }

    fn pair(name: &str, number: i64) -> (String, i64) {
        (name.to_owned(), number)
    }

    #[test]
    fn a_declaration_file_s_enum_with_comments_negatives_and_members_without_a_number() {
        let text = "\
/** The error codes. */
declare enum Code {
\t/** No error. {@link x} */
\tREQUEST_SUCCESS = 0,
\tREQUEST_TIMEOUT = -1, // trailing
\t'QUOTED' = 0x10,
\tNEXT,
\t/* @hidden */ LAST = - 3
}
export { Code };
";
        let rows = read(text);
        assert_eq!(
            rows,
            [
                (4, Ok(pair("REQUEST_SUCCESS", 0))),
                (5, Ok(pair("REQUEST_TIMEOUT", -1))),
                (6, Ok(pair("QUOTED", 16))),
                (7, Ok(pair("NEXT", 17))),
                (8, Ok(pair("LAST", -3))),
            ]
        );
        for header in [
            "enum Code {",
            "export declare enum Code{",
            "export const enum Code\n{",
            "declare namespace EasemobChat {\n  enum Code {",
        ] {
            let text = format!("{header} A = 1, B }}");
            assert_eq!(pairs(&text), [pair("A", 1), pair("B", 2)], "{header}");
        }
    }

    #[test]
    fn a_js_object_literal_whatever_holds_it() {
        let source = "\
;(function () {
    exports.code = {
        WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR: 0,
        WEBIM_CONNCTION_OPEN_ERROR: 1,  //1: open {
        'QUOTED': 2,
        STATUS_OPENED: 403 // last, no comma
    };
}());
";
        assert_eq!(
            read(source),
            [
                (3, Ok(pair("WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR", 0))),
                (4, Ok(pair("WEBIM_CONNCTION_OPEN_ERROR", 1))),
                (5, Ok(pair("QUOTED", 2))),
                (6, Ok(pair("STATUS_OPENED", 403))),
            ]
        );
        let minified = "var o=function(){return{WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR:0,\"WEBIM_CONNCTION_OPEN_ERROR\":1}};";
        assert_eq!(
            pairs(minified),
            [
                pair("WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR", 0),
                pair("WEBIM_CONNCTION_OPEN_ERROR", 1)
            ]
        );
        let named = "const statusCode = { REQUEST_TIMEOUT: -1 };";
        assert_eq!(pairs(named), [pair("REQUEST_TIMEOUT", -1)]);
    }

    #[test]
    fn a_compiled_enum_minified_or_not_and_no_other_enum() {
        let minified = "!function(e){e[e.LOGIN=1]=\"LOGIN\"}(a||(a={})),function(e){e[e.REQUEST_SUCCESS=0]=\"REQUEST_SUCCESS\",e[e.REQUEST_TIMEOUT=-1]=\"REQUEST_TIMEOUT\",e[e.WEBIM_CONNCTION_OPEN_ERROR=1]=\"WEBIM_CONNCTION_OPEN_ERROR\"}(s||(s={})),function(e){e[e.GROUP_CREATEGROUP=401]=\"GROUP_CREATEGROUP\"}(g||(g={}));";
        assert_eq!(
            pairs(minified),
            [
                pair("REQUEST_SUCCESS", 0),
                pair("REQUEST_TIMEOUT", -1),
                pair("WEBIM_CONNCTION_OPEN_ERROR", 1)
            ]
        );
        let plain = "(function (Code) {\n    Code[Code[\"REQUEST_SUCCESS\"] = 0] = \"REQUEST_SUCCESS\";\n    Code[Code[\"REQUEST_TIMEOUT\"] = -1] = \"REQUEST_TIMEOUT\";\n})(Code || (Code = {}));\n";
        assert_eq!(
            read(plain),
            [
                (2, Ok(pair("REQUEST_SUCCESS", 0))),
                (3, Ok(pair("REQUEST_TIMEOUT", -1)))
            ]
        );
    }

    /// A use of an anchor constant is not its definition: no block around it is read.
    #[test]
    fn uses_of_the_constants_and_other_enums_are_no_table() {
        for text in [
            "",
            "export {};\n",
            "declare enum Other { WEBIM_CONNCTION_OPEN_ERROR = 1 }",
            "declare enum Code {}",
            "declare enum Codes { A = 1 }",
            "// enum Code is elsewhere\n",
            "function f(e){switch(e){case s.WEBIM_CONNCTION_OPEN_ERROR:return 1}}",
            "function f(){t.onError({type:s.WEBIM_CONNCTION_OPEN_ERROR,message:\"x\"})}",
            "function f(){s.REQUEST_TIMEOUT=1;s.REQUEST_TIMEOUT==1}",
            "var c={REQUEST_TIMEOUT_MS:3000,MY_REQUEST_TIMEOUT:1,REQUEST_TIMEOUT:\"slow\"}",
            "!function(e){e[e.LOGIN=1]=\"LOGIN\"}(a||(a={}))",
        ] {
            assert_eq!(rows(text), Ok(None), "{text}");
        }
    }

    #[test]
    fn hostile_items_are_rows_audit_cannot_read_never_other_numbers() {
        let text = "declare enum Code {
  HUGE = 1e999,
  HEX = 0x10,
  NEGATIVE_HEX = -0x10,
  TOO_BIG = 9223372036854775808,
  SMALLEST = -9223372036854775808,
  OCTAL = 010,
  FRACTION = 1.5,
  BIG = 1n,
  SEPARATED = 1_000,
  TEXT = \"x\",
  SHIFTED = 1 << 2,
  AFTER_SHIFTED,
  HEX = 16,
  MAX = 9223372036854775807,
  AFTER_MAX,
}";
        let rows = read(text);
        let readable: Vec<_> = (rows.iter())
            .filter_map(|(line, row)| Some((*line, row.clone().ok()?)))
            .collect();
        assert_eq!(
            readable,
            [
                (3, pair("HEX", 16)),
                (4, pair("NEGATIVE_HEX", -16)),
                (6, pair("SMALLEST", i64::MIN)),
                (15, pair("MAX", i64::MAX)),
            ]
        );
        let why = |line: usize| {
            (rows.iter())
                .find(|(at, _)| *at == line)
                .and_then(|(_, row)| row.clone().err())
                .unwrap_or_else(|| panic!("line {line}: {rows:?}"))
        };
        assert!(why(2).contains("`1e999` is not an integer"), "{}", why(2));
        assert!(why(5).contains("out of the range"), "{}", why(5));
        for line in [7, 8, 9, 10] {
            assert!(why(line).contains("is not an integer"), "{}", why(line));
        }
        assert!(why(11).contains("the value is not a number"), "{}", why(11));
        assert!(why(12).contains("the value is not a number"), "{}", why(12));
        assert!(
            why(13).contains("the member before it has none"),
            "{}",
            why(13)
        );
        assert_eq!(why(14), "`HEX` is defined again (first on line 3)");
        assert!(
            why(16).contains("follows 9223372036854775807"),
            "{}",
            why(16)
        );
    }

    #[test]
    fn a_table_cut_short_is_refused_with_its_line() {
        for (text, line) in [
            ("\n\ndeclare enum Code {\n  A = 1,\n", 3),
            ("declare enum Code { A = 1, /* B = 2 }", 1),
            ("declare enum Code { A = \"1 }", 1),
            ("x\nexports.code = {\n WEBIM_CONNCTION_OPEN_ERROR: 1,", 2),
            (
                "function(e){e[e.REQUEST_TIMEOUT=-1]=\"REQUEST_TIMEOUT\",e[",
                1,
            ),
        ] {
            assert_eq!(
                rows(text),
                Err(format!("line {line}: {UNCLOSED}")),
                "{text}"
            );
        }
    }

    /// Inputs made to cost the most a byte still cost a few passes over the text.
    #[test]
    fn hostile_texts_cost_linear_time() {
        let size = 4 * 1024 * 1024;
        let repeat = |unit: &str| unit.repeat(size / unit.len());
        let texts = [
            // Anchors with no block: each walk back stops where the last one did.
            repeat("WEBIM_CONNCTION_OPEN_ERROR:1,"),
            // Blocks in blocks, each with an anchor after the inner block.
            format!(
                "{}{}",
                repeat("{"),
                repeat("{WEBIM_CONNCTION_OPEN_ERROR:1}WEBIM_CONNCTION_OPEN_ERROR:1}")
            ),
            // One unclosed block: read once, refused.
            format!("{{{}", repeat("WEBIM_CONNCTION_OPEN_ERROR:1,{")),
            repeat("enum Code {"),
            repeat("declare enum Code { A = 1 }\n"),
            // One item of a million tokens.
            format!("enum Code {{ A = {} }}", repeat("[(")),
            repeat("e[e.REQUEST_TIMEOUT=-1]=\"REQUEST_TIMEOUT\"}"),
        ];
        for text in &texts {
            let started = std::time::Instant::now();
            let _ = rows(text);
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "{:?}...: {:?}",
                &text[..40],
                started.elapsed()
            );
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// The pieces a table is made of, in any order: what a parser most likely trips on.
        fn piece() -> impl Strategy<Value = &'static str> {
            prop::sample::select(vec![
                "{",
                "}",
                "[",
                "]",
                "(",
                ")",
                ",",
                ";",
                ":",
                "=",
                "-",
                "\"",
                "'",
                "`",
                "\\",
                "/*",
                "*/",
                "//",
                "\n",
                "\r",
                " ",
                "0",
                "1",
                "0x",
                "1e999",
                "e",
                ".",
                "e[e.",
                "enum Code {",
                "declare ",
                "WEBIM_CONNCTION_OPEN_ERROR",
                "REQUEST_TIMEOUT",
                "A",
                "用户",
                "\u{feff}",
            ])
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn any_text_is_read_or_refused_never_a_panic(pieces in prop::collection::vec(piece(), 0..64)) {
                let text = pieces.concat();
                if let Ok(Some(rows)) = rows(&text) {
                    let lines = Lines::new(text.as_bytes()).at(text.len());
                    for row in rows {
                        prop_assert!(row.line >= 1 && row.line <= lines, "{row:?} of {lines}");
                    }
                }
            }

            #[test]
            fn any_characters_are_read_or_refused(text in ".{0,200}") {
                let _ = rows(&text);
            }

            /// Whatever the names, numbers and spacing, each form gives back the pairs written.
            /// (The anchor's `:` and number have only white space between: a comment there
            /// would cost a walk to its end for each anchor.)
            #[test]
            fn each_form_reads_back_what_it_wrote(
                members in prop::collection::btree_map("[A-Z][A-Z0-9_]{0,12}", any::<i64>(), 1..20),
                space in prop::sample::select(vec!["", " ", "\n", " /* c */ ", "\r\n  "]),
            ) {
                let mut members: Vec<(String, i64)> = members.into_iter().collect();
                members.insert(0, ("WEBIM_CONNCTION_OPEN_ERROR".to_owned(), 1));
                members.dedup_by(|a, b| a.0 == b.0);
                let join = |item: &dyn Fn(&(String, i64)) -> String| {
                    members.iter().map(item).collect::<Vec<_>>().join(&format!(",{space}"))
                };
                let gap = |name: &str| if ANCHORS.contains(&name) { " " } else { space };
                let forms = [
                    format!("declare enum Code {{{space}{}{space}}}", join(&|(name, number)| format!("{name}{space}={space}{number}"))),
                    format!("exports.code = {{{space}{}{space}}};", join(&|(name, number)| format!("{name}:{}{number}", gap(name)))),
                    format!("!function(e){{{}}}(s||(s={{}}))", join(&|(name, number)| format!("e[e.{name}={number}]=\"{name}\""))),
                ];
                for form in forms {
                    prop_assert_eq!(pairs(&form), members.clone(), "{}", form);
                }
            }
        }
    }
}

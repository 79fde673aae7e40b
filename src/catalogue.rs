//! What every generated table shares: the [`Code`] trait each enum implements, and the data
//! view ([`Table`], [`Entry`]) through which the command, serde, docs and the classifier reach
//! any table without naming it.
//!
//! `codes!` expands to items that name these types by their `::im_errors::` path, so a crate
//! that depends on `im-errors` alone can expand its own catalogue, and no helper type lands in
//! the invoking module.

use std::fmt;
use std::hash::Hash;

use crate::words;

/// What a table holds, which decides the enum generated from it.
///
/// Exhaustive on purpose, unlike the tables: a new kind is a new schema, released with a new
/// generator, and every `match` on it (here, in the generator and in the `im-errors` command)
/// must then say how that kind is shown, which the compiler checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// What a caller should do about an error.
    Advice,
    /// HTTP statuses the REST API returns.
    HttpStatus,
    /// Values of the REST `"error"` field.
    ErrorType,
    /// Documented REST errors: status + type + description.
    RestCase,
    /// Integer codes of one SDK.
    SdkCode,
}

impl Kind {
    /// Every kind, in the order the command lists them.
    pub const ALL: [Kind; 5] = [
        Kind::HttpStatus,
        Kind::ErrorType,
        Kind::RestCase,
        Kind::SdkCode,
        Kind::Advice,
    ];

    /// The kind's name in a codes file (`sdk_code`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Advice => "advice",
            Kind::HttpStatus => "http_status",
            Kind::ErrorType => "error_type",
            Kind::RestCase => "rest_case",
            Kind::SdkCode => "sdk_code",
        }
    }

    /// The short label the command and its JSON use (`http`, `type`, `rest`, `sdk`, `advice`).
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Advice => "advice",
            Kind::HttpStatus => "http",
            Kind::ErrorType => "type",
            Kind::RestCase => "rest",
            Kind::SdkCode => "sdk",
        }
    }

    /// The name of an entry's [`Entry::key`] in JSON, where the key is not the number already
    /// given as `code`.
    pub const fn key_name(self) -> Option<&'static str> {
        match self {
            Kind::Advice | Kind::RestCase => Some("id"),
            Kind::ErrorType => Some("error"),
            Kind::HttpStatus | Kind::SdkCode => None,
        }
    }

    /// What a person calls an entry of this kind, at the head of its description (`HTTP`,
    /// `SDK`).
    pub const fn title(self) -> &'static str {
        match self {
            Kind::Advice => "advice",
            Kind::HttpStatus => "HTTP",
            Kind::ErrorType => "error type",
            Kind::RestCase => "REST",
            Kind::SdkCode => "SDK",
        }
    }

    /// The columns of a reference table of entries of this kind, as the command's markdown
    /// page prints them.
    pub const fn columns(self) -> &'static [&'static str] {
        match self {
            Kind::HttpStatus => &["Status", "Variant", "English", "中文", "Advice"],
            Kind::ErrorType => &["`error`", "Variant", "English", "中文", "Advice"],
            Kind::RestCase => &[
                "Status",
                "`error`",
                "`error_description`",
                "Variant",
                "English",
                "Advice",
            ],
            Kind::Advice => &["Id", "Variant", "English", "中文", "Retry"],
            Kind::SdkCode => &["Code", "Constant", "English", "中文", "Advice"],
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One table of a catalogue: its declaration and every entry, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    /// The enum's name (`SdkCode`).
    pub name: &'static str,
    /// What the table holds.
    pub kind: Kind,
    /// One line about the table, in Chinese.
    pub zh: &'static str,
    /// One line about the table, in English.
    pub en: &'static str,
    /// What the SDK calls this numbering (SDK tables).
    pub code_space: Option<&'static str>,
    /// The platforms whose SDK uses this numbering (SDK tables).
    pub platforms: &'static [&'static str],
    /// Where the table as a whole comes from.
    pub sources: &'static [&'static str],
    /// What the table says of values no entry has, for kinds that keep them.
    pub fallback: Option<Fallback>,
    /// Every entry, in the order of the codes file.
    pub entries: &'static [Entry],
}

impl Table {
    /// The entry whose variant is named `variant`.
    pub fn entry(&self, variant: &str) -> Option<&'static Entry> {
        self.entries.iter().find(|entry| entry.variant == variant)
    }
}

/// What a table says of values that none of its entries has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fallback {
    /// The message, in Chinese.
    pub zh: &'static str,
    /// The message, in English.
    pub en: &'static str,
    /// The advice id.
    pub advice: &'static str,
}

/// One entry of a table, as data: every field the codes file gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The variant's name (`UserNotFound`).
    pub variant: &'static str,
    /// What the codes file names it by: the advice or case id, the `error` string, the SDK
    /// constant, or the decimal HTTP status.
    pub key: &'static str,
    /// The number on the wire: an HTTP status or an SDK code.
    pub number: Option<i64>,
    /// Every spelling of an SDK constant, the main one first (`USER_NOT_FOUND`,
    /// `EMErrorUserNotFound`, `AgoraChatErrorUserNotFound`).
    pub constants: &'static [&'static str],
    /// The standard reason phrase of an HTTP status.
    pub reason: Option<&'static str>,
    /// Short message, Chinese.
    pub zh: &'static str,
    /// Short message, English: lowercase, no trailing period.
    pub en: &'static str,
    /// Longer explanation, Chinese.
    pub detail_zh: Option<&'static str>,
    /// Longer explanation, English.
    pub detail_en: Option<&'static str>,
    /// The advice id (every kind but advice).
    pub advice: Option<&'static str>,
    /// The retry policy (advice entries).
    pub retry: Option<RetryPolicy>,
    /// Cross-links, both those this entry declares and those declared towards it.
    pub related: &'static [EntryRef],
    /// The REST cases documented with this HTTP status or `error` type, of every case table,
    /// that [`Entry::related`] does not list already.
    pub cases: &'static [EntryRef],
    /// The documents the entry's facts come from: the URLs of pages a reader can open.
    pub sources: &'static [&'static str],
    /// What documents said that differs, and whether it is still so.
    pub history: &'static [DocHistory],
    /// The releases of an SDK package that shipped the code (SDK tables).
    pub shipped: &'static [Shipped],
    /// Where and when the live service was seen answering so (REST cases).
    pub observed: &'static [Observed],
    /// The fields of a documented REST case.
    pub case: Option<CaseFields>,
}

impl Entry {
    /// The names a person may look this entry up by: variant, key and every constant.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        [self.variant, self.key]
            .into_iter()
            .chain(self.constants.iter().copied())
    }
}

/// A documented REST case's own fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CaseFields {
    /// The HTTP status the server answers with.
    pub status: u16,
    /// The `error` string, if the documents show one.
    pub error: Option<&'static str>,
    /// The `error_description` template, `{placeholder}`s included.
    pub template: &'static str,
    /// The template, split.
    pub parts: &'static [TemplatePart],
    /// The placeholder names of the template, in order.
    pub params: &'static [&'static str],
    /// Why it happens, Chinese.
    pub cause_zh: &'static str,
    /// Why it happens, English.
    pub cause_en: &'static str,
    /// What to do, Chinese.
    pub remedy_zh: &'static str,
    /// What to do, English.
    pub remedy_en: &'static str,
    /// The id of the case that replaces this one in current documents.
    pub superseded_by: Option<&'static str>,
}

/// A cross-link: an entry of some table, by names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryRef {
    /// The table's name.
    pub table: &'static str,
    /// The variant's name.
    pub variant: &'static str,
}

impl fmt::Display for EntryRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}::{}", self.table, self.variant)
    }
}

/// Whether and how to send a request again, as an advice entry of the codes file says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryPolicy {
    /// Which retry budget the error spends, in the manner of the AWS SDK's `ErrorKind`.
    pub class: RetryClass,
    /// The wait before the first retry, in milliseconds; `None`: the same request never
    /// succeeds again.
    pub first_ms: Option<u64>,
    /// The longest wait, in milliseconds.
    pub cap_ms: u64,
}

impl RetryPolicy {
    /// Whether the same request may succeed if sent again.
    pub const fn is_retryable(&self) -> bool {
        self.first_ms.is_some()
    }

    /// The wait before retry number `attempt` (from 0): the first wait, doubled per attempt,
    /// capped; `None` when retrying does not help.
    pub fn backoff(&self, attempt: u32) -> Option<std::time::Duration> {
        let first = self.first_ms?;
        let millis = first
            .saturating_mul(1u64 << attempt.min(20))
            .min(self.cap_ms);
        Some(std::time::Duration::from_millis(millis))
    }
}

/// Which retry budget an error spends: throttling and server errors back off differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RetryClass {
    /// A passing fault (a timeout, a dropped connection): retry soon.
    Transient,
    /// The caller is over a rate limit: retry later, slower.
    Throttling,
    /// The server failed: retry with backoff, and count it against a server budget.
    Server,
    /// The request itself is wrong, or needs a person: do not retry as is.
    Client,
}

impl RetryClass {
    /// The class's name in a codes file.
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryClass::Transient => "transient",
            RetryClass::Throttling => "throttling",
            RetryClass::Server => "server",
            RetryClass::Client => "client",
        }
    }
}

/// What any description matching a template must have, checked in a few byte comparisons before
/// the template itself is tried: the classifier's index holds one beside each candidate case, so
/// a description that matches none of them costs little more than one that matches early.
///
/// The ends are kept as words too, lowercased, so that trying a candidate costs two masked
/// comparisons against words taken from the description once; and the template itself, read
/// from its entry in `Code::TABLE`, so that the classifier tries it without a lookup by case.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Anchor {
    parts: &'static [TemplatePart],
    prefix: &'static str,
    suffix: &'static str,
    min_len: usize,
    head: u64,
    head_mask: u64,
    tail: u64,
    tail_mask: u64,
}

impl Anchor {
    /// The anchor of the template `parts`, which starts with `prefix` and ends with `suffix`
    /// (ASCII, at most eight bytes each; longer ones are checked on their first and last eight)
    /// and has at least `min_len` bytes. Generated code builds these; [`RestCase::candidates`]
    /// hands them out.
    ///
    /// [`RestCase::candidates`]: crate::RestCase::candidates
    #[doc(hidden)]
    pub const fn new(
        parts: &'static [TemplatePart],
        prefix: &'static str,
        suffix: &'static str,
        min_len: usize,
    ) -> Anchor {
        Anchor {
            parts,
            prefix,
            suffix,
            min_len,
            head: words::lowercase(words::head(prefix.as_bytes())),
            head_mask: words::head_mask(prefix.len()),
            tail: words::lowercase(words::tail(suffix.as_bytes())),
            tail_mask: words::tail_mask(suffix.len()),
        }
    }

    /// The template the anchor is of.
    pub const fn parts(&self) -> &'static [TemplatePart] {
        self.parts
    }

    /// The ASCII text the description starts with (ignoring leading white space and ASCII
    /// case), where the template starts with a literal.
    pub const fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// The ASCII text the description ends with (ignoring trailing white space, one trailing
    /// period, and ASCII case), where the template ends with a literal.
    pub const fn suffix(&self) -> &'static str {
        self.suffix
    }

    /// The fewest bytes a matching description has.
    pub const fn min_len(&self) -> usize {
        self.min_len
    }

    /// Whether `description` may match the template: `false` means it cannot.
    pub fn admits(&self, description: &str) -> bool {
        self.admits_ends(&Ends::of(crate::matching::Trimmed::of(description).bytes()))
    }

    /// [`Anchor::admits`] for a description whose ends were taken already.
    #[inline]
    pub(crate) fn admits_ends(&self, ends: &Ends) -> bool {
        ends.len >= self.min_len
            && (ends.head ^ self.head) & self.head_mask == 0
            && (ends.tail ^ self.tail) & self.tail_mask == 0
    }
}

impl fmt::Debug for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Anchor")
            .field("prefix", &self.prefix)
            .field("suffix", &self.suffix)
            .field("min_len", &self.min_len)
            .finish()
    }
}

/// A description trimmed at both ends, as [`Anchor`]s compare it: its length, and its first and
/// last eight bytes lowercased (zero where it is shorter), the last with its final byte highest.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ends {
    len: usize,
    head: u64,
    tail: u64,
}

impl Ends {
    pub(crate) fn of(bytes: &[u8]) -> Ends {
        Ends {
            len: bytes.len(),
            head: words::lowercase(words::head(bytes)),
            tail: words::lowercase(words::tail(bytes)),
        }
    }
}

/// One piece of a REST error description template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TemplatePart {
    /// Text the server sends as is.
    Literal(&'static str),
    /// A value the server fills in, by placeholder name (`username`, `group_id`).
    Param(&'static str),
}

/// What one document said of an entry, where documents disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DocHistory {
    /// The document: the URL of a page a reader can open.
    pub source: &'static str,
    /// Whether the service still behaves as this document says.
    pub current: bool,
    /// The claim, in Chinese.
    pub zh: &'static str,
    /// The claim, in English.
    pub en: &'static str,
}

/// A run of releases of one SDK package that shipped a code, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shipped {
    /// The package (`easemob-websdk`, `agora-chat`).
    pub package: &'static str,
    /// The first release of the run.
    pub since: &'static str,
    /// The last release of the run.
    pub until: &'static str,
}

impl fmt::Display for Shipped {
    /// `easemob-websdk 4.1.1–4.21.1`, or one version.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.package, self.since)?;
        if self.until != self.since {
            write!(f, "–{}", self.until)?;
        }
        Ok(())
    }
}

/// One sighting of a response from the live service, where no document lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Observed {
    /// When: `YYYY-MM` or `YYYY-MM-DD`.
    pub date: &'static str,
    /// Where it was recorded: a repository file at a commit, an issue, a page.
    pub source: &'static str,
}

impl fmt::Display for Observed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.date, self.source)
    }
}

/// The error of `FromStr` for a text that names no entry of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseCodeError {
    table: &'static str,
}

impl ParseCodeError {
    #[doc(hidden)]
    pub const fn new(table: &'static str) -> Self {
        ParseCodeError { table }
    }

    /// The table that was searched.
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no {} has this name or number", self.table)
    }
}

impl std::error::Error for ParseCodeError {}

/// What every generated enum is: one table of a catalogue.
///
/// Generic code (the command, serde, the docs page) reaches any table through this trait and
/// [`Table`], so a table added to `codes.toml` shows up there with no code change.
///
/// ```
/// use im_errors::{Code, SdkCode};
///
/// assert_eq!(SdkCode::TABLE.name, "SdkCode");
/// let entry = SdkCode::UserNotFound.entry().unwrap();
/// assert_eq!(entry.number, Some(204));
/// assert_eq!(SdkCode::parse("USER_NOT_FOUND"), Some(SdkCode::UserNotFound));
/// assert_eq!(SdkCode::parse("204"), Some(SdkCode::UserNotFound));
/// assert_eq!(SdkCode::parse("UserNotFound"), Some(SdkCode::UserNotFound));
/// // `FromStr` and serde read text as `parse` does.
/// assert_eq!("UserNotFound".parse(), Ok(SdkCode::UserNotFound));
/// ```
pub trait Code: Clone + fmt::Debug + fmt::Display + Eq + Hash + Ord + 'static {
    /// The table, as data.
    const TABLE: &'static Table;

    /// Every entry, in the order of the codes file (the fallback variant is not one).
    fn all() -> &'static [Self];

    /// The entry's data; `None` for a value no entry has.
    fn entry(&self) -> Option<&'static Entry>;

    /// The value for a number on the wire: every number of a numeric table maps (unknown ones
    /// to the fallback); `None` for tables without numbers, or a number out of the wire type's
    /// range.
    fn from_number(number: i64) -> Option<Self> {
        let _ = number;
        None
    }

    /// The value `text` names, in one order that `FromStr` and serde follow too: a key, an SDK
    /// constant in any spelling or a variant name, exactly as written ([`Code::lookup`]); else a
    /// number, white space around it allowed (numeric tables: any number of the wire type,
    /// unknown ones to the fallback). For `error` types, any string.
    ///
    /// The order decides nothing for a catalogue `check` accepts, where no text is two of these:
    /// spellings and ids are identifiers, which a number never is, and a spelling that is another
    /// entry's variant name is refused. So a text that does not start with a letter or `_` is
    /// read as a number alone, and one that does never as a number.
    #[inline]
    fn parse(text: &str) -> Option<Self> {
        match text.as_bytes().first() {
            Some(&first) if first.is_ascii_alphabetic() || first == b'_' => Self::lookup(text),
            _ => Self::from_number(text.trim().parse::<i64>().ok()?),
        }
    }

    /// The entry whose key, SDK constant in any spelling, or variant name is exactly `text`
    /// (`user_not_found`, `USER_NOT_FOUND`, `UserNotFound`): in a catalogue `check` accepts, no
    /// text is two of these for two entries. Generated tables answer with one `match` (or a
    /// binary search); this default scans the table.
    fn lookup(text: &str) -> Option<Self> {
        // `TABLE.entries` and `all()` are both in the order of the codes file.
        let names = |entry: &Entry| {
            entry.key == text || entry.variant == text || entry.constants.contains(&text)
        };
        let position = Self::TABLE.entries.iter().position(names)?;
        Self::all().get(position).cloned()
    }

    /// The number on the wire, for numeric tables.
    fn number(&self) -> Option<i64> {
        None
    }

    /// The key on the wire or in the codes file, for tables without numbers: the `error`
    /// string (known or not), the advice or case id.
    fn key(&self) -> Option<&str> {
        None
    }
}

/// A catalogue's documented REST cases, as the classifier reads them: the `RestCase` enum
/// [`codes!`](crate::codes) generates from a codes file with `rest_case` tables (and its
/// `advice`, `http_status` and `error_type` tables) implements it, and
/// [`classify_with`](crate::classify_with) classifies a response against any of them. The
/// crate's own [`RestCase`](crate::RestCase) is the default of
/// [`Classification`](crate::Classification)'s parameter.
///
/// ```
/// use im_errors::{Catalogue, HttpStatus, RestCase, RestError};
///
/// // What the classifier asks of a catalogue, asked of the crate's own.
/// let case = RestCase::from(RestError::ExpiredAccessToken);
/// assert_eq!(<RestCase as Catalogue>::status(&case), HttpStatus::Unauthorized);
/// assert_eq!(RestCase::status_from_code(401), HttpStatus::Unauthorized);
/// ```
///
/// Its methods are what the classifier needs of a catalogue, which generated code provides: it
/// is implemented by `codes!`, not by hand, and a release may add methods to it.
pub trait Catalogue: Copy + Eq + Hash + fmt::Debug + fmt::Display + 'static {
    /// The advice table.
    type Advice: Code + Copy;
    /// The HTTP status table.
    type HttpStatus: Code + Copy;
    /// The `error` type table.
    type ErrorType: Code;

    /// The cases documented with exactly this status and `error` string (`None`: the
    /// documents show no type), whose template starts with `first` (the lowercased first byte
    /// of its literal text; `None`: a placeholder or a character the classifier folds), each
    /// with its [`Anchor`].
    fn candidates(status: u16, error: Option<&str>, first: Option<u8>)
    -> &'static [(Self, Anchor)];

    /// The cases documented with this status, whatever their type; `first` as in
    /// [`Catalogue::candidates`].
    fn with_status(status: u16, first: Option<u8>) -> &'static [(Self, Anchor)];

    /// The cases documented with this `error` string (exact), whatever their status; `first`
    /// as in [`Catalogue::candidates`].
    fn with_error(error: &str, first: Option<u8>) -> &'static [(Self, Anchor)];

    /// The table the case belongs to, and its entry there.
    fn data(&self) -> (&'static Table, &'static Entry);

    /// The case, if `error` (a type's wire string) is documented with exactly one.
    fn only_case_of(error: &str) -> Option<Self>;

    /// What a caller should do about the case.
    fn advice(&self) -> Self::Advice;

    /// The HTTP status the documents give the case.
    fn status(&self) -> Self::HttpStatus;

    /// The `error` string the documents give the case, if any.
    fn error(&self) -> Option<&'static str>;

    /// The status numbered `code` (every number is one, known or not).
    fn status_from_code(code: u16) -> Self::HttpStatus;

    /// The status's number.
    fn status_code(status: &Self::HttpStatus) -> u16;

    /// What to do about a response with this status and no better clue.
    fn status_advice(status: &Self::HttpStatus) -> Self::Advice;

    /// The type whose wire string is `error` ignoring ASCII case, else the fallback holding
    /// `error` as it is.
    fn error_type_ignore_case(error: &str) -> Self::ErrorType;

    /// The wire string of a documented type; `None` for the fallback.
    fn error_type_wire(error_type: &Self::ErrorType) -> Option<&'static str>;

    /// What to do about a response of a documented type; `None` for the fallback.
    fn error_type_advice(error_type: &Self::ErrorType) -> Option<Self::Advice>;

    /// The advice's retry policy.
    fn retry_policy(advice: &Self::Advice) -> RetryPolicy;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an anchor checks, byte by byte.
    fn admitted(prefix: &str, suffix: &str, min_len: usize, text: &str) -> bool {
        let text = text.as_bytes();
        let starts =
            (text.get(..prefix.len())).is_some_and(|s| s.eq_ignore_ascii_case(prefix.as_bytes()));
        let ends = (text.len().checked_sub(suffix.len()))
            .is_some_and(|at| text[at..].eq_ignore_ascii_case(suffix.as_bytes()));
        text.len() >= min_len && starts && ends
    }

    proptest::proptest! {
        #[test]
        fn words_compare_as_bytes_would(
            prefix in "[a-zA-Z:_]{0,8}",
            suffix in "[a-zA-Z!]{0,8}",
            min_len in 0..20usize,
            text in "[a-zA-Z:_!é]{0,20}",
        ) {
            let (prefix, suffix): (&'static str, &'static str) =
                (prefix.leak(), suffix.leak());
            let anchor = Anchor::new(&[], prefix, suffix, min_len);
            let expected = admitted(prefix, suffix, min_len, &text);
            proptest::prop_assert_eq!(anchor.admits(&text), expected);
            // The description with the anchor's own ends, in the other case.
            let built = format!("{}{text}{}", prefix.to_ascii_uppercase(), suffix.to_ascii_uppercase());
            proptest::prop_assert_eq!(
                anchor.admits(&built),
                admitted(prefix, suffix, min_len, &built)
            );
        }
    }

    #[test]
    fn reads_short_and_empty_descriptions() {
        let anchor = Anchor::new(&[], "ab", "b", 2);
        assert!(anchor.admits("AB"));
        assert!(!anchor.admits("a"));
        assert!(!anchor.admits(""));
        assert!(Anchor::new(&[], "", "", 0).admits(""));
        assert_eq!(
            format!("{anchor:?}"),
            r#"Anchor { prefix: "ab", suffix: "b", min_len: 2 }"#
        );
    }
}

//! The keys of a codes file, as data: which keys a table declaration ([`DECLARATION`]), an
//! entry ([`ENTRY`]) and a history record ([`HISTORY`]) have, per kind, with each key's type
//! and whether the kind requires it.
//!
//! This is the one list of keys. The parser reports as unknown every key it does not list for
//! the table's kind, and its test builds check that it reads exactly the keys listed; the
//! `im-errors` command writes the editor JSON Schema (`docs/codes.schema.json`) and the key
//! tables of `docs/SCHEMA.md` from it.

use crate::model::{Kind, RETRY_CLASSES};
use crate::parse::MAX_WAIT_MS;

/// What a key holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// Any string.
    String,
    /// A string that is not blank.
    Text,
    /// A short English message: not blank, no trailing period.
    Message,
    /// A snake_case name (`user_not_found`).
    SnakeName,
    /// An UpperCamelCase Rust type or variant name.
    TypeName,
    /// The name of a [`Kind`].
    Kind,
    /// One of the strings listed.
    OneOf(&'static [&'static str]),
    /// An integer in `min..=max`.
    Integer {
        /// Least value.
        min: i64,
        /// Greatest value.
        max: i64,
    },
    /// `true` or `false`.
    Boolean,
    /// An array of strings, with at least `min_items` of them.
    Strings {
        /// Least number of items.
        min_items: usize,
    },
    /// An array of cross-links `TABLE.KEY`.
    References,
    /// An array of release runs `PACKAGE@FIRST..LAST` or `PACKAGE@VERSION`.
    Releases,
    /// An array of sightings `YYYY-MM[-DD] URL`.
    Sightings,
    /// An array of `history` tables, whose keys are [`HISTORY`].
    History,
}

/// One key of a table declaration, an entry or a history record.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// The key.
    pub key: &'static str,
    /// What it holds.
    pub ty: Type,
    /// One line for an editor's hover, plain text.
    pub description: &'static str,
    /// What it means, for the key tables of `docs/SCHEMA.md`: markdown, one paragraph.
    pub meaning: &'static str,
    /// The kinds of table that have it.
    pub kinds: &'static [Kind],
    /// The kinds of table that require it.
    pub required: &'static [Kind],
}

impl Field {
    /// Whether tables (or entries) of `kind` have this key.
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }

    /// Whether tables (or entries) of `kind` must have this key.
    pub fn is_required_for(&self, kind: Kind) -> bool {
        self.required.contains(&kind)
    }

    /// Whether tables (or entries) of every kind have this key.
    pub fn applies_to_every_kind(&self) -> bool {
        Kind::ALL.iter().all(|kind| self.applies_to(*kind))
    }

    /// Whether tables (or entries) of every kind must have this key.
    pub fn is_always_required(&self) -> bool {
        Kind::ALL.iter().all(|kind| self.is_required_for(*kind))
    }
}

const ALL: &[Kind] = &Kind::ALL;
const NONE: &[Kind] = &[];
const NOT_ADVICE: &[Kind] = &[
    Kind::HttpStatus,
    Kind::ErrorType,
    Kind::RestCase,
    Kind::SdkCode,
];
/// The key of a declaration that uses another catalogue's table instead of declaring one.
pub const FROM: &str = "from";

/// The only keys a declaration with [`FROM`] has: the table, its text, fallback and entries
/// are the other catalogue's.
pub const IMPORTED_DECLARATION: [&str; 2] = ["kind", FROM];

/// The kinds entries refer to without naming a table, which a catalogue may take from another.
const IMPORTABLE: &[Kind] = &[Kind::Advice, Kind::HttpStatus, Kind::ErrorType];
const WITH_FALLBACK: &[Kind] = &[Kind::HttpStatus, Kind::ErrorType, Kind::SdkCode];
const ADVICE: &[Kind] = &[Kind::Advice];
const HTTP_STATUS: &[Kind] = &[Kind::HttpStatus];
const ERROR_TYPE: &[Kind] = &[Kind::ErrorType];
const REST_CASE: &[Kind] = &[Kind::RestCase];
const SDK_CODE: &[Kind] = &[Kind::SdkCode];

const fn field(
    key: &'static str,
    ty: Type,
    kinds: &'static [Kind],
    required: &'static [Kind],
    description: &'static str,
    meaning: &'static str,
) -> Field {
    Field {
        key,
        ty,
        description,
        meaning,
        kinds,
        required,
    }
}

/// The keys of a table declaration `[tables.NAME]`.
pub const DECLARATION: &[Field] = &[
    field(
        "kind",
        Type::Kind,
        ALL,
        ALL,
        "What the table holds, which decides the enum generated from it",
        "what the table holds, which decides the enum generated from it",
    ),
    field(
        FROM,
        Type::String,
        IMPORTABLE,
        NONE,
        "The path of another catalogue's module (im_errors) whose table of this name and kind this catalogue uses",
        "the path of another catalogue's module (`im_errors`, `crate::errors`) whose table of this name and kind this catalogue uses instead of declaring its own: the declaration then has only `kind` and `from`, and no entries; a key that table lacks fails the build with the line that names it",
    ),
    field(
        "zh",
        Type::Text,
        ALL,
        ALL,
        "One line about the table in Chinese, for the enum's rustdoc",
        "one line about the table in Chinese, our own words, for the enum's rustdoc",
    ),
    field(
        "en",
        Type::Message,
        ALL,
        ALL,
        "One line about the table in English, for the enum's rustdoc: no trailing period",
        "one line about the table in English, our own words, for the enum's rustdoc: no trailing period",
    ),
    field(
        "detail_zh",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in Chinese; give detail_en too",
        "a longer explanation in Chinese; give `detail_en` too",
    ),
    field(
        "detail_en",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in English; give detail_zh too",
        "a longer explanation in English; give `detail_zh` too",
    ),
    field(
        "sources",
        Type::Strings { min_items: 0 },
        ALL,
        NONE,
        "The documents (URLs of pages a reader can open) the table as a whole comes from",
        "the documents (URLs of pages a reader can open) the table as a whole comes from",
    ),
    field(
        "code_space",
        Type::String,
        SDK_CODE,
        SDK_CODE,
        "What the SDK calls this numbering (statusCode, EMError)",
        "what the SDK calls this numbering (`statusCode`, `EMError`): an identifier, or several joined by ` / ` where platforms name it differently",
    ),
    field(
        "platforms",
        Type::Strings { min_items: 1 },
        SDK_CODE,
        SDK_CODE,
        "The platforms whose SDK uses these codes",
        "non-empty list of the platforms whose SDK uses these codes",
    ),
    field(
        "fallback_advice",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "Advice id for values no entry has (the Other or Unknown variant)",
        "id of the advice for values no entry has",
    ),
    field(
        "fallback_zh",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "Chinese message for values no entry has",
        "message in Chinese for values no entry has",
    ),
    field(
        "fallback_en",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "English message for values no entry has",
        "message in English for values no entry has",
    ),
    field(
        "fallback_advice_4xx",
        Type::String,
        HTTP_STATUS,
        NONE,
        "Advice id for unknown 4xx statuses, where it says more than fallback_advice",
        "id of the advice for unknown 4xx statuses, where it says more than `fallback_advice`: `HttpStatus::from(499).advice()` and the classifier give the same answer, from here",
    ),
    field(
        "fallback_advice_5xx",
        Type::String,
        HTTP_STATUS,
        NONE,
        "Advice id for unknown 5xx statuses, where it says more than fallback_advice",
        "id of the advice for unknown 5xx statuses, where it says more than `fallback_advice`: `HttpStatus::from(599).advice()` and the classifier give the same answer, from here",
    ),
];

/// The keys of an entry `[[NAME]]`. A key may have a row per kind, where its type differs.
pub const ENTRY: &[Field] = &[
    field(
        "id",
        Type::SnakeName,
        &[Kind::Advice, Kind::RestCase],
        &[Kind::Advice, Kind::RestCase],
        "snake_case id, unique in the table; the variant name derives from it",
        "snake_case id, unique in the table (`retry_with_backoff`, `expired_access_token`); the variant name is its UpperCamelCase",
    ),
    field(
        "code",
        Type::Integer { min: 100, max: 599 },
        HTTP_STATUS,
        HTTP_STATUS,
        "The HTTP status, 100..=599; unique",
        "the status, 100..=599; unique",
    ),
    field(
        "code",
        Type::Integer {
            min: i32::MIN as i64,
            max: i32::MAX as i64,
        },
        SDK_CODE,
        SDK_CODE,
        "The SDK's error code (an i32); unique in the table",
        "the integer (an i32); unique within its table",
    ),
    field(
        "reason",
        Type::String,
        HTTP_STATUS,
        HTTP_STATUS,
        "The standard reason phrase (Too Many Requests); the variant name derives from it",
        "the standard reason phrase (`Too Many Requests`); the variant name derives from it",
    ),
    field(
        "error",
        Type::String,
        ERROR_TYPE,
        ERROR_TYPE,
        "The `error` string exactly as sent; unique, also ignoring ASCII case",
        "the wire string, exactly as sent (`auth_bad_access_token`, `Request Entity Too Large`); unique, also ignoring ASCII case (the classifier ignores it); the variant name derives from it",
    ),
    field(
        "error",
        Type::String,
        REST_CASE,
        NONE,
        "The `error` string, declared in the error_type table; absent where the documents show none",
        "an `error` string declared in the `error_type` table; absent where the documents show none",
    ),
    field(
        "constant",
        Type::String,
        SDK_CODE,
        SDK_CODE,
        "The constant exactly as the SDK spells it, typos included; the variant name derives from it",
        "the constant exactly as the SDK spells it, typos included (`WEBIM_CONNCTION_OPEN_ERROR`); unique within its table; the variant name derives from it",
    ),
    field(
        "aliases",
        Type::Strings { min_items: 0 },
        SDK_CODE,
        NONE,
        "Every other spelling of the constant (other platforms and brands)",
        "every other spelling of the constant: other platforms and brands (`EMErrorUserNotFound`, `AgoraChatErrorUserNotFound`); `FromStr`, deserialization and `im-errors explain` take any; unique within the table, with the constants",
    ),
    field(
        "name",
        Type::TypeName,
        ALL,
        NONE,
        "Override of the generated variant name (UpperCamelCase)",
        "override of the generated variant name: UpperCamelCase, and not the name of an associated constant of the enum, such as `ALL` or `COUNT`",
    ),
    field(
        "zh",
        Type::Text,
        ALL,
        ALL,
        "Short message in Chinese, our own words",
        "short message in Chinese, our own words",
    ),
    field(
        "en",
        Type::Message,
        ALL,
        ALL,
        "Short message in English, our own words, like a Rust error message: no trailing period",
        "short message in English, our own words, like a Rust error message: starts lowercase (unless it starts with an acronym or a code name), no trailing period",
    ),
    field(
        "detail_zh",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in Chinese, full sentences; give detail_en too",
        "a longer explanation in Chinese, full sentences; give `detail_en` too",
    ),
    field(
        "detail_en",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in English, full sentences; give detail_zh too",
        "a longer explanation in English, full sentences; give `detail_zh` too",
    ),
    field(
        "advice",
        Type::String,
        NOT_ADVICE,
        NOT_ADVICE,
        "Id of an entry of the advice table: what a caller should do",
        "id of an entry of the `advice` table: what a caller should do",
    ),
    field(
        "related",
        Type::References,
        ALL,
        NONE,
        "Cross-links TABLE.KEY (SdkCode.USER_NOT_FOUND, HttpStatus.413); declare each once",
        "cross-links `\"TABLE.KEY\"`, such as `\"SdkCode.USER_NOT_FOUND\"`, `\"RestError.user_not_found\"`, `\"HttpStatus.413\"`, `\"ErrorType.reach_limit\"`; links are symmetric: declare each once, both sides show it",
    ),
    field(
        "sources",
        Type::Strings { min_items: 1 },
        NOT_ADVICE,
        NOT_ADVICE,
        "The documents (URLs of pages a reader can open) the entry's facts come from",
        "non-empty list of the pages the entry's facts come from, as a reader can open them: a documentation repository's file at a commit (`https://github.com/easemob/easemob-doc/blob/COMMIT/docs/document/web/error.md`), an npm package's file at a version, or a page's URL; never a local file name",
    ),
    field(
        "history",
        Type::History,
        ALL,
        NONE,
        "What documents said that differs from the entry",
        "what documents said that differs from the entry: records `[[NAME.history]]`, whose keys follow",
    ),
    field(
        "observed",
        Type::Sightings,
        REST_CASE,
        NONE,
        "Where and when the live service was seen answering so: `YYYY-MM URL` or `YYYY-MM-DD URL`, one string per sighting",
        "where and when the live service was seen sending this error, one string per sighting: `\"YYYY-MM URL\"` or `\"YYYY-MM-DD URL\"` (a repository file at a commit, an issue); for cases no document lists, whose `sources` name the same places",
    ),
    field(
        "shipped",
        Type::Releases,
        SDK_CODE,
        NONE,
        "The releases of an SDK package that shipped the code: `PACKAGE@FIRST..LAST` (both included) or `PACKAGE@VERSION`, one string per run",
        "the releases of an SDK package that shipped the code, one string per run: `\"PACKAGE@FIRST..LAST\"` (both included) or `\"PACKAGE@VERSION\"`, such as `[\"easemob-websdk@1.4.6..4.21.1\", \"agora-chat@1.0.0..1.4.0\"]`; rustdoc and `explain` show them",
    ),
    field(
        "status",
        Type::Integer { min: 100, max: 599 },
        REST_CASE,
        REST_CASE,
        "The HTTP status, declared in the http_status table",
        "an HTTP status declared in the `http_status` table",
    ),
    field(
        "description",
        Type::Text,
        REST_CASE,
        REST_CASE,
        "The error_description template: wire text, sample values as {snake_case} placeholders",
        "the `error_description` template, not empty. Sample values the documents show (`username1`, `40659491815425`, `XXXX`, `dddd`, `%s`, `{appkey}`) become named placeholders `{username}`, `{group_id}`, `{appkey}`: snake_case, each at most once, at most 8 per template (the classifier keeps 8 values). `{{` and `}}` are literal braces",
    ),
    field(
        "cause_zh",
        Type::String,
        REST_CASE,
        REST_CASE,
        "Why it happens, in Chinese",
        "why it happens, in Chinese: our words, sentences",
    ),
    field(
        "cause_en",
        Type::String,
        REST_CASE,
        REST_CASE,
        "Why it happens, in English",
        "why it happens, in English: our words, sentences",
    ),
    field(
        "remedy_zh",
        Type::String,
        REST_CASE,
        REST_CASE,
        "What to do, in Chinese",
        "what to do, in Chinese: our words, sentences",
    ),
    field(
        "remedy_en",
        Type::String,
        REST_CASE,
        REST_CASE,
        "What to do, in English",
        "what to do, in English: our words, sentences",
    ),
    field(
        "superseded_by",
        Type::String,
        REST_CASE,
        NONE,
        "Id of the case that replaces this one in current documents",
        "id of the case that replaces this one in current documents",
    ),
    field(
        "retry_class",
        Type::OneOf(&RETRY_CLASSES),
        ADVICE,
        NONE,
        "Which retry budget an error with this advice spends (default: client)",
        "which retry budget an error with this advice spends, as the AWS SDK's `ErrorKind` (`client` where absent)",
    ),
    field(
        "backoff_ms",
        Type::Integer {
            min: 0,
            max: MAX_WAIT_MS as i64,
        },
        ADVICE,
        NONE,
        "Milliseconds to wait before the first retry; absent: not retryable",
        "milliseconds to wait before the first retry, at most a day (86,400,000); absent: the same request never succeeds again (not retryable)",
    ),
    field(
        "backoff_cap_ms",
        Type::Integer {
            min: 0,
            max: MAX_WAIT_MS as i64,
        },
        ADVICE,
        NONE,
        "The longest wait in milliseconds (the wait doubles per attempt up to it); needs backoff_ms",
        "the longest wait in milliseconds (the wait doubles per attempt up to it), from `backoff_ms` to a day; needs `backoff_ms`",
    ),
];

/// The keys of a history record `[[NAME.history]]`, the same for every kind.
pub const HISTORY: &[Field] = &[
    field(
        "source",
        Type::String,
        ALL,
        ALL,
        "The document that says it",
        "the document that says it",
    ),
    field(
        "current",
        Type::Boolean,
        ALL,
        ALL,
        "Whether this is still what the service does",
        "whether this is still what the service does",
    ),
    field(
        "zh",
        Type::String,
        ALL,
        ALL,
        "What the document says, in Chinese",
        "what the document says, in Chinese",
    ),
    field(
        "en",
        Type::String,
        ALL,
        ALL,
        "What the document says, in English",
        "what the document says, in English",
    ),
];

/// Keys that need another where both apply: `(key, needs)`.
pub const NEEDS: &[(&str, &str)] = &[
    ("detail_zh", "detail_en"),
    ("detail_en", "detail_zh"),
    ("backoff_cap_ms", "backoff_ms"),
];

/// The rows of `rows` (one of [`DECLARATION`], [`ENTRY`], [`HISTORY`]) that tables of `kind`
/// have.
pub fn of_kind(rows: &'static [Field], kind: Kind) -> impl Iterator<Item = &'static Field> {
    rows.iter().filter(move |field| field.applies_to(kind))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn each_key_is_listed_once_per_kind() {
        for kind in Kind::ALL {
            for rows in [DECLARATION, ENTRY, HISTORY] {
                let keys: Vec<_> = of_kind(rows, kind).map(|field| field.key).collect();
                let unique: BTreeSet<_> = keys.iter().collect();
                assert_eq!(keys.len(), unique.len(), "{kind}: {keys:?}");
            }
        }
        for field in DECLARATION.iter().chain(ENTRY).chain(HISTORY) {
            assert!(
                field.required.iter().all(|kind| field.applies_to(*kind)),
                "`{}` is required where it does not apply",
                field.key
            );
        }
        // The declaration's keys are one set of properties for every kind.
        let keys: Vec<_> = DECLARATION.iter().map(|field| field.key).collect();
        assert_eq!(keys.len(), keys.iter().collect::<BTreeSet<_>>().len());
    }
}

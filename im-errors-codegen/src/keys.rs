//! The keys of a codes file, as data: which keys a table declaration ([`DECLARATION`]), an
//! entry ([`ENTRY`]) and a history record ([`HISTORY`]) have, per kind, with each key's type
//! and whether the kind requires it.
//!
//! This is the one list of keys. The parser reports as unknown every key it does not list for
//! the table's kind, and its test builds check that it reads exactly the keys listed; the
//! `im-errors` command writes the editor JSON Schema (`docs/codes.schema.json`) from it.

use crate::model::{Kind, RETRY_CLASSES};

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
    /// One line for an editor's hover.
    pub description: &'static str,
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
) -> Field {
    Field {
        key,
        ty,
        description,
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
    ),
    field(
        "zh",
        Type::Text,
        ALL,
        ALL,
        "One line about the table in Chinese, for the enum's rustdoc",
    ),
    field(
        "en",
        Type::Message,
        ALL,
        ALL,
        "One line about the table in English, for the enum's rustdoc: no trailing period",
    ),
    field(
        "detail_zh",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in Chinese; give detail_en too",
    ),
    field(
        "detail_en",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in English; give detail_zh too",
    ),
    field(
        "sources",
        Type::Strings { min_items: 0 },
        ALL,
        NONE,
        "The documents (URLs of pages a reader can open) the table as a whole comes from",
    ),
    field(
        "code_space",
        Type::String,
        SDK_CODE,
        SDK_CODE,
        "What the SDK calls this numbering (statusCode, EMError)",
    ),
    field(
        "platforms",
        Type::Strings { min_items: 1 },
        SDK_CODE,
        SDK_CODE,
        "The platforms whose SDK uses these codes",
    ),
    field(
        "fallback_advice",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "Advice id for values no entry has (the Other or Unknown variant)",
    ),
    field(
        "fallback_zh",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "Chinese message for values no entry has",
    ),
    field(
        "fallback_en",
        Type::String,
        WITH_FALLBACK,
        WITH_FALLBACK,
        "English message for values no entry has",
    ),
    field(
        "fallback_advice_4xx",
        Type::String,
        HTTP_STATUS,
        NONE,
        "Advice id for unknown 4xx statuses, where it says more than fallback_advice",
    ),
    field(
        "fallback_advice_5xx",
        Type::String,
        HTTP_STATUS,
        NONE,
        "Advice id for unknown 5xx statuses, where it says more than fallback_advice",
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
    ),
    field(
        "code",
        Type::Integer { min: 100, max: 599 },
        HTTP_STATUS,
        HTTP_STATUS,
        "The HTTP status, 100..=599; unique",
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
    ),
    field(
        "reason",
        Type::String,
        HTTP_STATUS,
        HTTP_STATUS,
        "The standard reason phrase (Too Many Requests); the variant name derives from it",
    ),
    field(
        "error",
        Type::String,
        ERROR_TYPE,
        ERROR_TYPE,
        "The `error` string exactly as sent; unique, also ignoring ASCII case",
    ),
    field(
        "error",
        Type::String,
        REST_CASE,
        NONE,
        "The `error` string, declared in the error_type table; absent where the documents show none",
    ),
    field(
        "constant",
        Type::String,
        SDK_CODE,
        SDK_CODE,
        "The constant exactly as the SDK spells it, typos included; the variant name derives from it",
    ),
    field(
        "aliases",
        Type::Strings { min_items: 0 },
        SDK_CODE,
        NONE,
        "Every other spelling of the constant (other platforms and brands)",
    ),
    field(
        "name",
        Type::TypeName,
        ALL,
        NONE,
        "Override of the generated variant name (UpperCamelCase)",
    ),
    field(
        "zh",
        Type::Text,
        ALL,
        ALL,
        "Short message in Chinese, our own words",
    ),
    field(
        "en",
        Type::Message,
        ALL,
        ALL,
        "Short message in English, our own words, like a Rust error message: no trailing period",
    ),
    field(
        "detail_zh",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in Chinese, full sentences; give detail_en too",
    ),
    field(
        "detail_en",
        Type::String,
        ALL,
        NONE,
        "A longer explanation in English, full sentences; give detail_zh too",
    ),
    field(
        "advice",
        Type::String,
        NOT_ADVICE,
        NOT_ADVICE,
        "Id of an entry of the advice table: what a caller should do",
    ),
    field(
        "related",
        Type::References,
        ALL,
        NONE,
        "Cross-links TABLE.KEY (SdkCode.USER_NOT_FOUND, HttpStatus.413); declare each once",
    ),
    field(
        "sources",
        Type::Strings { min_items: 1 },
        NOT_ADVICE,
        NOT_ADVICE,
        "The documents (URLs of pages a reader can open) the entry's facts come from",
    ),
    field(
        "history",
        Type::History,
        ALL,
        NONE,
        "What documents said that differs from the entry",
    ),
    field(
        "observed",
        Type::Sightings,
        REST_CASE,
        NONE,
        "Where and when the live service was seen answering so: `YYYY-MM URL` or `YYYY-MM-DD URL`, one string per sighting",
    ),
    field(
        "shipped",
        Type::Releases,
        SDK_CODE,
        NONE,
        "The releases of an SDK package that shipped the code: `PACKAGE@FIRST..LAST` (both included) or `PACKAGE@VERSION`, one string per run",
    ),
    field(
        "status",
        Type::Integer { min: 100, max: 599 },
        REST_CASE,
        REST_CASE,
        "The HTTP status, declared in the http_status table",
    ),
    field(
        "description",
        Type::Text,
        REST_CASE,
        REST_CASE,
        "The error_description template: wire text, sample values as {snake_case} placeholders",
    ),
    field(
        "cause_zh",
        Type::String,
        REST_CASE,
        REST_CASE,
        "Why it happens, in Chinese",
    ),
    field(
        "cause_en",
        Type::String,
        REST_CASE,
        REST_CASE,
        "Why it happens, in English",
    ),
    field(
        "remedy_zh",
        Type::String,
        REST_CASE,
        REST_CASE,
        "What to do, in Chinese",
    ),
    field(
        "remedy_en",
        Type::String,
        REST_CASE,
        REST_CASE,
        "What to do, in English",
    ),
    field(
        "superseded_by",
        Type::String,
        REST_CASE,
        NONE,
        "Id of the case that replaces this one in current documents",
    ),
    field(
        "retry_class",
        Type::OneOf(&RETRY_CLASSES),
        ADVICE,
        NONE,
        "Which retry budget an error with this advice spends (default: client)",
    ),
    field(
        "backoff_ms",
        Type::Integer {
            min: 0,
            max: i64::MAX,
        },
        ADVICE,
        NONE,
        "Milliseconds to wait before the first retry; absent: not retryable",
    ),
    field(
        "backoff_cap_ms",
        Type::Integer {
            min: 0,
            max: i64::MAX,
        },
        ADVICE,
        NONE,
        "The longest wait in milliseconds (the wait doubles per attempt up to it); needs backoff_ms",
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
    ),
    field(
        "current",
        Type::Boolean,
        ALL,
        ALL,
        "Whether this is still what the service does",
    ),
    field(
        "zh",
        Type::String,
        ALL,
        ALL,
        "What the document says, in Chinese",
    ),
    field(
        "en",
        Type::String,
        ALL,
        ALL,
        "What the document says, in English",
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

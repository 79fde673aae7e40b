//! One view of every catalogue entry, whatever its kind: what `list` prints and `explain`
//! searches.

use im_errors::{Advice, ErrorType, HttpStatus, RestError, SdkCode};
use serde::Serialize;

/// An entry of the catalogue, as the JSON output shows it.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    /// `http`, `type`, `rest` or `sdk`.
    pub kind: &'static str,
    /// The variant name.
    pub name: &'static str,
    /// The enum the variant belongs to.
    #[serde(skip)]
    pub table: &'static str,
    /// HTTP status (http) or SDK number (sdk).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// SDK constant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constant: Option<&'static str>,
    /// HTTP status of a REST case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// `error` string (type, or REST case).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'static str>,
    /// `error_description` template of a REST case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<&'static str>,
    /// REST case id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'static str>,
    /// Short message, Chinese.
    pub zh: &'static str,
    /// Short message, English.
    pub en: &'static str,
    /// Longer explanation or cause, Chinese.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail_zh: Option<&'static str>,
    /// Longer explanation or cause, English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail_en: Option<&'static str>,
    /// What to do, Chinese (REST cases).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remedy_zh: Option<&'static str>,
    /// What to do, English (REST cases).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remedy_en: Option<&'static str>,
    /// Advice id.
    pub advice: &'static str,
    /// Related entries, as `Enum::Variant`.
    pub related: Vec<String>,
    /// The documents the facts come from.
    pub sources: &'static [&'static str],
}

impl Entry {
    fn new(
        kind: &'static str,
        table: &'static str,
        name: &'static str,
        zh: &'static str,
        en: &'static str,
        advice: Advice,
    ) -> Entry {
        Entry {
            kind,
            name,
            table,
            code: None,
            constant: None,
            status: None,
            error: None,
            template: None,
            id: None,
            zh,
            en,
            detail_zh: None,
            detail_en: None,
            remedy_zh: None,
            remedy_en: None,
            advice: advice.id(),
            related: Vec::new(),
            sources: &[],
        }
    }

    /// The advice this entry gives.
    pub fn advice(&self) -> Advice {
        self.advice.parse().unwrap_or(Advice::AlertOperators)
    }

    /// The strings a query may name this entry by.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        [Some(self.name), self.constant, self.error, self.id]
            .into_iter()
            .flatten()
    }
}

fn qualified<T: std::fmt::Debug>(
    table: &str,
    items: impl IntoIterator<Item = T>,
    name: impl Fn(&T) -> &'static str,
) -> Vec<String> {
    items
        .into_iter()
        .map(|item| format!("{table}::{}", name(&item)))
        .collect()
}

/// Every entry of the catalogue of `kind` (`http`, `type`, `rest`, `sdk`), or of all kinds.
pub fn all(kind: Option<&str>) -> Vec<Entry> {
    let mut entries = Vec::new();
    let wanted = |k: &str| kind.is_none_or(|kind| kind == k);
    if wanted("http") {
        entries.extend(HttpStatus::ALL.iter().map(http));
    }
    if wanted("type") {
        entries.extend(ErrorType::ALL.iter().map(error_type));
    }
    if wanted("rest") {
        entries.extend(RestError::ALL.iter().map(|case| rest(*case)));
    }
    if wanted("sdk") {
        entries.extend(SdkCode::ALL.iter().map(|code| sdk(*code)));
    }
    entries
}

fn http(status: &HttpStatus) -> Entry {
    let mut entry = Entry::new(
        "http",
        "HttpStatus",
        status.variant_name(),
        status.message_zh(),
        status.message_en(),
        status.advice(),
    );
    entry.code = Some(i64::from(status.code()));
    entry.error = None;
    entry.detail_zh = status.detail_zh();
    entry.detail_en = status.detail_en();
    entry.related = qualified(
        "RestError",
        RestError::with_status(status.code()).iter(),
        |case| case.variant_name(),
    );
    entry.sources = status.sources();
    entry
}

fn error_type(error_type: &ErrorType) -> Entry {
    let mut entry = Entry::new(
        "type",
        "ErrorType",
        error_type.variant_name(),
        error_type.message_zh(),
        error_type.message_en(),
        error_type.advice(),
    );
    entry.error = error_type.wire_str();
    entry.detail_zh = error_type.detail_zh();
    entry.detail_en = error_type.detail_en();
    entry.related = qualified(
        "RestError",
        RestError::with_error(error_type.as_str()).iter(),
        |case| case.variant_name(),
    );
    entry.sources = error_type.sources();
    entry
}

fn rest(case: RestError) -> Entry {
    let mut entry = Entry::new(
        "rest",
        "RestError",
        case.variant_name(),
        case.message_zh(),
        case.message_en(),
        case.advice(),
    );
    entry.status = Some(case.status().code());
    entry.error = case.error();
    entry.template = Some(case.template());
    entry.id = Some(case.id());
    entry.detail_zh = Some(case.cause_zh());
    entry.detail_en = Some(case.cause_en());
    entry.remedy_zh = Some(case.remedy_zh());
    entry.remedy_en = Some(case.remedy_en());
    entry.related = qualified("SdkCode", case.sdk_codes().iter(), |code| {
        code.variant_name()
    });
    entry.sources = case.sources();
    entry
}

fn sdk(code: SdkCode) -> Entry {
    let mut entry = Entry::new(
        "sdk",
        "SdkCode",
        code.variant_name(),
        code.message_zh(),
        code.message_en(),
        code.advice(),
    );
    entry.code = Some(i64::from(code.code()));
    entry.constant = Some(code.name());
    entry.detail_zh = code.detail_zh();
    entry.detail_en = code.detail_en();
    entry.related = qualified("RestError", code.rest_errors().iter(), |case| {
        case.variant_name()
    });
    entry.sources = code.sources();
    entry
}

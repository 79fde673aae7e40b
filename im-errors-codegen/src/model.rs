//! The catalog a codes file describes, each value with the byte span it came from.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

pub use crate::template::Part;

/// A value and the byte range of the file it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it stands in the file.
    pub span: Range<usize>,
}

/// What a table holds, which decides the enum generated from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// Every kind, in the order tables are listed in docs.
    pub const ALL: [Kind; 5] = [
        Kind::Advice,
        Kind::HttpStatus,
        Kind::ErrorType,
        Kind::RestCase,
        Kind::SdkCode,
    ];

    /// The kind's name in a codes file.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Advice => "advice",
            Kind::HttpStatus => "http_status",
            Kind::ErrorType => "error_type",
            Kind::RestCase => "rest_case",
            Kind::SdkCode => "sdk_code",
        }
    }

    /// The kind named `name` in a codes file.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The field that identifies an entry, and that references name.
    pub fn key_field(self) -> &'static str {
        match self {
            Kind::Advice | Kind::RestCase => "id",
            Kind::HttpStatus | Kind::SdkCode => "code",
            Kind::ErrorType => "error",
        }
    }

    /// The variant that holds values no entry has, for kinds whose wire values are open-ended.
    pub fn fallback_variant(self) -> Option<&'static str> {
        match self {
            Kind::HttpStatus | Kind::ErrorType | Kind::SdkCode => Some("Unknown"),
            Kind::Advice | Kind::RestCase => None,
        }
    }

    /// The numbers an entry's `code` may take, for numbered kinds: HTTP statuses, and the
    /// `i32` SDK codes are read as.
    pub fn code_range(self) -> Option<std::ops::RangeInclusive<i64>> {
        match self {
            Kind::HttpStatus => Some(100..=599),
            Kind::SdkCode => Some(i64::from(i32::MIN)..=i64::from(i32::MAX)),
            Kind::Advice | Kind::ErrorType | Kind::RestCase => None,
        }
    }

    /// What messages call an entry of this kind that an entry of another table names
    /// (advice `retry`, status `404`).
    pub fn reference_noun(self) -> &'static str {
        match self {
            Kind::Advice => "advice",
            Kind::HttpStatus => "status",
            Kind::ErrorType => "error type",
            Kind::RestCase => "case",
            Kind::SdkCode => "code",
        }
    }

    /// Whether a file may declare more than one table of this kind. Entries refer to the
    /// others (`advice = "retry"`, `status = 401`) without naming a table, so those are unique.
    pub fn allows_many(self) -> bool {
        matches!(self, Kind::RestCase | Kind::SdkCode)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything a codes file declares.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// Tables in file order.
    pub tables: Vec<Table>,
    /// Names of the tables whose declaration has problems (already reported): they still get
    /// stub enums, so that one mistake in the file is one error in the user's crate.
    pub broken: Vec<String>,
}

impl Catalog {
    /// The table named `name`.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|table| table.name.value == name)
    }

    /// The first table of `kind`.
    pub fn table_of(&self, kind: Kind) -> Option<&Table> {
        self.tables.iter().find(|table| table.kind == kind)
    }

    /// Every key the catalogue's own tables name in a table imported from another catalogue
    /// (an advice id, a status, an `error` type), in file order: the macro cannot see that
    /// catalogue, so the build checks each (see [`ImportedKey::problem`]).
    pub fn imported_keys(&self) -> Vec<ImportedKey<'_>> {
        let mut keys = Vec::new();
        let mut push = |kind: Kind, key: Spanned<String>| {
            let table = self.table_of(kind);
            if let Some((table, from)) =
                table.and_then(|table| Some((table, table.imported.as_ref()?)))
            {
                let from = from.value.as_str();
                keys.push(ImportedKey { table, from, key });
            }
        };
        for table in self.tables.iter().filter(|table| !table.is_imported()) {
            let fallback = table.fallback.iter().map(|fallback| &fallback.advice);
            let by_class = table.class_advice.iter().map(|(_, advice)| advice);
            let advice = (table.entries.iter()).filter_map(|entry| entry.advice.as_ref());
            for key in fallback.chain(by_class).chain(advice) {
                push(Kind::Advice, key.clone());
            }
            for case in table.entries.iter().filter_map(|entry| entry.case.as_ref()) {
                let status = Spanned {
                    value: case.status.value.to_string(),
                    span: case.status.span.clone(),
                };
                push(Kind::HttpStatus, status);
                if let Some(error) = &case.error {
                    push(Kind::ErrorType, error.clone());
                }
            }
        }
        keys.sort_by_key(|imported| imported.key.span.start);
        keys
    }

    /// Every table name the file declares, broken declarations included.
    pub fn declared_names(&self) -> impl Iterator<Item = &str> {
        let tables = self.tables.iter().map(|table| table.name.value.as_str());
        tables.chain(self.broken.iter().map(String::as_str))
    }
}

/// A key named in a table imported from another catalogue.
#[derive(Clone, Debug)]
pub struct ImportedKey<'a> {
    /// The imported table.
    pub table: &'a Table,
    /// The module it is imported from, as written.
    pub from: &'a str,
    /// The key: an advice id, a status's number, an `error` string.
    pub key: Spanned<String>,
}

impl ImportedKey<'_> {
    /// What the build says when the table lacks the key.
    pub fn problem(&self) -> String {
        format!(
            "{} `{}` is not an entry of `{}::{}`",
            self.table.kind.reference_noun(),
            self.key.value,
            self.from,
            self.table.name.value
        )
    }
}

/// Short messages and optional longer explanations, in both languages.
#[derive(Clone, Debug, Default)]
pub struct Text {
    /// Short message, Chinese.
    pub zh: String,
    /// Short message, English: lowercase, no trailing period.
    pub en: String,
    /// Longer explanation, Chinese.
    pub detail_zh: Option<String>,
    /// Longer explanation, English.
    pub detail_en: Option<String>,
}

/// What to say of values no entry has (tables of kinds with a fallback variant).
#[derive(Clone, Debug)]
pub struct Fallback {
    /// Advice id.
    pub advice: Spanned<String>,
    /// Message, Chinese.
    pub zh: String,
    /// Message, English.
    pub en: String,
}

/// A `[tables.NAME]` declaration with its `[[NAME]]` entries.
#[derive(Clone, Debug)]
pub struct Table {
    /// The enum's name.
    pub name: Spanned<String>,
    /// What the table holds.
    pub kind: Kind,
    /// The module of another catalogue whose table this is (`from = "im_errors"`): the table
    /// is that one, used here, with no entries or text of its own.
    pub imported: Option<Spanned<String>>,
    /// One-line description.
    pub text: Text,
    /// What the SDK calls this numbering (SDK tables).
    pub code_space: Option<String>,
    /// Platforms using this numbering (SDK tables).
    pub platforms: Vec<String>,
    /// Where the table as a whole comes from.
    pub sources: Vec<String>,
    /// What to say of unknown values.
    pub fallback: Option<Fallback>,
    /// Advice ids for unknown HTTP statuses by class (`4` for 4xx, `5` for 5xx): what a status
    /// no entry has gets, where its class says more than the fallback.
    pub class_advice: Vec<(u16, Spanned<String>)>,
    /// Entries in file order.
    pub entries: Vec<Entry>,
    /// Entries left out for problems already reported: by the parser, for missing or mistyped
    /// required fields; by the macro's salvage of a file with problems, for any.
    pub dropped: Vec<Dropped>,
    /// Entry positions by [`Entry::reference_key`], built on the first lookup, after parsing
    /// has pushed every entry: a scan per cross-link made large catalogs quadratic.
    pub lookup: OnceCell<HashMap<String, usize>>,
}

impl Table {
    /// A table of `kind` with no name or text, to check the entries of a table whose
    /// declaration is broken.
    pub fn scratch(kind: Kind) -> Table {
        Table {
            name: Spanned {
                value: String::new(),
                span: 0..0,
            },
            kind,
            imported: None,
            text: Text::default(),
            code_space: None,
            platforms: Vec::new(),
            sources: Vec::new(),
            fallback: None,
            class_advice: Vec::new(),
            entries: Vec::new(),
            dropped: Vec::new(),
            lookup: OnceCell::new(),
        }
    }

    /// Whether the table is another catalogue's, used here.
    pub fn is_imported(&self) -> bool {
        self.imported.is_some()
    }

    /// Whether an entry with this key was left out for problems already reported.
    pub fn dropped(&self, key: &str) -> bool {
        self.dropped
            .iter()
            .any(|dropped| dropped.key.as_deref() == Some(key))
    }

    /// The entry that cross-links name `key`: by `id`, `code`, `error` or, for SDK codes,
    /// `constant`.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.position(key).map(|position| &self.entries[position])
    }

    /// Where [`Table::entry`] finds `key`: the first entry with that key.
    pub fn position(&self, key: &str) -> Option<usize> {
        let lookup = self.lookup.get_or_init(|| {
            let mut lookup = HashMap::with_capacity(self.entries.len());
            for (position, entry) in self.entries.iter().enumerate() {
                lookup.entry(entry.reference_key()).or_insert(position);
            }
            lookup
        });
        lookup.get(key).copied()
    }
}

/// An entry left out for problems already reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// The key cross-links would name it by, where it could be read.
    pub key: Option<String>,
    /// The whole entry.
    pub span: Range<usize>,
}

/// The value that identifies an entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// An HTTP status or an SDK code.
    Code(i64),
    /// An advice or case id, an `error` string, an SDK constant.
    Name(String),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Code(code) => write!(f, "{code}"),
            Key::Name(name) => f.write_str(name),
        }
    }
}

/// One `[[NAME]]` entry.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The whole entry.
    pub span: Range<usize>,
    /// What references name it by: `id`, `error`, or `code` (for SDK codes, `constant` too).
    pub key: Spanned<Key>,
    /// The SDK constant (SDK tables).
    pub constant: Option<Spanned<String>>,
    /// Other spellings of the SDK constant: other platforms, other brands (SDK tables).
    pub aliases: Vec<Spanned<String>>,
    /// The reason phrase (HTTP statuses).
    pub reason: Option<String>,
    /// The generated variant's name, and the span of the field it derives from.
    pub variant: Spanned<String>,
    /// Messages.
    pub text: Text,
    /// Advice id (every kind but advice).
    pub advice: Option<Spanned<String>>,
    /// Cross-links as written.
    pub related: Vec<Spanned<Reference>>,
    /// The pages the facts come from, as URLs.
    pub sources: Vec<String>,
    /// What documents said that differs.
    pub history: Vec<History>,
    /// The releases of an SDK package that shipped the code (SDK tables).
    pub shipped: Vec<Shipped>,
    /// Where and when the live service was seen answering so (REST cases).
    pub observed: Vec<Observed>,
    /// The fields of a documented REST case.
    pub case: Option<Case>,
    /// The retry policy (advice entries).
    pub retry: Option<Retry>,
}

impl Entry {
    /// Every spelling of the SDK constant: the constant, then its aliases.
    pub fn spellings(&self) -> impl Iterator<Item = &Spanned<String>> {
        self.constant.iter().chain(&self.aliases)
    }

    /// What a cross-link names this entry by: the SDK constant for SDK codes (numbers repeat
    /// across SDKs, names say what they are), the key otherwise.
    pub fn reference_key(&self) -> String {
        match &self.constant {
            Some(constant) => constant.value.clone(),
            None => self.key.value.to_string(),
        }
    }
}

/// A `"TABLE.KEY"` cross-link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Table name.
    pub table: String,
    /// Key of an entry of that table.
    pub key: String,
}

/// A documented REST error's own fields.
#[derive(Clone, Debug)]
pub struct Case {
    /// HTTP status.
    pub status: Spanned<i64>,
    /// `error` string, if the documents show one.
    pub error: Option<Spanned<String>>,
    /// The `error_description` as written, placeholders included.
    pub description: String,
    /// The description, split.
    pub template: Vec<Part>,
    /// Why it happens, Chinese.
    pub cause_zh: String,
    /// Why it happens, English.
    pub cause_en: String,
    /// What to do, Chinese.
    pub remedy_zh: String,
    /// What to do, English.
    pub remedy_en: String,
    /// The case that replaces this one in current documents.
    pub superseded_by: Option<Spanned<String>>,
}

/// What one document said of an entry, where documents disagree.
#[derive(Clone, Debug)]
pub struct History {
    /// The page, as a URL.
    pub source: String,
    /// Whether the service still behaves so.
    pub current: bool,
    /// The claim, Chinese.
    pub zh: String,
    /// The claim, English.
    pub en: String,
}

/// A run of releases of one SDK package that shipped a code: `PACKAGE@FIRST..LAST`, both ends
/// included, or `PACKAGE@VERSION` for one release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shipped {
    /// The package (`easemob-websdk`).
    pub package: String,
    /// The first release of the run.
    pub since: String,
    /// The last release of the run.
    pub until: String,
}

impl Shipped {
    /// The run `text` writes, or why it is not one.
    pub fn parse(text: &str) -> Result<Shipped, String> {
        let Some((package, versions)) = text
            .rsplit_once('@')
            .filter(|(package, _)| !package.is_empty())
        else {
            return Err(format!(
                "`{text}` should read `PACKAGE@FIRST..LAST` or `PACKAGE@VERSION`"
            ));
        };
        let (since, until) = versions.split_once("..").unwrap_or((versions, versions));
        let well_formed = |part: &str| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))
        };
        let package_ok = package.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.' | '/' | '@')
        });
        if !package_ok || !well_formed(since) || !well_formed(until) {
            return Err(format!(
                "`{text}` should read `PACKAGE@FIRST..LAST` or `PACKAGE@VERSION`, with a package \
                 name and versions of letters, digits, `.`, `-` and `+`"
            ));
        }
        Ok(Shipped {
            package: package.to_owned(),
            since: since.to_owned(),
            until: until.to_owned(),
        })
    }
}

/// One sighting of a response from the live service: `DATE URL`, the date as `YYYY-MM` or
/// `YYYY-MM-DD`, the URL where it was recorded (a repository file at a commit, an issue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    /// When, as written.
    pub date: String,
    /// Where.
    pub source: String,
}

impl Observed {
    /// The sighting `text` writes, or why it is not one.
    pub fn parse(text: &str) -> Result<Observed, String> {
        let (date, source) = text.split_once(' ').unwrap_or((text, ""));
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        let mut parts = date.split('-');
        let date_ok = parts.next().is_some_and(|year| digits(year, 4))
            && parts.next().is_some_and(|month| digits(month, 2))
            && parts.next().is_none_or(|day| digits(day, 2))
            && parts.next().is_none();
        let source_ok = source.starts_with("https://")
            && !source.contains(|c: char| c.is_whitespace() || c.is_control());
        if !date_ok || !source_ok {
            return Err(format!(
                "`{text}` should read `YYYY-MM URL` or `YYYY-MM-DD URL`, the URL an https address \
                 without spaces"
            ));
        }
        Ok(Observed {
            date: date.to_owned(),
            source: source.to_owned(),
        })
    }
}

/// Whether and how to retry, for an advice entry.
#[derive(Clone, Debug)]
pub struct Retry {
    /// `transient`, `throttling`, `server` or `client`; `client` when not given.
    pub class: Option<Spanned<String>>,
    /// The first wait in milliseconds; absent when the same request never succeeds again.
    pub backoff_ms: Option<u64>,
    /// The longest wait in milliseconds.
    pub backoff_cap_ms: u64,
}

/// The retry classes an advice entry may name.
pub const RETRY_CLASSES: [&str; 4] = ["transient", "throttling", "server", "client"];

#[cfg(test)]
mod tests {
    use super::{Observed, Shipped};

    #[test]
    fn sightings_read_a_date_and_an_address() {
        let seen = Observed::parse("2019-04-30 https://github.com/o/r/blob/abc/f.robot#L2");
        assert_eq!(seen.map(|seen| seen.date), Ok("2019-04-30".to_owned()));
        assert!(Observed::parse("2018-07 https://example.com/issues/466").is_ok());
        for bad in [
            "",
            "2019 https://x",
            "2019-4 https://x",
            "2019-04-30",
            "2019-04-30 http://x",
            "2019-04-30 https://x y",
            "19-04 https://x",
            "2019-04-30-01 https://x",
        ] {
            assert!(Observed::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn shipped_runs_read_a_package_and_one_or_two_versions() {
        let run = |package: &str, since: &str, until: &str| Shipped {
            package: package.to_owned(),
            since: since.to_owned(),
            until: until.to_owned(),
        };
        assert_eq!(
            Shipped::parse("easemob-websdk@4.1.0-beta..4.21.1"),
            Ok(run("easemob-websdk", "4.1.0-beta", "4.21.1"))
        );
        assert_eq!(
            Shipped::parse("agora-chat@1.4.0"),
            Ok(run("agora-chat", "1.4.0", "1.4.0"))
        );
        assert_eq!(
            Shipped::parse("@scope/sdk@2.0.0"),
            Ok(run("@scope/sdk", "2.0.0", "2.0.0"))
        );
        for bad in [
            "",
            "sdk",
            "@1.0",
            "sdk@",
            "sdk@1.0..",
            "sdk@..1.0",
            "sdk@1 .0",
            "SDK@1.0",
            "sdk@1.0\n",
        ] {
            assert!(Shipped::parse(bad).is_err(), "{bad:?}");
        }
    }
}

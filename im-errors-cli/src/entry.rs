//! One view of every catalogue entry, whatever its table and kind: what `list` prints and
//! `explain` searches. Every table comes from `im_errors::TABLES`, so a table added to
//! codes.toml shows up here with no code change.

use im_errors::{Entry, Kind, TABLES, Table};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// An entry and the table it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Item {
    /// The table.
    pub table: &'static Table,
    /// The entry.
    pub entry: &'static Entry,
}

impl Item {
    /// The advice entry this entry points to.
    pub fn advice(&self) -> Option<&'static Entry> {
        let id = self.entry.advice?;
        let advice = TABLES.iter().find(|table| table.kind == Kind::Advice)?;
        advice.entries.iter().find(|entry| entry.key == id)
    }

    /// Cross-links, and for statuses and `error` types the cases documented with them, as
    /// `Table::Variant`.
    pub fn related(&self) -> Vec<String> {
        (self.entry.related.iter())
            .chain(self.entry.cases)
            .map(ToString::to_string)
            .collect()
    }

    /// The entries [`Item::related`] names, resolved.
    pub fn related_items(&self) -> Vec<Item> {
        (self.entry.related.iter())
            .chain(self.entry.cases)
            .filter_map(|link| {
                let table = TABLES.iter().find(|table| table.name == link.table)?;
                let entry = table.entry(link.variant)?;
                Some(Item { table, entry })
            })
            .collect()
    }

    /// What the entry is on the wire, in a few words: `401`, `unauthorized "Unable to …"`,
    /// `204 USER_NOT_FOUND`, `reach_limit`, the advice id.
    pub fn wire(&self) -> String {
        let entry = self.entry;
        match (self.table.kind, &entry.case) {
            (Kind::RestCase, Some(case)) => {
                let error = case.error.unwrap_or("(no type)");
                format!("{} {error} \"{}\"", case.status, case.template)
            }
            (Kind::SdkCode, _) => {
                let number = entry.number.unwrap_or_default();
                format!("{number} {}", entry.constants.first().unwrap_or(&entry.key))
            }
            _ => entry.key.to_owned(),
        }
    }

    /// The number shown in tables: an HTTP status, an SDK code, or a case's status.
    pub fn number(&self) -> Option<i64> {
        let status = self.entry.case.map(|case| i64::from(case.status));
        self.entry.number.or(status)
    }
}

/// Every entry of the catalogue, of the tables of `kind` and named `table`, when given.
pub fn all(kind: Option<Kind>, table: Option<&str>) -> Vec<Item> {
    let wanted = |candidate: &&&Table| {
        kind.is_none_or(|kind| candidate.kind == kind)
            && table.is_none_or(|table| candidate.name.eq_ignore_ascii_case(table))
    };
    (TABLES.iter().filter(wanted))
        .flat_map(|table| table.entries.iter().map(|entry| Item { table, entry }))
        .collect()
}

/// The JSON form: `kind`, `table`, `name`, then the fields the entry has, its `history` (what
/// documents said that differs) last.
impl Serialize for Item {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entry = self.entry;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("kind", self.table.kind.label())?;
        map.serialize_entry("table", self.table.name)?;
        map.serialize_entry("name", entry.variant)?;
        if let Some(number) = entry.number {
            map.serialize_entry("code", &number)?;
        }
        if let Some(constant) = entry.constants.first() {
            map.serialize_entry("constant", constant)?;
            map.serialize_entry("constants", entry.constants)?;
        }
        if let Some(key) = self.table.kind.key_name() {
            map.serialize_entry(key, entry.key)?;
        }
        if let Some(reason) = entry.reason {
            map.serialize_entry("reason", reason)?;
        }
        if let Some(case) = &entry.case {
            map.serialize_entry("status", &case.status)?;
            map.serialize_entry("error", &case.error)?;
            map.serialize_entry("template", case.template)?;
            map.serialize_entry("cause_zh", case.cause_zh)?;
            map.serialize_entry("cause_en", case.cause_en)?;
            map.serialize_entry("remedy_zh", case.remedy_zh)?;
            map.serialize_entry("remedy_en", case.remedy_en)?;
        }
        map.serialize_entry("zh", entry.zh)?;
        map.serialize_entry("en", entry.en)?;
        if let (Some(zh), Some(en)) = (entry.detail_zh, entry.detail_en) {
            map.serialize_entry("detail_zh", zh)?;
            map.serialize_entry("detail_en", en)?;
        }
        if let Some(advice) = entry.advice {
            map.serialize_entry("advice", advice)?;
        }
        if let Some(retry) = &entry.retry {
            map.serialize_entry("retry_class", retry.class.as_str())?;
            map.serialize_entry("retryable", &retry.is_retryable())?;
        }
        map.serialize_entry("related", &self.related())?;
        map.serialize_entry("sources", entry.sources)?;
        if !entry.shipped.is_empty() {
            let runs: Vec<_> = (entry.shipped.iter())
                .map(|run| {
                    serde_json::json!({"package": run.package, "since": run.since, "until": run.until})
                })
                .collect();
            map.serialize_entry("shipped", &runs)?;
        }
        if !entry.observed.is_empty() {
            let seen: Vec<_> = (entry.observed.iter())
                .map(|seen| serde_json::json!({"date": seen.date, "source": seen.source}))
                .collect();
            map.serialize_entry("observed", &seen)?;
        }
        if !entry.history.is_empty() {
            let history: Vec<_> = (entry.history.iter())
                .map(|item| {
                    serde_json::json!({"source": item.source, "current": item.current, "zh": item.zh, "en": item.en})
                })
                .collect();
            map.serialize_entry("history", &history)?;
        }
        map.end()
    }
}

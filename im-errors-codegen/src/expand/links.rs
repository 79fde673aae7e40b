//! Cross-links between entries, made symmetric: declared once, shown on both sides.

use std::collections::{BTreeSet, HashMap};

use crate::model::{Catalog, Kind};

/// An entry, by table index and entry index.
pub type EntryId = (usize, usize);

/// Every cross-link of a catalog, in both directions.
#[derive(Debug, Default)]
pub struct Links {
    pairs: BTreeSet<(EntryId, EntryId)>,
}

impl Links {
    /// The links `catalog` declares, each added in both directions; links to nothing are
    /// skipped (validation reports them).
    pub fn of(catalog: &Catalog) -> Links {
        let mut pairs = BTreeSet::new();
        for (table_index, table) in catalog.tables.iter().enumerate() {
            for (entry_index, entry) in table.entries.iter().enumerate() {
                for link in &entry.related {
                    let target_table = catalog
                        .tables
                        .iter()
                        .position(|other| other.name.value == link.value.table);
                    let target = target_table.and_then(|target_table| {
                        let position = catalog.tables[target_table].position(&link.value.key)?;
                        Some((target_table, position))
                    });
                    if let Some(target) = target {
                        pairs.insert(((table_index, entry_index), target));
                        pairs.insert((target, (table_index, entry_index)));
                    }
                }
            }
        }
        Links { pairs }
    }

    /// The entries of table `to` that entry `from` links with, in table order.
    pub fn linked_from(&self, from: EntryId, to: usize) -> Vec<usize> {
        let start = (from, (to, 0));
        let end = (from, (to, usize::MAX));
        self.pairs
            .range(start..=end)
            .map(|(_, (_, entry))| *entry)
            .collect()
    }

    /// Every entry that entry `from` links with, in table order.
    pub fn all_from(&self, from: EntryId) -> Vec<EntryId> {
        let start = (from, (0, 0));
        let end = (from, (usize::MAX, usize::MAX));
        self.pairs.range(start..=end).map(|(_, to)| *to).collect()
    }

    /// The tables that some entry of table `from` links into.
    pub fn tables_from(&self, from: usize) -> BTreeSet<usize> {
        (self.pairs.iter())
            .filter(|((table, _), _)| *table == from)
            .map(|(_, (table, _))| *table)
            .collect()
    }
}

/// The REST cases documented with each HTTP status and each error type, as (table, variant)
/// names in file order: the rustdoc of statuses and types lists them, and `Entry::cases` holds
/// them for the command. Collected in one pass: a scan of every case per status and type made
/// large catalogs quadratic.
#[derive(Debug, Default)]
pub struct DocumentedCases {
    by_status: HashMap<String, Vec<(String, String)>>,
    by_error: HashMap<String, Vec<(String, String)>>,
}

impl DocumentedCases {
    /// The cases of every `rest_case` table of `catalog`.
    pub fn of(catalog: &Catalog) -> DocumentedCases {
        let mut cases = DocumentedCases::default();
        let rest_tables = (catalog.tables.iter()).filter(|table| table.kind == Kind::RestCase);
        for table in rest_tables {
            for entry in &table.entries {
                let Some(case) = &entry.case else { continue };
                let name = (table.name.value.clone(), entry.variant.value.clone());
                let status = case.status.value.to_string();
                if let Some(error) = &case.error {
                    let names = cases.by_error.entry(error.value.clone()).or_default();
                    names.push(name.clone());
                }
                cases.by_status.entry(status).or_default().push(name);
            }
        }
        cases
    }

    /// The cases documented with the entry of `kind` keyed `key`: none for kinds other than
    /// statuses and types.
    pub fn with(&self, kind: Kind, key: &str) -> &[(String, String)] {
        let cases = match kind {
            Kind::HttpStatus => self.by_status.get(key),
            Kind::ErrorType => self.by_error.get(key),
            Kind::Advice | Kind::RestCase | Kind::SdkCode => None,
        };
        cases.map_or(&[], Vec::as_slice)
    }
}

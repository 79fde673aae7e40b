//! Between validation and expansion, for the macro only: the part of a catalog with problems
//! that still expands soundly, so that one broken entry costs the user one error (its own) and
//! not a cascade through every use of its table.

use std::ops::Range;

use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Dropped, Entry, Key, Kind, Table};

/// Rounds of leaving out entries that name entries left out before; each round can only shrink
/// the catalog, and real chains (a case naming an advice naming nothing) are short.
const MAX_ROUNDS: usize = 8;

/// `catalog` without every entry a problem lies in, nor the entries whose typed links (advice,
/// status, `error`) name an entry that is not there; `None` when a problem lies outside every
/// entry (a declaration, a rule across tables), when a table would be left empty or without its
/// fallback's advice, or when what is left still has problems: only stubs are safe then.
pub fn salvage(mut catalog: Catalog, problems: &[Diagnostic], source: &str) -> Option<Catalog> {
    if !catalog.broken.is_empty() {
        return None;
    }
    let boundaries = boundaries(&catalog, source.len());
    let extent = |start: usize| {
        let end = boundaries.iter().find(|boundary| **boundary > start);
        start..end.copied().unwrap_or(source.len())
    };
    let spans: Vec<&Range<usize>> = problems.iter().map(|problem| &problem.span).collect();
    let in_entry = |span: &Range<usize>| {
        catalog.tables.iter().any(|table| {
            let entries = table.entries.iter().map(|entry| entry.span.start);
            let dropped = table.dropped.iter().map(|dropped| dropped.span.start);
            entries
                .chain(dropped)
                .any(|start| contains(&extent(start), span))
        })
    };
    if !spans.iter().all(|span| in_entry(span)) {
        return None;
    }
    for table in &mut catalog.tables {
        leave_out(table, |entry| {
            let extent = extent(entry.span.start);
            spans.iter().any(|span| contains(&extent, span))
        });
    }
    for _ in 0..MAX_ROUNDS {
        let dangling = dangling_entries(&catalog);
        if dangling.iter().all(Vec::is_empty) {
            break;
        }
        for (table, dangling) in catalog.tables.iter_mut().zip(dangling) {
            leave_out(table, |entry| dangling.contains(&entry.span.start));
        }
    }
    let sound = catalog.tables.iter().all(|table| {
        !table.entries.is_empty()
            && fallback_advice(table).all(|advice| has(&catalog, Kind::Advice, advice))
    }) && dangling_entries(&catalog).iter().all(Vec::is_empty);
    (sound && crate::validate::validate(&catalog, source).is_empty()).then_some(catalog)
}

/// Where the file's headers start (`[tables.X]`, `[[X]]`), in order, and its end: an entry's
/// span is its header, and its keys run to the next header, its own `[[X.history]]` aside.
fn boundaries(catalog: &Catalog, end: usize) -> Vec<usize> {
    let mut boundaries: Vec<usize> = (catalog.tables.iter())
        .flat_map(|table| {
            let entries = table.entries.iter().map(|entry| entry.span.start);
            let dropped = table.dropped.iter().map(|dropped| dropped.span.start);
            std::iter::once(table.name.span.start)
                .chain(entries)
                .chain(dropped)
        })
        .chain(std::iter::once(end))
        .collect();
    boundaries.sort_unstable();
    boundaries
}

/// Whether a problem lies in an entry's extent: by where it starts, since a problem spanning no
/// text (a missing key) stands at the start of its entry, which is the end of the one before.
fn contains(extent: &Range<usize>, problem: &Range<usize>) -> bool {
    extent.contains(&problem.start)
}

/// Moves the entries `bad` picks to the table's dropped ones, which cross-links may still name
/// without a problem.
fn leave_out(table: &mut Table, bad: impl Fn(&Entry) -> bool) {
    let (kept, left_out): (Vec<Entry>, Vec<Entry>) = std::mem::take(&mut table.entries)
        .into_iter()
        .partition(|entry| !bad(entry));
    table.entries = kept;
    table
        .dropped
        .extend(left_out.into_iter().map(|entry| Dropped {
            key: Some(entry.reference_key()),
            span: entry.span,
        }));
    // The lookup was built over the entries before.
    table.lookup = Default::default();
}

/// Per table, where the entries start whose typed links name an entry the catalog lacks.
fn dangling_entries(catalog: &Catalog) -> Vec<Vec<usize>> {
    let dangles = |entry: &Entry| {
        let advice = entry
            .advice
            .iter()
            .map(|advice| (Kind::Advice, advice.value.clone()));
        let case = entry.case.iter().flat_map(|case| {
            let status = (Kind::HttpStatus, Key::Code(case.status.value).to_string());
            let error = case
                .error
                .iter()
                .map(|error| (Kind::ErrorType, error.value.clone()));
            std::iter::once(status).chain(error)
        });
        advice
            .chain(case)
            .any(|(kind, key)| !has(catalog, kind, &key))
    };
    (catalog.tables.iter())
        .map(|table| {
            (table.entries.iter())
                .filter(|entry| dangles(entry))
                .map(|entry| entry.span.start)
                .collect()
        })
        .collect()
}

fn fallback_advice(table: &Table) -> impl Iterator<Item = &str> {
    let fallback = table
        .fallback
        .iter()
        .map(|fallback| fallback.advice.value.as_str());
    fallback.chain(
        table
            .class_advice
            .iter()
            .map(|(_, advice)| advice.value.as_str()),
    )
}

fn has(catalog: &Catalog, kind: Kind, key: &str) -> bool {
    catalog
        .table_of(kind)
        .is_some_and(|table| table.entry(key).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../tests/fixture/one_broken_entry_one_error.toml");

    fn variants(catalog: &Catalog, table: &str) -> Vec<String> {
        let table = catalog.table(table).expect("table");
        table
            .entries
            .iter()
            .map(|entry| entry.variant.value.clone())
            .collect()
    }

    #[test]
    fn leaves_out_only_the_broken_entries() {
        let (catalog, problems) = crate::analyse(FILE);
        assert_eq!(problems.len(), 2);
        let salvaged = salvage(catalog, &problems, FILE).expect("salvaged");
        assert_eq!(variants(&salvaged, "SdkCode"), ["GeneralError"]);
        assert_eq!(variants(&salvaged, "RestError"), ["BadName"]);
        assert_eq!(variants(&salvaged, "Advice"), ["Retry"]);
    }

    #[test]
    fn a_problem_outside_every_entry_leaves_only_stubs() {
        let file = FILE.replace("fallback_advice = \"retry\"\nfallback_zh", "fallback_zh");
        let (catalog, problems) = crate::analyse(&file);
        assert!(!problems.is_empty());
        assert!(salvage(catalog, &problems, &file).is_none());
    }

    #[test]
    fn a_broken_advice_every_fallback_names_leaves_only_stubs() {
        let file = FILE.replace("en = \"retry the request\"", "en = \"Retry the request.\"");
        let (catalog, problems) = crate::analyse(&file);
        assert!(!problems.is_empty());
        // The only advice is broken, and every table's fallback names it.
        assert!(salvage(catalog, &problems, &file).is_none());
    }

    #[test]
    fn entries_whose_links_name_a_left_out_entry_are_left_out_too() {
        // A second status and a case under it; then the first status is broken, so the case
        // under it would name nothing and goes too, and the rest stays.
        let second = "\n[[HttpStatus]]\ncode = 404\nreason = \"Not Found\"\nzh = \"找不到\"\nen = \"not found\"\nadvice = \"retry\"\nsources = [\"seed.txt\"]\n\n[[RestError]]\nid = \"gone\"\nstatus = 404\ndescription = \"{name} is gone\"\nzh = \"不在了\"\nen = \"it is gone\"\ncause_zh = \"原因。\"\ncause_en = \"A cause.\"\nremedy_zh = \"处理。\"\nremedy_en = \"A remedy.\"\nadvice = \"retry\"\nsources = [\"seed.txt\"]\n";
        let file =
            format!("{FILE}{second}").replace("en = \"a bad request\"", "en = \"A bad request.\"");
        let (catalog, problems) = crate::analyse(&file);
        assert_eq!(problems.len(), 3, "{problems:?}");
        let salvaged = salvage(catalog, &problems, &file).expect("salvaged");
        assert_eq!(variants(&salvaged, "HttpStatus"), ["NotFound"]);
        assert_eq!(variants(&salvaged, "RestError"), ["Gone"]);
    }
}

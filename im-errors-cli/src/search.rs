//! What `explain` finds for a query: numbers match HTTP statuses and SDK codes alike; words
//! match variant names, SDK constants, `error` strings and case ids, ignoring case.

use crate::entry::Item;

/// The entries `query` names: by number, or by any name (`Table::Variant` narrows to a table).
pub fn find<'e>(entries: &'e [Item], query: &str) -> Vec<&'e Item> {
    let query = query.trim();
    if let Ok(number) = query.parse::<i64>() {
        return entries
            .iter()
            .filter(|item| item.entry.number == Some(number))
            .collect();
    }
    let (table, bare) = match query.rsplit_once("::") {
        Some((table, bare)) => (Some(table), bare),
        None => (None, query),
    };
    entries
        .iter()
        .filter(|item| table.is_none_or(|table| item.table.name.eq_ignore_ascii_case(table)))
        .filter(|item| {
            item.entry
                .names()
                .any(|name| name.eq_ignore_ascii_case(bare))
        })
        .collect()
}

/// The names closest to `query`, best first, for a query that matched nothing.
pub fn suggest(entries: &[Item], query: &str) -> Vec<&'static str> {
    let query = query.to_lowercase();
    let mut scored: Vec<(f64, &'static str)> = entries
        .iter()
        .flat_map(|item| item.entry.names())
        .map(|name| (strsim::jaro_winkler(&query, &name.to_lowercase()), name))
        .filter(|(score, _)| *score > 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut names: Vec<&'static str> = Vec::new();
    for (_, name) in scored {
        if !names.contains(&name) && names.len() < 3 {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_match_every_kind() {
        let entries = crate::entry::all(None, None);
        let kinds: Vec<_> = find(&entries, "500")
            .iter()
            .map(|item| item.table.kind.label())
            .collect();
        assert!(
            kinds.contains(&"http") && kinds.contains(&"sdk"),
            "{kinds:?}"
        );
    }

    #[test]
    fn words_match_ignoring_case() {
        let entries = crate::entry::all(None, None);
        assert_eq!(
            find(&entries, "user_not_found")[0].entry.constants.first(),
            Some(&"USER_NOT_FOUND")
        );
        let label = |query| find(&entries, query)[0].table.kind.label();
        assert_eq!(label("Request Entity Too Large"), "type");
        assert_eq!(label("RestError::ExpiredAccessToken"), "rest");
    }

    #[test]
    fn suggests_near_names() {
        let entries = crate::entry::all(None, None);
        assert_eq!(
            suggest(&entries, "USER_NOT_FOUDN").first(),
            Some(&"USER_NOT_FOUND")
        );
    }
}

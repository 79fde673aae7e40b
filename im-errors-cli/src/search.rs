//! What `explain` finds for a query: numbers match HTTP statuses and SDK codes alike; words
//! match variant names, SDK constants, `error` strings and case ids, ignoring case.

use crate::entry::Entry;

/// The entries `query` names.
pub fn find<'e>(entries: &'e [Entry], query: &str) -> Vec<&'e Entry> {
    let query = query.trim();
    if let Ok(number) = query.parse::<i64>() {
        return entries
            .iter()
            .filter(|entry| entry.code == Some(number))
            .collect();
    }
    let bare = query.rsplit("::").next().unwrap_or(query);
    entries
        .iter()
        .filter(|entry| entry.names().any(|name| name.eq_ignore_ascii_case(bare)))
        .collect()
}

/// The names closest to `query`, best first, for a query that matched nothing.
pub fn suggest(entries: &[Entry], query: &str) -> Vec<&'static str> {
    let query = query.to_lowercase();
    let mut scored: Vec<(f64, &'static str)> = entries
        .iter()
        .flat_map(Entry::names)
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
        let entries = crate::entry::all(None);
        let kinds: Vec<_> = find(&entries, "500")
            .iter()
            .map(|entry| entry.kind)
            .collect();
        assert_eq!(kinds, ["http", "sdk"]);
    }

    #[test]
    fn words_match_ignoring_case() {
        let entries = crate::entry::all(None);
        assert_eq!(
            find(&entries, "user_not_found")[0].constant,
            Some("USER_NOT_FOUND")
        );
        assert_eq!(find(&entries, "Request Entity Too Large")[0].kind, "type");
        assert_eq!(
            find(&entries, "RestError::ExpiredAccessToken")[0].kind,
            "rest"
        );
    }

    #[test]
    fn suggests_near_names() {
        let entries = crate::entry::all(None);
        assert_eq!(
            suggest(&entries, "USER_NOT_FOUDN").first(),
            Some(&"USER_NOT_FOUND")
        );
    }
}

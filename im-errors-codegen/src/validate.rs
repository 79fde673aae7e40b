//! Step 2: rules across entries and tables. Each rule reports every offence it finds.

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::{Diagnostic, Lines, Location};
use crate::model::{Catalog, Entry, Key, Kind, Spanned, Table};
use crate::{names, template};

/// Items every expansion emits beside the tables; a table may not take their names.
pub const GENERATED_ITEMS: [&str; 2] = ["RestCase", "TABLES"];

/// Associated constants of every enum, which a variant of the same name would hide.
pub const RESERVED_VARIANTS: [&str; 4] = ["ALL", "COUNT", "CODE_SPACE", "PLATFORMS"];

/// Every rule broken by `catalog`; `source` is the text it was parsed from, for pointing at the
/// first of two duplicates.
pub fn validate(catalog: &Catalog, source: &str) -> Vec<Diagnostic> {
    let mut check = Checker {
        catalog,
        lines: Lines::new(source),
        problems: Vec::new(),
    };
    check.table_names();
    check.method_names();
    check.kinds_declared_once();
    check.imports_agree();
    for table in &catalog.tables {
        check.has_entries(table);
        check.snake_ids(table);
        check.unique_keys(table);
        check.code_ranges(table);
        check.variant_names(table);
        check.spellings_name_one_entry(table);
        check.references(table);
        check.succession_ends(table);
        check.templates_reachable(table);
    }
    check.problems
}

struct Checker<'a> {
    catalog: &'a Catalog,
    lines: Lines<'a>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn problem(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.problems.push(Diagnostic::new(span, message));
    }

    fn at(&self, span: &Range<usize>) -> Location {
        self.lines.locate(span.start)
    }

    fn table_names(&mut self) {
        let unknown_types: Vec<String> = (self.catalog.tables.iter())
            .filter(|table| table.kind.fallback_variant().is_some())
            .map(|table| names::unknown_type(&table.name.value))
            .collect();
        for table in &self.catalog.tables {
            let name = &table.name;
            if !names::is_type_name(&name.value) {
                self.problem(
                    name.span.clone(),
                    format!(
                        "table name `{}` is not an UpperCamelCase Rust type name",
                        name.value
                    ),
                );
            } else if GENERATED_ITEMS.contains(&name.value.as_str())
                || unknown_types.contains(&name.value)
            {
                self.problem(
                    name.span.clone(),
                    format!(
                        "table name `{}` is taken by a generated support type",
                        name.value
                    ),
                );
            }
        }
    }

    /// Each table names one `related_*` accessor on the tables that link into it
    /// ([`names::related_method`]): two tables giving the same name would make one method twice.
    fn method_names(&mut self) {
        let mut seen: HashMap<String, &Spanned<String>> = HashMap::new();
        for table in &self.catalog.tables {
            let method = names::related_method(&table.name.value);
            if let Some(first) = seen.get(&method) {
                let message = format!(
                    "table names `{}` and `{}` (at {}) are the same in snake_case as the \
                     generated method `{method}`: rename one",
                    table.name.value,
                    first.value,
                    self.at(&first.span)
                );
                self.problem(table.name.span.clone(), message);
            } else {
                seen.insert(method, &table.name);
            }
        }
    }

    fn snake_ids(&mut self, table: &Table) {
        if !matches!(table.kind, Kind::Advice | Kind::RestCase) {
            return;
        }
        for entry in &table.entries {
            let id = entry.key.value.to_string();
            if !names::is_snake_name(&id) {
                let message = format!("id `{id}` is not a snake_case name (`user_not_found`)");
                self.problem(entry.key.span.clone(), message);
            }
        }
    }

    fn kinds_declared_once(&mut self) {
        for kind in Kind::ALL.into_iter().filter(|kind| !kind.allows_many()) {
            let mut tables = self
                .catalog
                .tables
                .iter()
                .filter(|table| table.kind == kind);
            let Some(first) = tables.next() else { continue };
            for table in tables {
                let message = format!(
                    "a second table of kind `{kind}`: entries refer to `{}` (declared at {}) without naming it",
                    first.name.value,
                    self.at(&first.name.span)
                );
                self.problem(table.name.span.clone(), message);
            }
        }
    }

    /// An imported status or type table answers `advice()` with its own catalogue's advice,
    /// which must then be the advice this catalogue uses.
    fn imports_agree(&mut self) {
        let advice_from = (self.catalog.table_of(Kind::Advice))
            .map(|advice| advice.imported.as_ref().map(|from| from.value.as_str()));
        for table in &self.catalog.tables {
            let Some(from) = &table.imported else {
                continue;
            };
            let path_reported = crate::import_path_problem(&from.value).is_some();
            if table.kind == Kind::Advice
                || advice_from == Some(Some(from.value.as_str()))
                || path_reported
            {
                continue;
            }
            let message = format!(
                "table `{}` imported from `{}` gives the advice of that catalogue: import the \
                 advice table from `{}` too",
                table.name.value, from.value, from.value
            );
            self.problem(from.span.clone(), message);
        }
    }

    fn has_entries(&mut self, table: &Table) {
        if !table.is_imported() && table.entries.is_empty() && table.dropped.is_empty() {
            let name = &table.name.value;
            self.problem(
                table.name.span.clone(),
                format!("table `{name}` has no `[[{name}]]` entries"),
            );
        }
    }

    fn unique_keys(&mut self, table: &Table) {
        let field = table.kind.key_field();
        self.unique(table, field, |entry| {
            Some((entry.key.value.to_string(), entry.key.span.clone()))
        });
        self.unique_spellings(table);
        if table.kind == Kind::ErrorType {
            self.unique_ignoring_case(table);
        }
    }

    /// Every spelling of an SDK constant names one entry: `FromStr` and `explain` take any.
    fn unique_spellings(&mut self, table: &Table) {
        self.unique(table, "constant", |entry| {
            (entry.spellings())
                .map(|spelling| (spelling.value.clone(), spelling.span.clone()))
                .collect::<Vec<_>>()
        });
    }

    /// The classifier reads `error` ignoring ASCII case, as servers vary in it: two strings
    /// equal but for case would make the match depend on their order.
    fn unique_ignoring_case(&mut self, table: &Table) {
        let mut seen: HashMap<String, &Spanned<Key>> = HashMap::new();
        for entry in &table.entries {
            let folded = entry.key.value.to_string().to_ascii_lowercase();
            match seen.get(&folded) {
                Some(first) if first.value != entry.key.value => {
                    let message = format!(
                        "error `{}` differs from `{}` (at {}) only in ASCII case, which the \
                         classifier ignores",
                        entry.key.value,
                        first.value,
                        self.at(&first.span)
                    );
                    self.problem(entry.key.span.clone(), message);
                }
                Some(_) => {}
                None => {
                    seen.insert(folded, &entry.key);
                }
            }
        }
    }

    /// Each key `key_of` gives an entry (none, one or several) is given by no other.
    fn unique<Keys: IntoIterator<Item = (String, Range<usize>)>>(
        &mut self,
        table: &Table,
        field: &str,
        key_of: impl Fn(&Entry) -> Keys,
    ) {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        for (key, span) in table.entries.iter().flat_map(&key_of) {
            if let Some(first) = seen.get(&key) {
                let message = format!(
                    "duplicate {field} `{key}` in table `{}` (first at {})",
                    table.name.value,
                    self.at(first)
                );
                self.problem(span, message);
            } else {
                seen.insert(key, span);
            }
        }
    }

    fn code_ranges(&mut self, table: &Table) {
        let Some(range) = table.kind.code_range() else {
            return;
        };
        for entry in &table.entries {
            if let crate::model::Key::Code(code) = entry.key.value
                && !range.contains(&code)
            {
                let message = format!(
                    "code {code} is out of range for kind `{}` ({}..={})",
                    table.kind,
                    range.start(),
                    range.end()
                );
                self.problem(entry.key.span.clone(), message);
            }
        }
    }

    fn variant_names(&mut self, table: &Table) {
        let fallback = table.kind.fallback_variant();
        let mut seen: HashMap<&str, &Entry> = HashMap::new();
        for entry in &table.entries {
            let variant = &entry.variant;
            // A name derived from a constant that is no identifier: reported as such already.
            let from_bad_constant = (entry.constant.as_ref()).is_some_and(|constant| {
                constant.span == variant.span && !names::is_identifier(&constant.value)
            });
            if from_bad_constant {
                continue;
            }
            if !names::is_type_name(&variant.value) {
                let message = format!(
                    "`{}` does not make a Rust variant name (got `{}`): set `name` to an UpperCamelCase identifier",
                    entry.reference_key(),
                    variant.value
                );
                self.problem(variant.span.clone(), message);
            } else if RESERVED_VARIANTS.contains(&variant.value.as_str()) {
                let message = format!(
                    "variant name `{}` would hide the associated constant `{}::{}`: set another `name`",
                    variant.value, table.name.value, variant.value
                );
                self.problem(variant.span.clone(), message);
            } else if Some(variant.value.as_str()) == fallback {
                let message = format!(
                    "variant name `{}` is reserved for values no entry of `{}` has",
                    variant.value, table.name.value
                );
                self.problem(variant.span.clone(), message);
            } else if let Some(first) = seen.get(variant.value.as_str()) {
                if first.reference_key() != entry.reference_key() {
                    let message = format!(
                        "`{}` and `{}` (at {}) both make the variant name `{}`: set `name` on one of them",
                        entry.reference_key(),
                        first.reference_key(),
                        self.at(&first.variant.span),
                        variant.value
                    );
                    self.problem(variant.span.clone(), message);
                }
            } else {
                seen.insert(&variant.value, entry);
            }
        }
    }

    /// A text names one entry of an SDK table: `FromStr`, `Code::parse` and serde try the
    /// spellings, then the number, then the variant names, and a spelling that is another
    /// entry's variant name would make the answer depend on that order.
    fn spellings_name_one_entry(&mut self, table: &Table) {
        if table.kind != Kind::SdkCode {
            return;
        }
        let variants: HashMap<&str, &Entry> = (table.entries.iter())
            .map(|entry| (entry.variant.value.as_str(), entry))
            .collect();
        for entry in &table.entries {
            for spelling in entry.spellings() {
                let Some(other) = variants.get(spelling.value.as_str()) else {
                    continue;
                };
                if other.reference_key() == entry.reference_key() {
                    continue;
                }
                let what = if Some(spelling) == entry.constant.as_ref() {
                    "constant"
                } else {
                    "alias"
                };
                let message = format!(
                    "{what} `{}` is the variant name of `{}` (at {}): the text would name two \
                     entries",
                    spelling.value,
                    other.reference_key(),
                    self.at(&other.variant.span)
                );
                self.problem(spelling.span.clone(), message);
            }
        }
    }

    /// Following `superseded_by` from any case ends at a current one: a cycle has none.
    /// Reported once a cycle, at its first case in the file.
    fn succession_ends(&mut self, table: &Table) {
        let successor = |index: usize| {
            let case = table.entries[index].case.as_ref()?;
            let next = table.position(&case.superseded_by.as_ref()?.value)?;
            // A case superseded by itself is reported on its own.
            (next != index).then_some(next)
        };
        // 0: not visited, 1: on the path followed now, 2: done.
        let mut state = vec![0u8; table.entries.len()];
        for start in 0..table.entries.len() {
            let mut path = Vec::new();
            let mut at = Some(start);
            while let Some(index) = at {
                match state[index] {
                    0 => {
                        state[index] = 1;
                        path.push(index);
                        at = successor(index);
                    }
                    1 => {
                        let cycle = &path[path.iter().position(|&i| i == index).unwrap_or(0)..];
                        self.cycle(table, cycle);
                        break;
                    }
                    _ => break,
                }
            }
            for index in path {
                state[index] = 2;
            }
        }
    }

    fn cycle(&mut self, table: &Table, cycle: &[usize]) {
        let Some(&first) = cycle.iter().min() else {
            return;
        };
        let at = cycle.iter().position(|&index| index == first).unwrap_or(0);
        let order = cycle[at..].iter().chain(&cycle[..at]).chain([&first]);
        let keys: Vec<String> = order
            .map(|&index| table.entries[index].reference_key())
            .collect();
        let entry = &table.entries[first];
        if let Some(successor) = entry
            .case
            .as_ref()
            .and_then(|case| case.superseded_by.as_ref())
        {
            let message = format!(
                "`superseded_by` goes round in a cycle ({}): one of them must be current",
                keys.join(" -> ")
            );
            self.problem(successor.span.clone(), message);
        }
    }

    /// The classifier tries a table's cases in file order and takes the first that matches: a
    /// case with the status, `error` and template (as the classifier compares it) of an earlier
    /// one would never be found.
    fn templates_reachable(&mut self, table: &Table) {
        type Signature<'c> = (i64, Option<&'c str>, Vec<Option<String>>);
        let mut seen: HashMap<Signature<'_>, &Entry> = HashMap::new();
        for entry in &table.entries {
            let Some(case) = &entry.case else { continue };
            if case.template.is_empty() {
                // Malformed or empty: reported already.
                continue;
            }
            let error = case.error.as_ref().map(|error| error.value.as_str());
            let signature = (case.status.value, error, template::shape(&case.template));
            if let Some(first) = seen.get(&signature) {
                let message = format!(
                    "case `{}` has the status, error and description of `{}` (at {}): the \
                     classifier takes the first, so it would never match",
                    entry.reference_key(),
                    first.reference_key(),
                    self.at(&first.key.span)
                );
                self.problem(entry.key.span.clone(), message);
            } else {
                seen.insert(signature, entry);
            }
        }
    }

    fn references(&mut self, table: &Table) {
        if let Some(fallback) = &table.fallback {
            self.advice_exists(&fallback.advice);
        }
        for (_, advice) in &table.class_advice {
            self.advice_exists(advice);
        }
        for entry in &table.entries {
            if let Some(advice) = &entry.advice {
                self.advice_exists(advice);
            }
            for link in &entry.related {
                let target = &link.value;
                let target_table = self.catalog.table(&target.table);
                if let Some(from) = target_table.and_then(|other| other.imported.as_ref()) {
                    let message = format!(
                        "cross-link `{}.{}` into a table imported from `{}`: links are shown on \
                         both sides, and that catalogue's side is not generated here",
                        target.table, target.key, from.value
                    );
                    self.problem(link.span.clone(), message);
                    continue;
                }
                let found = target_table
                    .map(|other| other.entry(&target.key).is_some() || other.dropped(&target.key));
                let message = match found {
                    None => format!(
                        "cross-link `{}.{}` names no table",
                        target.table, target.key
                    ),
                    Some(false) => {
                        format!(
                            "cross-link `{}.{}` names no entry of that table",
                            target.table, target.key
                        )
                    }
                    Some(true) => continue,
                };
                self.problem(link.span.clone(), message);
            }
            if let Some(case) = &entry.case {
                let status = Spanned {
                    value: case.status.value.to_string(),
                    span: case.status.span.clone(),
                };
                self.declared(Kind::HttpStatus, &status);
                if let Some(error) = &case.error {
                    self.declared(Kind::ErrorType, error);
                }
                if let Some(successor) = &case.superseded_by {
                    self.successor_exists(table, entry, successor);
                }
            }
        }
    }

    fn advice_exists(&mut self, advice: &Spanned<String>) {
        self.declared(Kind::Advice, advice);
    }

    fn declared(&mut self, kind: Kind, key: &Spanned<String>) {
        let what = kind.reference_noun();
        let message = match self.catalog.table_of(kind) {
            // The other catalogue's table is checked by the build: see `expand::imports`.
            Some(table) if table.is_imported() => return,
            Some(table) if table.entry(&key.value).is_some() || table.dropped(&key.value) => return,
            Some(table) => format!(
                "{what} `{}` is not declared in table `{}`",
                key.value, table.name.value
            ),
            None => format!(
                "{what} `{}` refers to a table of kind `{kind}`, and none is declared",
                key.value
            ),
        };
        self.problem(key.span.clone(), message);
    }

    fn successor_exists(&mut self, table: &Table, entry: &Entry, successor: &Spanned<String>) {
        let message = if successor.value == entry.reference_key() {
            format!("case `{}` cannot be superseded by itself", successor.value)
        } else if table.entry(&successor.value).is_none() && !table.dropped(&successor.value) {
            format!(
                "`superseded_by` names no case `{}` in table `{}`",
                successor.value, table.name.value
            )
        } else {
            return;
        };
        self.problem(successor.span.clone(), message);
    }
}

#[cfg(test)]
mod tests {
    /// A valid catalogue with one table of each kind; each test breaks one rule of it.
    const BASE: &str = r#"
[tables.Advice]
kind = "advice"
zh = "建议"
en = "what to do"

[[Advice]]
id = "retry"
zh = "重试"
en = "retry"

[tables.HttpStatus]
kind = "http_status"
zh = "状态"
en = "statuses"
fallback_advice = "retry"
fallback_zh = "未知"
fallback_en = "unknown"

[[HttpStatus]]
code = 400
reason = "Bad Request"
zh = "错误"
en = "bad"
advice = "retry"
sources = ["s"]

[tables.ErrorType]
kind = "error_type"
zh = "类型"
en = "types"
fallback_advice = "retry"
fallback_zh = "未知"
fallback_en = "unknown"

[[ErrorType]]
error = "illegal_argument"
zh = "参数"
en = "argument"
advice = "retry"
sources = ["s"]

[tables.RestError]
kind = "rest_case"
zh = "案例"
en = "cases"

[[RestError]]
id = "bad_name"
status = 400
error = "illegal_argument"
description = "name {name} is bad"
zh = "名字"
en = "bad name"
cause_zh = "因。"
cause_en = "Cause."
remedy_zh = "改。"
remedy_en = "Remedy."
advice = "retry"
sources = ["s"]

[tables.SdkCode]
kind = "sdk_code"
zh = "码"
en = "codes"
code_space = "c"
platforms = ["p"]
fallback_advice = "retry"
fallback_zh = "未知"
fallback_en = "unknown"

[[SdkCode]]
code = 1
constant = "GENERAL_ERROR"
aliases = ["EMErrorGeneral"]
zh = "错"
en = "an error"
advice = "retry"
sources = ["s"]
"#;

    fn problems(source: &str) -> Vec<String> {
        crate::check(source)
            .into_iter()
            .map(|problem| problem.message)
            .collect()
    }

    /// The one problem of BASE with `old` replaced by `new` (or `new` appended), containing
    /// `expected`.
    fn assert_one(old: &str, new: &str, expected: &str) {
        let source = if old.is_empty() {
            format!("{BASE}{new}")
        } else {
            assert!(BASE.contains(old), "{old}");
            BASE.replacen(old, new, 1)
        };
        let found = problems(&source);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains(expected), "{found:?}");
    }

    const SDK_TABLE: &str = "kind = \"sdk_code\"\nzh = \"码\"\nen = \"more\"\ncode_space = \"x\"\nplatforms = [\"x\"]\nfallback_advice = \"retry\"\nfallback_zh = \"未知\"\nfallback_en = \"unknown\"\n";

    fn sdk_entry(table: &str) -> String {
        format!(
            "\n[[{table}]]\ncode = 2\nconstant = \"X\"\nzh = \"错\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n"
        )
    }

    #[test]
    fn the_base_is_valid() {
        assert_eq!(problems(BASE), Vec::<String>::new());
    }

    #[test]
    fn table_names() {
        let table = |name: &str| format!("\n[tables.{name}]\n{SDK_TABLE}{}", sdk_entry(name));
        assert_one(
            "",
            &table("sdkCodes"),
            "is not an UpperCamelCase Rust type name",
        );
        assert_one("", &table("TABLES"), "taken by a generated support type");
        assert_one(
            "",
            &table("UnknownSdkCode"),
            "taken by a generated support type",
        );
        assert_one("", &table("SDKCode"), "are the same in snake_case");
        // Different in snake_case, the same once made plural.
        let both = table("Bus") + &table("Buse");
        assert_one("", &both, "the generated method `related_buses`");
    }

    #[test]
    fn kinds_and_entries() {
        let second = "\n[tables.Advice2]\nkind = \"advice\"\nzh = \"建\"\nen = \"more\"\n\n[[Advice2]]\nid = \"x\"\nzh = \"x\"\nen = \"x\"\n";
        assert_one("", second, "a second table of kind `advice`");
        assert_one(
            "",
            &format!("\n[tables.Empty]\n{SDK_TABLE}"),
            "has no `[[Empty]]` entries",
        );
        assert_one(
            "id = \"bad_name\"",
            "id = \"BadName\"",
            "is not a snake_case name",
        );
    }

    #[test]
    fn keys_and_spellings() {
        let duplicate = "\n[[SdkCode]]\ncode = 1\nconstant = \"OTHER\"\nzh = \"错\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n";
        assert_one("", duplicate, "duplicate code `1`");
        assert_one(
            "aliases = [\"EMErrorGeneral\"]",
            "aliases = [\"GENERAL_ERROR\"]",
            "duplicate constant `GENERAL_ERROR`",
        );
        let shouting = "\n[[ErrorType]]\nerror = \"ILLEGAL_ARGUMENT\"\nname = \"Shouting\"\nzh = \"x\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n";
        assert_one("", shouting, "only in ASCII case");
        let status = "\n[[HttpStatus]]\ncode = 700\nreason = \"Odd\"\nzh = \"x\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n";
        assert_one("", status, "out of range for kind `http_status`");
    }

    #[test]
    fn variant_names() {
        assert_one(
            "constant = \"GENERAL_ERROR\"",
            "constant = \"GENERAL_ERROR\"\nname = \"not a name\"",
            "does not make a Rust variant name",
        );
        assert_one(
            "constant = \"GENERAL_ERROR\"",
            "constant = \"GENERAL_ERROR\"\nname = \"COUNT\"",
            "would hide the associated constant",
        );
        assert_one(
            "constant = \"GENERAL_ERROR\"",
            "constant = \"GENERAL_ERROR\"\nname = \"Unknown\"",
            "reserved for values no entry",
        );
        let collides = "\n[[SdkCode]]\ncode = 2\nconstant = \"general_error\"\nzh = \"错\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n";
        assert_one("", collides, "both make the variant name `GeneralError`");
    }

    #[test]
    fn references() {
        let link = |target: &str| {
            format!(
                "advice = \"retry\"\nrelated = [\"{target}\"]\nsources = [\"s\"]\n\n[tables.SdkCode]"
            )
        };
        let anchor = "advice = \"retry\"\nsources = [\"s\"]\n\n[tables.SdkCode]";
        assert_one(anchor, &link("Nowhere.x"), "names no table");
        assert_one(
            anchor,
            &link("SdkCode.NOPE"),
            "names no entry of that table",
        );
        assert_one(
            "advice = \"retry\"\nsources = [\"s\"]\n\n[tables.ErrorType]",
            "advice = \"pray\"\nsources = [\"s\"]\n\n[tables.ErrorType]",
            "advice `pray` is not declared in table `Advice`",
        );
        assert_one(
            "status = 400\n",
            "status = 404\n",
            "status `404` is not declared in table `HttpStatus`",
        );
        assert_one(
            "error = \"illegal_argument\"\ndescription",
            "error = \"nope\"\ndescription",
            "error type `nope` is not declared",
        );
        assert_one(
            "advice = \"retry\"\nsources = [\"s\"]\n\n[tables.SdkCode]",
            "advice = \"retry\"\nsuperseded_by = \"bad_name\"\nsources = [\"s\"]\n\n[tables.SdkCode]",
            "cannot be superseded by itself",
        );
        assert_one(
            "advice = \"retry\"\nsources = [\"s\"]\n\n[tables.SdkCode]",
            "advice = \"retry\"\nsuperseded_by = \"gone\"\nsources = [\"s\"]\n\n[tables.SdkCode]",
            "names no case `gone`",
        );
        let no_status_table = BASE.replace(
            "kind = \"http_status\"",
            "kind = \"sdk_code\"\ncode_space = \"x\"\nplatforms = [\"x\"]",
        );
        let found = problems(&no_status_table);
        assert!(
            found.iter().any(|message| message
                .contains("refers to a table of kind `http_status`, and none is declared")),
            "{found:?}"
        );
    }

    #[test]
    fn imported_tables() {
        let imported = |kind: &str, name: &str, from: &str| {
            format!("[tables.{name}]\nkind = \"{kind}\"\nfrom = \"{from}\"\n")
        };
        let rooms = "[tables.RoomError]\nkind = \"rest_case\"\nzh = \"房间\"\nen = \"room errors\"\n\n[[RoomError]]\nid = \"full\"\nstatus = 403\nerror = \"forbidden_op\"\ndescription = \"room {room} is full\"\nzh = \"满\"\nen = \"the room is full\"\ncause_zh = \"因。\"\ncause_en = \"Cause.\"\nremedy_zh = \"改。\"\nremedy_en = \"Remedy.\"\nadvice = \"retry_later\"\nsources = [\"s\"]\n";
        // Keys in imported tables are the build's to check: none is reported here.
        let all_three = [
            imported("advice", "Advice", "im_errors"),
            imported("http_status", "HttpStatus", "im_errors"),
            imported("error_type", "ErrorType", "im_errors"),
            rooms.to_owned(),
        ]
        .join("\n");
        assert_eq!(problems(&all_three), Vec::<String>::new());
        // A status table from elsewhere gives another catalogue's advice.
        let mixed = all_three.replacen("from = \"im_errors\"", "from = \"crate::mine\"", 1);
        let found = problems(&mixed);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].contains("import the advice table from `im_errors` too"),
            "{found:?}"
        );
        // Links show on both sides, and the other side is not generated here.
        let linked = all_three.replace(
            "sources = [\"s\"]",
            "related = [\"Advice.retry\"]\nsources = [\"s\"]",
        );
        let found = problems(&linked);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("into a table imported from `im_errors`"),
            "{found:?}"
        );
    }

    /// `old` replaced by `new` in BASE makes no problem.
    fn assert_valid(old: &str, new: &str) {
        assert!(BASE.contains(old), "{old}");
        let found = problems(&BASE.replacen(old, new, 1));
        assert_eq!(found, Vec::<String>::new(), "{new}");
    }

    const ERROR_TYPE_SOURCES: &str = "advice = \"retry\"\nsources = [\"s\"]\n\n[tables.RestError]";

    #[test]
    fn control_characters() {
        // TOML escapes: the file holds `\u001B`, the text the character.
        assert_one(
            "en = \"an error\"",
            "en = \"an\\u001Berror\"",
            "`en` holds the control character U+001B, which no text may",
        );
        assert_one(
            "zh = \"错\"",
            "zh = \"错\\n误\"",
            "`zh` holds a line break (U+000A): only the long texts",
        );
        assert_one(
            "cause_en = \"Cause.\"",
            "cause_en = \"Cause.\\r\\nMore.\"",
            "`cause_en` holds the control character U+000D",
        );
        assert_one(
            "remedy_en = \"Remedy.\"",
            "remedy_en = \"Remedy.\\tMore.\"",
            "`remedy_en` holds the control character U+0009",
        );
        assert_one(
            "[tables.Advice]\nkind = \"advice\"\nzh = \"建议\"",
            "[tables.Advice]\nkind = \"advice\"\nzh = \"建议\\u0007\"",
            "`zh` holds the control character U+0007",
        );
        assert_one(
            "code_space = \"c\"",
            "code_space = \"c\\u0000\"",
            "`code_space` holds the control character U+0000",
        );
        // Long texts break lines.
        assert_valid(
            "cause_en = \"Cause.\"",
            "cause_en = \"Cause.\\nMore.\"\ndetail_zh = \"详\\n情\"\ndetail_en = \"a\\nb\"",
        );
        assert_valid(
            "description = \"name {name} is bad\"",
            "description = \"name {name} is bad\\n at {place}\"",
        );
        let history = |zh: &str| {
            format!(
                "advice = \"retry\"\nsources = [\"s\"]\nhistory = [{{ source = \"s\", current = false, zh = \"{zh}\", en = \"old\" }}]\n\n[tables.RestError]"
            )
        };
        assert_valid(ERROR_TYPE_SOURCES, &history("旧\\n说法"));
        assert_one(
            ERROR_TYPE_SOURCES,
            &history("旧\\u0000"),
            "`zh` holds the control character U+0000",
        );
    }

    #[test]
    fn bidirectional_controls() {
        for control in ["202A", "202E", "2066", "2069", "200E", "200F", "061C"] {
            assert_one(
                "en = \"an error\"",
                &format!("en = \"an \\u{control}error\""),
                &format!("`en` holds the bidirectional control U+{control}"),
            );
        }
        assert_one(
            "sources = [\"s\"]\n\n[tables.ErrorType]",
            "sources = [\"s\\u202E\"]\n\n[tables.ErrorType]",
            "`sources` holds the bidirectional control U+202E",
        );
        assert_one(
            "aliases = [\"EMErrorGeneral\"]",
            "aliases = [\"EMError\\u2067General\"]",
            "`aliases` holds the bidirectional control U+2067",
        );
    }

    #[test]
    fn names_without_white_space_at_their_ends() {
        assert_one(
            "constant = \"GENERAL_ERROR\"",
            "constant = \"GENERAL ERROR\"",
            "constant `GENERAL ERROR` is not an identifier",
        );
        assert_one(
            "aliases = [\"EMErrorGeneral\"]",
            "aliases = [\"\"]",
            "alias `` is not an identifier",
        );
        assert_one(
            "aliases = [\"EMErrorGeneral\"]",
            "aliases = [\"EMErrorGeneral \"]",
            "alias `EMErrorGeneral ` is not an identifier",
        );
        let error_type = |error: &str| {
            format!(
                "\n[[ErrorType]]\nerror = \"{error}\"\nname = \"Other\"\nzh = \"x\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n"
            )
        };
        assert_one("", &error_type(""), "`error` should not be empty");
        assert_one(
            "",
            &error_type("bad "),
            "`error` `bad ` should not start or end with white space",
        );
        assert_one(
            "reason = \"Bad Request\"",
            "reason = \" Bad Request\"",
            "`reason` ` Bad Request` should not start or end with white space",
        );
        assert_one(
            "code_space = \"c\"",
            "code_space = \"c d\"",
            "`code_space` `c d` is not an identifier",
        );
        assert_one(
            "code_space = \"c\"",
            "code_space = \"\"",
            "`code_space` `` is not",
        );
        assert_one(
            "platforms = [\"p\"]",
            "platforms = [\"p\", \"\"]",
            "`platforms` should not be empty",
        );
        assert_one(
            "platforms = [\"p\"]",
            "platforms = [\"p \"]",
            "`platforms` `p ` should not start or end with white space",
        );
        // Inner spaces are a wire name's own; several code spaces are joined by ` / `.
        assert_valid(
            "reason = \"Bad Request\"",
            "reason = \"Request Entity Too Large\"",
        );
        assert_valid("code_space = \"c\"", "code_space = \"EMError / ChatError\"");
        assert_valid("platforms = [\"p\"]", "platforms = [\"React Native\"]");
        assert_eq!(
            problems(&format!("{BASE}{}", error_type("not found"))),
            Vec::<String>::new()
        );
    }

    #[test]
    fn spellings_name_one_entry() {
        assert_one(
            "aliases = [\"EMErrorGeneral\"]",
            "aliases = [\"2\"]",
            "alias `2` is a number: as text it would also name the code 2",
        );
        assert_one(
            "constant = \"GENERAL_ERROR\"",
            "constant = \"-7\"\nname = \"GeneralError\"",
            "constant `-7` is a number",
        );
        let other = |spellings: &str| {
            format!(
                "\n[[SdkCode]]\ncode = 2\n{spellings}\nzh = \"错\"\nen = \"x\"\nadvice = \"retry\"\nsources = [\"s\"]\n"
            )
        };
        assert_one(
            "",
            &other("constant = \"OTHER\"\naliases = [\"GeneralError\"]"),
            "alias `GeneralError` is the variant name of `GENERAL_ERROR`",
        );
        assert_one(
            "",
            &other("constant = \"GeneralError\"\nname = \"Other\""),
            "constant `GeneralError` is the variant name of `GENERAL_ERROR`",
        );
        // An entry's own variant name may be one of its spellings.
        assert_valid(
            "aliases = [\"EMErrorGeneral\"]",
            "aliases = [\"GeneralError\"]",
        );
    }

    #[test]
    fn templates_with_literal_text() {
        assert_one(
            "description = \"name {name} is bad\"",
            "description = \" {anything}. \"",
            "`description` ` {anything}. ` has no literal letter or digit",
        );
        assert_one(
            "description = \"name {name} is bad\"",
            "description = \"{a}: '{b}'\"",
            "has no literal letter or digit",
        );
        assert_one(
            "description = \"name {name} is bad\"",
            "description = \"\"",
            "`description` should not be empty",
        );
        assert_valid(
            "description = \"name {name} is bad\"",
            "description = \"{name}: 404\"",
        );
    }

    const CASE_END: &str = "remedy_en = \"Remedy.\"\nadvice = \"retry\"\nsources = [\"s\"]\n";

    fn case(id: &str, description: &str, more: &str) -> String {
        format!(
            "\n[[RestError]]\nid = \"{id}\"\nstatus = 400\nerror = \"illegal_argument\"\ndescription = \"{description}\"\nzh = \"名字\"\nen = \"bad name\"\ncause_zh = \"因。\"\ncause_en = \"Cause.\"\nremedy_zh = \"改。\"\n{CASE_END}{more}"
        )
    }

    #[test]
    fn succession_ends() {
        let cycle = BASE.replacen(
            CASE_END,
            &format!("{CASE_END}superseded_by = \"second\"\n"),
            1,
        ) + &case("second", "second {x}", "superseded_by = \"bad_name\"\n");
        let found = problems(&cycle);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .contains("`superseded_by` goes round in a cycle (bad_name -> second -> bad_name)"),
            "{found:?}"
        );
        // Three cases round, and one leading into them: one problem, at the first of the cycle.
        let three = BASE.to_owned()
            + &case("lead", "lead {x}", "superseded_by = \"c\"\n")
            + &case("a", "a {x}", "superseded_by = \"b\"\n")
            + &case("b", "b {x}", "superseded_by = \"c\"\n")
            + &case("c", "c {x}", "superseded_by = \"a\"\n");
        let found = problems(&three);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("(a -> b -> c -> a)"), "{found:?}");
        // A chain that ends is fine.
        let chain = BASE.to_owned()
            + &case("a", "a {x}", "superseded_by = \"b\"\n")
            + &case("b", "b {x}", "superseded_by = \"bad_name\"\n");
        assert_eq!(problems(&chain), Vec::<String>::new());
    }

    #[test]
    fn every_case_can_match() {
        // The classifier folds case, quotes, runs of white space and a final period, and does
        // not care what placeholders are called.
        assert_one(
            "",
            &case("again", "Name  {who} is bad.", ""),
            "case `again` has the status, error and description of `bad_name` (at 49:6)",
        );
        let good = case("other", "name {name} is good", "");
        assert_eq!(problems(&format!("{BASE}{good}")), Vec::<String>::new());
        let other_status =
            case("other", "name {name} is bad", "").replace("status = 400", "status = 401");
        let found = problems(&format!("{BASE}{other_status}"));
        assert!(
            found
                .iter()
                .all(|message| !message.contains("has the status")),
            "{found:?}"
        );
    }

    #[test]
    fn numbers_out_of_range() {
        assert_one(
            "code = 1\n",
            "code = 99999999999999999999\n",
            "`code` is out of range (-2147483648..=2147483647 for kind `sdk_code`)",
        );
        assert_one(
            "status = 400\n",
            "status = 9_223_372_036_854_775_808\n",
            "`status` is out of range (100..=599 for kind `http_status`)",
        );
    }

    #[test]
    fn retry_policies() {
        assert_one(
            "en = \"retry\"\n",
            "en = \"retry\"\nbackoff_cap_ms = 5\n",
            "`backoff_cap_ms` needs `backoff_ms`",
        );
        assert_one(
            "en = \"retry\"\n",
            "en = \"retry\"\nretry_class = \"maybe\"\n",
            "unknown retry class `maybe`",
        );
        assert_one(
            "en = \"retry\"\n",
            "en = \"retry\"\nbackoff_ms = 500\nbackoff_cap_ms = 100\n",
            "`backoff_cap_ms` (100) is below `backoff_ms` (500)",
        );
        assert_one(
            "en = \"retry\"\n",
            "en = \"retry\"\nbackoff_ms = 86_400_001\n",
            "`backoff_ms` is out of range (0..=86400000 milliseconds: no wait is longer than a day)",
        );
        assert_one(
            "en = \"retry\"\n",
            "en = \"retry\"\nbackoff_ms = 100\nbackoff_cap_ms = 99999999999999999999\n",
            "`backoff_cap_ms` is out of range",
        );
        // An unreadable `backoff_ms` is reported once, not again as missing.
        assert_one(
            "en = \"retry\"\n",
            "en = \"retry\"\nbackoff_ms = -1\nbackoff_cap_ms = 100\n",
            "`backoff_ms` is out of range",
        );
        assert_valid(
            "en = \"retry\"\n",
            "en = \"retry\"\nbackoff_ms = 86_400_000\nbackoff_cap_ms = 86_400_000\n",
        );
        assert_one(
            "fallback_zh = \"未知\"\nfallback_en = \"unknown\"\n\n[[HttpStatus]]",
            "fallback_advice_5xx = \"pray\"\nfallback_zh = \"未知\"\nfallback_en = \"unknown\"\n\n[[HttpStatus]]",
            "advice `pray` is not declared",
        );
    }
}

//! Step 2: rules across entries and tables. Each rule reports every offence it finds.

use std::collections::HashMap;
use std::ops::Range;

use heck::ToSnakeCase;

use crate::diagnostic::{Diagnostic, Lines, Location};
use crate::model::{Catalog, Entry, Key, Kind, Spanned, Table};
use crate::names;

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
    for table in &catalog.tables {
        check.has_entries(table);
        check.snake_ids(table);
        check.unique_keys(table);
        check.code_ranges(table);
        check.variant_names(table);
        check.references(table);
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

    /// Each table names one `related_*` accessor on the tables that link into it, after its
    /// snake_case form: two names equal in that form would make one method twice.
    fn method_names(&mut self) {
        let mut seen: HashMap<String, &Spanned<String>> = HashMap::new();
        for table in &self.catalog.tables {
            let snake = table.name.value.to_snake_case();
            if let Some(first) = seen.get(&snake) {
                let message = format!(
                    "table names `{}` and `{}` (at {}) are the same in snake_case (`{snake}`), \
                     which generated method names use: rename one",
                    table.name.value,
                    first.value,
                    self.at(&first.span)
                );
                self.problem(table.name.span.clone(), message);
            } else {
                seen.insert(snake, &table.name);
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

    fn has_entries(&mut self, table: &Table) {
        if table.entries.is_empty() && table.dropped.is_empty() {
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
        let mut seen: HashMap<&str, &Range<usize>> = HashMap::new();
        for entry in &table.entries {
            for spelling in entry.constant.iter().chain(&entry.aliases) {
                if let Some(first) = seen.get(spelling.value.as_str()) {
                    let message = format!(
                        "duplicate constant `{}` in table `{}` (first at {})",
                        spelling.value,
                        table.name.value,
                        self.at(first)
                    );
                    self.problem(spelling.span.clone(), message);
                } else {
                    seen.insert(&spelling.value, &spelling.span);
                }
            }
        }
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

    fn unique(
        &mut self,
        table: &Table,
        field: &str,
        key_of: impl Fn(&Entry) -> Option<(String, Range<usize>)>,
    ) {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        for (key, span) in table.entries.iter().filter_map(&key_of) {
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
        let range = match table.kind {
            Kind::HttpStatus => 100..=599,
            Kind::SdkCode => i64::from(i32::MIN)..=i64::from(i32::MAX),
            Kind::Advice | Kind::ErrorType | Kind::RestCase => return,
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
                let found = (self.catalog.table(&target.table))
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
                self.declared(Kind::HttpStatus, &status, "status");
                if let Some(error) = &case.error {
                    self.declared(Kind::ErrorType, error, "error type");
                }
                if let Some(successor) = &case.superseded_by {
                    self.successor_exists(table, entry, successor);
                }
            }
        }
    }

    fn advice_exists(&mut self, advice: &Spanned<String>) {
        self.declared(Kind::Advice, advice, "advice");
    }

    fn declared(&mut self, kind: Kind, key: &Spanned<String>, what: &str) {
        let message = match self.catalog.table_of(kind) {
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

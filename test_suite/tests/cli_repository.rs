//! The `im-errors` command against the repository's files, which its package does not ship:
//! the generated docs (`docs/CODES.md`, `docs/codes.schema.json`, `docs/SCHEMA.md`) are what the
//! command prints; the schema accepts the real catalogue and the generator's `every_key.toml`, and
//! rejects what `check` rejects; `check` passes the real catalogue; and `audit` compares pages,
//! SDK files and package folders (`tests/fixtures/`) with the real catalogue.
//!
//! The binary is built from the repository's im-errors-cli by cargo, once per run, offline, in
//! the folder regenerate.rs builds its scratch workspaces in, whose registry crates are the same.

#[path = "../../im-errors-cli/tests/support/mod.rs"]
mod support;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::LazyLock;

use im_errors_codegen::keys::{self, DECLARATION, ENTRY, HISTORY, NEEDS};
use im_errors_codegen::model::Kind;
use serde_json::Value;
use support::{schema_errors, stdout};

/// The repository's root: this crate's folder, test_suite/, is in it.
fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the test suite is in the repository")
}

/// The `im-errors` binary of the repository's im-errors-cli, built by cargo.
static BINARY: LazyLock<PathBuf> = LazyLock::new(|| {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("regenerate");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--message-format=json"])
        .args(["-p", "im-errors-cli", "--bin", "im-errors"])
        .current_dir(repository())
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo build -p im-errors-cli: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let messages = String::from_utf8_lossy(&output.stdout);
    let executable = (messages.lines())
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| message["target"]["name"] == "im-errors")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from));
    executable.expect("cargo names the im-errors binary it built")
});

fn run(args: &[&str]) -> Output {
    run_with_input(args, None)
}

fn run_with_input(args: &[&str], input: Option<&[u8]>) -> Output {
    support::run_binary(&BINARY, args, input)
}

fn schema_validator() -> jsonschema::Validator {
    support::schema_validator(&BINARY)
}

#[test]
fn check_passes_the_repository_catalogue() {
    let catalogue = catalogue();
    let ok = run(&["check", &catalogue]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let tables = format!("{} tables", im_errors::TABLES.len());
    assert!(stdout(&ok).contains(&tables), "{}", stdout(&ok));
}

/// Fails unless the checked-in `doc` (a path from the repository's root) holds what the command
/// prints with `args`, where [`generated_part`] says; with `UPDATE_DOCS` set, writes it there
/// first.
fn assert_doc_is_generated(doc: &str, args: &[&str]) {
    let path = repository_file(doc);
    let generated = stdout(&run(args));
    let read = || std::fs::read_to_string(&path).unwrap_or_default();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let mut page = read();
        page.replace_range(generated_part(&page, &generated), &generated);
        std::fs::write(&path, page).expect("write the doc");
    }
    let page = read();
    assert!(
        page[generated_part(&page, &generated)] == generated,
        "{doc} differs from `im-errors {}`: rewrite it with `UPDATE_DOCS=1 cargo test -p im-errors-test-suite --test cli_repository`",
        args.join(" ")
    );
}

/// Where `generated` stands in `page`: from its first line to its last where those are marker
/// comments (`<!-- ... -->`), around hand-written text; the whole page otherwise.
fn generated_part(page: &str, generated: &str) -> Range<usize> {
    let begin = generated.lines().next().unwrap_or_default();
    let end = generated.lines().last().unwrap_or_default();
    if !begin.starts_with("<!--") {
        return 0..page.len();
    }
    let start = page.find(begin).expect("the page has the begin marker");
    let length = page[start..]
        .find(end)
        .expect("the page has the end marker")
        + end.len();
    // The output ends with a newline after the end marker; so does the part.
    start..(start + length + 1).min(page.len())
}

#[test]
fn docs_codes_md_is_up_to_date() {
    assert_doc_is_generated("docs/CODES.md", &["list", "--format", "markdown"]);
}

#[test]
fn docs_codes_schema_json_is_up_to_date() {
    assert_doc_is_generated("docs/codes.schema.json", &["schema"]);
}

/// A codes file as an editor reads it for the schema.
fn codes_json(source: &str) -> Value {
    toml::from_str(source).expect("valid TOML")
}

/// The generator's catalogue with every key of every kind, which its tests read against the
/// key table.
fn every_key() -> String {
    let path = repository_file("im-errors-codegen/tests/fixture/every_key.toml");
    std::fs::read_to_string(path).expect("every_key.toml is readable")
}

#[test]
fn the_catalogues_validate_against_the_schema_and_name_it() {
    let (catalogue, every_key) = (repository_file("codes.toml"), every_key());
    let catalogue = std::fs::read_to_string(catalogue).expect("codes.toml is readable");
    assert_eq!(
        catalogue.lines().next(),
        Some("#:schema ./docs/codes.schema.json"),
        "taplo reads the directive on the first line"
    );
    let validator = schema_validator();
    for source in [catalogue, every_key] {
        let errors = schema_errors(&validator, &codes_json(&source));
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}

/// Leaving a key out of `every_key.toml` is rejected exactly where the key table requires it
/// (or another key present needs it): taplo flags what `check` would.
#[test]
fn the_schema_requires_what_the_key_table_requires() {
    let every_key = every_key();
    let every_key = codes_json(&every_key);
    let validator = schema_validator();
    for kind in Kind::ALL {
        let tables = every_key["tables"].as_object().expect("tables");
        let (name, _) = (tables.iter())
            .find(|(_, declaration)| declaration["kind"] == kind.as_str())
            .expect("a table of every kind");
        let places = [
            (DECLARATION, format!("/tables/{name}")),
            (ENTRY, format!("/{name}/0")),
            (HISTORY, format!("/{name}/0/history/0")),
        ];
        for (rows, place) in places {
            // `from` takes the place of the other keys: im-errors-cli's
            // `the_schema_takes_imported_tables_as_check_does` covers it.
            for field in keys::of_kind(rows, kind).filter(|field| field.key != keys::FROM) {
                let mut instance = every_key.clone();
                let table = instance.pointer_mut(&place).and_then(Value::as_object_mut);
                let removed = table.and_then(|table| table.remove(field.key));
                assert!(
                    removed.is_some(),
                    "every_key.toml lacks {place}/{}",
                    field.key
                );
                let needed = NEEDS.iter().any(|(_, needed)| *needed == field.key);
                assert_eq!(
                    !schema_errors(&validator, &instance).is_empty(),
                    field.is_required_for(kind) || needed,
                    "{place} without `{}`",
                    field.key
                );
            }
        }
    }
}

#[test]
fn the_schema_rejects_what_check_rejects() {
    let every_key = every_key();
    // `every_key.toml` with its one `from` made `to`.
    let with = |from: &str, to: &str| {
        assert_eq!(every_key.matches(from).count(), 1, "`{from}`");
        every_key.replace(from, to)
    };
    let entry = "[[Advice]]\nid = \"retry\"\n";
    let declaration = "[tables.Advice]\n";
    let cases = [
        (
            with(entry, &format!("{entry}colour = 1\n")),
            "unknown key `colour`",
        ),
        (
            with(declaration, &format!("{declaration}colour = 1\n")),
            "unknown key `colour`",
        ),
        (
            with(declaration, &format!("{declaration}code_space = \"x\"\n")),
            "unknown key `code_space`",
        ),
        (
            with(entry, &format!("{entry}advice = \"retry\"\n")),
            "unknown key `advice`",
        ),
        (
            with("kind = \"advice\"", "kind = \"advise\""),
            "unknown kind `advise`",
        ),
        (
            with("\"transient\"", "\"sometimes\""),
            "unknown retry class",
        ),
        (
            with("id = \"retry\"", "id = \"Retry\""),
            "not a snake_case name",
        ),
        (
            with("en = \"what to do\"", "en = \"what to do.\""),
            "should not end with a period",
        ),
        (
            with("zh = \"建议\"", "zh = \" \""),
            "`zh` should not be empty",
        ),
        (
            with("backoff_ms = 200", "backoff_ms = -1"),
            "`backoff_ms` is out of range",
        ),
        (
            with("backoff_ms = 200", "backoff_ms = 86_400_001"),
            "`backoff_ms` is out of range",
        ),
        (
            with("platforms = [\"Web\"]\n", ""),
            "missing required key `platforms`",
        ),
        (
            with("platforms = [\"Web\"]", "platforms = []"),
            "should list at least one item",
        ),
        (with("code = 1\n", "code = \"1\"\n"), "should be an integer"),
        (with("code = 1\n", "code = -2147483649\n"), "out of range"),
        (with("code = 503", "code = 600"), "out of range"),
        (
            with("related = [\"HttpStatus.503\"]", "related = [\"x\"]"),
            "should read `TABLE.KEY`",
        ),
        (
            with("current = true", "current = \"no\""),
            "should be a boolean",
        ),
        (
            with("\"easemob-websdk@", "\"easemob-websdk"),
            "should read `PACKAGE@FIRST..LAST` or `PACKAGE@VERSION`",
        ),
        (
            with("\"2019-04-30 https", "\"2019-4-30 https"),
            "should read `YYYY-MM URL` or `YYYY-MM-DD URL`",
        ),
        (
            format!("{every_key}\n[tables.t]\nkind = \"rest_case\"\nzh = \"x\"\nen = \"x\"\n"),
            "not an UpperCamelCase Rust type name",
        ),
        (
            with("name = \"RetryLater\"", "name = \"x\""),
            "does not make a Rust variant name",
        ),
        (
            format!(
                "T = []\n{every_key}\n[tables.T]\nkind = \"rest_case\"\nzh = \"x\"\nen = \"x\"\n"
            ),
            "has no `[[T]]` entries",
        ),
    ];
    let validator = schema_validator();
    for (source, expected) in cases {
        let found: Vec<_> = im_errors_codegen::check(&source)
            .into_iter()
            .map(|problem| problem.message)
            .collect();
        assert!(
            found.iter().any(|message| message.contains(expected)),
            "check should report `{expected}`: {found:?}\n{source}"
        );
        assert!(
            !schema_errors(&validator, &codes_json(&source)).is_empty(),
            "the schema should reject what check reports as `{expected}`:\n{source}"
        );
    }
}

#[test]
fn docs_schema_md_has_the_generated_key_tables() {
    assert_doc_is_generated("docs/SCHEMA.md", &["schema", "--format", "markdown"]);
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A file of the repository, by its path from the repository's root.
fn repository_file(name: &str) -> PathBuf {
    repository().join(name)
}

/// The repository's codes.toml, as an argument.
fn catalogue() -> String {
    let path = repository_file("codes.toml");
    path.to_str().expect("a UTF-8 path").to_owned()
}

#[test]
fn audit_passes_a_page_the_catalogue_covers() {
    let catalogue = catalogue();
    let output = run(&["audit", &catalogue, &fixture("audit_current.md")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{}{stderr}", stdout(&output));
    assert!(
        stderr.contains("audit: 4 rows, 0 missing, 0 differing, 1 skipped"),
        "{stderr}"
    );
}

#[test]
fn audit_reports_new_and_differing_rows_with_their_line() {
    let catalogue = catalogue();
    let page = fixture("audit_new_rows.md");
    let output = run(&["audit", &catalogue, &page]);
    assert_eq!(output.status.code(), Some(1));
    let report = stdout(&output);
    assert!(
        report.contains(&format!("{page}:6: missing: 400 `widget_error`")),
        "{report}"
    );
    assert!(
        report.contains(&format!("{page}:7: differs: 403 `message_send_error`")),
        "{report}"
    );
    assert!(
        report.contains(&format!("{page}:11: missing: 9999 BRAND_NEW_ERROR")),
        "{report}"
    );
    assert!(
        !report.contains(":5:"),
        "a row the catalogue has is not reported: {report}"
    );
    let skeletons = stdout(&run(&["audit", &catalogue, &page, "--format", "toml"]));
    assert!(
        skeletons.contains("description = \"widget {value_1} is broken beyond repair\""),
        "{skeletons}"
    );
    assert!(
        skeletons.contains("constant = \"BRAND_NEW_ERROR\""),
        "{skeletons}"
    );
}

#[test]
fn audit_refuses_a_page_over_the_limit() {
    let catalogue = catalogue();
    let dir = std::env::temp_dir().join(format!("im-errors-big-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.md");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(64 * 1024 * 1024)
        .unwrap();
    let output = run(&["audit", &catalogue, big.to_str().unwrap()]);
    std::fs::remove_file(&big).unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("over the 32 MiB a page may have"),
        "{stderr}"
    );
    // A stream has no size to check first: it is refused past the limit, not read to the end.
    let endless = run(&["audit", &catalogue, "/dev/zero"]);
    assert_eq!(endless.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&endless.stderr);
    assert!(
        stderr.contains("/dev/zero: what it gives is over the 32 MiB"),
        "{stderr}"
    );
}

/// Writes `text` as the page `name` of this test run, for an audit test.
fn audit_page(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("im-errors-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// A table whose one row, on line 3, the catalogue lacks.
const NEW_ROW_TABLE: &str = "| HTTP 状态码 | 错误类型 | 错误提示 |\n| :--- | :--- | :--- |\n| 400 | widget_error | widget XX is broken beyond repair |\n";

/// Editors and web pages put what no reader sees into a page: each is read past, not taken
/// for a page without tables.
#[test]
fn audit_reads_a_bom_cr_line_ends_and_zero_width_characters() {
    let catalogue = catalogue();
    for (name, text) in [
        ("bom.md", format!("\u{feff}{NEW_ROW_TABLE}")),
        ("cr.md", NEW_ROW_TABLE.replace('\n', "\r")),
        ("crlf.md", NEW_ROW_TABLE.replace('\n', "\r\n")),
        ("zwsp-line.md", format!("\u{200b}{NEW_ROW_TABLE}")),
        (
            "zwsp-cell.md",
            NEW_ROW_TABLE.replace("| HTTP", "| \u{200b}HTTP"),
        ),
    ] {
        let page = audit_page(name, &text);
        let output = run(&["audit", &catalogue, &page]);
        let report = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{name}: {report}");
        assert!(
            report.contains(&format!("{page}:3: missing: 400 `widget_error`")),
            "{name}: {report}"
        );
    }
}

#[test]
fn audit_refuses_a_page_without_an_error_table_it_can_read() {
    let catalogue = catalogue();
    let html = "<table>\n<tr><th>HTTP 状态码</th><th>错误类型</th><th>错误提示</th></tr>\n<tr><td>400</td><td>widget_error</td><td>widget XX is broken</td></tr>\n</table>\n";
    for (name, text, why) in [
        (
            "prose.md",
            "# 错误码\n\nThis page has no table.\n".to_owned(),
            "no error table found",
        ),
        ("html.md", html.to_owned(), "line 1: an HTML table"),
        (
            "both.md",
            format!("{NEW_ROW_TABLE}\n<TABLE class=\"codes\">\n</TABLE>\n"),
            "line 5: an HTML table",
        ),
    ] {
        let page = audit_page(name, &text);
        let output = run(&["audit", &catalogue, &page]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{page}: cannot audit: {why}")),
            "{name}: {stderr}"
        );
    }
}

/// A number the page does not spell as `check` reads one is not read as another number, nor
/// dropped: the row is reported, and the audit fails.
#[test]
fn audit_reports_the_rows_it_cannot_read() {
    let catalogue = catalogue();
    let page = audit_page(
        "numbers.md",
        "| 错误码 | 错误信息 | 描述 |
| --- | --- | --- |
| +204 | USER_NOT_FOUND | 用户不存在。 |
| -0 | REQUEST_SUCCESS | 成功。 |
| 0x10 | BRAND_NEW_ERROR | 新的。 |
| 0204 | USER_NOT_FOUND | 用户不存在。 |
| 204 |
| 204 | USER_NOT_FOUND | 用户不存在。 |

| HTTP 状态码 | 错误类型 | 错误提示 |
| --- | --- | --- |
| 0401 | unauthorized | Unable to authenticate (OAuth) |
",
    );
    let output = run(&["audit", &catalogue, &page]);
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{report}");
    for (line, code) in [(3, "+204"), (4, "-0"), (5, "0x10"), (6, "0204")] {
        let expected = format!(
            "{page}:{line}: cannot read the row: code `{code}` is not a plain decimal integer"
        );
        assert!(report.contains(&expected), "{report}");
    }
    assert!(
        report.contains(&format!("{page}:7: cannot read the row: 1 cell(s)")),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "{page}:12: skipped (status `0401` is not a plain decimal number)"
        )),
        "{report}"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("audit: 7 rows, 0 missing, 0 differing, 1 skipped, 5 unreadable"),
        "{stderr}"
    );
}

/// A page's name goes into the report and into a TOML comment: a name holding a newline and an
/// entry of its own adds neither a line nor an entry.
#[test]
fn audit_escapes_the_name_of_a_page() {
    let catalogue = catalogue();
    let page = audit_page(
        "evil.md\n[[SdkCode]]\ncode = 1\nconstant = \"INJECTED\"\n#",
        NEW_ROW_TABLE,
    );
    let skeletons = stdout(&run(&["audit", &catalogue, &page, "--format", "toml"]));
    let entries = skeletons
        .lines()
        .filter(|line| line.starts_with("[["))
        .count();
    assert_eq!(entries, 1, "{skeletons}");
    let escaped = page.replace('\n', "\\n");
    assert!(
        skeletons.starts_with(&format!("# {escaped}:3\n[[")),
        "{skeletons}"
    );
    assert!(
        skeletons.contains(&format!("sources = [\"{}\"]", escaped.replace('"', "\\\""))),
        "{skeletons}"
    );
    let report = stdout(&run(&["audit", &catalogue, &page]));
    assert_eq!(report.lines().count(), 1, "{report}");
    assert!(
        report.starts_with(&format!("{escaped}:3: missing")),
        "{report}"
    );
}

/// Writes each `(path, text)` into the folder `name` of this test run, for an audit test.
fn audit_folder(name: &str, files: &[(&str, &str)]) -> String {
    let dir = std::env::temp_dir()
        .join(format!("im-errors-audit-{}", std::process::id()))
        .join(name);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    dir.to_str().expect("a UTF-8 path").to_owned()
}

/// A `.d.ts` enum, a 1.x object literal and a compiled enum in a bundle: each constant is a row
/// on its line, compared as a page's SDK rows are; the other enum of the bundle is not read.
#[test]
fn audit_reads_an_sdk_s_declaration_file_and_js_tables() {
    let catalogue = catalogue();
    for (name, rows, differs, missing) in [
        ("sdk/status.d.ts", 6, Some(7), 12),
        ("sdk/status.js", 4, None, 7),
        ("sdk/bundle.js", 4, None, 2),
    ] {
        let file = fixture(name);
        let output = run(&["audit", &catalogue, &file]);
        let report = stdout(&output);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {report}{stderr}");
        let differing = usize::from(differs.is_some());
        assert!(
            stderr.contains(&format!(
                "audit: {rows} rows, 1 missing, {differing} differing, 0 skipped, 0 unreadable"
            )),
            "{name}: {stderr}"
        );
        assert!(
            report.contains(&format!("{file}:{missing}: missing: 9999 BRAND_NEW_ERROR")),
            "{name}: {report}"
        );
        if let Some(line) = differs {
            assert!(
                report.contains(&format!(
                    "{file}:{line}: differs: -7 REQUEST_TIMEOUT: SdkCode.REQUEST_TIMEOUT has the number -1, the row -7"
                )),
                "{name}: {report}"
            );
        }
        // WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR is 0 too: the catalogue keeps it.
        assert_eq!(report.lines().count(), 1 + differing, "{name}: {report}");
    }
    let file = fixture("sdk/status.d.ts");
    let skeletons = stdout(&run(&["audit", &catalogue, &file, "--format", "toml"]));
    assert!(
        skeletons.contains(&format!("# {file}:12\n[[SdkCode]]\ncode = 9999\n")),
        "{skeletons}"
    );
    assert!(
        skeletons.contains("constant = \"BRAND_NEW_ERROR\""),
        "{skeletons}"
    );
}

/// A name of a number that the catalogue keeps (an older name, here of 0) is no missing row.
#[test]
fn audit_keeps_quiet_on_a_name_the_catalogue_keeps() {
    let catalogue = catalogue();
    let page = audit_page(
        "history.md",
        "| 错误码 | 错误信息 | 描述 |\n| --- | --- | --- |\n| 0 | WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR | 用户未指定。 |\n| 204 | USER_NOT_FOUND | 用户不存在。 |\n",
    );
    let output = run(&["audit", &catalogue, &page]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{}{stderr}", stdout(&output));
    assert_eq!(stdout(&output), "");
    assert!(
        stderr.contains("audit: 2 rows, 0 missing, 0 differing"),
        "{stderr}"
    );
}

/// In a package folder, audit reads status.d.ts, else another declaration file's enum, else the
/// JS; it says which file, and the report names it.
#[test]
fn audit_reads_the_table_of_a_package_folder() {
    let catalogue = catalogue();
    let package = fixture("sdk/package");
    let output = run(&["audit", &catalogue, &package]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "audit: {package}: reading {package}/status.d.ts, a status.d.ts (3 rows)"
        )),
        "{stderr}"
    );
    assert!(
        stdout(&output).contains(&format!(
            "{package}/status.d.ts:5: missing: 9999 BRAND_NEW_ERROR"
        )),
        "{}",
        stdout(&output)
    );
    let read = |path: &str| std::fs::read_to_string(format!("{package}/{path}")).unwrap();
    let (bundle, types) = (read("Easemob-chat.js"), read("types/index.d.ts"));
    let js_only = audit_folder(
        "js-only",
        &[("Easemob-chat.js", &bundle), ("types/index.d.ts", &types)],
    );
    let output = run(&["audit", &catalogue, &js_only]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "reading {js_only}/Easemob-chat.js, a JS file (4 rows)"
        )),
        "{stderr}"
    );
    assert!(
        stdout(&output).contains(&format!("{js_only}/Easemob-chat.js:2: missing: 9999")),
        "{}",
        stdout(&output)
    );
    let none = audit_folder("no-table", &[("types/index.d.ts", &types), ("a.js", "")]);
    let output = run(&["audit", &catalogue, &none]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{none}: cannot audit: no error table found in any TypeScript or JS file under it"
        )),
        "{stderr}"
    );
    // A file over the limit is refused, not read past it nor passed over.
    let big = audit_folder("big", &[("types/index.d.ts", &types)]);
    std::fs::File::create(format!("{big}/huge.js"))
        .unwrap()
        .set_len(64 * 1024 * 1024)
        .unwrap();
    let output = run(&["audit", &catalogue, &big]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{big}: cannot audit: {big}/huge.js: 67108864 bytes is over the 32 MiB a file may have"
        )),
        "{stderr}"
    );
    std::fs::remove_file(format!("{big}/huge.js")).unwrap();
}

/// A file in which audit finds no status-code table, or one cut short, fails the audit: it
/// would otherwise pass having read no row.
#[test]
fn audit_refuses_an_sdk_file_without_a_table() {
    let catalogue = catalogue();
    for (name, text, why) in [
        (
            "status.d.ts",
            "export {};\n",
            "no error table found (a TypeScript `enum Code",
        ),
        ("empty.js", "", "no error table found"),
        (
            "other.d.ts",
            "declare enum Other { WEBIM_CONNCTION_OPEN_ERROR = 1 }\n",
            "no error table found",
        ),
        (
            "empty-enum.d.ts",
            "declare enum Code {}\n",
            "no error table found",
        ),
        (
            "uses.js",
            "t.onError({type:s.WEBIM_CONNCTION_OPEN_ERROR});\n",
            "no error table found",
        ),
        (
            "notes.txt",
            "prose, no table\n",
            "no error table found (a markdown `| HTTP",
        ),
        (
            "cut.d.ts",
            "\ndeclare enum Code {\n  A = 1,\n",
            "line 2: the table that opens here has no closing `}`",
        ),
    ] {
        let file = audit_page(name, text);
        let output = run(&["audit", &catalogue, &file]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{file}: cannot audit: {why}")),
            "{name}: {stderr}"
        );
    }
}

/// An item audit cannot read as a constant and a number is a row it reports, and the audit
/// fails: never a number the SDK does not have.
#[test]
fn audit_reports_sdk_items_it_cannot_read() {
    let catalogue = catalogue();
    let file = audit_page(
        "hostile.d.ts",
        "declare enum Code {\n  REQUEST_SUCCESS = 0,\n  HUGE = 1e999,\n  REQUEST_TIMEOUT = -0x1,\n  REQUEST_TIMEOUT = -1,\n  SHIFTED = 1 << 2,\n}\n",
    );
    let output = run(&["audit", &catalogue, &file]);
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{report}");
    for (line, why) in [
        (3, "`HUGE = 1e999`: `1e999` is not an integer audit reads"),
        (5, "`REQUEST_TIMEOUT` is defined again (first on line 4)"),
        (6, "`SHIFTED = 1 << 2`: the value is not a number"),
    ] {
        assert!(
            report.contains(&format!("{file}:{line}: cannot read the row: {why}")),
            "{report}"
        );
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("audit: 5 rows, 0 missing, 0 differing, 0 skipped, 3 unreadable"),
        "{stderr}"
    );
}

//! The `im-errors` binary, run as a user runs it: every command, every exit status, the JSON
//! outputs parsed.
//!
//! A few tests compare the command with the repository around this crate (`codes.toml`, the
//! generated docs, the generator's `every_key.toml`); in a packaged copy of the crate, which has
//! none, they return at once.

use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use im_errors_codegen::keys::{self, DECLARATION, ENTRY, HISTORY, NEEDS};
use im_errors_codegen::model::Kind;
use serde_json::Value;

fn run(args: &[&str]) -> Output {
    run_with_input(args, None)
}

fn run_with_input(args: &[&str], input: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_im-errors"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(input) = input {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("the binary ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn explain_a_number_shows_every_kind_it_matches() {
    let output = run(&["explain", "500"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.contains("HTTP 500") && text.contains("SDK 500 SERVER_BUSY"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when piped");
}

#[test]
fn explain_words_ignoring_case_in_json() {
    for query in [
        "auth_bad_access_token",
        "user_not_found",
        "ExpiredAccessToken",
        "Request Entity Too Large",
    ] {
        let output = run(&["explain", query, "--json"]);
        assert_eq!(output.status.code(), Some(0), "{query}");
        let entries = json(&output);
        assert!(!entries.as_array().expect("an array").is_empty(), "{query}");
        for entry in entries.as_array().unwrap() {
            assert!(
                entry["kind"].is_string()
                    && entry["name"].is_string()
                    && entry["advice"].is_string()
            );
        }
    }
    let entries = json(&run(&["explain", "204", "--json"]));
    assert_eq!(entries[0]["constant"], "USER_NOT_FOUND");
    assert_eq!(entries[0]["code"], 204);
}

#[test]
fn explain_json_carries_what_documents_said_that_differs() {
    // every entry with history records shows them, each with its source and whether it holds
    let entries = json(&run(&["list", "--format", "json"]));
    let with_history = (im_errors::TABLES.iter())
        .flat_map(|table| table.entries)
        .filter(|entry| !entry.history.is_empty())
        .count();
    let shown: Vec<&Value> = (entries.as_array().expect("an array").iter())
        .filter(|entry| entry.get("history").is_some())
        .collect();
    assert_eq!(shown.len(), with_history);
    assert!(with_history > 0);
    for entry in shown {
        for item in entry["history"].as_array().expect("history is an array") {
            assert!(
                item["source"].is_string()
                    && item["current"].is_boolean()
                    && item["zh"].is_string()
                    && item["en"].is_string(),
                "{item}"
            );
        }
    }
}

#[test]
fn explain_in_one_language() {
    let english = stdout(&run(&["explain", "USER_NOT_FOUND", "--lang", "en"]));
    assert!(
        english.contains("the user does not exist") && !english.contains("用户不存在"),
        "{english}"
    );
    let chinese = stdout(&run(&["explain", "USER_NOT_FOUND", "--lang", "zh"]));
    assert!(
        chinese.contains("用户不存在") && !chinese.contains("the user does not exist"),
        "{chinese}"
    );
}

#[test]
fn explain_suggests_near_names_and_exits_1() {
    let output = run(&["explain", "USER_NOT_FOUDN"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("did you mean: USER_NOT_FOUND"), "{stderr}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["explain"]).status.code(), Some(2));
    assert_eq!(run(&["list", "--kind", "nope"]).status.code(), Some(2));
    assert_eq!(run(&["classify"]).status.code(), Some(2));
}

#[test]
fn list_json_has_the_contract_fields() {
    let entries = json(&run(&["list", "--format", "json"]));
    let entries = entries.as_array().expect("an array");
    for kind in ["http", "type", "rest", "sdk"] {
        assert!(entries.iter().any(|entry| entry["kind"] == kind), "{kind}");
    }
    let rest = entries
        .iter()
        .find(|entry| entry["name"] == "ExpiredAccessToken")
        .expect("the case");
    assert_eq!(
        (rest["status"].as_u64(), rest["error"].as_str()),
        (Some(401), Some("unauthorized"))
    );
    assert!(
        rest["template"].is_string() && rest["sources"].is_array() && rest["related"].is_array()
    );
    let sdk = json(&run(&["list", "--kind", "sdk", "--format", "json"]));
    let sdk_codes: usize = (im_errors::TABLES.iter())
        .filter(|table| table.kind == im_errors::Kind::SdkCode)
        .map(|table| table.entries.len())
        .sum();
    assert_eq!(sdk.as_array().map(Vec::len), Some(sdk_codes));
    let all: usize = im_errors::TABLES
        .iter()
        .map(|table| table.entries.len())
        .sum();
    assert_eq!(stdout(&run(&["list"])).lines().count(), all);
}

/// Fails unless the checked-in `doc` (a path from the repository's root) holds what the command
/// prints with `args`, where [`generated_part`] says; with `UPDATE_DOCS` set, writes it there
/// first.
fn assert_doc_is_generated(doc: &str, args: &[&str]) {
    let Some(path) = repository_file(doc) else {
        return;
    };
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
        "{doc} differs from `im-errors {}`: rewrite it with `UPDATE_DOCS=1 cargo test -p im-errors-cli --test cli`",
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

/// The JSON Schema `im-errors schema` prints, as a validator.
fn schema_validator() -> jsonschema::Validator {
    let schema = json(&run(&["schema"]));
    assert_eq!(
        schema["$schema"], "http://json-schema.org/draft-07/schema#",
        "taplo reads draft-04 to draft-07"
    );
    jsonschema::draft7::new(&schema).expect("the schema is a valid draft-07 schema")
}

/// What the schema finds wrong with `instance`, as `PATH: message` lines.
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    (validator.iter_errors(instance))
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

/// A codes file as an editor reads it for the schema.
fn codes_json(source: &str) -> Value {
    toml::from_str(source).expect("valid TOML")
}

/// The generator's catalogue with every key of every kind, which its tests read against the
/// key table.
fn every_key() -> Option<String> {
    let path = repository_file("im-errors-codegen/tests/fixture/every_key.toml")?;
    Some(std::fs::read_to_string(path).expect("every_key.toml is readable"))
}

#[test]
fn the_schema_is_a_valid_draft_07_schema() {
    schema_validator();
}

#[test]
fn the_catalogues_validate_against_the_schema_and_name_it() {
    let (Some(catalogue), Some(every_key)) = (repository_file("codes.toml"), every_key()) else {
        return;
    };
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

/// A declaration with `from` has only `kind` besides, of a kind a catalogue may import.
#[test]
fn the_schema_takes_imported_tables_as_check_does() {
    let validator = schema_validator();
    let declaration = |body: Value| serde_json::json!({ "tables": { "Advice": body } });
    let valid = |body: Value| schema_errors(&validator, &declaration(body)).is_empty();
    assert!(valid(
        serde_json::json!({ "kind": "advice", "from": "im_errors" })
    ));
    assert!(valid(
        serde_json::json!({ "kind": "http_status", "from": "im_errors" })
    ));
    assert!(!valid(
        serde_json::json!({ "kind": "advice", "from": "im_errors", "zh": "建议" })
    ));
    assert!(!valid(
        serde_json::json!({ "kind": "rest_case", "from": "im_errors" })
    ));
    assert!(!valid(serde_json::json!({ "kind": "advice" })));
}

/// Leaving a key out of `every_key.toml` is rejected exactly where the key table requires it
/// (or another key present needs it): taplo flags what `check` would.
#[test]
fn the_schema_requires_what_the_key_table_requires() {
    let Some(every_key) = every_key() else {
        return;
    };
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
            // `from` takes the place of the other keys: the test below covers it.
            for field in keys::of_kind(rows, kind).filter(|field| field.key != "from") {
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
    let Some(every_key) = every_key() else {
        return;
    };
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

#[test]
fn classify_an_expired_token_says_refresh_it() {
    let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
    let output = run_with_input(&["classify", "--status", "401", "--json"], Some(body));
    assert_eq!(output.status.code(), Some(0));
    let result = json(&output);
    assert_eq!(result["status"], 401);
    assert_eq!(result["case"]["variant"], "ExpiredAccessToken");
    assert_eq!(result["case"]["table"], "RestError");
    assert_eq!(result["advice"], "refresh_token");
    assert!(result["params"].is_object());
}

#[test]
fn classify_a_gateway_page_from_a_file() {
    let dir = std::env::temp_dir().join(format!("im-errors-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("502.html");
    std::fs::write(&page, "<html><body><h1>502 Bad Gateway</h1></body></html>").unwrap();
    let output = run(&[
        "classify",
        "--status",
        "502",
        "--json",
        page.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let result = json(&output);
    assert_eq!(
        (result["case"].clone(), result["error"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(result["advice"], "retry_with_backoff");
    assert_eq!(result["body"], "not_json");
    let human = stdout(&run(&[
        "classify",
        "--status",
        "403",
        page.to_str().unwrap(),
    ]));
    assert!(
        human.contains("status: 403 Forbidden") && human.contains("advice:"),
        "{human}"
    );
    assert_eq!(
        run(&["classify", "--status", "400", "/no/such/file"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn check_reports_every_problem_with_its_place() {
    if let Some(catalogue) = catalogue() {
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
    let dir = std::env::temp_dir().join(format!("im-errors-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.toml");
    std::fs::write(
        &broken,
        "[tables.Advice]\nkind = \"advice\"\nzh = \"建议\"\nen = \"advice\"\n\n[[Advice]]\nid = \"retry\"\nzh = \"重试\"\nen = \"retry.\"\ncolour = 1\n",
    )
    .unwrap();
    let output = run(&["check", broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("broken.toml:9:6: `en` should not end with a period"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.toml:10:1: unknown key `colour`"),
        "{stderr}"
    );
    assert_eq!(
        run(&["check", "/no/such/codes.toml"]).status.code(),
        Some(1)
    );
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A file of the repository around this crate, or `None` in a packaged copy of the crate (where
/// `cargo package` has kept the manifest as written in `Cargo.toml.orig`), which has none.
fn repository_file(name: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if root.join("Cargo.toml.orig").exists() {
        eprintln!("skipped: a packaged im-errors-cli has no repository around it");
        return None;
    }
    Some(root.join("..").join(name))
}

/// The repository's codes.toml, as an argument.
fn catalogue() -> Option<String> {
    let path = repository_file("codes.toml")?;
    Some(path.to_str().expect("a UTF-8 path").to_owned())
}

#[test]
fn audit_passes_a_page_the_catalogue_covers() {
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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
    let Some(catalogue) = catalogue() else {
        return;
    };
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

#[test]
fn negative_numbers_need_no_double_dash() {
    let output = run(&["explain", "-1", "--json"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(json(&output)[0]["constant"], "REQUEST_TIMEOUT");
    let unknown = run(&["explain", "-77"]);
    assert_eq!(unknown.status.code(), Some(1), "a number, not a flag");
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("nothing matches `-77`"));
}

#[test]
fn no_match_in_json_is_an_empty_array() {
    let output = run(&["explain", "nope", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json(&output), Value::Array(Vec::new()));
}

#[test]
fn kind_filters_the_markdown_sections() {
    let page = stdout(&run(&["list", "--kind", "sdk", "--format", "markdown"]));
    assert!(page.contains("## SdkCode (sdk_code)") && page.contains("## NativeSdkCode (sdk_code)"));
    assert!(
        !page.contains("(rest_case)") && !page.contains("(http_status)"),
        "{page}"
    );
}

#[test]
fn classify_reads_standard_input_as_dash_and_at_most_the_limit() {
    let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
    let result = json(&run_with_input(
        &["classify", "--status", "401", "--json", "-"],
        Some(body),
    ));
    assert_eq!(result["case"]["variant"], "ExpiredAccessToken");
    // An endless body is read up to the limit plus one byte, and called too large.
    let endless = run(&["classify", "--status", "400", "--json", "/dev/zero"]);
    assert_eq!(endless.status.code(), Some(0));
    assert_eq!(json(&endless)["body"], "too_large");
}

#[test]
fn a_response_below_400_is_no_documented_case() {
    let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
    let result = json(&run_with_input(
        &["classify", "--status", "200", "--json", "-"],
        Some(body),
    ));
    assert_eq!(result["case"], Value::Null);
}

#[test]
fn write_errors_exit_non_zero_and_a_closed_stderr_is_no_panic() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let status = Command::new(env!("CARGO_BIN_EXE_im-errors"))
        .args(["list", "--format", "markdown"])
        .stdout(full)
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(1), "a full disk is an error");
    // A closed standard error: the child's stderr is a pipe whose reader is gone.
    let mut child = Command::new(env!("CARGO_BIN_EXE_im-errors"))
        .args(["explain", "no-such-code"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stderr.take());
    let status = child.wait().expect("ends");
    assert_eq!(
        status.code(),
        Some(1),
        "exit 1 for no match, not 101 for a panic"
    );
}

#[test]
fn check_refuses_a_file_over_the_limit() {
    let dir = std::env::temp_dir().join(format!("im-errors-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.toml");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(64 * 1024 * 1024).unwrap();
    let output = run(&["check", big.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("over the 32 MiB"));
    std::fs::remove_file(&big).unwrap();
    // A stream has no size to check first: it is refused past the limit, not parsed.
    let endless = run(&["check", "/dev/zero"]);
    assert_eq!(endless.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&endless.stderr).contains("over the 32 MiB"));
}

#[test]
fn every_command_says_what_it_does() {
    for command in ["explain", "list", "classify", "check", "audit", "schema"] {
        let help = stdout(&run(&[command, "--help"]));
        // clap opens with the command's description, or with `Usage:` when it has none.
        let first = help.lines().next().unwrap_or_default();
        assert!(
            first.len() > 20 && !first.starts_with("Usage"),
            "{command}: {help}"
        );
    }
}

#[test]
fn related_lists_each_entry_once() {
    let all = json(&run(&["list", "--format", "json"]));
    for item in all.as_array().expect("a list") {
        let related: Vec<&str> = (item["related"].as_array().expect("a list").iter())
            .filter_map(Value::as_str)
            .collect();
        let mut unique = related.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(related.len(), unique.len(), "{related:?}");
    }
}

/// Columns a terminal gives a line: two for each wide (CJK) character.
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| if matches!(c, '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}' | '\u{FFE0}'..='\u{FFE6}') { 2 } else { 1 })
        .sum()
}

#[test]
fn explain_reads_in_100_columns_with_each_code_space_under_its_heading() {
    let text = stdout(&run(&["explain", "401"]));
    for line in text.lines() {
        assert!(columns(line) <= 100, "{} columns: {line}", columns(line));
    }
    // The REST status and the native SDK's code of the same number, each under its table.
    let headings: Vec<&str> = text.lines().filter(|line| line.starts_with("# ")).collect();
    assert!(
        headings.len() >= 2 && headings.iter().any(|line| line.contains("NativeSdkCode")),
        "{headings:?}"
    );
    // Related cases one per line, with their wire text, and the advice where it differs.
    assert!(
        text.contains(
            "\n    RestError::ExpiredAccessToken  401 unauthorized \"Unable to authenticate"
        ),
        "{text}"
    );
    assert!(text.contains("→ fix_request"), "{text}");
}

/// Every entry of every table reads in 100 columns: long constants put the Rust path on a line
/// of its own, long texts and release lists wrap. A link is never cut, so a source's line may be
/// wider: it is one word, at the margin.
#[test]
fn every_entry_explains_in_100_columns() {
    for table in im_errors::TABLES {
        for entry in table.entries {
            let query = format!("{}::{}", table.name, entry.variant);
            let text = stdout(&run(&["explain", &query]));
            assert!(!text.is_empty(), "explain {query}");
            for line in text.lines() {
                let link = !line.contains(' ') && line.contains('/');
                assert!(link || columns(line) <= 100, "explain {query}: {line}");
            }
        }
    }
}

#[test]
fn text_is_printed_as_text() {
    for query in ["401", "400", "403", "RestError::json_parse_error", "1"] {
        let text = stdout(&run(&["explain", query]));
        assert!(
            !text.contains("\\'"),
            "a debug escape in explain {query}: {text}"
        );
    }
}

/// Tables imported from the crate's own catalogue (`from = "im_errors"`): `check` looks each key
/// up in the crate's tables, as the build will, so a file it accepts compiles.
#[test]
fn check_looks_up_keys_in_tables_imported_from_the_crate() {
    let dir = std::env::temp_dir().join(format!("im-errors-imports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let imports = "[tables.Advice]\nkind = \"advice\"\nfrom = \"im_errors\"\n\n[tables.HttpStatus]\nkind = \"http_status\"\nfrom = \"im_errors\"\n\n[tables.ErrorType]\nkind = \"error_type\"\nfrom = \"im_errors\"\n\n";
    let case = |status: u16, error: &str, advice: &str| {
        format!(
            "{imports}[tables.RoomError]\nkind = \"rest_case\"\nzh = \"房间\"\nen = \"room errors\"\n\n[[RoomError]]\nid = \"full\"\nstatus = {status}\nerror = \"{error}\"\ndescription = \"Room {{room}} is full.\"\nzh = \"满\"\nen = \"the room is full\"\ncause_zh = \"因。\"\ncause_en = \"Cause.\"\nremedy_zh = \"改。\"\nremedy_en = \"Remedy.\"\nadvice = \"{advice}\"\nsources = [\"https://example.com\"]\n"
        )
    };
    let check = |name: &str, text: &str| {
        let file = dir.join(name);
        std::fs::write(&file, text).unwrap();
        let output = run(&["check", file.to_str().unwrap()]);
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (code, stderr) = check("good.toml", &case(403, "forbidden_op", "fix_request"));
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr) = check("bad.toml", &case(499, "no_such_type", "retyr"));
    assert_eq!(code, Some(1));
    for expected in [
        "bad.toml:20:10: status `499` is not an entry of `im_errors::HttpStatus`",
        "bad.toml:21:9: error type `no_such_type` is not an entry of `im_errors::ErrorType`",
        "bad.toml:29:10: advice `retyr` is not an entry of `im_errors::Advice`",
        "bad.toml: 3 problem(s)",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    let misnamed = imports.replacen("[tables.Advice]", "[tables.Advise]", 1);
    let (code, stderr) = check("misnamed.toml", &misnamed);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("misnamed.toml:3:8: `im_errors` has no table `Advise` of kind `advice`"),
        "{stderr}"
    );
    // Elsewhere than the crate, the build alone can look.
    let (code, stderr) = check(
        "elsewhere.toml",
        &case(499, "x", "y").replace("im_errors", "crate::mine"),
    );
    assert_eq!(code, Some(0), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

//! The `im-errors` binary, run as a user runs it: every command, every exit status, the JSON
//! outputs parsed.
//!
//! The tests that compare the command with the repository around this crate (`codes.toml`, the
//! generated docs, the generator's `every_key.toml`) and the audits of the real catalogue are in
//! the test suite (`test_suite/tests/cli_repository.rs`): this package ships none of those files.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use support::{json, schema_errors, stdout};

fn run(args: &[&str]) -> Output {
    run_with_input(args, None)
}

fn run_with_input(args: &[&str], input: Option<&[u8]>) -> Output {
    support::run_binary(Path::new(env!("CARGO_BIN_EXE_im-errors")), args, input)
}

fn schema_validator() -> jsonschema::Validator {
    support::schema_validator(Path::new(env!("CARGO_BIN_EXE_im-errors")))
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

#[test]
fn the_schema_is_a_valid_draft_07_schema() {
    schema_validator();
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

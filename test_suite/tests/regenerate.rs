//! Editing codes.toml and running cargo regenerates the enums: these tests copy the crates into a
//! scratch workspace, edit the copy of codes.toml, and see the result: a new SDK code becomes a
//! variant, a broken file fails the build at the right line, and whole tables appended as data
//! reach every front door of the command (explain, list, classify and its serde form) with no
//! code change. They run cargo offline, with the dependencies this build already fetched, in the
//! target directory cargo gives integration tests.
//!
//! They need the repository (the published im-errors holds neither the generator's nor the
//! command's sources), which is why they are in the test suite, which is not published.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A number no entry of `SdkCode` has, whatever codes.toml holds (a maintainer following the
/// README's steps may well add 4242): one past the largest.
fn unused_code() -> i32 {
    let largest = im_errors::SdkCode::ALL.iter().map(|code| code.code()).max();
    largest.unwrap_or(0).saturating_add(1)
}

/// The probe example: prints what `SdkCode::from(unused_code())` is.
fn probe() -> String {
    format!(
        r#"fn main() {{ println!("{{:?}}", im_errors::SdkCode::from({})); }}"#,
        unused_code()
    )
}

/// An SDK code entry with that number, as a maintainer would add it.
fn added() -> String {
    format!(
        r#"
[[SdkCode]]
code = {}
constant = "TEST_ADDED_CODE"
zh = "测试用错误码"
en = "a code added by the regeneration test"
advice = "alert_operators"
sources = ["tests/regenerate.rs"]
"#,
        unused_code()
    )
}

/// A second SDK numbering and a second REST case table, as a maintainer would append them.
const TABLES: &str = r#"
[tables.ProbePushCode]
kind = "sdk_code"
zh = "探针推送错误码"
en = "codes of a probe push SDK"
code_space = "ProbePush"
platforms = ["Probe"]
fallback_advice = "alert_operators"
fallback_zh = "未知探针错误码"
fallback_en = "a probe code no entry has"

[[ProbePushCode]]
code = 90001
constant = "PROBE_PUSH_FAILED"
aliases = ["ProbePushErrorFailed"]
zh = "探针推送失败"
en = "the probe push failed"
advice = "retry"
sources = ["tests/regenerate.rs"]

[tables.ProbeRestError]
kind = "rest_case"
zh = "探针接口的错误"
en = "errors of the probe APIs"

[[ProbeRestError]]
id = "probe_widget_missing"
status = 400
error = "illegal_argument"
description = "probe widget {widget} is missing"
zh = "探针组件缺失"
en = "the probe widget is missing"
cause_zh = "请求引用了不存在的探针组件。"
cause_en = "The request names a probe widget that does not exist."
remedy_zh = "使用已存在的组件后重试。"
remedy_en = "Name an existing widget and send the request again."
advice = "fix_request"
related = ["ProbePushCode.PROBE_PUSH_FAILED"]
sources = ["tests/regenerate.rs"]
"#;

#[test]
fn tables_added_as_data_reach_every_front_door() {
    let workspace = scratch_workspace("tables", true);
    append(&workspace.join("codes.toml"), TABLES);
    let explain = run_cli(
        &workspace,
        &["explain", "ProbePushErrorFailed", "--json"],
        None,
    );
    assert!(
        explain.contains("\"code\": 90001") && explain.contains("ProbePushCode"),
        "{explain}"
    );
    let explain = run_cli(&workspace, &["explain", "90001"], None);
    assert!(
        explain.contains("ProbePushCode::ProbePushFailed"),
        "{explain}"
    );
    let list = run_cli(&workspace, &["list", "--format", "json"], None);
    assert!(
        list.contains("\"ProbeRestError\"") && list.contains("probe_widget_missing"),
        "{list}"
    );
    let body = br#"{"error":"illegal_argument","error_description":"probe widget w7 is missing"}"#;
    let classified = run_cli(
        &workspace,
        &["classify", "--status", "400", "--json", "-"],
        Some(body),
    );
    assert!(
        classified.contains("\"table\": \"ProbeRestError\"")
            && classified.contains("\"widget\": \"w7\""),
        "{classified}"
    );
}

/// A catalogue of a user's own, in a crate whose one dependency is im-errors: the crate docs'
/// minimal example, one table of SDK codes that takes its advice from the crate's.
const OWN_CATALOGUE: &str = include_str!("../../examples/minimal_codes.toml");

#[test]
fn a_crate_depending_on_im_errors_alone_expands_its_own_catalogue() {
    let library = scratch_workspace("alone", false);
    let main = r#"
mod game {
    im_errors::codes!("game.toml");
}

use im_errors::Code as _;

fn main() {
    let code = game::GameCode::from(7);
    println!("{code} {} {}", game::GameCode::TABLE.name, code.advice().is_retryable());
}
"#;
    let user = user_crate(
        &library,
        "user",
        &[("game.toml", OWN_CATALOGUE), ("main.rs", main)],
    );
    let output = cargo(&user, &["run", "--offline", "--quiet"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stdout.trim(),
        "the lobby is full (7 LOBBY_FULL) GameCode true"
    );
}

/// A crate of a user's own, depending on im-errors alone, with these files in `src/`. It is a
/// member of a workspace of its own, as crates in real repositories often are: rustc then runs
/// in the workspace's folder, not the crate's, and `codes!` must still find its file.
fn user_crate(library: &Path, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let workspace = library.join(name);
    let member = workspace.join("member");
    std::fs::create_dir_all(member.join("src")).unwrap();
    std::fs::write(
        workspace.join("Cargo.toml"),
        "[workspace]\nmembers = [\"member\"]\nresolver = \"3\"\n",
    )
    .unwrap();
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\nim-errors = {{ path = {:?} }}\n",
        library.display().to_string()
    );
    std::fs::write(member.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(library.join("Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    for (file, text) in files {
        std::fs::write(member.join("src").join(file), text).unwrap();
    }
    workspace
}

/// Markup in every text field of a catalogue (`tests/hostile/hostile.toml`: HTML, a script, a
/// `javascript:` link, both fences with code in them, an indented block) is documented as
/// text: `cargo doc` writes no live element of it, and `cargo test --doc` runs the tables'
/// examples and nothing else (the injected blocks would panic or fail if they ran).
#[test]
fn a_hostile_catalogue_documents_as_text_and_runs_only_its_examples() {
    let library = scratch_workspace("hostile", false);
    let hostile = include_str!("hostile/hostile.toml");
    let lib = "pub mod codes {\n    im_errors::codes!(\"hostile.toml\", doc_path = \"hostile::codes\");\n}\n";
    let user = user_crate(
        &library,
        "hostile",
        &[("hostile.toml", hostile), ("lib.rs", lib)],
    );
    let doc = cargo(&user, &["doc", "--offline", "--no-deps", "--quiet"])
        .output()
        .unwrap();
    assert!(
        doc.status.success(),
        "{}",
        String::from_utf8_lossy(&doc.stderr)
    );
    let pages = Path::new(env!("CARGO_TARGET_TMPDIR")).join("regenerate/doc/hostile/codes");
    let mut html = String::new();
    for page in std::fs::read_dir(&pages).unwrap() {
        html.push_str(&std::fs::read_to_string(page.unwrap().path()).unwrap_or_default());
    }
    assert!(html.contains("alert"), "the payload reached the pages");
    for live in [
        "<script>alert",
        "<img src",
        "href=\"javascript:",
        "<!-- c -->",
        "<h1>heading",
    ] {
        assert!(!html.contains(live), "{live} is live in the docs");
    }
    let tests = cargo(&user, &["test", "--offline", "--doc", "--quiet"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&tests.stdout);
    assert!(
        tests.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&tests.stderr)
    );
    let tables = hostile.matches("[tables.").count();
    assert!(
        stdout.contains(&format!("test result: ok. {tables} passed")),
        "{stdout}"
    );
}

#[test]
fn editing_codes_toml_regenerates_the_enums() {
    let workspace = scratch_workspace("edit", false);
    let before = run_probe(&workspace);
    let unknown = format!("Unknown(UnknownSdkCode({}))", unused_code());
    assert!(before.contains(&unknown), "{before}");

    append(&workspace.join("codes.toml"), &added());
    let after = run_probe(&workspace);
    assert_eq!(after.trim(), "TestAddedCode");

    let broken_line = std::fs::read_to_string(workspace.join("codes.toml"))
        .unwrap()
        .lines()
        .count()
        + 3;
    append(
        &workspace.join("codes.toml"),
        "\n[[SdkCode]]\ncode = \"oops\"\n",
    );
    let output = cargo(&workspace, &["build", "--offline", "--quiet"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&format!(
            "codes.toml:{broken_line}:8: `code` should be an integer, found string"
        )),
        "{stderr}"
    );
}

fn run_probe(workspace: &Path) -> String {
    let output = cargo(
        workspace,
        &["run", "--offline", "--quiet", "--example", "probe"],
    )
    .output()
    .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn run_cli(workspace: &Path, args: &[&str], input: Option<&[u8]>) -> String {
    let mut command = cargo(
        workspace,
        &["run", "--offline", "--quiet", "-p", "im-errors-cli", "--"],
    );
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.unwrap_or_default()).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn cargo(workspace: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    // The folder cargo gives integration tests, under whatever target directory the build uses.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("regenerate");
    command
        .args(args)
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target);
    command
}

/// The root package with its generator and macro crates, and the command when `with_cli`,
/// without dev-dependencies, which the tests do not need, and without this test suite.
fn scratch_workspace(name: &str, with_cli: bool) -> PathBuf {
    // This crate's folder, test_suite/, is in the repository's root.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the test suite is in the repository");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("regenerate-{name}"));
    let _ = std::fs::remove_dir_all(&scratch);
    let mut items = vec![
        "codes.toml",
        "build.rs",
        "README.md",
        "Cargo.lock",
        "src",
        "im-errors-codegen/src",
        "im-errors-macros/src",
    ];
    let mut manifests = vec![
        "im-errors-codegen/Cargo.toml",
        "im-errors-macros/Cargo.toml",
        "Cargo.toml",
    ];
    if with_cli {
        items.push("im-errors-cli/src");
        manifests.push("im-errors-cli/Cargo.toml");
    }
    for item in items {
        copy(&root.join(item), &scratch.join(item));
    }
    for manifest in manifests {
        let text = std::fs::read_to_string(root.join(manifest)).unwrap();
        let kept = text.split("\n[dev-dependencies]").next().unwrap_or(&text);
        let left_out: &[&str] = if with_cli {
            &["test_suite"]
        } else {
            &["test_suite", "im-errors-cli"]
        };
        std::fs::write(scratch.join(manifest), members_without(kept, left_out)).unwrap();
    }
    std::fs::create_dir_all(scratch.join("examples")).unwrap();
    std::fs::write(scratch.join("examples/probe.rs"), probe()).unwrap();
    scratch
}

/// `manifest` with the workspace members named in `left_out` left out of its `members` line.
fn members_without(manifest: &str, left_out: &[&str]) -> String {
    let mut out = String::new();
    for line in manifest.lines() {
        let members = line.strip_prefix("members = [");
        match members.and_then(|members| members.strip_suffix(']')) {
            Some(members) => {
                let kept: Vec<&str> = (members.split(','))
                    .map(str::trim)
                    .filter(|member| !left_out.contains(&member.trim_matches('"')))
                    .collect();
                out.push_str(&format!("members = [{}]", kept.join(", ")));
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, to).unwrap();
    }
}

fn append(file: &Path, text: &str) {
    let mut contents = std::fs::read_to_string(file).unwrap();
    contents.push_str(text);
    std::fs::write(file, contents).unwrap();
}

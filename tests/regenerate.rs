//! Editing codes.toml and running cargo regenerates the enums: this test copies the crates into
//! a scratch workspace, adds an SDK code to the copy of codes.toml, and sees the new variant;
//! then breaks the file and sees the build fail at the right line. It runs cargo offline, with
//! the dependencies this build already fetched.

use std::path::{Path, PathBuf};
use std::process::Command;

const PROBE: &str = r#"fn main() { println!("{:?}", im_errors::SdkCode::from(4242)); }"#;

const ADDED: &str = r#"
[[SdkCode]]
code = 4242
constant = "TEST_ADDED_CODE"
zh = "测试用错误码"
en = "a code added by the regeneration test"
advice = "alert_operators"
sources = ["tests/regenerate.rs"]
"#;

#[test]
fn editing_codes_toml_regenerates_the_enums() {
    let workspace = scratch_workspace();
    let before = run_probe(&workspace);
    assert!(before.contains("Unknown(UnknownSdkCode(4242))"), "{before}");

    append(&workspace.join("codes.toml"), ADDED);
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

fn cargo(workspace: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/regenerate-test");
    command
        .args(args)
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", target);
    command
}

/// The root package with its generator and macro crates, without the CLI, dev-dependencies and
/// benches, which the test does not need.
fn scratch_workspace() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = std::env::temp_dir().join(format!("im-errors-regenerate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    for item in [
        "codes.toml",
        "build.rs",
        "README.md",
        "Cargo.lock",
        "src",
        "im-errors-codegen/src",
        "im-errors-macros/src",
    ] {
        copy(&root.join(item), &scratch.join(item));
    }
    for manifest in [
        "im-errors-codegen/Cargo.toml",
        "im-errors-macros/Cargo.toml",
        "Cargo.toml",
    ] {
        let text = std::fs::read_to_string(root.join(manifest)).unwrap();
        let kept = text.split("\n[dev-dependencies]").next().unwrap_or(&text);
        let kept = kept.replace("\"im-errors-cli\"", "");
        std::fs::write(scratch.join(manifest), kept).unwrap();
    }
    std::fs::create_dir_all(scratch.join("examples")).unwrap();
    std::fs::write(scratch.join("examples/probe.rs"), PROBE).unwrap();
    scratch
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

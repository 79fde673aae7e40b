//! Running the `im-errors` binary as a user does, for this package's tests and for the test
//! suite's (`test_suite/tests/cli_repository.rs` includes this file): each names the binary it
//! runs.

#![allow(dead_code, reason = "each test file that includes it uses a part")]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// `binary` with `args`, `input` on its standard input, colours allowed.
pub fn run_binary(binary: &Path, args: &[&str], input: Option<&[u8]>) -> Output {
    let mut child = Command::new(binary)
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

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

/// The JSON Schema `binary schema` prints, as a validator.
pub fn schema_validator(binary: &Path) -> jsonschema::Validator {
    let schema = json(&run_binary(binary, &["schema"], None));
    assert_eq!(
        schema["$schema"], "http://json-schema.org/draft-07/schema#",
        "taplo reads draft-04 to draft-07"
    );
    jsonschema::draft7::new(&schema).expect("the schema is a valid draft-07 schema")
}

/// What the schema finds wrong with `instance`, as `PATH: message` lines.
pub fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    (validator.iter_errors(instance))
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

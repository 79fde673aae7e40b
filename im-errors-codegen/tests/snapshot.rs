//! The expansion of a small catalogue with a table of every kind (`tests/fixture/every_kind.toml`)
//! and of one importing tables from another (`tests/fixture/imports.toml`),
//! pretty-printed and checked in, so that every change to generated code shows in review. The real
//! catalogue's data is covered by the round-trip tests and `docs/CODES.md`, so a data edit does not
//! rewrite it. When it fails, look at the diff, then regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test -p im-errors-codegen --test snapshot`.

use std::path::Path;

#[test]
fn expansion_matches_the_checked_in_snapshot() {
    assert_snapshot("every_kind");
}

/// Tables imported from another catalogue: `use`s and the checked constants.
#[test]
fn expansion_of_imported_tables_matches_the_checked_in_snapshot() {
    assert_snapshot("imports");
}

fn assert_snapshot(fixture: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(root.join(format!("tests/fixture/{fixture}.toml")))
        .expect("the fixture is readable");
    let tokens = im_errors_codegen::generate(&source).expect("the fixture is valid");
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as a Rust file");
    let expanded = format!(
        "// Generated from tests/fixture/{fixture}.toml by im-errors-codegen; do not edit (see tests/snapshot.rs).\n\n{}",
        prettyplease::unparse(&file)
    );
    let snapshot = root.join(format!("tests/snapshots/{fixture}.expanded.rs.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshot.parent().expect("snapshot has a folder"))
            .expect("create folder");
        std::fs::write(&snapshot, &expanded).expect("write snapshot");
        return;
    }
    let checked_in = std::fs::read_to_string(&snapshot).unwrap_or_default();
    assert!(
        checked_in == expanded,
        "the expansion of {fixture}.toml changed: review it with `UPDATE_SNAPSHOTS=1 cargo test -p im-errors-codegen --test snapshot && git diff`"
    );
}

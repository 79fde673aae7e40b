//! The expansion of the real codes.toml, pretty-printed and checked in, so that every change to
//! generated code (from the data or from the generator) shows in review. When it fails, look at
//! the diff, then regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p im-errors-codegen --test snapshot`.

use std::path::Path;

#[test]
fn expansion_matches_the_checked_in_snapshot() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source =
        std::fs::read_to_string(root.join("../codes.toml")).expect("codes.toml is readable");
    let tokens = im_errors_codegen::generate(&source).expect("codes.toml is valid");
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as a Rust file");
    let expanded = format!(
        "// Generated from codes.toml by im-errors-codegen; do not edit (see tests/snapshot.rs).\n\n{}",
        prettyplease::unparse(&file)
    );
    let snapshot = root.join("tests/snapshots/codes.expanded.rs.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshot.parent().expect("snapshot has a folder"))
            .expect("create folder");
        std::fs::write(&snapshot, &expanded).expect("write snapshot");
        return;
    }
    let checked_in = std::fs::read_to_string(&snapshot).unwrap_or_default();
    assert!(
        checked_in == expanded,
        "the expansion changed: review it with `UPDATE_SNAPSHOTS=1 cargo test -p im-errors-codegen --test snapshot && git diff`"
    );
}

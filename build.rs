//! Validates codes.toml before the crate compiles, so that every problem in it shows up as
//! `codes.toml:LINE:COL: message` in one run, and makes cargo rebuild when it changes. The
//! `codes!` macro in src/ reads the same file with the same generator.

const CODES: &str = "codes.toml";

fn main() {
    println!("cargo::rerun-if-changed={CODES}");
    println!("cargo::rerun-if-changed=build.rs");
    match std::fs::read(CODES) {
        Ok(bytes) => {
            for problem in im_errors_codegen::check_file(CODES, &bytes) {
                println!("cargo::error={problem}");
            }
        }
        Err(error) => println!("cargo::error={CODES}: cannot read: {error}"),
    }
}

im_errors::codes!("broken_declaration_one_error.toml");

// The table's declaration is broken, yet code naming it sees a stub, not a cascade.
fn main() {
    let _: Option<SdkCode> = None;
}

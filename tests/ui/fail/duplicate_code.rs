im_errors_macros::codes!("duplicate_code.toml");

fn main() {}

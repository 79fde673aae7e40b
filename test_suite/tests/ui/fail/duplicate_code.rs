im_errors::codes!("duplicate_code.toml");

fn main() {}

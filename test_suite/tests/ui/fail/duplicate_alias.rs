im_errors::codes!("duplicate_alias.toml");

fn main() {}

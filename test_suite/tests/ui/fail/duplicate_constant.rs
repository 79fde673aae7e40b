im_errors::codes!("duplicate_constant.toml");

fn main() {}

im_errors::codes!("unknown_key.toml");

fn main() {}

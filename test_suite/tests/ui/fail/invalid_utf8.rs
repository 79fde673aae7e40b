im_errors::codes!("invalid_utf8.toml");

fn main() {}

im_errors::codes!("invalid_placeholder.toml");

fn main() {}

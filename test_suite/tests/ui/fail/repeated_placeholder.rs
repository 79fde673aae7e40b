im_errors::codes!("repeated_placeholder.toml");

fn main() {}

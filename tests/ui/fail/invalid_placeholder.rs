im_errors_macros::codes!("invalid_placeholder.toml");

fn main() {}

im_errors_macros::codes!("repeated_placeholder.toml");

fn main() {}

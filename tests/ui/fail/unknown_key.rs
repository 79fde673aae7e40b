im_errors_macros::codes!("unknown_key.toml");

fn main() {}

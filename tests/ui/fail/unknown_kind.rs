im_errors_macros::codes!("unknown_kind.toml");

fn main() {}

im_errors::codes!("unknown_kind.toml");

fn main() {}

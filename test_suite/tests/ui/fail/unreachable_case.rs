im_errors::codes!("unreachable_case.toml");

fn main() {}

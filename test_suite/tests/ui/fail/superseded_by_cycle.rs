im_errors::codes!("superseded_by_cycle.toml");

fn main() {}

im_errors_macros::codes!("dangling_superseded_by.toml");

fn main() {}

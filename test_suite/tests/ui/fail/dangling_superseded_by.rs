im_errors::codes!("dangling_superseded_by.toml");

fn main() {}

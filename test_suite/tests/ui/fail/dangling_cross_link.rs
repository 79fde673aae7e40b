im_errors::codes!("dangling_cross_link.toml");

fn main() {}

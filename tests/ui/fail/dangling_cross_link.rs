im_errors_macros::codes!("dangling_cross_link.toml");

fn main() {}

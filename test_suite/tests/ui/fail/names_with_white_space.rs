im_errors::codes!("names_with_white_space.toml");

fn main() {}

im_errors::codes!("empty_description.toml");

fn main() {}

im_errors::codes!("wrong_type.toml");

fn main() {}

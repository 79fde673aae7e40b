im_errors::codes!("../pass/second_code_space.toml", docs = "my_crate");

fn main() {}

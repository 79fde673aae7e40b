im_errors::codes!("../pass/second_code_space.toml", doc_path = "my-crate::codes");

fn main() {}

// A doc test is a crate of its own: `crate::` there is not this crate.
im_errors::codes!("../pass/second_code_space.toml", doc_path = "crate::codes");

fn main() {}

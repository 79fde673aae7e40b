im_errors_macros::codes!("wrong_type.toml");

fn main() {}

im_errors_macros::codes!("duplicate_constant.toml");

fn main() {}

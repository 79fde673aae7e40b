im_errors_macros::codes!("code_out_of_range.toml");

fn main() {}

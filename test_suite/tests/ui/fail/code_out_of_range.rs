im_errors::codes!("code_out_of_range.toml");

fn main() {}

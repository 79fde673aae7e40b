im_errors::codes!("integer_past_i64.toml");

fn main() {}

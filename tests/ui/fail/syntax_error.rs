im_errors_macros::codes!("syntax_error.toml");

fn main() {}

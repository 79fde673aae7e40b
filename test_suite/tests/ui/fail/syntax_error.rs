im_errors::codes!("syntax_error.toml");

fn main() {}

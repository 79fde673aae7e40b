im_errors_macros::codes!("unbalanced_placeholder.toml");

fn main() {}

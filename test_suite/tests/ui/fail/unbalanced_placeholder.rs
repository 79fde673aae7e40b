im_errors::codes!("unbalanced_placeholder.toml");

fn main() {}

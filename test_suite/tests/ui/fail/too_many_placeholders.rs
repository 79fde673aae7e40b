im_errors::codes!("too_many_placeholders.toml");

fn main() {}

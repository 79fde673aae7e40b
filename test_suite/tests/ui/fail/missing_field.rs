im_errors::codes!("missing_field.toml");

fn main() {}

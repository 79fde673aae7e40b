im_errors_macros::codes!("missing_field.toml");

fn main() {}

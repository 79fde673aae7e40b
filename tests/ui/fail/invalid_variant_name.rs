im_errors_macros::codes!("invalid_variant_name.toml");

fn main() {}

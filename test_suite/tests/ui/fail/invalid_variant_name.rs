im_errors::codes!("invalid_variant_name.toml");

fn main() {}

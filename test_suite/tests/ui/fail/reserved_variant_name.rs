im_errors::codes!("reserved_variant_name.toml");

fn main() {}

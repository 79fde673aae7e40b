im_errors_macros::codes!("reserved_variant_name.toml");

fn main() {}

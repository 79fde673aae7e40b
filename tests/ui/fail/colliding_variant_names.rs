im_errors_macros::codes!("colliding_variant_names.toml");

fn main() {}

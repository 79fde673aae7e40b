im_errors::codes!("colliding_variant_names.toml");

fn main() {}

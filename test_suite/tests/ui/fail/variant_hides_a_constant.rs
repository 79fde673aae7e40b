im_errors::codes!("variant_hides_a_constant.toml");

fn main() {}

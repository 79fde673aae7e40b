im_errors::codes!("table_named_like_a_generated_item.toml");

fn main() {}

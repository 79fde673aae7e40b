im_errors::codes!("second_singleton_table.toml");

fn main() {}

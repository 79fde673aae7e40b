im_errors_macros::codes!("second_singleton_table.toml");

fn main() {}

im_errors_macros::codes!("empty_table.toml");

fn main() {}

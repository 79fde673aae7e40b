im_errors::codes!("empty_table.toml");

fn main() {}

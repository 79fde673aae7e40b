im_errors::codes!("tables_equal_in_snake_case.toml");

fn main() {}

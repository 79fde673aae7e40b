im_errors_macros::codes!("undeclared_table.toml");

fn main() {}

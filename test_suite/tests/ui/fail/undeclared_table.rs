im_errors::codes!("undeclared_table.toml");

fn main() {}

im_errors::codes!("undeclared_status.toml");

fn main() {}

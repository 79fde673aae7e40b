im_errors::codes!("undeclared_error_type.toml");

fn main() {}

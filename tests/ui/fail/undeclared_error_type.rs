im_errors_macros::codes!("undeclared_error_type.toml");

fn main() {}

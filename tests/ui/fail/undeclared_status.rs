im_errors_macros::codes!("undeclared_status.toml");

fn main() {}

im_errors_macros::codes!("undeclared_advice.toml");

fn main() {}

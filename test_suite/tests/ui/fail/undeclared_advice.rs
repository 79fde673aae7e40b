im_errors::codes!("undeclared_advice.toml");

fn main() {}

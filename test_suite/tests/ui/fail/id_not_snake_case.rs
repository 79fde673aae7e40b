im_errors::codes!("id_not_snake_case.toml");

fn main() {}

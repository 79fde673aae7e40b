im_errors::codes!("description_without_literal_text.toml");

fn main() {}

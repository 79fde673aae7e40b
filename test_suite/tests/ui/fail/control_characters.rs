im_errors::codes!("control_characters.toml");

fn main() {}

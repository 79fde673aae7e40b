im_errors::codes!("message_style.toml");

fn main() {}

im_errors_macros::codes!("message_style.toml");

fn main() {}

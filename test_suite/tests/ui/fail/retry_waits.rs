im_errors::codes!("retry_waits.toml");

fn main() {}

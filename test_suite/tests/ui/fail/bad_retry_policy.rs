im_errors::codes!("bad_retry_policy.toml");

fn main() {}

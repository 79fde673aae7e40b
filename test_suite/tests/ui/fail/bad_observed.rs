im_errors::codes!("bad_observed.toml");

fn main() {}

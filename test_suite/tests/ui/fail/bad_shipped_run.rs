im_errors::codes!("bad_shipped_run.toml");

fn main() {}

im_errors::codes!("error_differs_only_in_case.toml");

fn main() {}

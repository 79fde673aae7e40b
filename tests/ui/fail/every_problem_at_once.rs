im_errors_macros::codes!("every_problem_at_once.toml");

fn main() {}

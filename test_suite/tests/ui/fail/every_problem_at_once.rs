im_errors::codes!("every_problem_at_once.toml");

fn main() {}

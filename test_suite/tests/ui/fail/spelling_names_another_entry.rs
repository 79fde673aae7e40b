im_errors::codes!("spelling_names_another_entry.toml");

fn main() {}

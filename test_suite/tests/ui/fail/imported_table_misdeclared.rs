// A table imported `from` another catalogue declares nothing else and lists no entries; a
// status table gives its catalogue's advice, so the advice must come from there too; links do
// not go into it; `from` is a module's path.
im_errors::codes!("imported_table_misdeclared.toml");

fn main() {}

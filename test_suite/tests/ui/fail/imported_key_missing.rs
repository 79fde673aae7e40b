// Keys the crate's own tables lack, each one error naming its line; the code using the
// generated enums compiles on.
im_errors::codes!("imported_key_missing.toml");

fn main() {
    let case = RoomError::RoomFull;
    let _: Advice = case.advice();
    let _: HttpStatus = case.status();
}

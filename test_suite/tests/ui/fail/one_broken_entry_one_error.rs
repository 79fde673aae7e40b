im_errors::codes!("../../../../im-errors-codegen/tests/fixture/one_broken_entry_one_error.toml");

// The catalogue is the generator's fixture, which its salvage tests read too.
// Two entries are broken; the rest of every table still expands, so code using them sees the
// two problems and nothing else.
fn main() {
    assert_eq!(SdkCode::from(1).name(), "GENERAL_ERROR");
    assert!(!SdkCode::from(2).is_known());
    assert_eq!(Advice::Retry.id(), "retry");
    let _ = HttpStatus::from(400).advice();
    let _: RestCase = RestError::BadName.into();
}

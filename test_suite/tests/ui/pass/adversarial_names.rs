im_errors::codes!("adversarial_names.toml");

use im_errors::Code as _;

fn main() {
    assert_eq!(A::from(2).related_sources(), &[Source::AllGood]);
    assert_eq!(Source::AllGood.related_as(), &[A::Itself]);
    assert_eq!(Param::ALL.len(), 2);
    assert_eq!(Option::from(401), Option::Err);
    assert_eq!(Option::from(401).reason(), ::core::option::Option::Some("Ok"));
    assert_eq!(String::from("self"), String::SelfType);
    assert_eq!(Advice::None.id(), "none");
    assert!(!Advice::None.is_retryable());
    assert_eq!(TABLES.len(), 20);
    assert_eq!(Case::Type.related_as(), &[A::AllGood]);
    assert_eq!(Code::parse("SELF"), ::core::option::Option::Some(Code::Itself));
    assert_eq!(RestCase::ALL.len(), 1);
}

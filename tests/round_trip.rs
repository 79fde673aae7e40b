//! Conversions are total: every number and every string maps to a value and back to itself.

use im_errors::{Advice, ErrorType, HttpStatus, RestError, SdkCode};
use proptest::prelude::*;

#[test]
fn every_u16_round_trips_through_http_status() {
    for code in 0..=u16::MAX {
        let status = HttpStatus::from(code);
        assert_eq!(u16::from(status), code);
        assert_eq!(status.is_known(), HttpStatus::ALL.contains(&status));
        assert_eq!(
            status.to_string().split(' ').next(),
            Some(code.to_string().as_str())
        );
    }
}

#[test]
fn known_numbers_are_never_wrapped() {
    for status in HttpStatus::ALL {
        assert!(status.is_known());
        assert_eq!(HttpStatus::from(status.code()), *status);
    }
    for code in SdkCode::ALL {
        assert!(code.is_known());
        assert_eq!(SdkCode::from(code.code()), *code);
    }
}

#[test]
fn i32_edges_round_trip_through_sdk_code() {
    for code in [i32::MIN, i32::MIN + 1, -5, -1, 0, 1, 1304, 1305, i32::MAX] {
        assert_eq!(i32::from(SdkCode::from(code)), code);
    }
}

#[test]
fn names_and_ids_parse_back() {
    for code in SdkCode::ALL {
        assert_eq!(code.name().parse::<SdkCode>(), Ok(*code));
    }
    for case in RestError::ALL {
        assert_eq!(case.id().parse::<RestError>(), Ok(*case));
    }
    for advice in Advice::ALL {
        assert_eq!(advice.id().parse::<Advice>(), Ok(*advice));
    }
    for error_type in ErrorType::ALL {
        let wire = error_type.as_str();
        assert_eq!(wire.parse::<ErrorType>(), Ok(error_type.clone()));
        assert_eq!(
            ErrorType::known_ignore_case(&wire.to_uppercase()),
            Some(error_type.clone())
        );
    }
    assert!("NOT_A_CONSTANT".parse::<SdkCode>().is_err());
}

#[test]
fn every_case_points_at_declared_codes() {
    for case in RestError::ALL {
        assert!(case.status().is_known(), "{case:?}");
        assert_eq!(
            case.error_type().map(|error| error.is_known()),
            case.error().map(|_| true)
        );
        assert_eq!(
            case.params().len(),
            case.template_parts()
                .iter()
                .filter(|part| matches!(part, im_errors::TemplatePart::Param(_)))
                .count()
        );
        assert!(RestError::candidates(case.status().code(), case.error()).contains(case));
        for sdk in case.sdk_codes() {
            assert!(
                sdk.rest_errors().contains(case),
                "links are symmetric: {case:?} {sdk:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn any_i32_round_trips_through_sdk_code(code in any::<i32>()) {
        let sdk = SdkCode::from(code);
        prop_assert_eq!(i32::from(sdk), code);
        prop_assert_eq!(sdk.is_known(), SdkCode::ALL.contains(&sdk));
    }

    #[test]
    fn any_string_round_trips_through_error_type(text in ".{0,40}") {
        let error_type = ErrorType::from(text.as_str());
        prop_assert_eq!(error_type.as_str(), text.as_str());
        prop_assert_eq!(error_type.is_known(), ErrorType::known(&text).is_some());
    }
}

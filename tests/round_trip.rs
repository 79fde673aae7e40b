//! Conversions are total: every number and every string maps to a value and back to itself.

use im_errors::{Advice, ErrorType, HttpStatus, Kind, RestCase, RestError, SdkCode};
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
fn numbers_parse_with_white_space_and_sign_but_not_after_a_letter() {
    for (text, code) in [
        ("204", 204),
        (" 204\n", 204),
        ("+204", 204),
        ("-1", -1),
        ("\u{3000}-77", -77),
        ("0", 0),
    ] {
        assert_eq!(text.parse::<SdkCode>(), Ok(SdkCode::from(code)), "{text:?}");
    }
    for text in ["", " ", "x204", "_1", "204x", "2 04", "1e3", "99999999999"] {
        assert!(text.parse::<SdkCode>().is_err(), "{text:?}");
    }
}

#[test]
fn every_case_points_at_declared_codes() {
    let cases = im_errors::TABLES
        .iter()
        .filter(|table| table.kind == Kind::RestCase);
    let mut count = 0;
    for table in cases {
        for entry in table.entries {
            let case = entry.case.expect("a case table's entries are cases");
            assert!(HttpStatus::from(case.status).is_known(), "{entry:?}");
            assert!(
                case.error
                    .is_none_or(|error| ErrorType::from(error).is_known()),
                "{entry:?}"
            );
            // Filed under the first letter of its anchor's prefix, or under `None` without one.
            let first = |anchor: &im_errors::Anchor| {
                anchor
                    .prefix()
                    .bytes()
                    .next()
                    .map(|b| b.to_ascii_lowercase())
            };
            let documented: Vec<_> = (0..=u8::MAX)
                .map(Some)
                .chain([None])
                .flat_map(|key| {
                    RestCase::candidates(case.status, case.error, key)
                        .iter()
                        .filter(move |(_, anchor)| first(anchor) == key)
                })
                .collect();
            assert!(
                documented
                    .iter()
                    .any(|(candidate, anchor)| candidate.entry() == entry
                        && anchor.admits(case.template)),
                "{} is in the candidate index",
                entry.key
            );
            count += 1;
        }
    }
    assert!(
        count > RestError::COUNT,
        "cases of every table, not only RestError: {count}"
    );
}

#[test]
fn links_are_symmetric_in_every_table() {
    for table in im_errors::TABLES {
        for entry in table.entries {
            for link in entry.related {
                let target = (im_errors::TABLES.iter())
                    .find(|other| other.name == link.table)
                    .and_then(|other| other.entry(link.variant))
                    .unwrap_or_else(|| panic!("{link} exists"));
                let back = im_errors::EntryRef {
                    table: table.name,
                    variant: entry.variant,
                };
                assert!(target.related.contains(&back), "{back} <-> {link}");
            }
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

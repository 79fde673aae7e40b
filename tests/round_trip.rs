//! Conversions are total: every number and every string maps to a value and back to itself.

use std::str::FromStr;

use im_errors::{Advice, Code, ErrorType, HttpStatus, Kind, RestCase, RestError, SdkCode};
use proptest::prelude::*;

/// What [`one_answer`] reads a table's values with besides `FromStr` and `Code::parse`: serde,
/// where the feature is on.
#[cfg(feature = "serde")]
trait Readable: for<'de> serde::Deserialize<'de> {}
#[cfg(feature = "serde")]
impl<T: for<'de> serde::Deserialize<'de>> Readable for T {}
#[cfg(not(feature = "serde"))]
trait Readable {}
#[cfg(not(feature = "serde"))]
impl<T> Readable for T {}

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

/// What `text` names, read the three ways a program may read it: `FromStr`, `Code::parse` and
/// (with the `serde` feature) deserializing it as a JSON string. They must agree.
fn one_answer<T>(text: &str) -> Option<T>
where
    T: Code + FromStr + Readable,
{
    let parsed = T::parse(text);
    let table = T::TABLE.name;
    assert_eq!(
        text.parse::<T>().ok(),
        parsed,
        "{table}: FromStr and Code::parse read {text:?} differently"
    );
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(text).expect("a string serializes");
        assert_eq!(
            serde_json::from_str::<T>(&json).ok(),
            parsed,
            "{table}: serde and Code::parse read {json} differently"
        );
    }
    parsed
}

/// Every spelling, variant name and number of every entry of `T` names that entry (but a
/// variant name of an `error` type, which is any string), the same way through each reader.
fn every_name_reads_one_way<T>() -> &'static str
where
    T: Code + FromStr + Readable,
{
    let odd_texts = [
        "",
        " ",
        " 204 ",
        "+204",
        "-1",
        "99999999999",
        "1e3",
        "_1",
        "x204",
        "UNKNOWN",
        "USER_NOT_FOUND ",
        " USER_NOT_FOUND",
        "userNotFound",
        "UserNotFound ",
    ];
    for text in odd_texts {
        one_answer::<T>(text);
    }
    for (entry, code) in T::TABLE.entries.iter().zip(T::all()) {
        let names = [entry.key]
            .into_iter()
            .chain(entry.constants.iter().copied());
        for text in names {
            assert_eq!(one_answer::<T>(text).as_ref(), Some(code), "{text:?}");
        }
        let by_variant = one_answer::<T>(entry.variant);
        if T::TABLE.kind != Kind::ErrorType {
            assert_eq!(by_variant.as_ref(), Some(code), "{}", entry.variant);
        }
        if let Some(number) = entry.number {
            assert_eq!(one_answer::<T>(&number.to_string()).as_ref(), Some(code));
            #[cfg(feature = "serde")]
            assert_eq!(
                serde_json::from_str::<T>(&number.to_string()).ok().as_ref(),
                Some(code)
            );
        }
    }
    T::TABLE.name
}

#[test]
fn from_str_code_parse_and_serde_agree_on_every_table() {
    use im_errors::{
        ChatRoomError, ChatRoomMemberError, ContactError, ConversationError, FavoriteError,
        GroupError, GroupMemberError, MessageError, NativeSdkCode, PresenceError, PushError,
        ReactionError, ThreadError, UserAttributeError, UserError, WebConnectionState,
    };
    let checked = [
        every_name_reads_one_way::<Advice>(),
        every_name_reads_one_way::<HttpStatus>(),
        every_name_reads_one_way::<ErrorType>(),
        every_name_reads_one_way::<RestError>(),
        every_name_reads_one_way::<MessageError>(),
        every_name_reads_one_way::<ConversationError>(),
        every_name_reads_one_way::<PushError>(),
        every_name_reads_one_way::<ChatRoomError>(),
        every_name_reads_one_way::<ChatRoomMemberError>(),
        every_name_reads_one_way::<GroupError>(),
        every_name_reads_one_way::<GroupMemberError>(),
        every_name_reads_one_way::<ThreadError>(),
        every_name_reads_one_way::<UserError>(),
        every_name_reads_one_way::<UserAttributeError>(),
        every_name_reads_one_way::<PresenceError>(),
        every_name_reads_one_way::<ReactionError>(),
        every_name_reads_one_way::<FavoriteError>(),
        every_name_reads_one_way::<ContactError>(),
        every_name_reads_one_way::<SdkCode>(),
        every_name_reads_one_way::<WebConnectionState>(),
        every_name_reads_one_way::<NativeSdkCode>(),
    ];
    let tables: Vec<&str> = im_errors::TABLES.iter().map(|table| table.name).collect();
    assert_eq!(
        checked.as_slice(),
        tables,
        "every table of TABLES, in its order"
    );
    // The variant name, the constant and the number name one code, whichever way it is read.
    for text in ["UserNotFound", "USER_NOT_FOUND", "204"] {
        assert_eq!(text.parse::<SdkCode>(), Ok(SdkCode::UserNotFound), "{text}");
        assert_eq!(SdkCode::parse(text), Some(SdkCode::UserNotFound), "{text}");
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

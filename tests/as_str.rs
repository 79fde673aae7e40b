//! `AsRef<str>` of the tables a string names (advice, `error` types, REST cases, and `RestCase`,
//! every case of a catalogue): for every entry it is the key (`Code::key`), the string that names
//! the entry back; numeric tables have none.

use std::collections::BTreeSet;

use im_errors::{
    Advice, ChatRoomError, ChatRoomMemberError, Code, ContactError, ConversationError, ErrorType,
    FavoriteError, GroupError, GroupMemberError, Kind, MessageError, PresenceError, PushError,
    ReactionError, RestError, TABLES, ThreadError, UserAttributeError, UserError,
};

mod game {
    im_errors::codes!("../examples/own_tables_codes.toml");
}

/// Checks every entry of `T`, and gives its table's name.
fn check<T: Code + AsRef<str>>() -> &'static str {
    assert!(!T::all().is_empty(), "{}", T::TABLE.name);
    for value in T::all() {
        let string = value.as_ref();
        assert_eq!(Some(string), value.key(), "{value:?}");
        assert_eq!(
            Some(string),
            value.entry().map(|entry| entry.key),
            "{value:?}"
        );
        assert_eq!(T::parse(string).as_ref(), Some(value), "{string}");
    }
    T::TABLE.name
}

/// The tables that have `AsRef<str>`: the kinds a string names.
fn named_by_a_string(kind: Kind) -> bool {
    match kind {
        Kind::Advice | Kind::ErrorType | Kind::RestCase => true,
        Kind::HttpStatus | Kind::SdkCode => false,
    }
}

#[test]
fn every_entry_of_the_crates_tables_is_its_key() {
    let checked: BTreeSet<&str> = [
        check::<Advice>(),
        check::<ErrorType>(),
        check::<RestError>(),
        check::<UserError>(),
        check::<MessageError>(),
        check::<ConversationError>(),
        check::<GroupError>(),
        check::<GroupMemberError>(),
        check::<ChatRoomError>(),
        check::<ChatRoomMemberError>(),
        check::<ContactError>(),
        check::<PushError>(),
        check::<PresenceError>(),
        check::<ReactionError>(),
        check::<ThreadError>(),
        check::<UserAttributeError>(),
        check::<FavoriteError>(),
    ]
    .into();
    // A table added to codes.toml is added here too.
    let expected: BTreeSet<&str> = (TABLES.iter())
        .filter(|table| named_by_a_string(table.kind))
        .map(|table| table.name)
        .collect();
    assert_eq!(checked, expected);
}

#[test]
fn every_entry_of_a_users_tables_is_its_key() {
    let checked: BTreeSet<&str> = [
        check::<game::Advice>(),
        check::<game::ErrorType>(),
        check::<game::RoomError>(),
    ]
    .into();
    let expected: BTreeSet<&str> = (game::TABLES.iter())
        .filter(|table| named_by_a_string(table.kind))
        .map(|table| table.name)
        .collect();
    assert_eq!(checked, expected);
}

#[test]
fn every_case_of_the_catalogue_is_its_id() {
    for case in im_errors::RestCase::ALL {
        assert_eq!(case.as_ref(), case.id(), "{case:?}");
        assert_eq!(case.as_ref(), case.entry().key, "{case:?}");
    }
    for case in game::RestCase::ALL {
        assert_eq!(case.as_ref(), case.id(), "{case:?}");
    }
}

#[test]
fn an_unknown_error_type_is_the_string_as_read() {
    for text in ["no_such_type", "UNAUTHORIZED", "", "类型"] {
        let error_type = ErrorType::from(text);
        assert!(!error_type.is_known(), "{text}");
        assert_eq!(error_type.as_ref(), text);
        assert_eq!(error_type.key(), Some(text));
    }
    let error_type = game::ErrorType::from("lobby_closed");
    assert_eq!(error_type.as_ref(), "lobby_closed");
}

#[test]
fn any_of_them_goes_where_a_string_is_taken() {
    fn joined(parts: &[&dyn AsRef<str>]) -> String {
        let parts: Vec<&str> = parts.iter().map(|part| part.as_ref()).collect();
        parts.join(" ")
    }
    let unknown = ErrorType::from("teapot");
    let text = joined(&[
        &Advice::RefreshToken,
        &ErrorType::Unauthorized,
        &unknown,
        &RestError::ExpiredAccessToken,
    ]);
    assert_eq!(
        text,
        format!(
            "{} {} teapot {}",
            Advice::RefreshToken.id(),
            ErrorType::Unauthorized.as_str(),
            RestError::ExpiredAccessToken.id()
        )
    );
}

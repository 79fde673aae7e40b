//! Variant and method names derived from the data.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// The variant name for a wire name: `auth_bad_access_token` -> `AuthBadAccessToken`,
/// `Request Entity Too Large` -> `RequestEntityTooLarge`, `USER_NOT_FOUND` -> `UserNotFound`.
pub fn variant_name(wire: &str) -> String {
    wire.to_upper_camel_case()
}

/// Whether `name` can be a generated type or variant name: ASCII UpperCamelCase, and not `Self`.
/// Non-ASCII identifiers are legal Rust but lint-warned and hard to type, so they are refused.
pub fn is_type_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && name != "Self"
}

/// Whether `name` is a snake_case identifier (advice ids, case ids, template placeholders).
pub fn is_snake_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whether `name` is an identifier as SDKs name their constants and code spaces: ASCII
/// letters, digits and `_`, not starting with a digit (`USER_NOT_FOUND`, `EMErrorGeneral`).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || first.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// The accessor that lists an entry's links into `table`: `SdkCode` -> `related_sdk_codes`,
/// `HttpStatus` -> `related_http_statuses`. The prefix keeps it clear of every other generated
/// method and of keywords, whatever the table is called (`A`, `Source`, `Param`).
pub fn related_method(table: &str) -> String {
    let snake = table.to_snake_case();
    if snake.ends_with('s') {
        format!("related_{snake}es")
    } else {
        format!("related_{snake}s")
    }
}

/// The name of the private-field wrapper that holds values no entry of `table` has.
/// A bidirectional control: it reorders how the text around it is shown, so `check` refuses it
/// in every text of a codes file.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// A character a reader does not see: a bidirectional control, or a zero-width space, joiner or
/// mark. The outputs (rustdoc, the terminal) show it as what it is rather than pass it on.
pub fn is_invisible(c: char) -> bool {
    is_bidi_control(c)
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2065}' | '\u{FEFF}')
}

pub fn unknown_type(table: &str) -> String {
    format!("Unknown{table}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_every_wire_style() {
        assert_eq!(variant_name("auth_bad_access_token"), "AuthBadAccessToken");
        assert_eq!(
            variant_name("Request Entity Too Large"),
            "RequestEntityTooLarge"
        );
        assert_eq!(
            variant_name("WEBIM_CONNCTION_OPEN_ERROR"),
            "WebimConnctionOpenError"
        );
        assert_eq!(variant_name("FORBIDDEN"), variant_name("forbidden"));
    }

    #[test]
    fn refuses_what_rust_would() {
        assert!(is_type_name("UserNotFound"));
        assert!(!is_type_name("1abc"));
        assert!(!is_type_name(""));
        assert!(!is_type_name("Self"));
        assert!(!is_type_name("用户"));
        assert!(is_identifier("EMErrorGeneral"));
        assert!(is_identifier("_1"));
        for bad in ["", "1A", "USER NOT FOUND", " X", "X ", "X-Y", "É"] {
            assert!(!is_identifier(bad), "{bad:?}");
        }
        assert!(is_snake_name("group_id"));
        assert!(!is_snake_name("GroupId"));
    }

    #[test]
    fn pluralises_method_names() {
        assert_eq!(related_method("SdkCode"), "related_sdk_codes");
        assert_eq!(related_method("HttpStatus"), "related_http_statuses");
        assert_eq!(related_method("RestError"), "related_rest_errors");
        assert_eq!(related_method("A"), "related_as");
    }
}

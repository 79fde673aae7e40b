//! Classification of REST responses: every documented case comes back from a body the server
//! would send, with its parameters; what servers and doc versions vary in is tolerated; bad
//! bodies get a typed answer.

use im_errors::{
    Advice, BodyKind, HttpStatus, RestCase, RestError, TemplatePart, UserError, classify,
};
use proptest::prelude::*;

fn sample(param: &str) -> String {
    match param {
        "username" => "alice42".into(),
        "group_id" => "40659491815425".into(),
        "usernames" => "bob, carol".into(),
        "line" | "column" | "code" => "23".into(),
        other => format!("sample-{other}"),
    }
}

fn render(case: RestCase) -> String {
    case.template_parts()
        .iter()
        .map(|part| match part {
            TemplatePart::Literal(text) => (*text).to_owned(),
            TemplatePart::Param(name) => sample(name),
        })
        .collect()
}

fn body(error: Option<&str>, description: &str) -> Vec<u8> {
    let mut object = serde_json::json!({
        "error_description": description,
        "exception": "com.easemob.UnknownException",
        "timestamp": 1_700_000_000_000_i64,
        "duration": 0,
    });
    if let Some(error) = error {
        object["error"] = error.into();
    }
    serde_json::to_vec(&object).unwrap()
}

#[test]
fn every_documented_case_round_trips_with_its_parameters() {
    let mut shared = 0;
    for &case in RestCase::ALL {
        let description = render(case);
        let body = body(case.error(), &description);
        let classified = classify(case.status().code(), &body);
        let found = classified
            .case
            .unwrap_or_else(|| panic!("{case:?} is found: {classified:?}"));
        if found != case {
            // Documents repeat a description under one status and type (an older case and its
            // successor, two modules' pages): the first documented one is found, and it must
            // match the same text.
            assert_eq!(
                found.status().code(),
                case.status().code(),
                "{case:?}: {found:?}"
            );
            assert!(
                im_errors::template_matches(found.template_parts(), &description),
                "{case:?}: {found:?}"
            );
            shared += 1;
            continue;
        }
        for param in case
            .entry()
            .case
            .map(|fields| fields.parts)
            .unwrap_or_default()
        {
            if let TemplatePart::Param(param) = param {
                assert_eq!(
                    classified.param(param),
                    Some(sample(param).as_str()),
                    "{case:?} {param}"
                );
            }
        }
        assert_eq!(classified.advice, case.advice(), "{case:?}");
        assert_eq!(classified.timestamp, Some(1_700_000_000_000));
        assert_eq!(classified.body, BodyKind::Json);
        assert_eq!(classified.drift(), None, "{case:?}");
    }
    assert!(
        shared * 20 < RestCase::ALL.len(),
        "{shared} of {} cases share their text",
        RestCase::ALL.len()
    );
}

#[test]
fn tolerates_what_servers_and_documents_vary_in() {
    let expired = RestError::ExpiredAccessToken;
    let variants = [
        (
            Some("unauthorized"),
            "Unable to authenticate due to expired access token.",
        ),
        (
            Some("UNAUTHORIZED"),
            "unable to authenticate  due to expired access token",
        ),
        (None, "Unable to authenticate due to expired access token"),
        (
            Some("unauthorized"),
            "  Unable to authenticate due to\nexpired access token  ",
        ),
    ];
    for (error, description) in variants {
        let body = body(error, description);
        let classified = classify(401, &body);
        assert_eq!(
            classified.case,
            Some(expired.into()),
            "{error:?} {description:?}"
        );
        assert_eq!(classified.advice, Advice::RefreshToken);
    }
    let typographic = "Entity \u{2018}user\u{2019} with property named \u{2018}username\u{2019} is not full text indexed. You cannot use the \u{2018}contains\u{2019} operand on this field";
    assert_eq!(
        classify(500, &body(Some("no_full_text_index"), typographic)).case,
        Some(RestError::NoFullTextIndex.into())
    );
    let escaped = br#"{"error":"json_parse","error_description":"Unexpected character (\u0027=\u0027 (code 61)): was expecting a colon to separate field name and value\n at [Source: java.io.BufferedInputStream@170e3f35; line: 1, column: 23]"}"#;
    let classified = classify(400, escaped);
    assert_eq!(classified.case, Some(RestError::JsonParseError.into()));
    assert_eq!(classified.param("column"), Some("23"));
    assert_eq!(classified.param("character"), Some("="));
}

#[test]
fn old_and_new_doc_versions_meet() {
    let old = br#"{"error":"duplicate_unique_property_exists","error_description":"Application 4d7e4ba0-dc4a-11e3-90d5-e1ffbaacdaf5Entity user requires that property named username be unique, value of dddd exists"}"#;
    let classified = classify(400, old);
    assert_eq!(classified.case, Some(RestError::UsernameTaken.into()));
    assert_eq!(classified.param("username"), Some("dddd"));
    let new = br#"{"error":"duplicate_unique_property_exists","error_description":"Application null Entity user requires that property named username be unique, value of username exists"}"#;
    assert_eq!(classify(400, new).param("application"), Some("null"));
    let moved = br#"{"error":"organization_application_not_found","error_description":"Could not find application for easemob-demo/aachatdemoui from URI: easemob-demo/aachatdemoui/users"}"#;
    let classified = classify(400, moved);
    assert_eq!(
        classified.case,
        Some(RestError::ApplicationNotFound400.into())
    );
    assert_eq!(
        (classified.param("org"), classified.param("app")),
        (Some("easemob-demo"), Some("aachatdemoui"))
    );
}

#[test]
fn the_most_specific_template_wins() {
    // Both `username {username} is not legal` and `username [{username}] is not legal` match a
    // bracketed name: the one with more literal text is found, and the name has no brackets.
    let bracketed = body(Some("illegal_argument"), "username [Bob!] is not legal");
    let classified = classify(400, &bracketed);
    assert_eq!(
        classified.case,
        Some(UserError::UserUsernameNotLegal.into())
    );
    assert_eq!(classified.param("username"), Some("Bob!"));
    let plain = body(Some("illegal_argument"), "username Bob! is not legal");
    let classified = classify(400, &plain);
    assert_eq!(classified.case, Some(RestError::UsernameNotLegal.into()));
    assert_eq!(classified.param("username"), Some("Bob!"));
}

#[test]
fn live_permission_refusals_are_not_stale_tokens() {
    // 401 replies recorded from the live service whose text speaks of a permission, not of a
    // token: a new token of the same kind would be refused again.
    let subject = "Subject does not have permission [applications:get:0c6def40-6b14-11e9-a989-2f26c9bbeefa:/users]";
    let refusals = [
        (subject, RestCase::from(RestError::SubjectLacksPermission)),
        (
            "No admin user access authorized",
            RestError::NoAdminUserAccess.into(),
        ),
        (
            "No organization access authorized",
            RestError::NoOrganizationAccess.into(),
        ),
    ];
    for (description, case) in refusals {
        let body = body(Some("unauthorized"), description);
        let classified = classify(401, &body);
        assert_eq!(classified.case, Some(case), "{description}");
        assert_ne!(classified.advice, Advice::RefreshToken, "{description}");
    }
    let body_of_subject = body(Some("unauthorized"), subject);
    assert_eq!(
        classify(401, &body_of_subject).param("permission"),
        Some("applications:get:0c6def40-6b14-11e9-a989-2f26c9bbeefa:/users")
    );
    // The group service's reply to a request with no token is about the token.
    let blank = body(Some("group_authorization"), "token is blank!");
    let classified = classify(401, &blank);
    assert_eq!(
        classified.case,
        Some(RestError::GroupServiceTokenBlank.into())
    );
    assert_eq!(classified.advice, Advice::RefreshToken);
}

#[test]
fn falls_back_to_the_type_then_the_status() {
    let limited = body(Some("reach_limit"), "slow down please");
    let unknown_description = classify(429, &limited);
    assert_eq!(unknown_description.case, None);
    assert_eq!(unknown_description.advice, Advice::SlowDown);
    let unknown = body(Some("brand_new_error"), "something");
    let unknown_type = classify(503, &unknown);
    assert_eq!(unknown_type.case, None);
    assert!(
        unknown_type
            .error_type
            .as_ref()
            .is_some_and(|error| !error.is_known())
    );
    assert_eq!(unknown_type.advice, Advice::RetryWithBackoff);
    assert!(unknown_type.is_retryable());
    assert_eq!(classify(418, b"").advice, Advice::FixRequest);
    assert_eq!(classify(599, b"").advice, Advice::RetryWithBackoff);
}

#[test]
fn bad_bodies_get_a_typed_answer() {
    let gateway = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let classified = classify(502, gateway);
    assert_eq!(
        (classified.body, classified.status),
        (BodyKind::NotJson, HttpStatus::BadGateway)
    );
    assert_eq!(classified.advice, Advice::RetryWithBackoff);
    assert_eq!(classify(500, b"").body, BodyKind::Empty);
    assert_eq!(
        classify(400, br#"{"error":"json_parse","error_desc"#).body,
        BodyKind::Malformed
    );
    assert_eq!(
        classify(400, br#"{"error":["x"],"error_description":{"a":1}}"#).error,
        None
    );
    assert_eq!(
        classify(400, &[b'{', 0xC3, 0x28, b'}']).body,
        BodyKind::NotUtf8
    );
    let deep = format!("{{\"x\":{}}}", "[".repeat(1_000_000));
    assert_eq!(classify(400, deep.as_bytes()).body, BodyKind::TooLarge);
    let deep = format!("{{\"x\":{}}}", "[".repeat(10_000));
    assert_eq!(classify(400, deep.as_bytes()).body, BodyKind::TooDeep);
    let huge = vec![b'a'; 10 * 1024 * 1024];
    let classified = classify(413, &huge);
    assert_eq!(
        (classified.body, classified.advice),
        (BodyKind::TooLarge, Advice::SplitPayload)
    );
}

#[test]
fn the_owned_error_keeps_everything() {
    let body = br#"{"error":"forbidden_op","error_description":"can not join this group, reason:user: alice already in group: 123.","exception":"x.Y","timestamp":5,"duration":7}"#;
    let error = im_errors::ImError::from_response(403, body);
    assert_eq!(error.case, Some(RestError::AlreadyInGroup.into()));
    assert_eq!(error.param("group_id"), Some("123"));
    assert_eq!(
        (error.exception.as_deref(), error.timestamp, error.duration),
        (Some("x.Y"), Some(5), Some(7))
    );
    // The case, then the server's own words, whose values the case does not show.
    assert_eq!(
        error.to_string(),
        format!(
            "{}: \"can not join this group, reason:user: alice already in group: 123.\"",
            RestError::AlreadyInGroup
        )
    );
    assert!(
        format!("{error:#}").contains("; case RestError::AlreadyInGroup; "),
        "{error:#}"
    );
    assert!(
        format!("{error:#}").contains("group_id = \"123\""),
        "{error:#}"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().contains("alice"));
    let opaque = im_errors::ImError::from_response(502, b"<html>");
    assert_eq!(
        opaque.to_string(),
        "HTTP 502 Bad Gateway with not a JSON object"
    );
}

/// Responses of every kind: each documented case, and each way a body can be unreadable.
fn every_kind_of_response() -> Vec<(u16, Vec<u8>)> {
    let mut responses: Vec<(u16, Vec<u8>)> = RestCase::ALL
        .iter()
        .map(|&case| (case.status().code(), body(case.error(), &render(case))))
        .collect();
    responses.extend([
        (502, b"<html>502</html>".to_vec()),
        (500, Vec::new()),
        (400, br#"{"error":"json_parse","error_desc"#.to_vec()),
        (400, vec![b'{', 0xC3, 0x28, b'}']),
        (413, vec![b' '; 100 * 1024]),
        (400, format!("{{\"x\":{}}}", "[".repeat(100)).into_bytes()),
        (
            418,
            br#"{"error":"brand_new","error_description":"a new case"}"#.to_vec(),
        ),
    ]);
    responses
}

#[test]
fn every_error_reads_as_one_clause() {
    for (status, body) in every_kind_of_response() {
        let message = im_errors::ImError::from_response(status, &body).to_string();
        assert!(
            !message.is_empty() && !message.ends_with('.'),
            "{message:?}"
        );
        assert!(!message.contains('\n'), "{message:?}");
    }
}

#[cfg(feature = "serde")]
#[test]
fn the_owned_error_survives_serde() {
    for (status, body) in every_kind_of_response() {
        let error = im_errors::ImError::from_response(status, &body);
        let json = serde_json::to_string(&error).unwrap();
        let back: im_errors::ImError = serde_json::from_str(&json).unwrap();
        assert_eq!(back, error, "{json}");
    }
    let minimal: im_errors::ImError =
        serde_json::from_str(r#"{"status":429,"case":"ignored"}"#).unwrap();
    assert_eq!(minimal.advice, Advice::SlowDown);
    assert!(serde_json::from_str::<im_errors::ImError>(r#"{"error":"x"}"#).is_err());
    assert!(serde_json::from_str::<im_errors::ImError>(r#"{"status":400,"body":"odd"}"#).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn arbitrary_bytes_never_panic(status in any::<u16>(), body in proptest::collection::vec(any::<u8>(), 0..600)) {
        let classified = classify(status, &body);
        prop_assert_eq!(classified.status.code(), status);
        let _ = classified.into_owned().to_string();
    }

    #[test]
    fn json_like_bodies_never_panic(status in 400u16..600, body in r#"\{("(error|error_description|exception|timestamp|x)":("[^"\\]{0,30}"|-?[0-9]{1,20}|\[|\{|null|"\\u00[0-9a-f]{2}"),?){0,6}\}?"#) {
        let _ = classify(status, body.as_bytes()).into_owned();
    }

    #[test]
    fn agrees_with_serde_json_on_valid_objects(
        error in proptest::option::of("[a-z_ ]{0,20}"),
        description in proptest::option::of("\\PC{0,60}"),
        timestamp in proptest::option::of(any::<i64>()),
        noise in "[a-z]{1,8}",
    ) {
        let mut object = serde_json::json!({ noise: [1, {"a": [null, true]}], "exception": "e" });
        if let Some(error) = &error { object["error"] = error.as_str().into(); }
        if let Some(description) = &description { object["error_description"] = description.as_str().into(); }
        if let Some(timestamp) = timestamp { object["timestamp"] = timestamp.into(); }
        let text = serde_json::to_vec(&object).unwrap();
        let classified = classify(400, &text);
        prop_assert_eq!(classified.body, BodyKind::Json);
        prop_assert_eq!(classified.error.as_deref(), error.as_deref());
        prop_assert_eq!(classified.description.as_deref(), description.as_deref());
        prop_assert_eq!(classified.timestamp, timestamp);
        prop_assert_eq!(classified.exception.as_deref(), Some("e"));
    }
}

#[test]
fn debug_reads_as_the_fields() {
    let body =
        br#"{"error":"forbidden_op","error_description":"user: alice doesn't exist in group: 42"}"#;
    let debug = format!("{:?}", classify(403, body));
    assert!(
        debug.contains(r#"params: {"username": "alice", "group_id": "42"}"#),
        "{debug}"
    );
    assert!(!debug.contains("ranges"), "{debug}");
}

proptest! {
    /// Whatever a server puts in its strings, the error displays on one line.
    #[test]
    fn display_is_one_line(error in "[a-z\\n\\r\\t\\u{0}-\\u{1f}\\u{7f}]{0,12}", description in "(.|\\n|\\r|\\t|\\u{0}|\\u{1b}){0,40}", status in 0u16..1000) {
        let body = serde_json::json!({ "error": error, "error_description": description });
        let body = serde_json::to_vec(&body).unwrap();
        let shown = classify(status, &body).to_string();
        prop_assert!(!shown.chars().any(char::is_control), "{shown:?}");
    }

    /// A documented description under a status below 400 is no documented case.
    #[test]
    fn no_case_below_400(status in 0u16..400) {
        let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
        prop_assert_eq!(classify(status, body).case, None);
    }
}

/// A classified response's case, matched the way an integrator writes it: through the case
/// table's own enum.
#[test]
fn a_case_converts_back_to_its_table() {
    use im_errors::{RestCase, RestError, UserError};

    let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
    let case = im_errors::classify(401, body).case;
    let action = match case.map(RestError::try_from) {
        Some(Ok(RestError::ExpiredAccessToken)) => "refresh the token",
        Some(Ok(_)) => "another REST case",
        Some(Err(_)) | None => "not a RestError case",
    };
    assert_eq!(action, "refresh the token");
    let other: RestCase = UserError::ALL[0].into();
    assert_eq!(RestError::try_from(other), Err(other));
    assert_eq!(UserError::try_from(other), Ok(UserError::ALL[0]));
    assert!(im_errors::HttpStatus::from(204).is_success());
    assert!(!im_errors::HttpStatus::from(401).is_success());
}

/// A body with a type and no description: a type documented with one case only is that case,
/// and the drift says the description is missing; a type with several stays without a case.
#[test]
fn a_type_with_one_case_names_it_without_a_description() {
    let error = im_errors::classify(403, br#"{"error":"unsupported_service_operation"}"#);
    let case = error.case.expect("the type's only case");
    assert_eq!(case.error(), Some("unsupported_service_operation"));
    let drift = error.drift().expect("a drift");
    assert!(drift.description_missing);
    assert!(error.to_string().contains("no description"), "{error}");
    let several = im_errors::classify(403, br#"{"error":"forbidden_op"}"#);
    assert_eq!(several.case, None);
}

//! A catalogue of one's own classifies too: `classify_with` and `Classification::from_response`
//! match a response against the `RestCase` this file's `codes!` generates, with its own tables
//! for the status, the `error` type and the advice.

mod chat {
    im_errors::codes!("own_catalogue_classifies.toml");
}

use std::time::Duration;

use chat::{Hint, Kind, MemberError, RestCase, RoomError, Status};
use im_errors::{BodyKind, Classification, RetryClass};

/// The owned error of the chat service, as a function returns it.
type ChatError = Classification<'static, RestCase>;

fn send(status: u16, body: &[u8]) -> Result<(), ChatError> {
    Err(ChatError::from_response(status, body))
}

fn main() {
    let body = br#"{"error":"ROOM_NOT_FOUND","error_description":"Room lobby does not exist."}"#;
    let error = im_errors::classify_with::<RestCase>(404, body);
    assert_eq!(error.case, Some(RestCase::RoomError(RoomError::RoomNotFound)));
    assert!(error.is(RoomError::RoomNotFound));
    assert_eq!(error.param("room"), Some("lobby"));
    assert_eq!(error.status, Status::NotFound);
    // The type is matched ignoring ASCII case, as the crate's own are.
    assert_eq!(error.error_type, Some(Kind::RoomNotFound));
    assert_eq!(error.advice, Hint::FixRequest);
    assert_eq!(error.body, BodyKind::Json);
    assert!(!error.is_retryable());
    assert_eq!(error.drift(), None);
    assert_eq!(
        error.to_string(),
        r#"the room does not exist (404 room_not_found): "Room lobby does not exist.""#
    );
    assert!(format!("{error:#}").contains("; case RoomError::RoomNotFound; room = \"lobby\"; "));

    // The crate's own catalogue knows nothing of it.
    assert_eq!(im_errors::classify(404, body).case, None);

    // A case documented without a type, of the second table, its values by name.
    let muted = br#"{"error_description":"user alice is muted in room lobby"}"#;
    let error = im_errors::classify_with::<RestCase>(403, muted);
    assert!(error.is(MemberError::MemberMuted));
    assert_eq!(
        error.params().collect::<Vec<_>>(),
        [("user", "alice"), ("room", "lobby")]
    );

    // Sent under another status than documented: matched, and the drift said.
    let error = im_errors::classify_with::<RestCase>(400, body);
    assert!(error.is(RoomError::RoomNotFound));
    let drift = error.drift().expect("a drift");
    assert!(drift.status_differs && !drift.error_differs);
    assert_eq!(drift.status, 404);

    // The owned form, through `?` and `Box<dyn Error>`, with the catalogue's retry policy.
    let busy = br#"{"error":"slow_down","error_description":"room lobby gets too many messages"}"#;
    let error = send(429, busy).unwrap_err();
    assert!(error.is(RoomError::RoomBusy));
    assert_eq!(error.param("room"), Some("lobby"));
    assert_eq!(error.advice, Hint::RetryLater);
    assert_eq!(error.retry_class(), RetryClass::Throttling);
    assert_eq!(error.suggested_backoff(0), Some(Duration::from_millis(250)));
    assert_eq!(error.suggested_backoff(9), Some(Duration::from_secs(1)));
    let error = error.with_retry_after(Duration::from_secs(3));
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
    assert_eq!(error.suggested_backoff(0), Some(Duration::from_secs(3)));
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error.clone());
    assert_eq!(boxed.to_string(), error.to_string());

    // No case: the type's advice, else the status's, else the table's fallback.
    let unknown = br#"{"error":"slow_down","error_description":"something else"}"#;
    let error = im_errors::classify_with::<RestCase>(403, unknown);
    assert_eq!((error.case, error.advice), (None, Hint::RetryLater));
    let error = ChatError::from_response(403, b"");
    assert_eq!((error.status, error.advice), (Status::Forbidden, Hint::FixRequest));
    let error = ChatError::from_response(599, b"<html>");
    assert_eq!(error.advice, Hint::CallSupport);
    assert_eq!(error.body, BodyKind::NotJson);
    let strange = br#"{"error":"strange","error_description":"room lobby does not exist"}"#;
    let error = im_errors::classify_with::<RestCase>(404, strange);
    // An unknown type is kept, and the description still matched on the status.
    assert_eq!(error.error_type.as_ref().map(Kind::as_str), Some("strange"));
    assert!(error.is(RoomError::RoomNotFound));
}

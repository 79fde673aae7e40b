//! The optional integrations: `http` conversions, `serde` forms, and `reqwest` against a real
//! HTTP server on 127.0.0.1 answering as the REST API does.

#[cfg(feature = "http")]
#[test]
fn http_status_codes_convert_both_ways() {
    use im_errors::{HttpStatus, RestError};
    assert_eq!(
        HttpStatus::from(http::StatusCode::TOO_MANY_REQUESTS),
        HttpStatus::TooManyRequests
    );
    assert_eq!(
        http::StatusCode::try_from(HttpStatus::BadGateway).ok(),
        Some(http::StatusCode::BAD_GATEWAY)
    );
    assert!(http::StatusCode::try_from(HttpStatus::from(42)).is_err());
    let response = http::Response::builder()
        .status(404)
        .body(br#"{"error":"service_resource_not_found","error_description":"Service resource not found"}"#.to_vec())
        .unwrap();
    assert_eq!(
        im_errors::classify_http(&response).case,
        Some(RestError::ResourceNotFound.into())
    );
    assert_eq!(
        im_errors::ImError::from_http_response(&response).case(),
        Some(RestError::ResourceNotFound.into())
    );
}

#[cfg(feature = "serde")]
#[test]
fn codes_serialize_as_their_wire_forms() {
    use im_errors::{Advice, ErrorType, HttpStatus, ImError, RestError, SdkCode};
    assert_eq!(
        serde_json::to_string(&SdkCode::UserNotFound).unwrap(),
        "204"
    );
    assert_eq!(
        serde_json::from_str::<SdkCode>("-77").unwrap(),
        SdkCode::from(-77)
    );
    assert_eq!(
        serde_json::from_str::<HttpStatus>("429").unwrap(),
        HttpStatus::TooManyRequests
    );
    assert_eq!(
        serde_json::to_string(&ErrorType::from("reach_limit")).unwrap(),
        "\"reach_limit\""
    );
    assert_eq!(
        serde_json::from_str::<RestError>("\"expired_access_token\"").unwrap(),
        RestError::ExpiredAccessToken
    );
    assert!(serde_json::from_str::<Advice>("\"pray\"").is_err());
    let body = br#"{"error":"forbidden_op","error_description":"user: alice doesn't exist in group: 42","timestamp":9}"#;
    let value = serde_json::to_value(ImError::from_response(403, body)).unwrap();
    assert_eq!(value["status"], 403);
    assert_eq!(value["case"]["id"], "new_owner_not_member");
    assert_eq!(value["case"]["table"], "RestError");
    assert_eq!(value["case"]["variant"], "NewOwnerNotMember");
    assert_eq!(value["params"]["group_id"], "42");
    assert_eq!(value["advice"], "fix_request");
    assert_eq!(value["timestamp"], 9);
}

#[cfg(feature = "reqwest")]
mod server {
    use tiny_http::{Header, Response, Server};

    /// An HTTP server (tiny_http) on 127.0.0.1 answering `requests` requests by path, then
    /// stopping: `/expired` 401, `/missing` 404, `/limited` 429, `/gateway` 502 (HTML), `/huge`
    /// 413 (a body twice the size the classifier reads).
    pub fn start(requests: usize) -> String {
        let server = Server::http("127.0.0.1:0").expect("bind loopback");
        let address = server.server_addr().to_ip().expect("an IP listener");
        std::thread::spawn(move || {
            for request in server.incoming_requests().take(requests) {
                let (status, kind, body) = answer(request.url());
                let content_type =
                    Header::from_bytes("Content-Type", kind).expect("a valid header");
                let response = Response::from_data(body)
                    .with_status_code(status)
                    .with_header(content_type);
                let _ = request.respond(response);
            }
        });
        format!("http://{address}")
    }

    fn answer(path: &str) -> (u16, &'static str, String) {
        let (status, kind, body) = match path {
            // A proxy that echoes an oversized upload back: more than the classifier reads.
            "/huge" => {
                let padding = "x".repeat(2 * im_errors::MAX_BODY);
                let body =
                    format!(r#"{{"error":"request_entity_too_large","padding":"{padding}"}}"#);
                return (413, "application/json", body);
            }
            "/expired" => (
                401,
                "application/json",
                r#"{"error":"unauthorized","exception":"EasemobSecurityException","timestamp":1700000000000,"duration":0,"error_description":"Unable to authenticate due to expired access token"}"#,
            ),
            "/missing" => (
                404,
                "application/json",
                r#"{"error":"service_resource_not_found","timestamp":1700000000000,"duration":0,"exception":"UserNotFoundException","error_description":"Service resource not found."}"#,
            ),
            "/limited" => (
                429,
                "application/json",
                r#"{"error":"reach_limit","error_description":"This request has reached api limit"}"#,
            ),
            _ => (
                502,
                "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>",
            ),
        };
        (status, kind, body.to_owned())
    }

    pub const EXPECTED: [(&str, Option<im_errors::RestCase>, im_errors::Advice); 5] = [
        (
            "/expired",
            Some(im_errors::RestCase::RestError(
                im_errors::RestError::ExpiredAccessToken,
            )),
            im_errors::Advice::RefreshToken,
        ),
        (
            "/missing",
            Some(im_errors::RestCase::RestError(
                im_errors::RestError::ResourceNotFound,
            )),
            im_errors::Advice::FixRequest,
        ),
        (
            "/limited",
            Some(im_errors::RestCase::RestError(
                im_errors::RestError::ApiRateLimited,
            )),
            im_errors::Advice::SlowDown,
        ),
        ("/gateway", None, im_errors::Advice::RetryWithBackoff),
        ("/huge", None, im_errors::Advice::SplitPayload),
    ];

    /// What the body was read as: the 2 × MAX_BODY answer is cut off, not read whole.
    pub fn body_kind(path: &str) -> im_errors::BodyKind {
        match path {
            "/gateway" => im_errors::BodyKind::NotJson,
            "/huge" => im_errors::BodyKind::TooLarge,
            _ => im_errors::BodyKind::Json,
        }
    }
}

#[cfg(feature = "reqwest")]
#[tokio::test]
async fn reqwest_responses_from_a_local_server() {
    let base = server::start(server::EXPECTED.len());
    let client = reqwest::Client::new();
    for (path, case, advice) in server::EXPECTED {
        let response = client
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("local server answers");
        let error = im_errors::ImError::from_reqwest(response)
            .await
            .expect("body read");
        assert_eq!((error.case(), error.advice()), (case, advice), "{path}");
        assert_eq!(error.body(), server::body_kind(path), "{path}");
    }
}

#[cfg(feature = "reqwest-blocking")]
#[test]
fn blocking_reqwest_responses_from_a_local_server() {
    let base = server::start(server::EXPECTED.len());
    let client = reqwest::blocking::Client::new();
    for (path, case, advice) in server::EXPECTED {
        let response = client
            .get(format!("{base}{path}"))
            .send()
            .expect("local server answers");
        let error = im_errors::ImError::from_reqwest_blocking(response).expect("body read");
        assert_eq!((error.case(), error.advice()), (case, advice), "{path}");
        assert_eq!(error.body(), server::body_kind(path), "{path}");
        assert_eq!(
            error.timestamp().is_some(),
            matches!(path, "/expired" | "/missing"),
            "{path}"
        );
    }
}

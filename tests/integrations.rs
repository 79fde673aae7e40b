//! The optional integrations: `http` conversions, `serde` forms, `reqwest` and the
//! `reqwest-retry` strategy against a real HTTP server on 127.0.0.1 answering as the REST API
//! does, `Retry-After` headers included, and as a hostile one does: a body cut short, one that
//! trickles, one that stalls.

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
        im_errors::ImError::from_http_response(&response).case,
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
    assert!(value["retry_after_ms"].is_null());
}

#[cfg(feature = "http")]
#[test]
fn http_responses_carry_their_retry_after() {
    use im_errors::{HttpStatus, ImError, RetryClass};
    use std::time::{Duration, SystemTime};

    let unavailable = |retry_after: &str| {
        http::Response::builder()
            .status(503)
            .header("Retry-After", retry_after)
            .body(Vec::new())
            .unwrap()
    };
    let error = ImError::from_http_response(&unavailable("120"));
    assert_eq!(error.status, HttpStatus::ServiceUnavailable);
    assert_eq!(error.retry_class(), RetryClass::Server);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(error.suggested_backoff(0), Some(Duration::from_secs(120)));
    assert_eq!(
        im_errors::classify_http(&unavailable("120")).retry_after,
        Some(Duration::from_secs(120))
    );

    let in_a_minute = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(60));
    let wait = ImError::from_http_response(&unavailable(&in_a_minute))
        .retry_after()
        .expect("a date a minute ahead reads");
    assert!(
        (Duration::from_secs(55)..=Duration::from_secs(60)).contains(&wait),
        "{wait:?}"
    );
    let past = ImError::from_http_response(&unavailable("Wed, 21 Oct 2015 07:28:00 GMT"));
    assert_eq!(past.retry_after(), Some(Duration::ZERO));
    assert_eq!(past.suggested_backoff(0), Some(Duration::from_millis(500)));

    for ignored in [
        "soon",
        "-5",
        "99999999999999999999",
        "Wed, 21 Oct 2015 25:28:00 GMT",
    ] {
        assert_eq!(
            ImError::from_http_response(&unavailable(ignored)).retry_after(),
            None
        );
    }
    let odd_bytes = http::HeaderValue::from_bytes(b"\xff\xfe 12").unwrap();
    let mut response = unavailable("1");
    response.headers_mut().insert("Retry-After", odd_bytes);
    assert_eq!(ImError::from_http_response(&response).retry_after(), None);
}

#[cfg(feature = "serde")]
#[test]
fn retry_after_serializes_in_milliseconds() {
    use im_errors::ImError;
    use std::time::Duration;

    let error = ImError::from_response(429, b"").with_retry_after(Duration::from_millis(2_500));
    let value = serde_json::to_value(&error).unwrap();
    assert_eq!(value["retry_after_ms"], 2_500);
    let back: ImError = serde_json::from_value(value).unwrap();
    assert_eq!(back, error);
    assert_eq!(back.retry_after(), Some(Duration::from_millis(2_500)));
}

/// A stored `retry_after_ms` is hostile input too: what a header could not ask for, a stored
/// error cannot either.
#[cfg(feature = "serde")]
#[test]
fn a_stored_retry_after_is_bounded_as_a_header_is() {
    use im_errors::{ImError, MAX_RETRY_AFTER};
    use std::time::Duration;

    let read = |retry_after_ms: u64| {
        let value = serde_json::json!({ "status": 503, "retry_after_ms": retry_after_ms });
        serde_json::from_value::<ImError>(value).expect("an error reads back")
    };
    // 584 million years, and a millisecond past a day: ignored, as from a header.
    for absurd in [u64::MAX, 86_400_001] {
        let error = read(absurd);
        assert_eq!(error.retry_after(), None, "{absurd}");
        assert_eq!(
            error.suggested_backoff(0),
            Some(Duration::from_millis(500)),
            "{absurd}"
        );
    }
    let a_day = read(86_400_000);
    assert_eq!(a_day.retry_after(), Some(MAX_RETRY_AFTER));
    assert_eq!(a_day.suggested_backoff(0), Some(MAX_RETRY_AFTER));
    let set = ImError::from_response(503, b"").with_retry_after(Duration::MAX);
    assert_eq!(set.retry_after(), None);
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
        let error = im_errors::ImError::from_reqwest(response).await;
        assert_eq!((error.case, error.advice), (case, advice), "{path}");
        assert_eq!(error.body, server::body_kind(path), "{path}");
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
        let error = im_errors::ImError::from_reqwest_blocking(response);
        assert_eq!((error.case, error.advice), (case, advice), "{path}");
        assert_eq!(error.body, server::body_kind(path), "{path}");
        assert_eq!(
            error.timestamp.is_some(),
            matches!(path, "/expired" | "/missing"),
            "{path}"
        );
    }
}

/// A server on 127.0.0.1 that answers a script, one answer per request in order whatever the
/// path, then stops; it counts the requests it got.
#[cfg(feature = "reqwest")]
mod scripted {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use tiny_http::{Header, Response, Server};

    pub struct Answer {
        pub status: u16,
        pub retry_after: Option<String>,
        pub body: &'static str,
    }

    #[cfg(feature = "reqwest-retry")]
    pub const EXPIRED: &str = r#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
    #[cfg(any(feature = "reqwest-blocking", feature = "reqwest-retry"))]
    pub const LIMITED: &str =
        r#"{"error":"reach_limit","error_description":"This request has reached api limit"}"#;

    pub fn answer(status: u16, retry_after: Option<&str>, body: &'static str) -> Answer {
        Answer {
            status,
            retry_after: retry_after.map(str::to_owned),
            body,
        }
    }

    /// The base URL, and the count of requests answered so far.
    pub fn start(script: Vec<Answer>) -> (String, Arc<AtomicUsize>) {
        let server = Server::http("127.0.0.1:0").expect("bind loopback");
        let address = server.server_addr().to_ip().expect("an IP listener");
        let served = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&served);
        std::thread::spawn(move || {
            for (request, answer) in server.incoming_requests().zip(script) {
                count.fetch_add(1, Ordering::SeqCst);
                let mut response = Response::from_string(answer.body)
                    .with_status_code(answer.status)
                    .with_header(
                        Header::from_bytes("Content-Type", "application/json").expect("a header"),
                    );
                if let Some(value) = answer.retry_after {
                    response = response
                        .with_header(Header::from_bytes("Retry-After", value).expect("a header"));
                }
                let _ = request.respond(response);
            }
        });
        (format!("http://{address}"), served)
    }

    pub fn served(count: &AtomicUsize) -> usize {
        count.load(Ordering::SeqCst)
    }
}

#[cfg(feature = "reqwest")]
#[tokio::test]
async fn reqwest_reads_the_retry_after_of_a_503() {
    use im_errors::{Advice, ImError, RetryClass};
    use std::time::{Duration, SystemTime};

    let in_a_minute = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(60));
    let (base, served) = scripted::start(vec![
        scripted::answer(503, Some("7"), ""),
        scripted::answer(503, Some(&in_a_minute), ""),
        scripted::answer(503, Some("Wed, 21 Oct 2015 07:28:00 GMT"), ""),
        scripted::answer(503, Some("tomorrow-ish"), ""),
        scripted::answer(503, None, ""),
    ]);
    let client = reqwest::Client::new();
    let mut errors = Vec::new();
    for _ in 0..5 {
        let response = client
            .get(&base)
            .send()
            .await
            .expect("local server answers");
        errors.push(ImError::from_reqwest(response).await);
    }
    assert_eq!(scripted::served(&served), 5);
    for error in &errors {
        assert_eq!(error.advice, Advice::RetryWithBackoff);
        assert_eq!(error.retry_class(), RetryClass::Server);
    }
    assert_eq!(errors[0].retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(errors[0].suggested_backoff(0), Some(Duration::from_secs(7)));
    let wait = errors[1].retry_after().expect("an HTTP-date reads");
    assert!(
        (Duration::from_secs(55)..=Duration::from_secs(60)).contains(&wait),
        "{wait:?}"
    );
    assert_eq!(errors[2].retry_after(), Some(Duration::ZERO));
    assert_eq!(errors[3].retry_after(), None);
    assert_eq!(errors[4].retry_after(), None);
    assert_eq!(
        errors[4].suggested_backoff(0),
        Some(Duration::from_millis(500))
    );
}

#[cfg(feature = "reqwest-blocking")]
#[test]
fn blocking_reqwest_reads_the_retry_after_of_a_429() {
    use std::time::Duration;

    let (base, _) = scripted::start(vec![scripted::answer(429, Some("2"), scripted::LIMITED)]);
    let response = reqwest::blocking::Client::new()
        .get(&base)
        .send()
        .expect("local server answers");
    let error = im_errors::ImError::from_reqwest_blocking(response);
    assert!(error.is(im_errors::RestError::ApiRateLimited));
    assert_eq!(error.retry_class(), im_errors::RetryClass::Throttling);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(2)));
    assert_eq!(error.suggested_backoff(0), Some(Duration::from_secs(2)));
    assert_eq!(error.suggested_backoff(2), Some(Duration::from_secs(4)));
}

/// A server on 127.0.0.1 that answers one request with a 503 asking to be retried in 7
/// seconds, whose body does not come as its `Content-Length` promises. tiny_http hands the
/// connection over (`Request::into_writer`), and the handler writes the answer's bytes itself,
/// each flushed as it goes.
#[cfg(feature = "reqwest")]
mod hostile {
    use std::io::Write;
    use std::time::Duration;

    use im_errors::{Advice, BodyKind, HttpStatus, ImError};
    use tiny_http::Server;

    /// How the body fails to come.
    #[derive(Clone, Copy)]
    pub enum Body {
        /// Half of it, then the connection closes.
        Cut,
        /// A byte every 50 ms: 20 seconds for the whole.
        Trickle,
        /// Half of it, then nothing on a connection held open.
        Stall,
    }

    pub const RETRY_AFTER: Duration = Duration::from_secs(7);

    /// The deadline the tests give a body that does not come.
    pub const DEADLINE: Duration = Duration::from_millis(300);

    /// How long a read of such a body may take before the test calls it hung: far past
    /// [`DEADLINE`], and short of the 20 seconds the trickle takes.
    pub const BOUND: Duration = Duration::from_secs(10);

    /// The body the answer promises, padded with white space to 400 bytes; its `error` field
    /// comes before any break.
    fn body() -> String {
        let body = r#"{"error":"service_unavailable","error_description":"The service is busy"}"#;
        format!("{body:<400}")
    }

    /// The base URL; ask it with [`get`] or [`get_blocking`].
    pub fn start(kind: Body) -> String {
        let server = Server::http("127.0.0.1:0").expect("bind loopback");
        let address = server.server_addr().to_ip().expect("an IP listener");
        std::thread::spawn(move || {
            let Ok(request) = server.recv() else {
                return;
            };
            let mut connection = request.into_writer();
            let body = body();
            let head = format!(
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            let half = &body.as_bytes()[..body.len() / 2];
            let mut send = |bytes: &[u8]| {
                connection
                    .write_all(bytes)
                    .and_then(|()| connection.flush())
            };
            if send(head.as_bytes()).is_err() {
                return;
            }
            match kind {
                // Dropping the writer closes the connection, the request having asked to.
                Body::Cut => {
                    let _ = send(half);
                }
                // Until the whole is sent, or the client has gone.
                Body::Trickle => {
                    for byte in body.as_bytes() {
                        if send(&[*byte]).is_err() {
                            return;
                        }
                        std::thread::sleep(Duration::from_millis(50));
                    }
                }
                // Held longer than any read here waits for the rest.
                Body::Stall => {
                    let _ = send(half);
                    std::thread::sleep(4 * BOUND);
                }
            }
        });
        format!("http://{address}")
    }

    /// A GET of `base` that asks to close the connection after the answer: tiny_http then
    /// lets it close when the handler is done with it, instead of waiting on it for another
    /// request.
    pub async fn get(base: &str) -> reqwest::Response {
        reqwest::Client::new()
            .get(base)
            .header(reqwest::header::CONNECTION, "close")
            .send()
            .await
            .expect("local server answers")
    }

    /// [`get`], with a blocking client.
    #[cfg(feature = "reqwest-blocking")]
    pub fn get_blocking(
        base: &str,
        client: &reqwest::blocking::Client,
    ) -> reqwest::blocking::Response {
        client
            .get(base)
            .header(reqwest::header::CONNECTION, "close")
            .send()
            .expect("local server answers")
    }

    /// [`ImError::from_reqwest_with_deadline`] with [`DEADLINE`] on the answer of a new
    /// server; panics if it has not returned within [`BOUND`].
    pub async fn read_within_bound(kind: Body) -> ImError {
        let response = get(&start(kind)).await;
        let read = ImError::from_reqwest_with_deadline(response, DEADLINE);
        tokio::time::timeout(BOUND, read)
            .await
            .expect("the deadline ends the read")
    }

    /// [`read_within_bound`], with a blocking client.
    #[cfg(feature = "reqwest-blocking")]
    pub fn read_blocking_within_bound(kind: Body, client: reqwest::blocking::Client) -> ImError {
        let base = start(kind);
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let response = get_blocking(&base, &client);
            let error = ImError::from_reqwest_blocking_with_deadline(response, DEADLINE);
            let _ = sender.send(error);
        });
        receiver
            .recv_timeout(BOUND)
            .expect("the deadline ends the read")
    }

    /// What the 503 is when its body did not come whole: its status, advice and `Retry-After`,
    /// and nothing of the body, which is not read, so no field and no case.
    pub fn assert_kept(error: &ImError, body: BodyKind) {
        assert_eq!(error.status, HttpStatus::ServiceUnavailable);
        assert_eq!(error.retry_after(), Some(RETRY_AFTER));
        assert_eq!(error.body, body);
        assert_eq!((error.error.as_deref(), error.case), (None, None));
        assert_eq!(error.advice, Advice::RetryWithBackoff);
        assert_eq!(error.suggested_backoff(0), Some(RETRY_AFTER));
    }
}

#[cfg(feature = "reqwest")]
#[tokio::test]
async fn reqwest_keeps_the_status_of_a_body_cut_short() {
    let base = hostile::start(hostile::Body::Cut);
    let response = hostile::get(&base).await;
    let error = im_errors::ImError::from_reqwest(response).await;
    hostile::assert_kept(&error, im_errors::BodyKind::Cut);
    assert_eq!(
        error.to_string(),
        "HTTP 503 Service Unavailable with a body cut short"
    );
    #[cfg(feature = "serde")]
    {
        let value = serde_json::to_value(&error).unwrap();
        assert_eq!(value["body"], "cut");
        assert_eq!(
            serde_json::from_value::<im_errors::ImError>(value).unwrap(),
            error
        );
    }
}

#[cfg(feature = "reqwest-blocking")]
#[test]
fn blocking_reqwest_keeps_the_status_of_a_body_cut_short() {
    let base = hostile::start(hostile::Body::Cut);
    let response = hostile::get_blocking(&base, &reqwest::blocking::Client::new());
    let error = im_errors::ImError::from_reqwest_blocking(response);
    hostile::assert_kept(&error, im_errors::BodyKind::Cut);
}

#[cfg(feature = "reqwest")]
#[tokio::test]
async fn reqwest_ends_a_body_that_trickles_at_the_deadline() {
    let error = hostile::read_within_bound(hostile::Body::Trickle).await;
    hostile::assert_kept(&error, im_errors::BodyKind::TimedOut);
}

#[cfg(feature = "reqwest")]
#[tokio::test]
async fn reqwest_ends_a_stalled_body_at_the_deadline() {
    let error = hostile::read_within_bound(hostile::Body::Stall).await;
    hostile::assert_kept(&error, im_errors::BodyKind::TimedOut);
    assert_eq!(
        error.to_string(),
        "HTTP 503 Service Unavailable with a body that did not come in time"
    );
    #[cfg(feature = "serde")]
    assert_eq!(serde_json::to_value(error.body).unwrap(), "timed_out");
}

#[cfg(feature = "reqwest-blocking")]
#[test]
fn blocking_reqwest_ends_a_body_that_trickles_at_the_deadline() {
    let client = reqwest::blocking::Client::new();
    let error = hostile::read_blocking_within_bound(hostile::Body::Trickle, client);
    hostile::assert_kept(&error, im_errors::BodyKind::TimedOut);
}

/// A blocking read cannot be cut off: a stalled body ends at the client's own timeout, which
/// reqwest's blocking client applies to each read, and the status is kept all the same.
#[cfg(feature = "reqwest-blocking")]
#[test]
fn blocking_reqwest_ends_a_stalled_body_at_the_client_timeout() {
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(1))
        .build()
        .expect("a client");
    let error = hostile::read_blocking_within_bound(hostile::Body::Stall, client);
    hostile::assert_kept(&error, im_errors::BodyKind::TimedOut);
}

/// One GET of `base` through [`retrying_client`], with whatever retries it makes.
#[cfg(feature = "reqwest-retry")]
async fn get_with_retries(base: &str) -> reqwest::Response {
    retrying_client()
        .get(base)
        .send()
        .await
        .expect("the server answers")
}

/// A client that retries as [`im_errors::AdviceRetryStrategy`] says, waiting a few
/// milliseconds between tries.
#[cfg(feature = "reqwest-retry")]
fn retrying_client() -> reqwest_middleware::ClientWithMiddleware {
    use reqwest_retry::RetryTransientMiddleware;
    use reqwest_retry::policies::ExponentialBackoff;
    use std::time::Duration;

    let policy = ExponentialBackoff::builder()
        .retry_bounds(Duration::from_millis(1), Duration::from_millis(20))
        .build_with_max_retries(3);
    reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryTransientMiddleware::new_with_policy_and_strategy(
            policy,
            im_errors::AdviceRetryStrategy,
        ))
        .build()
}

#[cfg(feature = "reqwest-retry")]
#[tokio::test]
async fn advice_strategy_retries_a_429_and_returns_the_200() {
    use std::time::{Duration, Instant};

    let (base, served) = scripted::start(vec![
        scripted::answer(429, Some("2"), scripted::LIMITED),
        scripted::answer(200, None, "{}"),
    ]);
    let started = Instant::now();
    let response = get_with_retries(&base).await;
    assert_eq!(response.status(), 200);
    assert_eq!(scripted::served(&served), 2);
    // The policy's waits, not the header's: reqwest-retry does not read Retry-After.
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[cfg(feature = "reqwest-retry")]
#[tokio::test]
async fn advice_strategy_retries_what_the_advice_retries() {
    // 409 too, which reqwest-retry's default strategy would not retry: its advice is a retry.
    let (base, served) = scripted::start(vec![
        scripted::answer(503, Some("1"), ""),
        scripted::answer(409, None, ""),
        scripted::answer(502, None, ""),
        scripted::answer(200, None, "{}"),
    ]);
    let response = get_with_retries(&base).await;
    assert_eq!(response.status(), 200);
    assert_eq!(scripted::served(&served), 4);
}

#[cfg(feature = "reqwest-retry")]
#[tokio::test]
async fn advice_strategy_leaves_an_expired_token_to_the_caller() {
    use im_errors::{Advice, ImError, RestError};

    // Were the 401 retried, the 200 would come back.
    let (base, served) = scripted::start(vec![
        scripted::answer(401, None, scripted::EXPIRED),
        scripted::answer(200, None, "{}"),
    ]);
    let response = get_with_retries(&base).await;
    assert_eq!(response.status(), 401);
    assert_eq!(scripted::served(&served), 1);
    let error = ImError::from_reqwest(response).await;
    assert!(error.is(RestError::ExpiredAccessToken));
    assert_eq!(error.advice, Advice::RefreshToken);
    assert_eq!(error.suggested_backoff(0), None);
}

#[cfg(feature = "reqwest-retry")]
#[tokio::test]
async fn advice_strategy_does_not_retry_a_request_to_fix() {
    let (base, served) = scripted::start(vec![
        scripted::answer(400, None, r#"{"error":"illegal_argument"}"#),
        scripted::answer(200, None, "{}"),
    ]);
    let response = get_with_retries(&base).await;
    assert_eq!(response.status(), 400);
    assert_eq!(scripted::served(&served), 1);
}

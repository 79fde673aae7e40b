//! Optional integrations, each behind its feature: `http`, `serde`, `reqwest`,
//! `reqwest-blocking`, `reqwest-retry`.

#[cfg(feature = "http")]
mod http_types {
    use crate::{Catalogue, Classification, HttpStatus, classify_with};

    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    impl From<http::StatusCode> for HttpStatus {
        fn from(status: http::StatusCode) -> Self {
            HttpStatus::from(status.as_u16())
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    impl TryFrom<HttpStatus> for http::StatusCode {
        type Error = http::status::InvalidStatusCode;

        /// Fails for numbers outside 100..=999, which `HttpStatus` can hold and `http` cannot.
        fn try_from(status: HttpStatus) -> Result<Self, Self::Error> {
            http::StatusCode::from_u16(status.code())
        }
    }

    /// Classifies an `http::Response` without copying its body; see [`classify`](crate::classify).
    /// Its `Retry-After` header, if one reads, is [`Classification::retry_after`].
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    pub fn classify_http<B: AsRef<[u8]>>(response: &http::Response<B>) -> Classification<'_> {
        classify_http_with(response)
    }

    /// [`classify_http`] against catalogue `C`.
    fn classify_http_with<C: Catalogue, B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Classification<'_, C> {
        let mut classification =
            classify_with::<C>(response.status().as_u16(), response.body().as_ref());
        let retry_after = response.headers().get(http::header::RETRY_AFTER);
        classification.retry_after = crate::retry_after::header(retry_after.map(|v| v.as_bytes()));
        classification
    }

    impl<C: Catalogue> Classification<'static, C> {
        /// Classifies an `http::Response` into an owned error, its `Retry-After` header
        /// included; see [`classify_http`].
        #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
        pub fn from_http_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
            classify_http_with::<C, B>(response).into_owned()
        }
    }
}

#[cfg(feature = "http")]
pub use http_types::classify_http;

#[cfg(feature = "serde")]
pub(crate) mod serde_code {
    use std::borrow::Cow;
    use std::fmt;
    use std::time::Duration;

    use serde::de::{Error as _, IgnoredAny, MapAccess, Visitor};
    use serde::ser::SerializeStruct;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::body::{BodyKind, Fields};
    use crate::classify::ParamMap;
    use crate::classify::classify_fields;
    use crate::{Catalogue, Classification, Code, ImError, RestCase};

    /// Any table's value: numbered tables as their number, the others as their key (advice and
    /// case ids, `error` strings). Reads back a number or any name [`Code::parse`] takes.
    pub fn serialize_code<T: Code, S: Serializer>(
        code: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match (code.number(), code.key()) {
            (Some(number), _) => serializer.serialize_i64(number),
            (None, Some(key)) => serializer.serialize_str(key),
            (None, None) => Err(serde::ser::Error::custom(
                "a value with neither number nor key",
            )),
        }
    }

    /// Reads what [`serialize_code`] writes: a number or a name.
    pub fn deserialize_code<'de, T: Code, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        deserializer.deserialize_any(CodeVisitor(std::marker::PhantomData))
    }

    struct CodeVisitor<T>(std::marker::PhantomData<T>);

    impl<T: Code> Visitor<'_> for CodeVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a number or a name of {}", T::TABLE.name)
        }

        fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<T, E> {
            T::from_number(number)
                .ok_or_else(|| E::custom(format_args!("{} has no number {number}", T::TABLE.name)))
        }

        fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<T, E> {
            let number = i64::try_from(number).map_err(E::custom)?;
            self.visit_i64(number)
        }

        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<T, E> {
            T::parse(text)
                .ok_or_else(|| E::custom(format_args!("no {} is named `{text}`", T::TABLE.name)))
        }
    }

    /// A documented case as `{"table": "RestError", "variant": "...", "id": "..."}`: cases of
    /// several tables may share an id, so the table is named.
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for RestCase {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = serializer.serialize_struct("RestCase", 3)?;
            object.serialize_field("table", self.table().name)?;
            object.serialize_field("variant", self.entry().variant)?;
            object.serialize_field("id", self.id())?;
            object.end()
        }
    }

    impl<C: Catalogue> Serialize for ParamMap<'_, '_, C> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.0.params())
        }
    }

    /// Body kinds by snake_case id.
    const BODY_KINDS: [(BodyKind, &str); 9] = [
        (BodyKind::Json, "json"),
        (BodyKind::Empty, "empty"),
        (BodyKind::NotJson, "not_json"),
        (BodyKind::Malformed, "malformed"),
        (BodyKind::TooDeep, "too_deep"),
        (BodyKind::TooLarge, "too_large"),
        (BodyKind::NotUtf8, "not_utf8"),
        (BodyKind::Cut, "cut"),
        (BodyKind::TimedOut, "timed_out"),
    ];

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for BodyKind {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let (_, id) = BODY_KINDS
                .iter()
                .find(|(kind, _)| kind == self)
                .ok_or_else(|| serde::ser::Error::custom("body kind without an id"))?;
            serializer.serialize_str(id)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for BodyKind {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let id = String::deserialize(deserializer)?;
            BODY_KINDS
                .iter()
                .find(|(_, known)| *known == id)
                .map(|(kind, _)| *kind)
                .ok_or_else(|| D::Error::custom(format_args!("unknown body kind `{id}`")))
        }
    }

    const FIELDS: &[&str] = &[
        "status",
        "error",
        "description",
        "exception",
        "timestamp",
        "duration",
        "case",
        "params",
        "advice",
        "retryable",
        "drift",
        "body",
        "retry_after_ms",
    ];

    /// The fields a response carried, then what im-errors made of them: `case` (its table,
    /// variant and id), `params`, `advice`, `retryable`, and `drift` where the response's status
    /// or type differs from the documents of its case; these are written for readers and
    /// recomputed when an [`ImError`] is read back. Last `retry_after_ms`, the wait the
    /// `Retry-After` header asked for in whole milliseconds (`null` without one), which is
    /// read back as it is up to [`MAX_RETRY_AFTER`](crate::MAX_RETRY_AFTER).
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl Serialize for Classification<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = serializer.serialize_struct("ImError", FIELDS.len())?;
            object.serialize_field("status", &self.status.code())?;
            object.serialize_field("error", &self.error)?;
            object.serialize_field("description", &self.description)?;
            object.serialize_field("exception", &self.exception)?;
            object.serialize_field("timestamp", &self.timestamp)?;
            object.serialize_field("duration", &self.duration)?;
            object.serialize_field("case", &self.case)?;
            object.serialize_field("params", &ParamMap(self))?;
            object.serialize_field("advice", self.advice.id())?;
            object.serialize_field("retryable", &self.is_retryable())?;
            object.serialize_field("drift", &self.drift().map(|drift| drift.to_string()))?;
            object.serialize_field("body", &self.body)?;
            let retry_after_ms = self
                .retry_after
                .map(|wait| u64::try_from(wait.as_millis()).unwrap_or(u64::MAX));
            object.serialize_field("retry_after_ms", &retry_after_ms)?;
            object.end()
        }
    }

    /// Reads what [`Serialize`] wrote and classifies the response's fields again, so the case,
    /// its values and the advice always agree with this version's catalogue (a case a newer
    /// catalogue matched may be unknown here). `retry_after_ms` is kept as written, unless it
    /// is over [`MAX_RETRY_AFTER`](crate::MAX_RETRY_AFTER): a header asking for that much is
    /// ignored, and so is a stored value ([`ImError::with_retry_after`]).
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    impl<'de> Deserialize<'de> for ImError {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_struct("ImError", FIELDS, ImErrorVisitor)
        }
    }

    struct ImErrorVisitor;

    impl<'de> Visitor<'de> for ImErrorVisitor {
        type Value = ImError;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an im-errors error: an object with at least `status`")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ImError, A::Error> {
            let text = |text: Option<String>| text.map(Cow::Owned);
            let mut status = None;
            let mut body = BodyKind::Json;
            let mut fields = Fields::default();
            let mut retry_after_ms = None;
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "status" => status = Some(map.next_value::<u16>()?),
                    "error" => fields.error = text(map.next_value()?),
                    "description" => fields.description = text(map.next_value()?),
                    "exception" => fields.exception = text(map.next_value()?),
                    "timestamp" => fields.timestamp = map.next_value()?,
                    "duration" => fields.duration = map.next_value()?,
                    "body" => body = map.next_value()?,
                    "retry_after_ms" => retry_after_ms = map.next_value::<Option<u64>>()?,
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            let status = status.ok_or_else(|| A::Error::missing_field("status"))?;
            let error = classify_fields::<RestCase>(status, fields, body).into_owned();
            Ok(error.with_retry_after(retry_after_ms.map(Duration::from_millis)))
        }
    }
}

#[cfg(feature = "reqwest")]
mod reqwest_response {
    use std::time::Duration;

    use crate::body::{BodyKind, Fields};
    use crate::classify::classify_fields;
    use crate::{Catalogue, Classification, MAX_BODY};

    /// How long the `reqwest` integrations wait for a response's body, from the call on, unless
    /// told otherwise ([`Classification::from_reqwest_with_deadline`]): an error body is a few
    /// hundred bytes, and one that takes longer is trickling or stalled.
    #[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
    pub const DEFAULT_BODY_DEADLINE: Duration = Duration::from_secs(10);

    /// The `Retry-After` header's wait, if one reads.
    fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
        let value = headers.get(reqwest::header::RETRY_AFTER);
        crate::retry_after::header(value.map(|value| value.as_bytes()))
    }

    /// The error a response's status makes alone, its body not read whole for the reason
    /// `body` gives: the status and the headers came whole, but a part of a body is no body
    /// to match a case on.
    fn unread<C: Catalogue>(status: u16, body: BodyKind) -> Classification<'static, C> {
        classify_fields(status, Fields::default(), body).into_owned()
    }

    /// Why a read failed: a timeout (the client's own) or anything else, which cut the body.
    fn read_failure(timed_out: bool) -> BodyKind {
        if timed_out {
            BodyKind::TimedOut
        } else {
            BodyKind::Cut
        }
    }

    /// At most [`MAX_BODY`] + 1 bytes of the body.
    async fn read(response: &mut reqwest::Response) -> reqwest::Result<Vec<u8>> {
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await? {
            let room = MAX_BODY + 1 - body.len();
            body.extend_from_slice(chunk.get(..room).unwrap_or(&chunk));
            if body.len() > MAX_BODY {
                break;
            }
        }
        Ok(body)
    }

    /// At most [`MAX_BODY`] + 1 bytes of a blocking body, read while `deadline` (from now)
    /// lasts; else why not.
    #[cfg(feature = "reqwest-blocking")]
    fn read_blocking(
        response: &mut reqwest::blocking::Response,
        deadline: Duration,
    ) -> Result<Vec<u8>, BodyKind> {
        use std::io::{ErrorKind, Read};
        use std::time::Instant;

        // A deadline past the clock's range is none.
        let ends = Instant::now().checked_add(deadline);
        let mut body = Vec::new();
        let mut buffer = [0; 8 * 1024];
        while body.len() <= MAX_BODY {
            // Checked between reads: a read that blocks is bounded by the client's timeout
            // alone, which reqwest's blocking client applies to each read.
            if ends.is_some_and(|ends| Instant::now() >= ends) {
                return Err(BodyKind::TimedOut);
            }
            let room = buffer.len().min(MAX_BODY + 1 - body.len());
            match response.read(&mut buffer[..room]) {
                Ok(0) => break,
                Ok(read) => body.extend_from_slice(&buffer[..read]),
                Err(error) if error.kind() == ErrorKind::Interrupted => {}
                Err(error) => {
                    // reqwest wraps its errors, its timeout among them, in an io::Error.
                    let reqwest = error.get_ref().and_then(|inner| inner.downcast_ref());
                    let timed_out = error.kind() == ErrorKind::TimedOut
                        || reqwest.is_some_and(reqwest::Error::is_timeout);
                    return Err(read_failure(timed_out));
                }
            }
        }
        Ok(body)
    }

    impl<C: Catalogue> Classification<'static, C> {
        /// Reads and classifies a `reqwest` response, its `Retry-After` header included
        /// ([`Classification::retry_after`]), giving its body [`DEFAULT_BODY_DEADLINE`]; see
        /// [`Classification::from_reqwest_with_deadline`].
        #[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
        pub async fn from_reqwest(response: reqwest::Response) -> Self {
            Self::from_reqwest_with_deadline(response, DEFAULT_BODY_DEADLINE).await
        }

        /// Reads and classifies a `reqwest` response, its `Retry-After` header included
        /// ([`Classification::retry_after`]). Reads at most [`MAX_BODY`] + 1 bytes: a larger body
        /// is classified by its status alone.
        ///
        /// Never fails, and never waits on the body longer than `deadline`, counted from the
        /// call: a body the connection cuts short is [`BodyKind::Cut`], one that has not all
        /// come when the deadline passes (trickling, or stalled) [`BodyKind::TimedOut`], as is
        /// one the client's own `timeout` or `read_timeout` ends first. Either is not read, and
        /// the error keeps the status, its advice and the `Retry-After`, with no case.
        ///
        /// The deadline bounds the body alone: the wait for the status and headers came before
        /// the call, and is the client's to bound (its `timeout`). It is kept with tokio's
        /// timer, which reqwest's async client already runs on: the runtime needs its time
        /// driver, as reqwest's own timeouts do (`#[tokio::main]` has it).
        #[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
        pub async fn from_reqwest_with_deadline(
            mut response: reqwest::Response,
            deadline: Duration,
        ) -> Self {
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers());
            let error = match tokio::time::timeout(deadline, read(&mut response)).await {
                Ok(Ok(body)) => Self::from_response(status, &body),
                Ok(Err(error)) => unread(status, read_failure(error.is_timeout())),
                Err(_) => unread(status, BodyKind::TimedOut),
            };
            error.with_retry_after(retry_after)
        }

        /// Reads and classifies a blocking `reqwest` response, its `Retry-After` header
        /// included, giving its body [`DEFAULT_BODY_DEADLINE`]; see
        /// [`Classification::from_reqwest_blocking_with_deadline`].
        #[cfg(feature = "reqwest-blocking")]
        #[cfg_attr(docsrs, doc(cfg(feature = "reqwest-blocking")))]
        pub fn from_reqwest_blocking(response: reqwest::blocking::Response) -> Self {
            Self::from_reqwest_blocking_with_deadline(response, DEFAULT_BODY_DEADLINE)
        }

        /// Reads and classifies a blocking `reqwest` response, its `Retry-After` header
        /// included, at most [`MAX_BODY`] + 1 bytes of its body. Never fails: a body cut short
        /// is [`BodyKind::Cut`], one not all come by `deadline` [`BodyKind::TimedOut`], as
        /// with [`Classification::from_reqwest_with_deadline`].
        ///
        /// A blocking read cannot be interrupted, so the deadline is checked between reads: a
        /// body that trickles ends at the first read after it, but a read that blocks waits
        /// for the client's own `timeout`, which reqwest's blocking client applies to each read
        /// (30 seconds unless set). A stalled body thus ends after at most the deadline and
        /// one such timeout; with `timeout(None)`, not until the server closes it.
        #[cfg(feature = "reqwest-blocking")]
        #[cfg_attr(docsrs, doc(cfg(feature = "reqwest-blocking")))]
        pub fn from_reqwest_blocking_with_deadline(
            mut response: reqwest::blocking::Response,
            deadline: Duration,
        ) -> Self {
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers());
            let error = match read_blocking(&mut response, deadline) {
                Ok(body) => Self::from_response(status, &body),
                Err(body) => unread(status, body),
            };
            error.with_retry_after(retry_after)
        }
    }
}

#[cfg(feature = "reqwest")]
pub use reqwest_response::DEFAULT_BODY_DEADLINE;

#[cfg(feature = "reqwest-retry")]
mod reqwest_retry_strategy {
    use reqwest_retry::{Retryable, RetryableStrategy, default_on_request_failure};

    use crate::HttpStatus;

    /// A [`reqwest_retry::RetryableStrategy`] that retries what the catalogue's advice says to
    /// retry, for `reqwest_retry::RetryTransientMiddleware`.
    ///
    /// - A response below 400 is not an error: `None`, nothing to retry.
    /// - An error response is judged by its status's advice ([`HttpStatus::advice`]):
    ///   [`Retryable::Transient`] when the advice is retryable (429 slow down; 408, 500, 502,
    ///   503, 504 retry with backoff; 409 retry), [`Retryable::Fatal`] otherwise. The strategy
    ///   sees the response before the caller does and must leave its body unread, so it
    ///   classifies by the status alone; [`ImError::from_reqwest`](crate::ImError::from_reqwest)
    ///   on the response the middleware hands back gives the whole classification.
    /// - A request that got no response (a timeout, a refused connection) is judged as
    ///   reqwest-retry's default strategy judges it ([`default_on_request_failure`]).
    ///
    /// **The refresh-token advice is never retried here** ([`Retryable::Fatal`]): sending the
    /// same request with the same stale token cannot succeed. The caller gets the 401 back,
    /// gets a new token, and sends the request again itself, once: a second 401 with a fresh
    /// token is not a stale token, and retrying it again would loop.
    ///
    /// A 401 is not always a stale token, either: a refresh is advised only for the token
    /// cases. The expired, corrupt and unrecognized access-token cases
    /// (`RestError::ExpiredAccessToken`, `CorruptAccessToken`, `UnrecognizedAccessToken`), and
    /// the others about a missing or invalid token, have the advice `refresh_token`; a 401 for
    /// another reason, such as `MessageError::MessageEditNotAuthorized` (the user may not edit
    /// that message) or `ChatRoomError::ChatroomAttributeUserNotInChatroom`, has `fix_request`,
    /// and a new token changes nothing. The strategy sees only the status, so it retries no
    /// 401; classify the body ([`ImError::from_reqwest`](crate::ImError::from_reqwest)) before
    /// refreshing.
    ///
    /// The wait between tries is the retry policy's: reqwest-retry 0.9 does not read
    /// `Retry-After`. Where the server's wait matters, retry by hand with
    /// [`ImError::suggested_backoff`](crate::ImError::suggested_backoff), which is the longer
    /// of the two.
    ///
    /// ```
    /// use im_errors::{Advice, AdviceRetryStrategy, ImError};
    /// use reqwest_middleware::{ClientBuilder, ClientWithMiddleware};
    /// use reqwest_retry::{RetryTransientMiddleware, policies::ExponentialBackoff};
    ///
    /// let policy = ExponentialBackoff::builder().build_with_max_retries(3);
    /// let client = ClientBuilder::new(reqwest::Client::new())
    ///     .with(RetryTransientMiddleware::new_with_policy_and_strategy(
    ///         policy,
    ///         AdviceRetryStrategy,
    ///     ))
    ///     .build();
    ///
    /// /// Sends a GET with a token; on an answer that advises a new token, gets one and
    /// /// sends the request once more, and no more.
    /// async fn get(
    ///     client: &ClientWithMiddleware,
    ///     url: &str,
    ///     token: &mut String,
    ///     new_token: impl AsyncFn() -> String,
    /// ) -> Result<Result<reqwest::Response, ImError>, Box<dyn std::error::Error>> {
    ///     let response = client.get(url).bearer_auth(&*token).send().await?;
    ///     if response.status().is_success() {
    ///         return Ok(Ok(response));
    ///     }
    ///     let error = ImError::from_reqwest(response).await;
    ///     if error.advice != Advice::RefreshToken {
    ///         return Ok(Err(error));
    ///     }
    ///     *token = new_token().await;
    ///     let response = client.get(url).bearer_auth(&*token).send().await?;
    ///     if response.status().is_success() {
    ///         return Ok(Ok(response));
    ///     }
    ///     Ok(Err(ImError::from_reqwest(response).await))
    /// }
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "reqwest-retry")))]
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub struct AdviceRetryStrategy;

    /// What the strategy makes of a response's status: `None` below 400, else transient or
    /// fatal by the retry policy of the status's advice (the refresh-token advice's is not to
    /// retry as is).
    fn judge_status(status: u16) -> Option<Retryable> {
        if status < 400 {
            return None;
        }
        let advice = HttpStatus::from(status).advice();
        Some(if advice.is_retryable() {
            Retryable::Transient
        } else {
            Retryable::Fatal
        })
    }

    impl RetryableStrategy for AdviceRetryStrategy {
        fn handle(
            &self,
            result: &Result<reqwest::Response, reqwest_middleware::Error>,
        ) -> Option<Retryable> {
            match result {
                Ok(response) => judge_status(response.status().as_u16()),
                Err(error) => default_on_request_failure(error),
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn statuses_are_retried_as_advised() {
            let transient = |status| matches!(judge_status(status), Some(Retryable::Transient));
            let fatal = |status| matches!(judge_status(status), Some(Retryable::Fatal));
            for status in [100, 200, 204, 304, 399] {
                assert!(judge_status(status).is_none(), "{status}");
            }
            for status in [408, 409, 429, 500, 502, 503, 504, 599] {
                assert!(transient(status), "{status}");
            }
            for status in [400, 401, 403, 404, 413, 418, 501, 600, 999, u16::MAX] {
                assert!(fatal(status), "{status}");
            }
        }
    }
}

#[cfg(feature = "reqwest-retry")]
pub use reqwest_retry_strategy::AdviceRetryStrategy;

//! From a REST response (status + body) to a typed error: the documented case it is, the values
//! in its description, and what to do.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use crate::body::{self, BodyKind, Fields};
use crate::catalogue::Ends;
use crate::matching::{self, Params};
use crate::{Anchor, Catalogue, MAX_RETRY_AFTER, RestCase, RetryClass};

/// Classifies a REST response without copying it: what a server answered, as typed values.
///
/// Never fails and never panics: a body it cannot read still gets the status and its advice,
/// and [`Classification::body`] says what was wrong with it. [`classify_with`] does the same
/// against a catalogue of your own.
///
/// ```
/// use im_errors::{Advice, RestError};
///
/// let body = br#"{"error":"forbidden_op","error_description":"user: alice doesn't exist in group: 40659491815425"}"#;
/// let error = im_errors::classify(403, body);
/// assert!(error.is(RestError::NewOwnerNotMember));
/// assert_eq!(error.param("group_id"), Some("40659491815425"));
/// assert_eq!(error.advice, Advice::FixRequest);
/// ```
pub fn classify(status: u16, body: &[u8]) -> Classification<'_> {
    classify_with::<RestCase>(status, body)
}

/// Classifies a REST response against the documented cases of catalogue `C`: the `RestCase`
/// that [`codes!`](crate::codes) generates from a codes file of your own with `rest_case`
/// tables. [`classify`] is this function for the crate's own catalogue.
///
/// ```ignore
/// mod chat {
///     im_errors::codes!("chat_codes.toml");
/// }
///
/// let error = im_errors::classify_with::<chat::RestCase>(404, body);
/// assert!(error.is(chat::RoomError::RoomNotFound));
/// assert_eq!(error.param("room"), Some("lobby"));
/// assert_eq!(error.advice, chat::Advice::FixRequest);
/// ```
///
/// The owned form is [`Classification::from_response`]:
/// `Classification::<chat::RestCase>::from_response(404, body)`. With the crate's own
/// catalogue, it is [`classify`]:
///
/// ```
/// use im_errors::{Classification, RestCase};
///
/// let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
/// let error: Classification<'_, RestCase> = im_errors::classify_with::<RestCase>(401, body);
/// assert_eq!(error, im_errors::classify(401, body));
/// ```
pub fn classify_with<C: Catalogue>(status: u16, body: &[u8]) -> Classification<'_, C> {
    let (fields, body) = body::read(body);
    classify_fields(status, fields, body)
}

/// Classifies fields already read from a body.
pub(crate) fn classify_fields<C: Catalogue>(
    status: u16,
    fields: Fields<'_>,
    body: BodyKind,
) -> Classification<'_, C> {
    let error_type = fields.error.as_deref().map(C::error_type_ignore_case);
    // A response below 400 is not an error, whatever its body says.
    let is_error = status >= 400;
    let matched = match fields.description.as_deref() {
        Some(description) if is_error => find_case::<C>(status, error_type.as_ref(), description),
        // No description to match: a type documented with one case only is that case (the
        // drift then says the description is missing).
        None if is_error => (error_type.as_ref())
            .and_then(C::error_type_wire)
            .and_then(C::only_case_of)
            .map(|case| (case, Params::default())),
        _ => None,
    };
    let (case, params) = matched.map_or((None, Params::default()), |(case, params)| {
        (Some(case), params)
    });
    let status = C::status_from_code(status);
    let advice = match (&case, &error_type) {
        (Some(case), _) => case.advice(),
        (None, Some(error_type)) if is_error => {
            C::error_type_advice(error_type).unwrap_or_else(|| C::status_advice(&status))
        }
        _ => C::status_advice(&status),
    };
    Classification {
        status,
        error: fields.error,
        description: fields.description,
        exception: fields.exception,
        timestamp: fields.timestamp,
        duration: fields.duration,
        error_type,
        case,
        advice,
        body,
        retry_after: None,
        params,
    }
}

/// The documented case whose template matches `description`, trying the likeliest first: same
/// status and type; same status documented without a type; same type under another status (doc
/// versions moved some); any case of the status.
fn find_case<C: Catalogue>(
    status: u16,
    error_type: Option<&C::ErrorType>,
    description: &str,
) -> Option<(C, Params<'static>)> {
    let wire = error_type.and_then(C::error_type_wire);
    // A body with an unknown type string is still matched on its status: the type is the part
    // servers and documents vary in most.
    let any_of_status = wire.is_none();
    let trimmed = matching::Trimmed::of(description);
    let text = trimmed.bytes();
    let ends = Ends::of(text);
    let first = text.first().map(u8::to_ascii_lowercase);
    let try_list = |list: &'static [(C, Anchor)]| {
        list.iter().find_map(|(case, anchor)| {
            if !anchor.admits_ends(&ends) {
                return None;
            }
            Some((*case, matching::match_trimmed(anchor.parts(), &trimmed)?))
        })
    };
    // The templates starting with the description's first letter, then those starting with a
    // placeholder; a list whose key is `None` is looked up once.
    let try_lists = |lists: &dyn Fn(Option<u8>) -> &'static [(C, Anchor)]| {
        first
            .and_then(|first| try_list(lists(Some(first))))
            .or_else(|| try_list(lists(None)))
    };
    // Each list is looked up only when the ones before it had no match.
    wire.and_then(|wire| try_lists(&|first| C::candidates(status, Some(wire), first)))
        .or_else(|| try_lists(&|first| C::candidates(status, None, first)))
        .or_else(|| wire.and_then(|wire| try_lists(&|first| C::with_error(wire, first))))
        .or_else(|| {
            any_of_status
                .then(|| try_lists(&|first| C::with_status(status, first)))
                .flatten()
        })
}

/// An error the IM REST API answered with, classified: the status, the body's fields, the
/// documented case it matches, the values in its description, and what to do.
///
/// [`classify`] gives one borrowing the body's strings; [`ImError`] is the owned form
/// ([`Classification::into_owned`], [`Classification::from_response`]), to return from
/// functions and keep. Both implement [`std::error::Error`].
///
/// `C` is the catalogue whose cases the response was matched against: the crate's own
/// [`RestCase`] unless it was classified with [`classify_with`]. Its tables type the fields:
/// for the crate's own, `status` is an [`HttpStatus`](crate::HttpStatus), `error_type` an
/// [`ErrorType`](crate::ErrorType), `advice` an [`Advice`](crate::Advice), as the page of
/// [`ImError`] shows them.
pub struct Classification<'a, C: Catalogue = RestCase> {
    /// The HTTP status.
    pub status: C::HttpStatus,
    /// The raw `error` field.
    pub error: Option<Cow<'a, str>>,
    /// The raw `error_description` field.
    pub description: Option<Cow<'a, str>>,
    /// The raw `exception` field (the server's exception class).
    pub exception: Option<Cow<'a, str>>,
    /// The `timestamp` field, milliseconds since the epoch.
    pub timestamp: Option<i64>,
    /// The `duration` field, milliseconds.
    pub duration: Option<i64>,
    /// The `error` field as a type, matched ignoring ASCII case.
    pub error_type: Option<C::ErrorType>,
    /// The documented case the response is, if one matches, of whichever table.
    pub case: Option<C>,
    /// What to do: the case's advice, else the type's, else the status's.
    pub advice: C::Advice,
    /// What the body was, and whether all of it could be read.
    pub body: BodyKind,
    /// The wait the response's `Retry-After` header asks for. [`classify`] sees no headers
    /// and leaves it `None`; the `http` and `reqwest` integrations read it (see
    /// [`crate::parse_retry_after`]), and [`Classification::with_retry_after`] sets it.
    pub retry_after: Option<Duration>,
    params: Params<'static>,
}

/// The owned [`Classification`] of a response, against the crate's own catalogue: what to
/// return from functions and keep. It implements [`std::error::Error`], and with the `serde`
/// feature `Serialize` and `Deserialize`.
///
/// ```
/// use im_errors::{Advice, HttpStatus, ImError, RestError};
///
/// fn delete_user(status: u16, body: &[u8]) -> Result<(), ImError> {
///     Err(ImError::from_response(status, body))
/// }
///
/// let body = br#"{"error":"service_resource_not_found","error_description":"Service resource not found"}"#;
/// let error = delete_user(404, body).unwrap_err();
/// assert_eq!(error.status, HttpStatus::NotFound);
/// assert_eq!(error.advice, Advice::FixRequest);
/// ```
///
/// Its fields and methods are [`Classification`]'s. A catalogue of your own has the same owned
/// form, `Classification<'static, my::RestCase>`.
pub type ImError = Classification<'static>;

impl<C: Catalogue> Classification<'static, C> {
    /// Classifies a response into an owned error; see [`classify`] and [`classify_with`].
    pub fn from_response(status: u16, body: &[u8]) -> Self {
        classify_with::<C>(status, body).into_owned()
    }
}

impl<'a, C: Catalogue> Classification<'a, C> {
    /// Whether the response is the documented case `case`.
    pub fn is(&self, case: impl Into<C>) -> bool {
        self.case == Some(case.into())
    }

    /// How the response differs from what the documents give its case, if it does: real
    /// servers send some descriptions under another status or `error` type than documented.
    pub fn drift(&self) -> Option<Drift> {
        let case = self.case?;
        let documented = C::status_code(&case.status());
        let status_differs = documented != C::status_code(&self.status);
        let error = self.error.as_deref();
        let error_differs = match (case.error(), error) {
            (Some(documented), Some(sent)) => !documented.eq_ignore_ascii_case(sent),
            (None, None) => false,
            _ => true,
        };
        let description_missing = self.description.is_none();
        (status_differs || error_differs || description_missing).then(|| Drift {
            status: documented,
            error: case.error(),
            status_differs,
            error_differs,
            error_missing: error.is_none(),
            description_missing,
        })
    }

    /// The values the server put in the description's placeholders, by placeholder name.
    pub fn params(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.params
            .iter(self.description.as_deref().unwrap_or_default())
    }

    /// The value of one placeholder (`username`, `group_id`).
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params()
            .find(|(param, _)| *param == name)
            .map(|(_, value)| value)
    }

    /// Whether sending the same request again may succeed, as the advice's retry policy says
    /// (see [`crate::Advice::is_retryable`]).
    pub fn is_retryable(&self) -> bool {
        C::retry_policy(&self.advice).is_retryable()
    }

    /// Which retry budget the error spends, from the advice's retry policy
    /// ([`crate::Advice::retry_class`]).
    ///
    /// It plays the part of `aws_smithy_types::retry::ErrorKind` in the AWS SDKs: throttling
    /// ([`RetryClass::Throttling`], a 429) and server errors ([`RetryClass::Server`], a 503)
    /// are both retried, but a client that keeps retry budgets, or a circuit breaker, should
    /// count them apart: slowing down answers the first, only time or operators the second.
    /// [`RetryClass::Transient`] is a passing fault; [`RetryClass::Client`] is not retried as
    /// is.
    ///
    /// ```
    /// use im_errors::{ImError, RetryClass};
    ///
    /// assert_eq!(ImError::from_response(429, b"").retry_class(), RetryClass::Throttling);
    /// assert_eq!(ImError::from_response(503, b"").retry_class(), RetryClass::Server);
    /// assert_eq!(ImError::from_response(400, b"").retry_class(), RetryClass::Client);
    /// ```
    pub fn retry_class(&self) -> RetryClass {
        C::retry_policy(&self.advice).class
    }

    /// The wait the response's `Retry-After` header asked for, if it had one that reads (a
    /// delta in seconds or an HTTP-date, at most [`crate::MAX_RETRY_AFTER`]): the field
    /// [`Classification::retry_after`], read by the `http` and `reqwest` integrations or set
    /// with [`Classification::with_retry_after`].
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The same error with the wait a `Retry-After` header asked for, for responses read by
    /// other clients; [`crate::parse_retry_after`] reads the header's value. A wait over
    /// [`crate::MAX_RETRY_AFTER`] is not taken, as it is not from a header: `None`.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use im_errors::ImError;
    ///
    /// let header = b"30";
    /// let error = ImError::from_response(503, b"")
    ///     .with_retry_after(im_errors::parse_retry_after(header, SystemTime::now()));
    /// assert_eq!(error.retry_after, Some(Duration::from_secs(30)));
    /// // The longer of the server's wait and the advice's backoff.
    /// assert_eq!(error.suggested_backoff(0), Some(Duration::from_secs(30)));
    /// // A year is no wait anyone means.
    /// let error = error.with_retry_after(Duration::from_secs(365 * 24 * 60 * 60));
    /// assert_eq!(error.retry_after, None);
    /// ```
    #[must_use]
    pub fn with_retry_after(mut self, retry_after: impl Into<Option<Duration>>) -> Self {
        self.retry_after = retry_after
            .into()
            .and_then(crate::retry_after::within_bound);
        self
    }

    /// The wait before retry number `attempt` (from 0), `None` when retrying does not help:
    /// the advice's backoff ([`crate::Advice::suggested_backoff`]), or the `Retry-After` wait
    /// ([`Classification::retry_after`]) where that is longer; never more than
    /// [`crate::MAX_RETRY_AFTER`]. A `Retry-After` does not make an error retryable that its
    /// advice says is not.
    pub fn suggested_backoff(&self, attempt: u32) -> Option<Duration> {
        let backoff = C::retry_policy(&self.advice).backoff(attempt)?;
        let wait = self.retry_after.map_or(backoff, |asked| asked.max(backoff));
        // `retry_after` is a public field and a catalogue's policy may cap its backoff anywhere:
        // neither may make a caller sleep for longer than any server is believed.
        Some(wait.min(MAX_RETRY_AFTER))
    }

    /// The owned error, to return or store: the same classification, its strings copied out
    /// of the body.
    pub fn into_owned(self) -> Classification<'static, C> {
        let owned = |text: Option<Cow<'_, str>>| text.map(|text| Cow::Owned(text.into_owned()));
        Classification {
            error: owned(self.error),
            description: owned(self.description),
            exception: owned(self.exception),
            status: self.status,
            timestamp: self.timestamp,
            duration: self.duration,
            error_type: self.error_type,
            case: self.case,
            advice: self.advice,
            body: self.body,
            retry_after: self.retry_after,
            params: self.params,
        }
    }
}

impl<C: Catalogue> Clone for Classification<'_, C> {
    fn clone(&self) -> Self {
        Classification {
            status: self.status,
            error: self.error.clone(),
            description: self.description.clone(),
            exception: self.exception.clone(),
            timestamp: self.timestamp,
            duration: self.duration,
            error_type: self.error_type.clone(),
            case: self.case,
            advice: self.advice,
            body: self.body,
            retry_after: self.retry_after,
            params: self.params,
        }
    }
}

impl<C: Catalogue> PartialEq for Classification<'_, C> {
    fn eq(&self, other: &Self) -> bool {
        // Destructured, so that a field added is a field compared.
        let Classification {
            status,
            error,
            description,
            exception,
            timestamp,
            duration,
            error_type,
            case,
            advice,
            body,
            retry_after,
            params,
        } = self;
        *status == other.status
            && *error == other.error
            && *description == other.description
            && *exception == other.exception
            && *timestamp == other.timestamp
            && *duration == other.duration
            && *error_type == other.error_type
            && *case == other.case
            && *advice == other.advice
            && *body == other.body
            && *retry_after == other.retry_after
            && *params == other.params
    }
}

impl<C: Catalogue> Eq for Classification<'_, C> {}

/// How a response differs from the documents of the case its description matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Drift {
    /// The status the documents give the case.
    pub status: u16,
    /// The `error` string the documents give the case.
    pub error: Option<&'static str>,
    /// Whether the response's status differs from it.
    pub status_differs: bool,
    /// Whether the response's `error` differs from it (ignoring ASCII case).
    pub error_differs: bool,
    /// Whether the response has no `error` field at all.
    pub error_missing: bool,
    /// Whether the response has no `error_description`: the case is then the only one its
    /// type is documented with.
    pub description_missing: bool,
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match (self.status_differs, self.error_differs, self.error_missing) {
            (true, true, false) => Some("the status and error type differ from"),
            (true, true, true) => Some("the status differs and the error type is missing, against"),
            (true, false, _) => Some("the status differs from"),
            (false, true, true) => Some("the response has no error type, against"),
            (false, true, false) => Some("the error type differs from"),
            (false, false, _) => None,
        };
        if let Some(what) = what {
            write!(f, "{what} the documents' {}", self.status)?;
            match self.error {
                Some(error) => write!(f, " {}", OneLine(error, SHOWN))?,
                None => f.write_str(" (no type)")?,
            }
            if self.description_missing {
                f.write_str("; ")?;
            }
        }
        if self.description_missing {
            f.write_str("the response has no description: the case is the only one of its type")?;
        }
        Ok(())
    }
}

/// Text written on one line, at most so many characters (then `…`): control characters (a
/// newline in a description) escaped, so that one error makes one log line.
struct OneLine<'a>(&'a str, usize);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let OneLine(text, most) = *self;
        let (shown, cut) = match text.char_indices().nth(most) {
            Some((at, _)) => (&text[..at], true),
            None => (text, false),
        };
        for part in shown.split_inclusive(char::is_control) {
            match part.char_indices().last() {
                Some((at, c)) if c.is_control() => {
                    f.write_str(&part[..at])?;
                    write!(f, "{}", c.escape_default())?;
                }
                _ => f.write_str(part)?,
            }
        }
        if cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// The fields as they read, the description's values by name rather than the matcher's offsets.
impl<C: Catalogue> fmt::Debug for Classification<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Classification")
            .field("status", &self.status)
            .field("error", &self.error)
            .field("description", &self.description)
            .field("exception", &self.exception)
            .field("timestamp", &self.timestamp)
            .field("duration", &self.duration)
            .field("error_type", &self.error_type)
            .field("case", &self.case)
            .field("params", &ParamMap(self))
            .field("advice", &self.advice)
            .field("body", &self.body)
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

/// The placeholder values by name, as `Debug` and serde show them.
pub(crate) struct ParamMap<'c, 'a, C: Catalogue>(pub(crate) &'c Classification<'a, C>);

impl<C: Catalogue> fmt::Debug for ParamMap<'_, '_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.params()).finish()
    }
}

/// The most of a server's text `Display` shows: enough for any documented description, while a
/// body that puts a page into the field does not flood a log line.
const SHOWN: usize = 200;

/// One line: the documented case and what the server said, or what could be read.
///
/// With `{:#}` it tells the whole story: the case's path, the values in its placeholders, the
/// advice and any wait the server asked for.
///
/// ```
/// let body = br#"{"error":"forbidden_op","error_description":"user: alice doesn't exist in group: 40659491815425"}"#;
/// let error = im_errors::classify(403, body);
/// assert_eq!(
///     error.to_string(),
///     r#"the new owner is not a member of the group (403 forbidden_op): "user: alice doesn't exist in group: 40659491815425""#
/// );
/// assert!(format!("{error:#}").ends_with(
///     r#"; case RestError::NewOwnerNotMember; username = "alice", group_id = "40659491815425"; advice: fix the request"#
/// ));
/// ```
impl<C: Catalogue> fmt::Display for Classification<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = C::status_code(&self.status);
        match (self.case, &self.error, &self.description) {
            (Some(case), _, description) => {
                write!(f, "{case}")?;
                if let Some(description) = description {
                    write!(f, ": \"{}\"", OneLine(description, SHOWN))?;
                }
                if let Some(drift) = self.drift() {
                    write!(f, "; sent as HTTP {code}")?;
                    if let Some(error) = &self.error {
                        write!(f, " {}", OneLine(error, SHOWN))?;
                    }
                    write!(f, ": {drift}")?;
                }
            }
            (None, Some(error), Some(description)) => write!(
                f,
                "{}: {} (HTTP {code})",
                OneLine(error, SHOWN),
                OneLine(description.trim_end_matches('.'), SHOWN)
            )?,
            (None, Some(error), None) => write!(f, "{} (HTTP {code})", OneLine(error, SHOWN))?,
            (None, None, Some(description)) => write!(
                f,
                "{} (HTTP {code})",
                OneLine(description.trim_end_matches('.'), SHOWN)
            )?,
            (None, None, None) => write!(f, "HTTP {} with {}", self.status, self.body)?,
        }
        if f.alternate() {
            self.story(f)?;
        }
        Ok(())
    }
}

impl<C: Catalogue> Classification<'_, C> {
    /// What `{:#}` adds: the case's path, its values, the advice, the server's wait.
    fn story(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(case) = &self.case {
            let (table, entry) = case.data();
            write!(f, "; case {}::{}", table.name, entry.variant)?;
            for (index, (name, value)) in self.params().enumerate() {
                let separator = if index == 0 { "; " } else { ", " };
                write!(f, "{separator}{name} = \"{}\"", OneLine(value, SHOWN))?;
            }
        }
        write!(f, "; advice: {}", self.advice)?;
        if let Some(wait) = self.retry_after {
            write!(f, "; retry after {} s", wait.as_secs())?;
        }
        Ok(())
    }
}

impl<C: Catalogue> std::error::Error for Classification<'_, C> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Advice, HttpStatus};

    #[test]
    fn one_answer_for_an_unknown_status() {
        for status in [302, 418, 599, 429, 200] {
            let empty = classify(status, b"");
            assert_eq!(empty.advice, HttpStatus::from(status).advice(), "{status}");
        }
        assert_eq!(HttpStatus::from(599).advice(), Advice::RetryWithBackoff);
        assert_eq!(HttpStatus::from(418).advice(), Advice::FixRequest);
        assert_eq!(HttpStatus::from(302).advice(), Advice::AlertOperators);
    }

    #[test]
    fn backoff_doubles_and_caps() {
        let backoff = |attempt| Advice::RetryWithBackoff.suggested_backoff(attempt);
        assert_eq!(backoff(0), Some(Duration::from_millis(500)));
        assert_eq!(backoff(1), Some(Duration::from_millis(1_000)));
        assert_eq!(backoff(40), Some(Duration::from_secs(30)));
        assert_eq!(Advice::FixRequest.suggested_backoff(0), None);
        assert!(!Advice::RefreshToken.is_retryable());
    }

    #[test]
    fn retry_after_lengthens_the_backoff_of_retryable_errors_only() {
        let unavailable = ImError::from_response(503, b"");
        assert_eq!(unavailable.retry_after(), None);
        assert_eq!(unavailable.retry_class(), RetryClass::Server);
        let asked = unavailable.with_retry_after(Duration::from_secs(2));
        assert_eq!(asked.retry_after(), Some(Duration::from_secs(2)));
        assert_eq!(asked.suggested_backoff(0), Some(Duration::from_secs(2)));
        // Past the server's wait, the advice's longer backoff wins.
        assert_eq!(asked.suggested_backoff(3), Some(Duration::from_secs(4)));
        assert_eq!(asked.clone().with_retry_after(None).retry_after(), None);

        let limited = ImError::from_response(429, b"").with_retry_after(Duration::ZERO);
        assert_eq!(limited.retry_class(), RetryClass::Throttling);
        assert_eq!(limited.suggested_backoff(0), Some(Duration::from_secs(1)));

        let expired = ImError::from_response(401, b"").with_retry_after(Duration::from_secs(9));
        assert_eq!(expired.advice, Advice::RefreshToken);
        assert_eq!(expired.retry_class(), RetryClass::Client);
        assert_eq!(expired.suggested_backoff(0), None);
    }

    #[test]
    fn no_backoff_is_longer_than_a_day() {
        let mut unavailable = classify(503, b"");
        unavailable.retry_after = Some(Duration::MAX);
        assert_eq!(unavailable.suggested_backoff(0), Some(MAX_RETRY_AFTER));
        assert_eq!(
            unavailable.into_owned().suggested_backoff(40),
            Some(MAX_RETRY_AFTER)
        );
    }
}

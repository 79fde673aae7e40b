//! Optional integrations, each behind its feature: `http`, `serde`, `reqwest`,
//! `reqwest-blocking`.

#[cfg(feature = "http")]
mod http_types {
    use crate::{Classification, HttpStatus, ImError, classify};

    impl From<http::StatusCode> for HttpStatus {
        fn from(status: http::StatusCode) -> Self {
            HttpStatus::from(status.as_u16())
        }
    }

    impl TryFrom<HttpStatus> for http::StatusCode {
        type Error = http::status::InvalidStatusCode;

        /// Fails for numbers outside 100..=999, which `HttpStatus` can hold and `http` cannot.
        fn try_from(status: HttpStatus) -> Result<Self, Self::Error> {
            http::StatusCode::from_u16(status.code())
        }
    }

    /// Classifies an `http::Response` without copying its body; see [`classify`].
    pub fn classify_http<B: AsRef<[u8]>>(response: &http::Response<B>) -> Classification<'_> {
        classify(response.status().as_u16(), response.body().as_ref())
    }

    impl ImError {
        /// Classifies an `http::Response`; see [`classify`].
        pub fn from_http_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> ImError {
            classify_http(response).into_owned()
        }
    }
}

#[cfg(feature = "http")]
pub use http_types::classify_http;

#[cfg(feature = "serde")]
pub(crate) mod serde_code {
    use std::borrow::Cow;
    use std::fmt;

    use serde::de::{Error as _, IgnoredAny, MapAccess, Visitor};
    use serde::ser::{SerializeMap, SerializeStruct};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::body::{BodyKind, Fields};
    use crate::classify::classify_fields;
    use crate::{Classification, Code, ImError, RestCase};

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
    impl Serialize for RestCase {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = serializer.serialize_struct("RestCase", 3)?;
            object.serialize_field("table", self.table().name)?;
            object.serialize_field("variant", self.entry().variant)?;
            object.serialize_field("id", self.id())?;
            object.end()
        }
    }

    struct Params<'c, 'a>(&'c Classification<'a>);

    impl Serialize for Params<'_, '_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            for (name, value) in self.0.params() {
                map.serialize_entry(name, value)?;
            }
            map.end()
        }
    }

    /// Body kinds by snake_case id.
    const BODY_KINDS: [(BodyKind, &str); 7] = [
        (BodyKind::Json, "json"),
        (BodyKind::Empty, "empty"),
        (BodyKind::NotJson, "not_json"),
        (BodyKind::Malformed, "malformed"),
        (BodyKind::TooDeep, "too_deep"),
        (BodyKind::TooLarge, "too_large"),
        (BodyKind::NotUtf8, "not_utf8"),
    ];

    impl Serialize for BodyKind {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let (_, id) = BODY_KINDS
                .iter()
                .find(|(kind, _)| kind == self)
                .ok_or_else(|| serde::ser::Error::custom("body kind without an id"))?;
            serializer.serialize_str(id)
        }
    }

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
    ];

    /// The fields a response carried, then what im-errors made of them: `case` (its table,
    /// variant and id), `params`, `advice`, `retryable`, and `drift` where the response's status
    /// or type differs from the documents of its case; these are written for readers and
    /// recomputed when an [`ImError`] is read back.
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
            object.serialize_field("params", &Params(self))?;
            object.serialize_field("advice", self.advice.id())?;
            object.serialize_field("retryable", &self.is_retryable())?;
            object.serialize_field("drift", &self.drift().map(|drift| drift.to_string()))?;
            object.serialize_field("body", &self.body)?;
            object.end()
        }
    }

    impl Serialize for ImError {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            self.classification().serialize(serializer)
        }
    }

    /// Reads what [`Serialize`] wrote and classifies the response's fields again, so the case,
    /// its values and the advice always agree with this version's catalogue (a case a newer
    /// catalogue matched may be unknown here).
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
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "status" => status = Some(map.next_value::<u16>()?),
                    "error" => fields.error = text(map.next_value()?),
                    "description" => fields.description = text(map.next_value()?),
                    "exception" => fields.exception = text(map.next_value()?),
                    "timestamp" => fields.timestamp = map.next_value()?,
                    "duration" => fields.duration = map.next_value()?,
                    "body" => body = map.next_value()?,
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            let status = status.ok_or_else(|| A::Error::missing_field("status"))?;
            Ok(classify_fields(status, fields, body).into_owned())
        }
    }
}

#[cfg(feature = "reqwest")]
mod reqwest_response {
    use crate::{ImError, MAX_BODY};

    impl ImError {
        /// Reads and classifies a `reqwest` response. Reads at most [`MAX_BODY`] + 1 bytes: a
        /// larger body is classified by its status alone.
        pub async fn from_reqwest(
            mut response: reqwest::Response,
        ) -> Result<ImError, reqwest::Error> {
            let status = response.status().as_u16();
            let mut body = Vec::new();
            while let Some(chunk) = response.chunk().await? {
                body.extend_from_slice(&chunk);
                if body.len() > MAX_BODY {
                    break;
                }
            }
            Ok(ImError::from_response(status, &body))
        }

        /// Reads and classifies a blocking `reqwest` response, at most [`MAX_BODY`] + 1 bytes.
        #[cfg(feature = "reqwest-blocking")]
        pub fn from_reqwest_blocking(
            response: reqwest::blocking::Response,
        ) -> std::io::Result<ImError> {
            use std::io::Read;
            let status = response.status().as_u16();
            let mut body = Vec::new();
            response.take(MAX_BODY as u64 + 1).read_to_end(&mut body)?;
            Ok(ImError::from_response(status, &body))
        }
    }
}

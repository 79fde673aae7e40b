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
mod serde_impls {
    use serde::de::Error as _;
    use serde::ser::{SerializeMap, SerializeStruct};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::{Advice, ErrorType, HttpStatus, ImError, RestError, SdkCode};

    /// Numbers as numbers: the wire form of statuses and SDK codes.
    macro_rules! as_number {
        ($type:ty, $repr:ty) => {
            impl Serialize for $type {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    self.code().serialize(serializer)
                }
            }

            impl<'de> Deserialize<'de> for $type {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    <$repr>::deserialize(deserializer).map(<$type>::from)
                }
            }
        };
    }

    /// Cases and advice by their snake_case ids, as codes.toml names them.
    macro_rules! as_id {
        ($type:ty) => {
            impl Serialize for $type {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.id())
                }
            }

            impl<'de> Deserialize<'de> for $type {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let id = String::deserialize(deserializer)?;
                    id.parse().map_err(D::Error::custom)
                }
            }
        };
    }

    as_number!(HttpStatus, u16);
    as_number!(SdkCode, i32);
    as_id!(RestError);
    as_id!(Advice);

    impl Serialize for ErrorType {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for ErrorType {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            String::deserialize(deserializer).map(|error| ErrorType::from(error.as_str()))
        }
    }

    struct Params<'a>(&'a ImError);

    impl Serialize for Params<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            for (name, value) in self.0.params() {
                map.serialize_entry(name, value)?;
            }
            map.end()
        }
    }

    impl Serialize for ImError {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = serializer.serialize_struct("ImError", 9)?;
            object.serialize_field("status", &self.status())?;
            object.serialize_field("error", &self.error())?;
            object.serialize_field("description", &self.description())?;
            object.serialize_field("exception", &self.exception())?;
            object.serialize_field("timestamp", &self.timestamp())?;
            object.serialize_field("duration", &self.duration())?;
            object.serialize_field("case", &self.case())?;
            object.serialize_field("params", &Params(self))?;
            object.serialize_field("advice", &self.advice())?;
            object.end()
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

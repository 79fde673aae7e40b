//! Typed, documented errors of the Easemob (环信) / Agora Chat IM service.
//!
//! The enums [`HttpStatus`], [`ErrorType`], [`RestError`], [`SdkCode`] and [`Advice`] are
//! generated from the crate's `codes.toml` by the `codes!` macro: their pages list every entry,
//! with the wire values, messages in Chinese and English, advice and sources. [`classify`] turns
//! a REST response into a typed error.
#![doc = include_str!("../README.md")]

mod body;
mod classify;
mod integrations;
mod matching;

mod codes {
    im_errors_macros::codes!("../codes.toml");
}

pub use body::{BodyKind, MAX_BODY, MAX_DEPTH};
pub use classify::{Classification, ImError, classify};
pub use codes::*;
#[cfg(feature = "http")]
pub use integrations::classify_http;
pub use matching::MAX_DESCRIPTION;

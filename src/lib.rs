//! Every error of the Easemob (环信) / Agora Chat instant-messaging service, typed and
//! documented: the HTTP statuses its REST API returns, its `"error"` types, the documented REST
//! error cases of every API module, and the SDK error codes of the Web and the native SDKs, each
//! with its meaning in Chinese and English, what to do about it, and the document it comes from.
//!
//! Today, before the first release on crates.io, from the repository (or a checkout of it, with
//! `im-errors = { path = "../im-errors" }`):
//!
//! ```toml
//! [dependencies]
//! im-errors = { git = "https://github.com/im-errors/im-errors" }
//! ```
//!
//! Once 0.1 is on crates.io (not yet):
//!
//! ```toml
//! [dependencies]
//! im-errors = "0.1"
//! ```
//!
//! # Match an SDK code
//!
//! ```
//! use im_errors::{NativeSdkCode, SdkCode};
//!
//! // The Web SDK's numbering: total conversions, constants spelt as the SDK spells them.
//! let code = SdkCode::from(204);
//! assert_eq!(code, SdkCode::UserNotFound);
//! assert_eq!(code.name(), "USER_NOT_FOUND");
//! assert_eq!(i32::from(SdkCode::from(-77)), -77); // unknown codes survive the round trip
//!
//! // The native SDKs (Android, iOS, Unity, Windows, HarmonyOS) number differently; any
//! // platform's spelling of a constant, or the number, parses.
//! let native: NativeSdkCode = "AgoraChatErrorUserNotFound".parse().unwrap();
//! assert_eq!(native, "204".parse().unwrap());
//! assert_eq!(NativeSdkCode::from(101), NativeSdkCode::InvalidUserName);
//! ```
//!
//! # Classify a REST response
//!
//! [`classify`] reads a status and a body (without copying it) into the documented case, the
//! values in its description, and the advice:
//!
//! ```
//! use im_errors::{Advice, HttpStatus, RestError};
//!
//! let body = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
//! let error = im_errors::classify(401, body);
//! assert_eq!(error.status, HttpStatus::Unauthorized);
//! assert!(error.is(RestError::ExpiredAccessToken));
//! assert_eq!(error.advice, Advice::RefreshToken);
//! assert!(!error.is_retryable());
//! ```
//!
//! [`ImError`] is the owned form, to return from functions (`classify(..).into_owned()`, or
//! [`ImError::from_response`]): the same [`Classification`], with the same fields and methods.
//! Both implement [`std::error::Error`].
//!
//! # Retry as advised
//!
//! Each advice carries a retry policy from `codes.toml`: whether the same request may succeed
//! again, the backoff ([`ImError::suggested_backoff`]), and which retry budget it spends
//! ([`ImError::retry_class`], [`RetryClass`]: a 429 is throttling, a 503 a server error, and a
//! client that keeps budgets counts them apart). The `http` and `reqwest` integrations also
//! read the `Retry-After` header, in seconds or as an HTTP-date ([`ImError::retry_after`]); the
//! suggested backoff is then the longer of the server's wait and the advice's.
//!
//! A 401 is not always a stale token: a refresh is advised only for the token cases. The
//! expired, corrupt and unrecognized access-token cases have [`Advice::RefreshToken`]; a 401
//! that says the user may not edit a message is a request to fix, and a new token would change
//! nothing:
//!
//! ```
//! use im_errors::{Advice, MessageError, RestError};
//!
//! let expired = br#"{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}"#;
//! assert_eq!(im_errors::classify(401, expired).advice, Advice::RefreshToken);
//! let corrupt = br#"{"error":"auth_bad_access_token","error_description":"Unable to authenticate due to corrupt access token"}"#;
//! assert!(im_errors::classify(401, corrupt).is(RestError::CorruptAccessToken));
//! assert_eq!(im_errors::classify(401, corrupt).advice, Advice::RefreshToken);
//!
//! let not_yours = br#"{"error":"message_rewrite_error","error_description":"You are not authorized to edit this message."}"#;
//! let error = im_errors::classify(401, not_yours);
//! assert!(error.is(MessageError::MessageEditNotAuthorized));
//! assert_eq!(error.advice, Advice::FixRequest);
//! ```
//!
//! Neither is retried as it is: after a refresh, send the request again once, yourself. With
//! the `reqwest-retry` feature, [`AdviceRetryStrategy`] makes `reqwest-retry`'s middleware
//! retry exactly the statuses whose advice is retryable, and never a refresh-token one.
//!
//! # Every table, generically
//!
//! Each enum implements [`Code`]; [`TABLES`] lists every table as data ([`Table`], [`Entry`]),
//! which is how the `im-errors` command explains any code of any table.
//!
//! # Features
//!
//! None is on by default; the generated code itself depends on nothing.
//!
//! - `serde`: `Serialize` / `Deserialize` for every code (numbers as numbers, the rest by their
//!   wire string or id; a number or any name reads back), and for the classified error.
//! - `http`: conversions with `http::StatusCode`, [`classify_http`] for an `http::Response`.
//! - `reqwest`, `reqwest-blocking`: read and classify a `reqwest` response, at most
//!   [`MAX_BODY`] + 1 bytes within a deadline ([`DEFAULT_BODY_DEADLINE`], or one of yours),
//!   and its `Retry-After` header; a body the connection cuts short, or that trickles past the
//!   deadline, still gives the status and the header ([`BodyKind::Cut`],
//!   [`BodyKind::TimedOut`]).
//! - `reqwest-retry`: [`AdviceRetryStrategy`], a `reqwest_retry::RetryableStrategy` that
//!   follows the advice (implies `reqwest`).
//!
//! # Your own catalogue
//!
//! [`codes!`] turns a codes TOML file of your own into the same kind of enums; the schema is in
//! the repository's `docs/SCHEMA.md`. The smallest is one table, here of SDK codes, whose
//! entries take their advice from this crate's [`Advice`] (`from = "im_errors"`):
//! [`examples/minimal_codes.toml`](https://github.com/im-errors/im-errors/blob/main/examples/minimal_codes.toml),
//! shipped in this crate's package. The path is relative to the file that invokes `codes!`, as
//! with `include_str!`:
//!
//! ```
//! mod game {
//!     im_errors::codes!("../examples/minimal_codes.toml");
//! }
//!
//! // Codes, with every conversion the crate's own tables have.
//! let code = game::GameCode::from(7);
//! assert_eq!(code, game::GameCode::LobbyFull);
//! assert_eq!(code.name(), "LOBBY_FULL");
//! assert_eq!(code.advice(), im_errors::Advice::Retry);
//! assert_eq!(game::GameCode::from(8).advice(), im_errors::Advice::FixRequest);
//! ```
//!
//! A key the crate's table lacks (`advice = "retyr"`) fails the build with the line of your
//! file that names it. REST cases of your own work the same way on top of the crate's
//! [`HttpStatus`] and [`ErrorType`] too
//! ([`examples/rest_codes.toml`](https://github.com/im-errors/im-errors/blob/main/examples/rest_codes.toml)):
//! its `RestCase` implements [`Catalogue`], and [`classify_with`] classifies responses against
//! it, as [`classify`] does against the crate's.
//!
//! ```
//! mod rooms {
//!     im_errors::codes!("../examples/rest_codes.toml");
//! }
//! use im_errors::{Advice, Classification, HttpStatus};
//!
//! let body = br#"{"error":"service_resource_not_found","error_description":"Room lobby does not exist."}"#;
//! let error = im_errors::classify_with::<rooms::RestCase>(404, body);
//! assert!(error.is(rooms::RoomError::RoomNotFound));
//! assert_eq!(error.param("room"), Some("lobby"));
//! assert_eq!((error.status, error.advice), (HttpStatus::NotFound, Advice::FixRequest));
//! // The owned form, to return from functions.
//! let owned: Classification<'static, rooms::RestCase> = error.into_owned();
//! assert!(owned.to_string().contains("Room lobby does not exist."));
//! ```
//!
//! A catalogue may also declare its own `advice`, `http_status` and `error_type` tables, as
//! this crate's `codes.toml` does, and
//! [`examples/own_tables_codes.toml`](https://github.com/im-errors/im-errors/blob/main/examples/own_tables_codes.toml)
//! in a few lines.
//!
//! The `im-errors-cli` crate's `im-errors` command explains, lists and classifies codes from a
//! terminal (today `cargo install --git https://github.com/im-errors/im-errors im-errors-cli`;
//! once published, `cargo install im-errors-cli`).
// The feature-gated items the page links to: here when their feature is on, on docs.rs (built
// with every feature) when it is off, so that a default build's docs have no broken link. The
// empty line before a link definition is a fragment of its own, or the definition is not one.
#![doc = ""]
#![cfg_attr(
    feature = "reqwest-retry",
    doc = "[`AdviceRetryStrategy`]: crate::AdviceRetryStrategy"
)]
#![cfg_attr(
    not(feature = "reqwest-retry"),
    doc = "[`AdviceRetryStrategy`]: https://docs.rs/im-errors/latest/im_errors/struct.AdviceRetryStrategy.html"
)]
#![cfg_attr(
    feature = "reqwest",
    doc = "[`DEFAULT_BODY_DEADLINE`]: crate::DEFAULT_BODY_DEADLINE"
)]
#![cfg_attr(
    not(feature = "reqwest"),
    doc = "[`DEFAULT_BODY_DEADLINE`]: https://docs.rs/im-errors/latest/im_errors/constant.DEFAULT_BODY_DEADLINE.html"
)]
#![cfg_attr(feature = "http", doc = "[`classify_http`]: crate::classify_http")]
#![cfg_attr(
    not(feature = "http"),
    doc = "[`classify_http`]: https://docs.rs/im-errors/latest/im_errors/fn.classify_http.html"
)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The generated code names its support types by `::im_errors::` paths, as it does in a user's
// crate; this makes the same paths resolve here.
extern crate self as im_errors;

mod body;
mod catalogue;
mod classify;
mod integrations;
mod matching;
mod retry_after;
mod words;

mod codes {
    // The tables' examples are doc tests, reaching the enums as a user does.
    crate::codes!("../codes.toml", doc_path = "im_errors");
}

pub use body::{BodyKind, MAX_BODY, MAX_DEPTH};
pub use catalogue::{
    Anchor, CaseFields, Catalogue, Code, DocHistory, Entry, EntryRef, Fallback, Kind, Observed,
    ParseCodeError, RetryClass, RetryPolicy, Shipped, Table, TemplatePart,
};
pub use classify::{Classification, Drift, ImError, classify, classify_with};
pub use codes::*;
/// Generates one enum per table of a codes TOML file, with every conversion, message and rustdoc,
/// and implements [`Code`] for each. The path is relative to the invoking file, as with
/// `include_str!`; every problem in the file is a compile error at `PATH:LINE:COL`.
///
/// ```ignore
/// mod my_codes {
///     im_errors::codes!("my_codes.toml");
/// }
/// ```
///
/// With `doc_path`, the path another crate reaches the enums by, each table's example is a doc
/// test importing the enum from there; without it, the examples are marked `ignore`:
///
/// ```ignore
/// pub mod errors {
///     im_errors::codes!("errors.toml", doc_path = "my_crate::errors");
/// }
/// ```
pub use im_errors_macros::codes;
pub use retry_after::{MAX_RETRY_AFTER, parse_retry_after};

/// The README's examples, compiled and run as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// What generated code names, and nothing else may: every path `codes!` writes goes through
/// here, so the runtime's public API can change without breaking an expansion, and the
/// version in the path makes a mismatched macro fail with a clear "could not find" instead of
/// a missing-field error in the user's own `codes!` call (the three crates are released
/// together, with `=` requirements between them).
#[doc(hidden)]
pub mod __private {
    /// This version's paths; the generator names the same segment (a test ties both to the
    /// crates' version).
    pub mod v0_1_0 {
        pub use crate::__serde_impls as serde_impls;
        pub use crate::catalogue::{
            Anchor, CaseFields, Catalogue, Code, DocHistory, Entry, EntryRef, Fallback, Kind,
            Observed, ParseCodeError, RetryClass, RetryPolicy, Shipped, Table, TemplatePart,
        };
        #[cfg(feature = "serde")]
        pub use crate::integrations::serde_code::{deserialize_code, serialize_code};
        #[cfg(feature = "serde")]
        pub use serde;

        /// A documented case's fields; no entry generated code asks this of lacks them.
        pub const fn case_of(entry: &'static Entry) -> &'static CaseFields {
            match &entry.case {
                Some(case) => case,
                None => &NO_CASE,
            }
        }

        /// An advice entry's retry policy: one that never retries where the codes file gives
        /// none.
        pub const fn retry_of(entry: &'static Entry) -> RetryPolicy {
            match entry.retry {
                Some(policy) => policy,
                None => RetryPolicy {
                    class: RetryClass::Client,
                    first_ms: None,
                    cap_ms: 0,
                },
            }
        }

        /// The position in `C::ALL` of the entry of `C` (a table imported from another
        /// catalogue) keyed `key`, found while the importing catalogue's constants are
        /// evaluated: a key the table lacks fails the build there with `problem`, which names
        /// the codes file's line, since the macro that reads that file cannot see the other
        /// catalogue.
        pub const fn imported_position<C: Code>(key: &str, problem: &str) -> usize {
            let entries = C::TABLE.entries;
            let mut index = 0;
            while index < entries.len() {
                if same_bytes(entries[index].key.as_bytes(), key.as_bytes()) {
                    return index;
                }
                index += 1;
            }
            panic!("{}", problem)
        }

        const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
            if a.len() != b.len() {
                return false;
            }
            let mut index = 0;
            while index < a.len() {
                if a[index] != b[index] {
                    return false;
                }
                index += 1;
            }
            true
        }

        /// An entry with no field given: generated entries take from it what the codes file
        /// does not say, so that the expansion holds only what it says.
        pub const EMPTY_ENTRY: Entry = Entry {
            variant: "",
            key: "",
            number: None,
            constants: &[],
            reason: None,
            zh: "",
            en: "",
            detail_zh: None,
            detail_en: None,
            advice: None,
            retry: None,
            related: &[],
            cases: &[],
            sources: &[],
            history: &[],
            shipped: &[],
            observed: &[],
            case: None,
        };

        const NO_CASE: CaseFields = CaseFields {
            status: 0,
            error: None,
            template: "",
            parts: &[],
            params: &[],
            cause_zh: "",
            cause_en: "",
            remedy_zh: "",
            remedy_en: "",
            superseded_by: None,
        };
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn the_path_names_this_version() {
            let segment = format!("v{}", env!("CARGO_PKG_VERSION").replace(['.', '-'], "_"));
            assert_eq!(
                segment, "v0_1_0",
                "rename `__private::v0_1_0` and the generator's"
            );
        }
    }
}

/// `Serialize` and `Deserialize` for a generated enum, when im-errors has its `serde` feature;
/// nothing otherwise. The generated code invokes it for every table: the feature is decided
/// here, where it is known, not in the crate that expands `codes!`.
#[cfg(all(feature = "serde", not(all(doc, docsrs))))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($type:ident) => {
        $crate::__serde_impls_with!($type);
    };
}

/// The same, as rustdoc documents im-errors itself for docs.rs: the impls carry the feature's
/// badge. `doc` is set only while rustdoc compiles this crate, never when it is a dependency
/// of the crate being documented, so a user's `codes!` expands the plain form whatever its
/// crate's cfgs: the badge would name another crate's feature, and `doc(cfg)` needs the
/// nightly feature that only this crate turns on.
#[cfg(all(feature = "serde", doc, docsrs))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($type:ident) => {
        $crate::__serde_impls_with!(
            #[doc(cfg(feature = "serde"))]
            $type
        );
    };
}

/// The impls of `__serde_impls`, each with the attributes given.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls_with {
    ($(#[$attr:meta])* $type:ident) => {
        $(#[$attr])*
        impl $crate::__private::v0_1_0::serde::Serialize for $type {
            fn serialize<S: $crate::__private::v0_1_0::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::v0_1_0::serialize_code(self, serializer)
            }
        }

        $(#[$attr])*
        impl<'de> $crate::__private::v0_1_0::serde::Deserialize<'de> for $type {
            fn deserialize<D: $crate::__private::v0_1_0::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::v0_1_0::deserialize_code(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($type:ident) => {};
}
#[cfg(feature = "reqwest-retry")]
pub use integrations::AdviceRetryStrategy;
#[cfg(feature = "reqwest")]
pub use integrations::DEFAULT_BODY_DEADLINE;
#[cfg(feature = "http")]
pub use integrations::classify_http;
pub use matching::MAX_DESCRIPTION;

/// Whether `description` matches a template, by the rules the classifier applies (ASCII case,
/// quote style, runs of white space and a trailing period ignored; each placeholder takes any
/// text). For tools that compare documents with a catalogue, as `im-errors audit` does.
pub fn template_matches(parts: &[TemplatePart], description: &str) -> bool {
    matching::match_template(parts, description).is_some()
}

//! Generated conversions beside hand-written `match`es over the same tables, in one run.
//! `benches/handwritten.rs` is the baseline, written from codes.toml by `scripts/gen-bench-code`
//! with the generated code's semantics (total conversions, same fallback layout, same text).
//! Run with `cargo bench -p im-errors-test-suite --bench codes`; `scripts/bench` turns the
//! medians into ratios.

use std::fmt::Write;
use std::str::FromStr;

use divan::{Bencher, black_box};
use im_errors::{ErrorType, HttpStatus, SdkCode};

mod handwritten;

fn main() {
    // A fixed 256 passes per sample: divan's tuning can settle on one pass after a cold first
    // sample, and then times mostly its timer (docs/BENCHMARKS.md). `--sample-size` overrides.
    divan::Divan::default()
        .sample_size(256)
        .config_with_args()
        .main();
}

/// Known and unknown values mixed, as a client sees them.
fn sdk_numbers() -> Vec<i32> {
    (-6..1310).step_by(7).collect()
}

fn statuses() -> Vec<u16> {
    (380..520).collect()
}

const NAMES: [&str; 8] = [
    "USER_NOT_FOUND",
    "SERVER_BUSY",
    "MODIFY_MESSAGE_FAILED",
    "NOT_A_CODE",
    "REQUEST_TIMEOUT",
    "GROUP_MEMBERS_FULL",
    "WEBIM_CONNCTION_AUTH_ERROR",
    "user_not_found",
];

/// Wire strings as the service sends them, with two it does not.
const TYPES: [&str; 7] = [
    "auth_bad_access_token",
    "reach_limit",
    "Request Entity Too Large",
    "brand_new",
    "FORBIDDEN",
    "duplicate_unique_property_exists",
    "Forbidden",
];

/// Runs `convert` over every input, in a loop the optimiser cannot see through.
fn over<T: Copy + Sync, R>(bencher: Bencher, inputs: &[T], convert: impl Fn(T) -> R + Sync) {
    bencher.bench(|| {
        for &input in inputs {
            black_box(convert(black_box(input)));
        }
    });
}

/// Writes what `render` writes for every value into one reused buffer.
fn into_buffer<T>(bencher: Bencher, values: &[T], render: impl Fn(&mut String, &T)) {
    let mut buffer = String::with_capacity(16 * 1024);
    bencher.bench_local(|| {
        buffer.clear();
        for value in values {
            render(&mut buffer, black_box(value));
        }
        black_box(buffer.len())
    });
}

fn handwritten_sdk_codes() -> Vec<handwritten::Sdk> {
    SdkCode::ALL
        .iter()
        .map(|code| handwritten::Sdk::from(code.code()))
        .collect()
}

#[divan::bench]
fn sdk_from_i32_generated(bencher: Bencher) {
    over(bencher, &sdk_numbers(), SdkCode::from);
}

#[divan::bench]
fn sdk_from_i32_handwritten(bencher: Bencher) {
    over(bencher, &sdk_numbers(), handwritten::Sdk::from);
}

#[divan::bench]
fn status_from_u16_generated(bencher: Bencher) {
    over(bencher, &statuses(), HttpStatus::from);
}

#[divan::bench]
fn status_from_u16_handwritten(bencher: Bencher) {
    over(bencher, &statuses(), handwritten::Status::from);
}

#[divan::bench]
fn sdk_from_str_generated(bencher: Bencher) {
    over(bencher, &NAMES, |name| SdkCode::from_str(name).ok());
}

#[divan::bench]
fn sdk_from_str_handwritten(bencher: Bencher) {
    over(bencher, &NAMES, |name| {
        handwritten::Sdk::from_str(name).ok()
    });
}

#[divan::bench]
fn error_type_from_str_generated(bencher: Bencher) {
    over(bencher, &TYPES, ErrorType::known);
}

#[divan::bench]
fn error_type_from_str_handwritten(bencher: Bencher) {
    over(bencher, &TYPES, handwritten::ErrorTy::known);
}

#[divan::bench]
fn sdk_display_generated(bencher: Bencher) {
    into_buffer(bencher, SdkCode::ALL, |buffer, code| {
        let _ = write!(buffer, "{code}");
    });
}

#[divan::bench]
fn sdk_display_handwritten(bencher: Bencher) {
    into_buffer(bencher, &handwritten_sdk_codes(), |buffer, code| {
        let _ = write!(buffer, "{code}");
    });
}

#[divan::bench]
fn sdk_name_and_message_generated(bencher: Bencher) {
    into_buffer(bencher, SdkCode::ALL, |buffer, code| {
        buffer.push_str(code.name());
        buffer.push_str(code.message_en());
    });
}

#[divan::bench]
fn sdk_name_and_message_handwritten(bencher: Bencher) {
    into_buffer(bencher, &handwritten_sdk_codes(), |buffer, code| {
        buffer.push_str(code.name());
        buffer.push_str(code.message_en());
    });
}

#[divan::bench]
fn status_display_generated(bencher: Bencher) {
    let codes: Vec<HttpStatus> = statuses().into_iter().map(HttpStatus::from).collect();
    into_buffer(bencher, &codes, |buffer, code| {
        let _ = write!(buffer, "{code}");
    });
}

#[divan::bench]
fn status_display_handwritten(bencher: Bencher) {
    let codes: Vec<handwritten::Status> = statuses()
        .into_iter()
        .map(handwritten::Status::from)
        .collect();
    into_buffer(bencher, &codes, |buffer, code| {
        let _ = write!(buffer, "{code}");
    });
}

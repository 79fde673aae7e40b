//! Generated conversions beside hand-written `match`es over the same tables, in one run
//! (`benches/handwritten.rs` is the baseline, written out once from codes.toml).
//! Run with `cargo bench --bench codes`.

use std::fmt::Write;

use divan::{Bencher, black_box};
use im_errors::{ErrorType, HttpStatus, SdkCode};

mod handwritten;

fn main() {
    divan::main();
}

/// Known and unknown values mixed, as a client sees them.
fn sdk_numbers() -> Vec<i32> {
    (-6..1310).step_by(7).collect()
}

fn statuses() -> Vec<u16> {
    (380..520).collect()
}

const NAMES: [&str; 6] = [
    "USER_NOT_FOUND",
    "SERVER_BUSY",
    "MODIFY_MESSAGE_FAILED",
    "NOT_A_CODE",
    "REQUEST_TIMEOUT",
    "GROUP_MEMBERS_FULL",
];
const TYPES: [&str; 5] = [
    "auth_bad_access_token",
    "reach_limit",
    "Request Entity Too Large",
    "brand_new",
    "FORBIDDEN",
];

#[divan::bench]
fn sdk_from_i32_generated(bencher: Bencher) {
    let numbers = sdk_numbers();
    bencher.bench(|| {
        numbers.iter().for_each(|&code| {
            black_box(SdkCode::from(black_box(code)));
        })
    });
}

#[divan::bench]
fn sdk_from_i32_handwritten(bencher: Bencher) {
    let numbers = sdk_numbers();
    bencher.bench(|| {
        numbers.iter().for_each(|&code| {
            black_box(handwritten::sdk_from(black_box(code)));
        })
    });
}

#[divan::bench]
fn status_from_u16_generated(bencher: Bencher) {
    let codes = statuses();
    bencher.bench(|| {
        codes.iter().for_each(|&code| {
            black_box(HttpStatus::from(black_box(code)));
        })
    });
}

#[divan::bench]
fn status_from_u16_handwritten(bencher: Bencher) {
    let codes = statuses();
    bencher.bench(|| {
        codes.iter().for_each(|&code| {
            black_box(handwritten::status_from(black_box(code)));
        })
    });
}

#[divan::bench]
fn sdk_from_name_generated() -> usize {
    NAMES
        .iter()
        .filter_map(|name| black_box(*name).parse::<SdkCode>().ok())
        .count()
}

#[divan::bench]
fn sdk_from_name_handwritten() -> usize {
    NAMES
        .iter()
        .filter_map(|name| handwritten::sdk_from_name(black_box(name)))
        .count()
}

#[divan::bench]
fn error_type_known_generated() -> usize {
    TYPES
        .iter()
        .filter_map(|name| ErrorType::known(black_box(name)))
        .count()
}

#[divan::bench]
fn error_type_known_handwritten() -> usize {
    TYPES
        .iter()
        .filter_map(|name| handwritten::error_type_known(black_box(name)))
        .count()
}

#[divan::bench]
fn name_and_message_into_buffer_generated(bencher: Bencher) {
    let mut buffer = String::with_capacity(4096);
    bencher.bench_local(|| {
        buffer.clear();
        for code in SdkCode::ALL {
            let _ = write!(buffer, "{} {}", code.name(), code.message_en());
        }
        black_box(buffer.len())
    });
}

#[divan::bench]
fn name_and_message_into_buffer_handwritten(bencher: Bencher) {
    let codes: Vec<_> = SdkCode::ALL
        .iter()
        .map(|code| handwritten::sdk_from(code.code()))
        .collect();
    let mut buffer = String::with_capacity(4096);
    bencher.bench_local(|| {
        buffer.clear();
        for &code in &codes {
            let _ = write!(
                buffer,
                "{} {}",
                handwritten::sdk_name(code),
                handwritten::sdk_message(code)
            );
        }
        black_box(buffer.len())
    });
}

//! Classifying a typical error body vs serde_json parsing the same body into a borrowed struct
//! alone (the floor DESIGN.md measured), side by side in one run.
//! Run with `cargo bench --bench classify`.

use std::borrow::Cow;

use divan::{Bencher, black_box};
use serde::Deserialize;

fn main() {
    // A fixed number of passes per sample, for the reason benches/codes.rs gives.
    divan::Divan::default()
        .sample_size(64)
        .config_with_args()
        .main();
}

const BODIES: [(u16, &[u8]); 3] = [
    (401, br#"{"error":"unauthorized","exception":"EasemobSecurityException","timestamp":1700000000000,"duration":0,"error_description":"Unable to authenticate due to expired access token"}"#),
    (403, br#"{"error":"forbidden_op","exception":"ForbiddenOpException","timestamp":1700000000000,"duration":1,"error_description":"can not join this group, reason:user: alice already in group: 40659491815425."}"#),
    (429, br#"{"error":"reach_limit","exception":"RateLimitException","timestamp":1700000000000,"duration":0,"error_description":"This request has reached api limit"}"#),
];

#[allow(dead_code, reason = "the text is parsed, which is what is measured")]
#[derive(Deserialize)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

#[allow(dead_code, reason = "the fields are parsed, which is what is measured")]
#[derive(Deserialize)]
struct Body<'a> {
    #[serde(borrow)]
    error: Option<Text<'a>>,
    #[serde(borrow)]
    error_description: Option<Text<'a>>,
    #[serde(borrow)]
    exception: Option<Text<'a>>,
    timestamp: Option<i64>,
    duration: Option<i64>,
}

#[divan::bench]
fn serde_json_borrowed_parse(bencher: Bencher) {
    bencher.bench(|| {
        for (_, body) in BODIES {
            black_box(serde_json::from_slice::<Body<'_>>(black_box(body)).ok());
        }
    });
}

#[divan::bench]
fn classify(bencher: Bencher) {
    bencher.bench(|| {
        for (status, body) in BODIES {
            black_box(im_errors::classify(black_box(status), black_box(body)));
        }
    });
}

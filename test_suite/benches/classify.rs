//! Classifying error bodies vs serde_json parsing the same bodies into a borrowed struct alone
//! (the floor DESIGN.md measured), side by side in one run, over four corpora:
//!
//! - `easy`: three bodies that match a case early;
//! - `per_api_rows`: a body for every documented case of every table (the per-API rows of the
//!   current docs and the general page), each with sample values in its placeholders;
//! - `unmatched`: the same bodies with a word of the description changed, so that no case
//!   matches and every candidate of the status is tried: the worst case of the scan;
//! - `doc_rows`: the 193 distinct rows of the current per-API doc pages as they print them
//!   (`benches/doc_rows.tsv`), placeholders written `XXX` and the like: real text, some of it
//!   matching no case;
//! - `mixed`: what a client meets: matched cases, unknown types, gateway pages, empty and
//!   truncated bodies, unmatched descriptions;
//! - `long`: descriptions near the matcher's 1 KiB limit.
//!
//! Run with `cargo bench -p im-errors-test-suite --bench classify`; `scripts/bench` prints the
//! ratios.

use std::borrow::Cow;
use std::sync::LazyLock;

use divan::{Bencher, black_box};
use im_errors::{RestCase, TemplatePart};
use serde::Deserialize;

fn main() {
    // A fixed number of passes per sample, for the reason benches/codes.rs gives.
    divan::Divan::default()
        .sample_size(16)
        .config_with_args()
        .main();
}

type Corpus = Vec<(u16, Vec<u8>)>;

fn body(error: Option<&str>, description: &str) -> Vec<u8> {
    let mut object = serde_json::json!({
        "exception": "com.easemob.RestException",
        "timestamp": 1_700_000_000_000_i64,
        "duration": 0,
        "error_description": description,
    });
    if let Some(error) = error {
        object["error"] = error.into();
    }
    serde_json::to_vec(&object).expect("a JSON body")
}

fn rendered(case: RestCase) -> String {
    (case.template_parts().iter())
        .map(|part| match part {
            TemplatePart::Literal(text) => (*text).to_owned(),
            TemplatePart::Param(name) if name.contains("id") => "40659491815425".to_owned(),
            TemplatePart::Param(_) => "alice42".to_owned(),
        })
        .collect()
}

static EASY: LazyLock<Corpus> = LazyLock::new(|| {
    vec![
        (401, br#"{"error":"unauthorized","exception":"EasemobSecurityException","timestamp":1700000000000,"duration":0,"error_description":"Unable to authenticate due to expired access token"}"#.to_vec()),
        (403, br#"{"error":"forbidden_op","exception":"ForbiddenOpException","timestamp":1700000000000,"duration":1,"error_description":"can not join this group, reason:user: alice already in group: 40659491815425."}"#.to_vec()),
        (429, br#"{"error":"reach_limit","exception":"RateLimitException","timestamp":1700000000000,"duration":0,"error_description":"This request has reached api limit"}"#.to_vec()),
    ]
});

static PER_API_ROWS: LazyLock<Corpus> = LazyLock::new(|| {
    (RestCase::ALL.iter())
        .map(|case| (case.status().code(), body(case.error(), &rendered(*case))))
        .collect()
});

/// The per-API doc pages' rows, each as a body with its status and type.
static DOC_ROWS: LazyLock<Corpus> = LazyLock::new(|| {
    (include_str!("doc_rows.tsv").lines())
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.splitn(3, '\t');
            let status = fields.next()?.parse().ok()?;
            let error = fields.next().filter(|error| !error.is_empty());
            Some((status, body(error, fields.next()?)))
        })
        .collect()
});

/// Each documented description with its last word replaced, under the case's status and type.
static UNMATCHED: LazyLock<Corpus> = LazyLock::new(|| {
    (RestCase::ALL.iter())
        .map(|case| {
            let text = rendered(*case);
            let cut = text.trim_end().rfind(' ').unwrap_or(0);
            let description = format!("{} zzqx", &text[..cut]);
            (case.status().code(), body(case.error(), &description))
        })
        .collect()
});

static MIXED: LazyLock<Corpus> = LazyLock::new(|| {
    let mut corpus: Corpus = Vec::new();
    // Every fourth documented case and doc page row, a few unmatched ones, unknown types, and
    // what gateways and proxies send.
    corpus.extend(PER_API_ROWS.iter().step_by(4).cloned());
    corpus.extend(DOC_ROWS.iter().step_by(4).cloned());
    corpus.extend(UNMATCHED.iter().step_by(16).cloned());
    corpus.extend([
        (
            400,
            body(Some("some_new_type"), "a description no document lists"),
        ),
        (
            500,
            body(Some("internal_error"), "java.lang.NullPointerException"),
        ),
        (404, body(None, "not found")),
        (
            502,
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>".to_vec(),
        ),
        (504, b"<html><body>Gateway Timeout</body></html>".to_vec()),
        (503, Vec::new()),
        (
            429,
            br#"{"error":"reach_limit","error_description":"This request has reached api limit"}"#
                .to_vec(),
        ),
        (400, br#"{"error":"json_parse","error_desc"#.to_vec()),
        (
            401,
            br#"{"error":"unauthorized","error_description":"Unable to authenticate (OAuth)"}"#
                .to_vec(),
        ),
    ]);
    corpus
});

/// Descriptions just under the matcher's limit, matched and not.
static LONG: LazyLock<Corpus> = LazyLock::new(|| {
    let filler = "x".repeat(im_errors::MAX_DESCRIPTION - 80);
    vec![
        (
            400,
            body(
                Some("illegal_argument"),
                &format!("username {filler} is not legal"),
            ),
        ),
        (
            400,
            body(
                Some("illegal_argument"),
                &format!("{filler} is not a thing anyone documented"),
            ),
        ),
        (
            403,
            body(
                Some("forbidden_op"),
                &format!("users [{filler}] are not members of this group!"),
            ),
        ),
    ]
});

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

fn serde_json_over(bencher: Bencher, corpus: &Corpus) {
    bencher.bench(|| {
        for (_, body) in corpus {
            black_box(serde_json::from_slice::<Body<'_>>(black_box(body)).ok());
        }
    });
}

fn classify_over(bencher: Bencher, corpus: &Corpus) {
    bencher.bench(|| {
        for (status, body) in corpus {
            black_box(im_errors::classify(black_box(*status), black_box(body)));
        }
    });
}

/// One pair of benches per corpus: `serde_json_NAME` and `classify_NAME`.
macro_rules! corpus {
    ($serde:ident, $classify:ident, $corpus:ident) => {
        #[divan::bench]
        fn $serde(bencher: Bencher) {
            serde_json_over(bencher, &$corpus);
        }

        #[divan::bench]
        fn $classify(bencher: Bencher) {
            classify_over(bencher, &$corpus);
        }
    };
}

corpus!(serde_json_easy, classify_easy, EASY);
corpus!(serde_json_per_api_rows, classify_per_api_rows, PER_API_ROWS);
corpus!(serde_json_doc_rows, classify_doc_rows, DOC_ROWS);
corpus!(serde_json_unmatched, classify_unmatched, UNMATCHED);
corpus!(serde_json_mixed, classify_mixed, MIXED);
corpus!(serde_json_long, classify_long, LONG);

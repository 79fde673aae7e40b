//! Times the generator on a codes file: parse, validate, expand, and the three together, as the
//! `codes!` macro runs them (scripts/bench-build uses it for the scaling figures).
//!
//! ```text
//! cargo run --release -p im-errors-codegen --example expand_time -- codes.toml [MIN_SECONDS]
//! ```
//!
//! Prints one line: `entries=N bytes=B load_ms=.. expand_ms=.. total_ms=.. tokens=T runs=R`
//! (load: parse and validate), each time the median of the runs (at least 3, and as many as fit in
//! MIN_SECONDS, 1 by default).

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use im_errors_codegen::{expand, load};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: expand_time CODES.toml [MIN_SECONDS]");
        return ExitCode::FAILURE;
    };
    let budget = args
        .next()
        .and_then(|seconds| seconds.parse::<f64>().ok())
        .map_or(Duration::from_secs(1), Duration::from_secs_f64);
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("expand_time: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut times: [Vec<Duration>; 3] = Default::default();
    let mut entries = 0;
    let mut tokens = 0;
    let started = Instant::now();
    while times[0].len() < 3 || started.elapsed() < budget {
        let start = Instant::now();
        let catalog = match load(black_box(&source)) {
            Ok(catalog) => catalog,
            Err(problems) => {
                eprintln!(
                    "expand_time: {path}: {} problems, first: {}",
                    problems.len(),
                    problems[0].render(&path, &source)
                );
                return ExitCode::FAILURE;
            }
        };
        let loaded = Instant::now();
        let items = expand(&catalog, Default::default(), &path, &source);
        let expanded = Instant::now();
        entries = catalog.tables.iter().map(|table| table.entries.len()).sum();
        tokens = count(black_box(items));
        times[0].push(loaded - start);
        times[1].push(expanded - loaded);
        times[2].push(expanded - start);
    }
    let runs = times[0].len();
    let [load, expand, total] = times.map(median_ms);
    println!(
        "entries={entries} bytes={} load_ms={load:.2} expand_ms={expand:.2} total_ms={total:.2} tokens={tokens} runs={runs}",
        source.len(),
    );
    ExitCode::SUCCESS
}

fn median_ms(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

/// Token trees in the stream, nested groups included.
fn count(stream: proc_macro2::TokenStream) -> usize {
    stream
        .into_iter()
        .map(|tree| match tree {
            proc_macro2::TokenTree::Group(group) => 1 + count(group.stream()),
            _ => 1,
        })
        .sum()
}

//! `im-errors`: the `rustc --explain` of the Easemob / Agora Chat IM service.

mod entry;
mod render;
mod search;

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use render::{Lang, Style};
use serde_json::json;

#[derive(Parser)]
#[command(
    name = "im-errors",
    version,
    about = "Explain, list and classify the error codes of the Easemob / Agora Chat IM service"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explain a code: a number (HTTP status or SDK code), an `error` string, an SDK constant,
    /// a REST case id or a variant name, ignoring case.
    #[command(
        after_help = "Examples:\n  im-errors explain 500\n  im-errors explain auth_bad_access_token\n  im-errors explain USER_NOT_FOUND --lang en\n  im-errors explain expired_access_token --json\n\nExit status: 0 found, 1 nothing matches, 2 usage error."
    )]
    Explain {
        /// What to look up.
        query: String,
        /// Show one language only.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Print a JSON array of the matching entries.
        #[arg(long)]
        json: bool,
    },
    /// List every entry of the catalogue.
    #[command(
        after_help = "Examples:\n  im-errors list --kind sdk\n  im-errors list --format json\n  im-errors list --format markdown > docs/CODES.md"
    )]
    List {
        /// Only entries of this kind.
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Classify a REST response: its status and body (from FILE, or standard input).
    #[command(
        after_help = "Examples:\n  im-errors classify --status 401 body.json\n  curl -s ... | im-errors classify --status 429 --json\n\nA body that cannot be read is reported, not an error: the exit status is 0."
    )]
    Classify {
        /// The HTTP status of the response.
        #[arg(long)]
        status: u16,
        /// The response body; standard input when absent.
        file: Option<PathBuf>,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Validate a codes TOML file and print every problem as PATH:LINE:COL: message.
    #[command(
        after_help = "Examples:\n  im-errors check\n  im-errors check my_codes.toml\n\nExit status: 0 valid, 1 problems found or unreadable."
    )]
    Check {
        /// The file to check.
        #[arg(default_value = "codes.toml")]
        path: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
    Http,
    Type,
    Rest,
    Sdk,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Http => "http",
            Kind::Type => "type",
            Kind::Rest => "rest",
            Kind::Sdk => "sdk",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
    Markdown,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Explain { query, lang, json } => explain(&query, lang, json),
        Command::List { kind, format } => list(kind, format),
        Command::Classify { status, file, json } => classify(status, file, json),
        Command::Check { path } => check(&path),
    }
}

/// `println!` that ends quietly when the reader has closed the pipe; see [`emit`].
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Writes to standard output. A reader that stops early (`im-errors list | head`) closes the
/// pipe: that ends the output, it is not an error worth a panic.
fn emit(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn explain(query: &str, lang: Option<Lang>, json: bool) -> ExitCode {
    let entries = entry::all(None);
    let found = search::find(&entries, query);
    if found.is_empty() {
        eprintln!("im-errors: nothing matches `{query}`");
        let suggestions = search::suggest(&entries, query);
        if !suggestions.is_empty() {
            eprintln!("did you mean: {}?", suggestions.join(", "));
        }
        return ExitCode::FAILURE;
    }
    if json {
        out!(
            "{}",
            serde_json::to_string_pretty(&found).unwrap_or_default()
        );
    } else {
        let style = Style::detect();
        let blocks: Vec<String> = found
            .iter()
            .map(|entry| render::entry(entry, lang, style))
            .collect();
        emit(&blocks.join("\n"));
    }
    ExitCode::SUCCESS
}

fn list(kind: Option<Kind>, format: Format) -> ExitCode {
    let entries = entry::all(kind.map(Kind::as_str));
    match format {
        Format::Table => emit(&render::table(&entries)),
        Format::Json => out!(
            "{}",
            serde_json::to_string_pretty(&entries).unwrap_or_default()
        ),
        Format::Markdown => emit(&render::markdown(&entries)),
    }
    ExitCode::SUCCESS
}

fn classify(status: u16, file: Option<PathBuf>, json: bool) -> ExitCode {
    let mut body = Vec::new();
    let read = match &file {
        Some(path) => std::fs::read(path).map(|bytes| body = bytes),
        None => std::io::stdin().read_to_end(&mut body).map(drop),
    };
    if let Err(error) = read {
        let source = file.map_or_else(
            || "standard input".to_owned(),
            |path| path.display().to_string(),
        );
        eprintln!("im-errors: cannot read {source}: {error}");
        return ExitCode::FAILURE;
    }
    let classified = im_errors::classify(status, &body);
    let params: serde_json::Map<String, serde_json::Value> = classified
        .params()
        .map(|(name, value)| (name.to_owned(), value.into()))
        .collect();
    if json {
        let object = json!({
            "status": classified.status.code(),
            "error": classified.error.as_deref(),
            "description": classified.description.as_deref(),
            "case": classified.case.map(|case| case.variant_name()),
            "params": params,
            "advice": classified.advice.id(),
            "body": classified.body.to_string(),
            "retryable": classified.is_retryable(),
        });
        out!(
            "{}",
            serde_json::to_string_pretty(&object).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    out!("status: {}", classified.status);
    out!("body: {}", classified.body);
    out!("error: {}", classified.error.as_deref().unwrap_or("(none)"));
    out!(
        "description: {}",
        classified.description.as_deref().unwrap_or("(none)")
    );
    match classified.case {
        Some(case) => out!(
            "case: RestError::{} ({}) / {}",
            case.variant_name(),
            case.message_en(),
            case.message_zh()
        ),
        None => out!("case: (no documented case matches)"),
    }
    for (name, value) in &params {
        out!("  {name} = {value}");
    }
    out!(
        "advice: {} / {} ({})",
        classified.advice.message_en(),
        classified.advice.message_zh(),
        classified.advice.id()
    );
    ExitCode::SUCCESS
}

fn check(path: &std::path::Path) -> ExitCode {
    let shown = path.display().to_string();
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("{shown}: cannot read: {error}");
            return ExitCode::FAILURE;
        }
    };
    match im_errors_codegen::load(&source) {
        Ok(catalog) => {
            let entries: usize = catalog.tables.iter().map(|table| table.entries.len()).sum();
            out!(
                "ok: {shown}: {} tables, {entries} entries",
                catalog.tables.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{}", problem.render(&shown, &source));
            }
            eprintln!("{shown}: {} problem(s)", problems.len());
            ExitCode::FAILURE
        }
    }
}

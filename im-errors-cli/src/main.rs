//! `im-errors`: the `rustc --explain` of the Easemob / Agora Chat IM service.

mod audit;
mod entry;
mod output;
mod render;
mod schema;
mod search;
mod terminal;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use output::{Out, warn};
use render::{Lang, Style};

/// The largest codes file `check` and `audit` read: the real catalogue is well under 1 MiB, and
/// a file this size holds a hundred times its entries.
const MAX_CATALOGUE: u64 = 32 * 1024 * 1024;

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
    /// Explain a code: a number (HTTP status or SDK code of any SDK table), an `error` string,
    /// an SDK constant in any platform's spelling, a REST case id or a variant name, ignoring
    /// case.
    #[command(
        after_help = "Examples:\n  im-errors explain 500\n  im-errors explain -1\n  im-errors explain auth_bad_access_token\n  im-errors explain EMErrorUserNotFound --lang en\n  im-errors explain expired_access_token --json\n\nExit status: 0 found, 1 nothing matches (with --json, `[]` is printed), 2 usage error."
    )]
    Explain {
        /// What to look up; negative numbers need no `--`.
        #[arg(allow_negative_numbers = true)]
        query: String,
        /// Show one language only.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Print a JSON array of the matching entries.
        #[arg(long)]
        json: bool,
    },
    /// List every entry of the catalogue, table by table.
    #[command(
        after_help = "Examples:\n  im-errors list --kind sdk\n  im-errors list --table NativeSdkCode --format json\n  im-errors list --format markdown > docs/CODES.md"
    )]
    List {
        /// Only tables of this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Only the table of this name (the enum's name, ignoring case).
        #[arg(long)]
        table: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Classify a REST response, its status and body, into the documented case, its values and
    /// the advice.
    #[command(
        after_help = "Examples:\n  im-errors classify --status 401 body.json\n  curl -s ... | im-errors classify --status 429 --json -\n\nReads at most the body limit (64 KiB) plus one byte. A body that is not a JSON error object is reported in the output, not an error: exit 0. A file that cannot be read: exit 1."
    )]
    Classify {
        /// The HTTP status of the response.
        #[arg(long)]
        status: u16,
        /// The response body: a file, or `-` (the default) for standard input.
        file: Option<PathBuf>,
        /// Print one JSON object: the library's serde form of the classified error.
        #[arg(long)]
        json: bool,
    },
    /// Validate a codes TOML file: every problem as PATH:LINE:COL: message.
    #[command(
        after_help = "Examples:\n  im-errors check\n  im-errors check my_codes.toml\n\nFiles over 32 MiB are refused. Exit status: 0 valid, 1 problems found or unreadable."
    )]
    Check {
        /// The file to check.
        #[arg(default_value = "codes.toml")]
        path: PathBuf,
    },
    /// Print a JSON Schema of the codes TOML file, for editors (taplo, Even Better TOML) that
    /// check keys and kinds while a person types; codes.toml names it on its first line. Or
    /// print its keys, kind by kind, as the markdown tables of docs/SCHEMA.md.
    #[command(
        after_help = "Examples:\n  im-errors schema > docs/codes.schema.json\n  im-errors schema --format markdown\n\nThe markdown stands in docs/SCHEMA.md between the comments it starts and ends with."
    )]
    Schema {
        /// Output format.
        #[arg(long, value_enum, default_value_t = SchemaFormat::Json)]
        format: SchemaFormat,
    },
    /// Compare the error tables of documentation pages (markdown) and the status-code table of a
    /// shipped Web SDK (a .d.ts, a JS file, an unpacked package) with a catalogue: every row
    /// missing from it or whose wire text differs, as PATH:LINE: message.
    #[command(
        after_help = "Reads from a page the per-API tables (| HTTP 状态码 | 错误类型 | 错误提示 | ...) and the SDK tables (| 错误码 | 错误信息 | ...); from an SDK, the `enum Code { NAME = NUMBER, ... }` of a TypeScript declaration file, or in a JS file the object literal (`exports.code = { NAME: NUMBER, ... }`) or compiled enum (`e[e.NAME=NUMBER]=\"NAME\"`) that defines WEBIM_CONNCTION_OPEN_ERROR or REQUEST_TIMEOUT. In a folder (an unpacked npm package) it reads status.d.ts, else another .d.ts with the enum, else the JS file with the fullest table, and says which; symbolic links are not followed. Each SDK constant is a row, compared by number and constant or alias; a name that the history of its number's entry keeps is not reported.\n\nExamples:\n  im-errors audit codes.toml docs/server-side/*.md\n  im-errors audit codes.toml page.md --format toml >> codes.toml\n  im-errors audit codes.toml node_modules/easemob-websdk/status.d.ts\n  im-errors audit codes.toml node_modules/easemob-websdk\n\nFiles over 32 MiB are refused, and so are files with no such table, pages with an HTML table and tables with no closing `}`. Exit status: 0 every row is in the catalogue, 1 some row is not (or a file or a row cannot be read), 2 usage error."
    )]
    Audit {
        /// The codes TOML file to compare against.
        catalogue: PathBuf,
        /// Documentation pages (markdown), SDK files (.d.ts, .js) or unpacked SDK packages
        /// (folders).
        #[arg(required = true)]
        docs: Vec<PathBuf>,
        /// `report`: one line per missing or differing row; `toml`: skeleton entries for the
        /// missing rows, wire facts filled in, our words left for a person.
        #[arg(long, value_enum, default_value_t = audit::Format::Report)]
        format: audit::Format,
    },
}

/// A `--kind` value: every kind's label, from the kinds themselves, so a new one is offered as
/// soon as it exists.
#[derive(Clone, Copy)]
struct KindArg(im_errors::Kind);

impl ValueEnum for KindArg {
    fn value_variants<'a>() -> &'a [Self] {
        const KINDS: [KindArg; im_errors::Kind::ALL.len()] = {
            let mut kinds = [KindArg(im_errors::Kind::ALL[0]); im_errors::Kind::ALL.len()];
            let mut index = 0;
            while index < kinds.len() {
                kinds[index] = KindArg(im_errors::Kind::ALL[index]);
                index += 1;
            }
            kinds
        };
        &KINDS
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.label()))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaFormat {
    Json,
    Markdown,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Printing help or an error to a closed stream is not worth a panic.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let mut out = Out::stdout();
    let status = match cli.command {
        Command::Explain { query, lang, json } => explain(&mut out, &query, lang, json),
        Command::List {
            kind,
            table,
            format,
        } => list(&mut out, kind, table.as_deref(), format),
        Command::Classify { status, file, json } => classify(&mut out, status, file, json),
        Command::Check { path } => check(&mut out, &path),
        Command::Schema { format } => {
            match format {
                SchemaFormat::Json => out.json(&schema::json_schema()),
                SchemaFormat::Markdown => out.text(&schema::markdown()),
            }
            ExitCode::SUCCESS
        }
        Command::Audit {
            catalogue,
            docs,
            format,
        } => audit::run(&mut out, &catalogue, &docs, format),
    };
    out.finish(status)
}

fn explain(out: &mut Out, query: &str, lang: Option<Lang>, json: bool) -> ExitCode {
    let entries = entry::all(None, None);
    let found = search::find(&entries, query);
    if json {
        out.json(&found);
    } else if !found.is_empty() {
        let style = Style::detect();
        let mut blocks: Vec<String> = Vec::new();
        for (index, item) in found.iter().enumerate() {
            let first_of_table = index == 0 || !std::ptr::eq(found[index - 1].table, item.table);
            let heading = first_of_table.then(|| render::heading(item.table) + "\n");
            blocks.push(heading.unwrap_or_default() + &render::entry(item, lang, style));
        }
        out.text(&blocks.join("\n"));
    }
    if !found.is_empty() {
        return ExitCode::SUCCESS;
    }
    warn(&format!("im-errors: nothing matches `{query}`"));
    let suggestions = search::suggest(&entries, query);
    if !suggestions.is_empty() {
        warn(&format!("did you mean: {}?", suggestions.join(", ")));
    }
    ExitCode::FAILURE
}

fn list(out: &mut Out, kind: Option<KindArg>, table: Option<&str>, format: Format) -> ExitCode {
    let entries = entry::all(kind.map(|kind| kind.0), table);
    if entries.is_empty() && table.is_some() {
        warn(&format!(
            "im-errors: no table `{}`",
            table.unwrap_or_default()
        ));
        return ExitCode::FAILURE;
    }
    match format {
        Format::Table => out.text(&render::table(&entries)),
        Format::Json => out.json(&entries),
        Format::Markdown => out.text(&render::markdown(&entries)),
    }
    ExitCode::SUCCESS
}

/// Reads at most `limit` bytes of `file` (`-` or none: standard input).
fn read_bounded(file: Option<&Path>, limit: u64) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    let read = match file.filter(|path| *path != Path::new("-")) {
        Some(path) => std::fs::File::open(path)
            .and_then(|file| file.take(limit).read_to_end(&mut body))
            .map_err(|error| format!("cannot read {}: {error}", path.display())),
        None => (std::io::stdin().take(limit).read_to_end(&mut body))
            .map_err(|error| format!("cannot read standard input: {error}")),
    };
    read.map(|_| body)
}

fn classify(out: &mut Out, status: u16, file: Option<PathBuf>, json: bool) -> ExitCode {
    // One byte past the limit is enough to tell a body too large to read.
    let limit = im_errors::MAX_BODY as u64 + 1;
    let body = match read_bounded(file.as_deref(), limit) {
        Ok(body) => body,
        Err(message) => {
            warn(&format!("im-errors: {message}"));
            return ExitCode::FAILURE;
        }
    };
    let classified = im_errors::classify(status, &body);
    if json {
        out.json(&classified);
        return ExitCode::SUCCESS;
    }
    let text = |value: Option<&str>| value.map_or_else(|| "(none)".to_owned(), terminal::text);
    let mut lines = vec![
        format!("status: {}", classified.status),
        format!("body: {}", classified.body),
        format!("error: {}", text(classified.error.as_deref())),
        format!("description: {}", text(classified.description.as_deref())),
    ];
    lines.push(match classified.case {
        Some(case) => format!(
            "case: {}::{} ({}) / {}",
            case.table().name,
            case.entry().variant,
            case.message_en(),
            case.message_zh()
        ),
        None => "case: (no documented case matches)".to_owned(),
    });
    if let Some(drift) = classified.drift() {
        lines.push(format!("note: {drift}"));
    }
    for (name, value) in classified.params() {
        lines.push(format!("  {name} = {}", terminal::text(value)));
    }
    lines.push(format!(
        "advice: {} / {} ({})",
        classified.advice.message_en(),
        classified.advice.message_zh(),
        classified.advice.id()
    ));
    out.text(&(lines.join("\n") + "\n"));
    ExitCode::SUCCESS
}

/// A codes file's bytes, refusing one over [`MAX_CATALOGUE`].
pub(crate) fn read_catalogue(path: &Path) -> Result<Vec<u8>, String> {
    read_file_bounded(path, MAX_CATALOGUE, "a codes file")
}

/// A file's bytes, refusing one over `limit` (`what` names the file in the message): a file by
/// its size before it is read, a stream (a pipe, a device) once it has given one byte more.
pub(crate) fn read_file_bounded(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, String> {
    let shown = path.display();
    let over = |size: &str| {
        format!(
            "{shown}: {size} is over the {} MiB {what} may have",
            limit / 1024 / 1024
        )
    };
    let size = std::fs::metadata(path)
        .map_err(|error| format!("{shown}: cannot read: {error}"))?
        .len();
    if size > limit {
        return Err(over(&format!("{size} bytes")));
    }
    let bytes = read_bounded(Some(path), limit + 1).map_err(|error| format!("{shown}: {error}"))?;
    if bytes.len() as u64 > limit {
        return Err(over("what it gives"));
    }
    Ok(bytes)
}

/// What the build would refuse in tables imported from this crate's catalogue (`from =
/// "im_errors"`), which the command links and so can check as the macro cannot: a table name or
/// kind the crate lacks, a key its table lacks. Tables imported from elsewhere are checked by
/// the build alone.
fn imported_problems(
    catalog: &im_errors_codegen::Catalog,
    path: &str,
    source: &str,
) -> Vec<String> {
    // The module path a user's catalogue names this crate by.
    const OWN: &str = "im_errors";
    let own = |name: &str| im_errors::TABLES.iter().find(|table| table.name == name);
    let mut problems = Vec::new();
    for table in catalog.tables.iter() {
        let Some(from) = table.imported.as_ref().filter(|from| from.value == OWN) else {
            continue;
        };
        let name = &table.name.value;
        let found = own(name).filter(|own| own.kind.as_str() == table.kind.as_str());
        if found.is_none() {
            let message = format!("`{OWN}` has no table `{name}` of kind `{}`", table.kind);
            problems.push(im_errors_codegen::Diagnostic::new(
                from.span.clone(),
                message,
            ));
        }
    }
    for imported in catalog.imported_keys() {
        let Some(table) = own(&imported.table.name.value).filter(|_| imported.from == OWN) else {
            continue;
        };
        if !table
            .entries
            .iter()
            .any(|entry| entry.key == imported.key.value)
        {
            let problem =
                im_errors_codegen::Diagnostic::new(imported.key.span.clone(), imported.problem());
            problems.push(problem);
        }
    }
    problems.sort_by_key(|problem| problem.span.start);
    im_errors_codegen::render_all(&problems, path, source)
}

fn check(out: &mut Out, path: &Path) -> ExitCode {
    let shown = path.display().to_string();
    let bytes = match read_catalogue(path) {
        Ok(bytes) => bytes,
        Err(message) => {
            warn(&message);
            return ExitCode::FAILURE;
        }
    };
    let problems = match im_errors_codegen::load_file(&shown, &bytes) {
        Ok(catalog) => {
            let problems = imported_problems(&catalog, &shown, &String::from_utf8_lossy(&bytes));
            if problems.is_empty() {
                let entries: usize = catalog.tables.iter().map(|table| table.entries.len()).sum();
                out.text(&format!(
                    "ok: {shown}: {} tables, {entries} entries\n",
                    catalog.tables.len()
                ));
                return ExitCode::SUCCESS;
            }
            problems
        }
        Err(problems) => problems,
    };
    for problem in &problems {
        warn(problem);
    }
    warn(&format!("{shown}: {} problem(s)", problems.len()));
    ExitCode::FAILURE
}

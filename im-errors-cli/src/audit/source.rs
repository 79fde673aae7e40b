//! What `audit` reads a path as: a markdown page, a file of an SDK (a TypeScript declaration
//! file, a JS file), or a folder of an unpacked SDK package, in which it reads the one file whose
//! status-code table is the one to compare.

use std::path::{Path, PathBuf};

use super::page::{self, Located};
use super::sdk;

/// The largest file `audit` reads: a documentation page is tens of KiB, an SDK bundle a few MiB,
/// and a file this size holds hundreds of thousands of rows.
pub const MAX_FILE: u64 = 32 * 1024 * 1024;

/// The most a folder's walk visits, files and folders: an unpacked package has tens.
const MAX_ENTRIES: usize = 100_000;

/// The deepest a folder's walk goes.
const MAX_DEPTH: usize = 32;

/// The most a folder's walk reads, over all its files.
const MAX_FOLDER_READ: u64 = 256 * 1024 * 1024;

/// The rows read from one path.
pub struct Source {
    /// The file the rows are from, as the report names it.
    pub shown: String,
    pub rows: Vec<Located>,
    /// For a folder: which file was read, and why that one.
    pub note: Option<String>,
}

/// How a file's name says to read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Markdown,
    /// TypeScript or JS.
    Code,
    /// Any other name: a table of either kind.
    Either,
}

fn kind(path: &Path) -> Kind {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().to_lowercase());
    let ends = |suffixes: &[&str]| {
        (name.as_deref()).is_some_and(|name| suffixes.iter().any(|suffix| name.ends_with(suffix)))
    };
    if ends(&[".md", ".markdown", ".mdx"]) {
        Kind::Markdown
    } else if ends(&[".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"]) {
        Kind::Code
    } else {
        Kind::Either
    }
}

/// The rows of `path`: a file's tables, or those of the file of a folder that has the table;
/// the error says why there are none to read, naming the file.
pub fn read(path: &Path) -> Result<Source, String> {
    let shown = path.display().to_string();
    let cannot = |why: String| format!("{shown}: cannot audit: {why}");
    if std::fs::metadata(path).is_ok_and(|metadata| metadata.is_dir()) {
        return folder(path).map_err(cannot);
    }
    let bytes = crate::read_file_bounded(path, MAX_FILE, "a page")?;
    let rows = file(path, &bytes).map_err(cannot)?;
    Ok(Source {
        shown,
        rows,
        note: None,
    })
}

/// The rows of a file, read as its name says.
fn file(path: &Path, bytes: &[u8]) -> Result<Vec<Located>, String> {
    let kind = kind(path);
    if kind != Kind::Markdown {
        // An SDK's names and numbers are ASCII: a byte that is not UTF-8 is in a string or a
        // comment, and no reason to refuse the file.
        if let Some(rows) = sdk::rows(&String::from_utf8_lossy(bytes))? {
            return Ok(rows);
        }
        if kind == Kind::Code {
            return Err(format!("no error table found ({})", sdk::SOUGHT));
        }
    }
    let page = std::str::from_utf8(bytes).map_err(|error| format!("cannot read: {error}"))?;
    match page::rows(page) {
        Err(why) if kind == Kind::Either && why == page::NO_TABLE => Err(format!(
            "no error table found (a markdown `| HTTP 状态码 | 错误类型 |` or `| 错误码 |` \
             header, {})",
            sdk::SOUGHT
        )),
        rows => rows,
    }
}

/// Which files of a package a folder's walk reads, first to last: the status-code declaration
/// (`status.d.ts`), the other TypeScript declarations, then the JS.
fn rank(path: &Path) -> Option<u8> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let ends = |suffixes: &[&str]| suffixes.iter().any(|suffix| name.ends_with(suffix));
    if ends(&[".ts", ".mts", ".cts"]) {
        Some(if name.starts_with("status.") { 0 } else { 1 })
    } else if ends(&[".js", ".mjs", ".cjs"]) {
        Some(2)
    } else {
        None
    }
}

const RANKS: [&str; 3] = [
    "a status.d.ts",
    "a TypeScript declaration file",
    "a JS file",
];

/// The rows of the one file of a folder (an unpacked package) that a user's code meets: the
/// status-code table of `status.d.ts`, else of another TypeScript declaration file, else of the
/// JS; of several files of the same rank, the one with the most rows (a sub-module's bundle can
/// be an older build), then the one nearest the top, then the first by name. Symbolic links are
/// not followed.
fn folder(root: &Path) -> Result<Source, String> {
    let mut ranked: [Vec<(usize, PathBuf)>; 3] = Default::default();
    let mut entries = 0;
    let mut folders = vec![(root.to_path_buf(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        let listing = std::fs::read_dir(&folder)
            .map_err(|error| format!("{}: cannot list: {error}", folder.display()))?;
        for entry in listing {
            let entry =
                entry.map_err(|error| format!("{}: cannot list: {error}", folder.display()))?;
            entries += 1;
            if entries > MAX_ENTRIES {
                return Err(format!(
                    "it holds over {MAX_ENTRIES} files and folders: name the package's folder, \
                     or its status.d.ts"
                ));
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() && depth < MAX_DEPTH {
                folders.push((path, depth + 1));
            } else if kind.is_file()
                && let Some(rank) = rank(&path)
            {
                ranked[usize::from(rank)].push((depth, path));
            }
        }
    }
    let mut read = 0;
    for (rank, mut files) in ranked.into_iter().enumerate() {
        files.sort();
        // The fullest table so far: its file, rows and how many other files have one.
        let mut best: Option<(PathBuf, Vec<Located>)> = None;
        let mut others = 0;
        for (_, path) in files {
            let bytes = crate::read_file_bounded(&path, MAX_FILE, "a file")?;
            read += bytes.len() as u64;
            if read > MAX_FOLDER_READ {
                return Err(format!(
                    "its files are over the {} MiB a folder's walk reads: name the package's \
                     folder, or its status.d.ts",
                    MAX_FOLDER_READ / 1024 / 1024
                ));
            }
            let rows = sdk::rows(&String::from_utf8_lossy(&bytes))
                .map_err(|why| format!("{}: {why}", path.display()))?;
            let Some(rows) = rows else {
                continue;
            };
            match &best {
                Some((_, most)) if most.len() >= rows.len() => others += 1,
                Some(_) => {
                    others += 1;
                    best = Some((path, rows));
                }
                None => best = Some((path, rows)),
            }
        }
        if let Some((path, rows)) = best {
            let shown = path.display().to_string();
            let others = match others {
                0 => String::new(),
                1 => ", the fullest of 2 files of its rank with a table".to_owned(),
                others => format!(
                    ", the fullest of {} files of its rank with a table",
                    others + 1
                ),
            };
            let note = format!(
                "{}: reading {shown}, {} ({} rows){others}",
                root.display(),
                RANKS[rank],
                rows.len()
            );
            return Ok(Source {
                shown,
                rows,
                note: Some(note),
            });
        }
    }
    Err(format!(
        "no error table found in any TypeScript or JS file under it ({})",
        sdk::SOUGHT
    ))
}

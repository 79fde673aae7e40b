//! Where the command writes. A reader that stops early (`im-errors list | head`) closes the pipe:
//! that ends the output quietly. Any other write error (a full disk) is reported and exits 1,
//! so a page regenerated with `> docs/CODES.md` is never silently lost. Nothing here panics,
//! whatever happened to standard output or standard error.

use std::io::{self, BufWriter, ErrorKind, Stdout, Write};
use std::process::ExitCode;

use serde::Serialize;

/// Standard output, remembering the first error a write met.
pub struct Out {
    writer: BufWriter<Stdout>,
    error: Option<io::Error>,
}

impl Out {
    /// Buffered standard output.
    pub fn stdout() -> Out {
        Out {
            writer: BufWriter::new(io::stdout()),
            error: None,
        }
    }

    /// Writes `text` as is; after an error, nothing more is written.
    pub fn text(&mut self, text: &str) {
        if self.error.is_none()
            && let Err(error) = self.writer.write_all(text.as_bytes())
        {
            self.error = Some(error);
        }
    }

    /// Writes `value` as pretty JSON and a newline.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) {
        match serde_json::to_string_pretty(value) {
            Ok(json) => self.text(&(json + "\n")),
            Err(error) => self.error = Some(io::Error::other(error)),
        }
    }

    /// Flushes, and turns the command's status and any write error into the exit status.
    pub fn finish(mut self, status: ExitCode) -> ExitCode {
        let error = match self.error.take() {
            Some(error) => Some(error),
            None => self.writer.flush().err(),
        };
        match error {
            None => status,
            Some(error) if error.kind() == ErrorKind::BrokenPipe => status,
            Some(error) => {
                warn(&format!("im-errors: cannot write the output: {error}"));
                ExitCode::FAILURE
            }
        }
    }
}

/// Writes a line to standard error; a closed standard error is not worth a panic.
pub fn warn(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

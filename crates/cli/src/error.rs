//! Errors of the command line: a catalogue code, an exit code, and details.

use faktur_core::{catalogue, Lang};
use std::process::ExitCode;

/// Exit code: the request was refused (validation, business rule).
pub const EXIT_REFUSED: u8 = 1;
/// Exit code: usage error, including malformed input.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: environment problem (files, database, network, permissions).
pub const EXIT_ENVIRONMENT: u8 = 3;

/// A failure that ends the command.
#[derive(Debug)]
pub struct CliError {
    /// Catalogue code.
    pub code: &'static str,
    /// Process exit code.
    pub exit: u8,
    /// Specifics: file names, positions, what the parser said.
    pub details: Vec<String>,
}

impl CliError {
    /// A new error.
    pub fn new(code: &'static str, exit: u8, detail: impl Into<String>) -> Self {
        CliError {
            code,
            exit,
            details: vec![detail.into()],
        }
    }

    /// Prints the error to stderr (or as JSON on stdout) and gives the exit code.
    pub fn report(&self, lang: Lang, json: bool) -> ExitCode {
        let message = catalogue::lookup(self.code).map_or(self.code, |e| e.message.get(lang));
        if json {
            let body = serde_json::json!({ "code": self.code, "message": message, "details": self.details });
            crate::outln!("{body}");
        } else {
            eprintln!("{}: {}", self.code, message);
            for detail in &self.details {
                eprintln!("  {detail}");
            }
            let hint = match lang {
                Lang::Id => "Penjelasan lengkap",
                Lang::En => "Full explanation",
            };
            eprintln!("  {hint}: faktur explain {}", self.code);
        }
        ExitCode::from(self.exit)
    }
}

impl From<faktur_db::DbError> for CliError {
    fn from(error: faktur_db::DbError) -> Self {
        let exit = match error.exit {
            faktur_db::Exit::Refused => EXIT_REFUSED,
            faktur_db::Exit::Usage => EXIT_USAGE,
            faktur_db::Exit::Environment => EXIT_ENVIRONMENT,
        };
        CliError::new(error.code, exit, error.detail)
    }
}

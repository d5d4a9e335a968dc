//! Errors of the services, with their catalogue code and exit class.

use faktur_store::{ErrorKind, StoreError};
use std::fmt;

/// How a failure ends a command (product exit codes 1, 2, 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Refused: a business rule or validation (exit 1).
    Refused,
    /// Usage: the command was asked wrongly (exit 2).
    Usage,
    /// Environment: database, files, network (exit 3).
    Environment,
}

/// A coded failure of a database service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbError {
    /// Catalogue code.
    pub code: &'static str,
    /// Exit class.
    pub exit: Exit,
    /// Specifics.
    pub detail: String,
}

impl DbError {
    /// A new error.
    pub fn new(code: &'static str, exit: Exit, detail: impl Into<String>) -> Self {
        DbError {
            code,
            exit,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.detail)
    }
}

impl std::error::Error for DbError {}

impl From<StoreError> for DbError {
    fn from(error: StoreError) -> Self {
        let exit = match error.kind {
            ErrorKind::NotFound | ErrorKind::DuplicateNumber | ErrorKind::Duplicate => {
                Exit::Refused
            }
            _ => Exit::Environment,
        };
        DbError {
            code: error.code(),
            exit,
            detail: error.detail,
        }
    }
}

/// Shorthand.
pub type Result<T> = std::result::Result<T, DbError>;

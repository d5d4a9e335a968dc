//! A problem at a place in a file.

use std::fmt;

/// A problem found while reading a file, at a line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line of the file where the record starts.
    pub line: u64,
    /// 1-based column (field) of the record, 0 when it concerns the whole row.
    pub column: usize,
    /// Catalogue code.
    pub code: &'static str,
    /// Language-neutral specifics (the value, the expectation).
    pub detail: String,
    /// The record type tag of a CSV row whose tag could be read (`OF`,
    /// `FM`, …), so an importer knows which invoice a bad row belongs to.
    pub tag: Option<&'static str>,
}

impl RowError {
    /// A new row error.
    pub fn new(line: u64, column: usize, code: &'static str, detail: impl Into<String>) -> Self {
        RowError {
            line,
            column,
            code,
            detail: detail.into(),
            tag: None,
        }
    }

    /// The same error, for a row of type `tag`.
    pub fn in_record(mut self, tag: &'static str) -> Self {
        self.tag = Some(tag);
        self
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {} {}",
            self.line, self.column, self.code, self.detail
        )
    }
}

impl std::error::Error for RowError {}

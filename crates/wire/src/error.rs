//! Turning malformed JSON into a coded error with line and column.

use crate::DraftDto;
use faktur_core::finding::codes;
use std::fmt;

/// The draft could not be read as JSON of the draft's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// `FKT-3001` (syntax), `FKT-3002` (unknown field) or `FKT-3003` (type).
    pub code: &'static str,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
    /// What the parser said.
    pub detail: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.detail
        )
    }
}

impl std::error::Error for JsonError {}

/// Parses a draft, classifying any failure.
pub fn parse_draft_json(bytes: &[u8]) -> Result<DraftDto, JsonError> {
    serde_json::from_slice(bytes).map_err(|error| {
        let detail = strip_position(&error.to_string());
        let code = match error.classify() {
            serde_json::error::Category::Data if detail.starts_with("unknown field") => {
                codes::JSON_UNKNOWN_FIELD
            }
            serde_json::error::Category::Data => codes::JSON_WRONG_TYPE,
            _ => codes::JSON_MALFORMED,
        };
        JsonError {
            code,
            line: error.line(),
            column: error.column(),
            detail,
        }
    })
}

/// serde_json appends " at line L column C"; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

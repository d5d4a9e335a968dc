//! e-Faktur CSV (desktop 3.x / 4.0 import and export): records FK, FAPR, OF,
//! LT, FM, RK, RM, DK, DM, three header rows, and the grouping of an FK row
//! with its FAPR and OF rows into one invoice.
//!
//! This module works at the record level and keeps every cell exactly as
//! written, so a file read and written again is byte-identical for the
//! canonical layout (every cell quoted, `,` separated, `\n` line ends).

mod cells;
pub mod document;
pub mod fm;
mod layout;
pub mod map;
pub mod reader;
pub mod retur;
mod writer;

pub use document::{DK_COLUMNS, DM_COLUMNS};
pub use layout::{RecordType, FK_COLUMNS, FM_COLUMNS, LT_COLUMNS, OF_COLUMNS};
pub use reader::{sniff_delimiter, CsvInvoice, InvoiceReader, Item, RecordReader};
pub use retur::{RK_COLUMNS, RM_COLUMNS};
pub use writer::RecordWriter;

/// One record: its type, the line it starts on, and every cell after the
/// type tag, exactly as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The record type (first cell).
    pub kind: RecordType,
    /// 1-based line where the record starts.
    pub line: u64,
    /// The cells after the type tag.
    pub cells: Vec<String>,
}

impl Record {
    /// A cell by its 1-based column in the file (column 1 is the type tag).
    pub fn cell(&self, column: usize) -> &str {
        column
            .checked_sub(2)
            .and_then(|i| self.cells.get(i))
            .map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_notes;

//! Coretax XML import file `TaxInvoiceBulk` (formats.md §3): the record
//! model, a writer with DJP's exact element order and spellings (including
//! `BuyerAdress`), and a streaming reader that refuses DTDs and entity
//! declarations instead of expanding them.

pub mod map;
mod model;
mod reader;
mod writer;

pub use model::{CtxGood, CtxInvoice, GOOD_ELEMENTS, INVOICE_ELEMENTS};
pub use reader::CoretaxReader;
pub use writer::CoretaxWriter;

/// Coretax accepts at most this many invoices in one file.
pub const MAX_INVOICES_PER_FILE: usize = 1_000;

#[cfg(test)]
mod tests;

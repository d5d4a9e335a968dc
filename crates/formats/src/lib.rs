//! File formats of OpenFaktur: pure readers and writers over byte streams.
//!
//! Every reader streams (memory stays flat however long the file is) and
//! reports each problem with its line, column and catalogue code; no reader
//! panics on any input. Writers produce byte-exact files so that what was
//! read can be written back identically.

pub mod checks;
pub mod coretax_xlsx;
pub mod coretax_xml;
mod detect;
pub mod efaktur_csv;
mod error;
mod fields;
pub mod lampiran;
pub mod limit;
pub mod qr_xml;
pub mod synth;
mod xml;

pub use detect::{detect, Format, DETECT_BYTES};
pub use error::RowError;

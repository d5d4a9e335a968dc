//! File formats of OpenFaktur: pure readers and writers over byte streams.
//!
//! Every reader streams (memory stays flat however long the file is) and
//! reports each problem with its line, column and catalogue code; no reader
//! panics on any input. Writers produce byte-exact files so that what was
//! read can be written back identically.

pub mod coretax_xml;
pub mod efaktur_csv;
mod error;
pub mod synth;

pub use error::RowError;

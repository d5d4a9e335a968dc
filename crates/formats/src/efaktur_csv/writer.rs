//! Writing records in the canonical layout: every cell quoted, `,`
//! separated, `\n` line ends, the three header rows first.

use super::{Record, FK_COLUMNS, FM_COLUMNS, LT_COLUMNS, OF_COLUMNS};
use std::io::Write;

/// Writes e-Faktur CSV records.
#[derive(Debug)]
pub struct RecordWriter<W: Write> {
    csv: csv::Writer<W>,
}

impl<W: Write> RecordWriter<W> {
    /// A writer into `output`.
    pub fn new(output: W) -> Self {
        let csv = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .terminator(csv::Terminator::Any(b'\n'))
            .flexible(true)
            .from_writer(output);
        RecordWriter { csv }
    }

    /// A writer of DJP's prepopulated input-invoice layout: `;` separated,
    /// cells quoted only when they must be.
    pub fn prepopulated(output: W) -> Self {
        let csv = csv::WriterBuilder::new()
            .delimiter(b';')
            .quote_style(csv::QuoteStyle::Necessary)
            .terminator(csv::Terminator::Any(b'\n'))
            .flexible(true)
            .from_writer(output);
        RecordWriter { csv }
    }

    /// The FK, LT and OF header rows that open every import file.
    pub fn write_headers(&mut self) -> std::io::Result<()> {
        self.csv.write_record(FK_COLUMNS)?;
        self.csv.write_record(LT_COLUMNS)?;
        self.csv.write_record(OF_COLUMNS)?;
        Ok(())
    }

    /// The FM header row that opens an input-invoice file.
    pub fn write_fm_header(&mut self) -> std::io::Result<()> {
        Ok(self.csv.write_record(FM_COLUMNS)?)
    }

    /// One record: its tag, then its cells.
    pub fn write(&mut self, record: &Record) -> std::io::Result<()> {
        self.csv.write_field(record.kind.tag())?;
        for cell in &record.cells {
            self.csv.write_field(cell)?;
        }
        self.csv.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> std::io::Result<W> {
        self.csv
            .into_inner()
            .map_err(|e| std::io::Error::other(e.to_string()))
    }
}

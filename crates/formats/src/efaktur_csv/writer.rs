//! Writing records in the canonical layout: every cell quoted, `,`
//! separated, `\n` line ends, the three header rows first.

use super::{
    Record, RecordType, DK_COLUMNS, DM_COLUMNS, FK_COLUMNS, FM_COLUMNS, LT_COLUMNS, OF_COLUMNS,
    RK_COLUMNS, RM_COLUMNS,
};
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
        self.write_header(RecordType::Fm)
    }

    /// The header row of a header-only record type (FM, RK, RM, DK, DM);
    /// nothing for the others.
    pub fn write_header(&mut self, kind: RecordType) -> std::io::Result<()> {
        let columns: &[&str] = match kind {
            RecordType::Fm => &FM_COLUMNS,
            RecordType::Rk => &RK_COLUMNS,
            RecordType::Rm => &RM_COLUMNS,
            RecordType::Dk => &DK_COLUMNS,
            RecordType::Dm => &DM_COLUMNS,
            _ => return Ok(()),
        };
        Ok(self.csv.write_record(columns)?)
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

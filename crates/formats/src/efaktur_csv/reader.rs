//! Streaming readers: records, and invoices (FK + FAPR + OF rows).

use super::{Record, RecordType};
use crate::limit::{too_long, Limited, TOO_LONG};
use crate::RowError;
use std::io::Read;

/// The delimiter of a file, guessed from its first line: the most frequent
/// of `,`, `;` and `|` outside quotes (`,` on a tie or an empty line).
pub fn sniff_delimiter(start: &[u8]) -> u8 {
    let line = start.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &byte in line {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'|' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::from(i == 0)))
        .unwrap_or(0);
    [b',', b';', b'|'][best]
}

/// Names in the second cell that mark a header row.
const HEADER_MARKERS: [&str; 4] = [
    "KD_JENIS_TRANSAKSI",
    "NPWP",
    "KODE_OBJEK",
    "JENIS_TRANSAKSI",
];

/// Reads records one at a time. Every problem is reported as a
/// [`RowError`] with its line and column, and reading continues.
#[derive(Debug)]
pub struct RecordReader<R: Read> {
    csv: csv::Reader<Limited<R>>,
    record: csv::ByteRecord,
    first: bool,
    done: bool,
}

impl<R: Read> RecordReader<R> {
    /// A reader with the given delimiter (see [`sniff_delimiter`]).
    pub fn new(input: R, delimiter: u8) -> Self {
        let csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(Limited::csv(input, delimiter));
        RecordReader {
            csv,
            record: csv::ByteRecord::new(),
            first: true,
            done: false,
        }
    }

    fn convert(&mut self) -> Result<Option<Record>, RowError> {
        let line = self.record.position().map_or(0, csv::Position::line);
        let mut cells = Vec::with_capacity(self.record.len());
        for (index, field) in self.record.iter().enumerate() {
            let mut field = field;
            if index == 0 && self.first {
                field = field.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(field);
            }
            match std::str::from_utf8(field) {
                Ok(text) => cells.push(text.to_string()),
                Err(error) => {
                    let bad = RowError::new(
                        line,
                        index + 1,
                        "ETAX-API-10001",
                        format!(
                            "invalid UTF-8 at byte {} of the cell",
                            error.valid_up_to() + 1
                        ),
                    );
                    // The tag, when it was read, says which row this is.
                    let kind = cells
                        .first()
                        .and_then(|t: &String| RecordType::from_tag(t.trim()));
                    return Err(match kind {
                        Some(kind) => bad.in_record(kind.tag()),
                        None => bad,
                    });
                }
            }
        }
        self.first = false;
        if cells.iter().all(|c| c.trim().is_empty()) {
            return Ok(None);
        }
        let tag = cells.remove(0);
        let Some(kind) = RecordType::from_tag(tag.trim()) else {
            return Err(RowError::new(
                line,
                1,
                "ETAX-30005",
                format!("unknown record type {tag:?}"),
            ));
        };
        if cells
            .first()
            .is_some_and(|c| HEADER_MARKERS.contains(&c.as_str()))
        {
            return Ok(None);
        }
        if !kind.accepts_width(cells.len()) {
            return Err(RowError::new(
                line,
                0,
                kind.malformed_code(),
                format!("{kind} row with {} columns", cells.len() + 1),
            )
            .in_record(kind.tag()));
        }
        Ok(Some(Record { kind, line, cells }))
    }
}

impl<R: Read> Iterator for RecordReader<R> {
    type Item = Result<Record, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.csv.read_byte_record(&mut self.record) {
                Ok(false) => self.done = true,
                Ok(true) => match self.convert() {
                    Ok(None) => continue,
                    Ok(Some(record)) => return Some(Ok(record)),
                    Err(error) => return Some(Err(error)),
                },
                Err(error) => {
                    let line = error.position().map_or(1, csv::Position::line).max(1);
                    if let csv::ErrorKind::Io(io) = error.kind() {
                        self.done = true;
                        if let Some(long) = too_long(io) {
                            return Some(Err(RowError::new(
                                long.line,
                                0,
                                TOO_LONG,
                                long.to_string(),
                            )));
                        }
                    }
                    return Some(Err(RowError::new(line, 0, "ETAX-30007", error.to_string())));
                }
            }
        }
        None
    }
}

/// An FK row with its optional FAPR row and its OF rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvInvoice {
    /// The header.
    pub fk: Record,
    /// The seller override, if present.
    pub fapr: Option<Record>,
    /// The lines, in order.
    pub lines: Vec<Record>,
}

/// What the invoice reader yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// An output invoice.
    Invoice(CsvInvoice),
    /// Any other record (LT, FM, RK, RM, DK, DM).
    Record(Record),
}

/// Groups records into invoices while streaming: at most one invoice is held
/// in memory at a time.
#[derive(Debug)]
pub struct InvoiceReader<R: Read> {
    records: RecordReader<R>,
    pending: Option<CsvInvoice>,
    queued: Option<Result<Item, RowError>>,
}

impl<R: Read> InvoiceReader<R> {
    /// Groups the records of `records`.
    pub fn new(records: RecordReader<R>) -> Self {
        InvoiceReader {
            records,
            pending: None,
            queued: None,
        }
    }
}

impl<R: Read> Iterator for InvoiceReader<R> {
    type Item = Result<Item, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(item) = self.queued.take() {
            return Some(item);
        }
        loop {
            let record = match self.records.next() {
                None => return self.pending.take().map(|i| Ok(Item::Invoice(i))),
                Some(Err(error)) => return Some(Err(error)),
                Some(Ok(record)) => record,
            };
            match record.kind {
                RecordType::Fk => {
                    let previous = self.pending.replace(CsvInvoice {
                        fk: record,
                        fapr: None,
                        lines: Vec::new(),
                    });
                    if let Some(previous) = previous {
                        return Some(Ok(Item::Invoice(previous)));
                    }
                }
                RecordType::Fapr => match self.pending.as_mut() {
                    Some(invoice) if invoice.fapr.is_none() && invoice.lines.is_empty() => {
                        invoice.fapr = Some(record)
                    }
                    _ => {
                        return Some(Err(RowError::new(
                            record.line,
                            1,
                            "ETAX-30005",
                            "FAPR row not right after its FK row",
                        )))
                    }
                },
                RecordType::Of => match self.pending.as_mut() {
                    Some(invoice) => invoice.lines.push(record),
                    None => {
                        return Some(Err(RowError::new(
                            record.line,
                            1,
                            "ETAX-20022",
                            "OF row without an FK row before it",
                        )))
                    }
                },
                _ => {
                    let item = Ok(Item::Record(record));
                    match self.pending.take() {
                        Some(invoice) => {
                            self.queued = Some(item);
                            return Some(Ok(Item::Invoice(invoice)));
                        }
                        None => return Some(item),
                    }
                }
            }
        }
    }
}

//! Bounded reading: a file that runs on for too long without a record or
//! element boundary (an "absurdly long field") is refused when the limit is
//! crossed, before it is buffered, so memory stays flat whatever the input.

use std::io::Read;

/// The longest run of bytes without a boundary: 1 MiB. No field of any
/// format comes near it (the longest legitimate cells are addresses and
/// goods names of a few hundred bytes).
pub const MAX_RUN: usize = 1 << 20;

/// A run without a boundary was longer than [`MAX_RUN`].
pub const TOO_LONG: &str = "FKT-3013";

/// The error carried inside the `io::Error` when the limit is crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong {
    /// 1-based line where the run started.
    pub line: u64,
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "more than {} MiB without a boundary from line {}",
            MAX_RUN >> 20,
            self.line
        )
    }
}

impl std::error::Error for TooLong {}

/// The `TooLong` inside an I/O error, if that is what it is.
pub fn too_long(error: &std::io::Error) -> Option<TooLong> {
    error
        .get_ref()
        .and_then(|e| e.downcast_ref::<TooLong>())
        .copied()
}

/// Passes bytes through, counting the run since the last boundary byte and
/// the bytes since the last [`Limited::event_done`].
///
/// In CSV mode (`Csv`), line breaks inside a quoted cell do not end the run,
/// and quoting follows the CSV reader's own rule: a quote opens a quoted
/// cell only at the start of a cell, and inside one a doubled quote is a
/// literal quote. A stray quote in the middle of a cell (`5" PIPE`) is an
/// ordinary character, as the CSV reader sees it.
#[derive(Debug)]
pub struct Limited<R> {
    inner: R,
    boundary: u8,
    csv: Option<Csv>,
    run: usize,
    /// Bytes since the last event, when events are counted (XML).
    event: Option<usize>,
    line: u64,
    run_line: u64,
}

/// The CSV quoting state.
#[derive(Debug, Clone, Copy)]
pub struct Csv {
    delimiter: u8,
    quoted: bool,
    quote_pending: bool,
    cell_start: bool,
}

impl Csv {
    /// For cells separated by `delimiter`.
    pub fn new(delimiter: u8) -> Self {
        Csv {
            delimiter,
            quoted: false,
            quote_pending: false,
            cell_start: true,
        }
    }

    /// Takes one byte; true when it is a line break outside quotes.
    fn record_end(&mut self, byte: u8) -> bool {
        if self.quoted {
            if self.quote_pending {
                self.quote_pending = false;
                if byte == b'"' {
                    return false;
                }
                self.quoted = false;
            } else {
                if byte == b'"' {
                    self.quote_pending = true;
                }
                return false;
            }
        }
        if byte == b'"' && self.cell_start {
            self.quoted = true;
            self.cell_start = false;
            return false;
        }
        let end = byte == b'\n';
        self.cell_start = end || byte == self.delimiter || (byte == b'\r' && self.cell_start);
        end
    }
}

/// The most bytes one event may take (XML: a tag, comment or CDATA section
/// between two calls of [`Limited::event_done`]).
pub const MAX_EVENT: usize = 16 * MAX_RUN;

impl<R: Read> Limited<R> {
    /// Limits runs between `boundary` bytes.
    pub fn new(inner: R, boundary: u8) -> Self {
        Limited {
            inner,
            boundary,
            csv: None,
            run: 0,
            event: None,
            line: 1,
            run_line: 1,
        }
    }

    /// Limits CSV records: runs between line breaks outside quotes.
    pub fn csv(inner: R, delimiter: u8) -> Self {
        let mut limited = Limited::new(inner, b'\n');
        limited.csv = Some(Csv::new(delimiter));
        limited
    }

    /// Limits XML: runs between `<`, and each event to [`MAX_EVENT`].
    pub fn xml(inner: R) -> Self {
        let mut limited = Limited::new(inner, b'<');
        limited.event = Some(0);
        limited
    }

    /// The consumer finished an event: its byte count starts again.
    pub fn event_done(&mut self) {
        if let Some(event) = self.event.as_mut() {
            *event = 0;
        }
    }

    fn too_long(&self) -> std::io::Error {
        let error = TooLong {
            line: self.run_line,
        };
        std::io::Error::new(std::io::ErrorKind::InvalidData, error)
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        if let Some(event) = self.event.as_mut() {
            // The consumer's buffer reads ahead by up to 64 KiB.
            *event += read;
            if *event > MAX_EVENT + (1 << 16) {
                return Err(self.too_long());
            }
        }
        for &byte in &buf[..read] {
            let boundary = match self.csv.as_mut() {
                Some(csv) => csv.record_end(byte),
                None => byte == self.boundary,
            };
            if byte == b'\n' {
                self.line += 1;
            }
            if boundary {
                self.run = 0;
                self.run_line = self.line;
            } else {
                self.run += 1;
                if self.run > MAX_RUN {
                    return Err(self.too_long());
                }
            }
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(input: &[u8], boundary: u8, csv: Option<u8>) -> Result<usize, TooLong> {
        let mut out = Vec::new();
        let mut limited = match csv {
            Some(delimiter) => Limited::csv(input, delimiter),
            None if boundary == b'<' => Limited::xml(input),
            None => Limited::new(input, boundary),
        };
        limited
            .read_to_end(&mut out)
            .map_err(|e| too_long(&e).unwrap_or_else(|| panic!("{e}")))
    }

    #[test]
    fn runs_up_to_the_limit_pass_and_longer_ones_stop_at_their_line() {
        let fine = [vec![b'a'; MAX_RUN], b"\n".to_vec(), vec![b'b'; MAX_RUN]].concat();
        assert_eq!(drain(&fine, b'\n', None), Ok(fine.len()));
        let long = [b"x\ny\n".to_vec(), vec![b'a'; MAX_RUN + 1]].concat();
        assert_eq!(drain(&long, b'\n', None), Err(TooLong { line: 3 }));
    }

    #[test]
    fn boundaries_inside_quotes_do_not_reset_the_run() {
        let half = vec![b'a'; MAX_RUN / 2 + 1];
        let quoted = [
            b"\"".to_vec(),
            half.clone(),
            b"\n".to_vec(),
            half.clone(),
            b"\"".to_vec(),
        ]
        .concat();
        assert_eq!(drain(&quoted, b'\n', Some(b',')), Err(TooLong { line: 1 }));
        let escaped = [b"\"a\"\"b\"\n".to_vec(), half.clone(), b"\n".to_vec(), half].concat();
        assert!(drain(&escaped, b'\n', Some(b',')).is_ok());
    }

    /// A quote in the middle of a cell is a character, not an opening quote
    /// (the CSV reader's rule): later line breaks still end records.
    #[test]
    fn a_stray_quote_mid_cell_does_not_swallow_the_file() {
        let row = b"FM;01;TOKO BESI 5\" JAYA;1\n".to_vec();
        let odoo = b"\"OF\",\"PIPA 1/2\\\" PVC\",\"1\"\n".to_vec();
        let mut file = Vec::new();
        while file.len() < 3 * MAX_RUN {
            file.extend_from_slice(&row);
            file.extend_from_slice(&odoo);
        }
        assert_eq!(drain(&file, b'\n', Some(b';')), Ok(file.len()));
    }

    #[test]
    fn one_event_may_not_exceed_its_limit() {
        let tag = [b"<Tag".to_vec(), b"<a ".repeat(MAX_EVENT / 3 + (1 << 16))].concat();
        assert!(drain(&tag, b'<', None).is_err());
    }
}

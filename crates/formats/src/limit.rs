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

/// Passes bytes through, counting the run since the last boundary byte.
/// With `quote`, boundaries inside quotes do not count (a CSV record may
/// hold line breaks inside a quoted cell; doubled quotes toggle twice).
#[derive(Debug)]
pub struct Limited<R> {
    inner: R,
    boundary: u8,
    quote: Option<u8>,
    quoted: bool,
    run: usize,
    line: u64,
    run_line: u64,
}

impl<R: Read> Limited<R> {
    /// Limits runs between `boundary` bytes, ignoring those inside `quote`.
    pub fn new(inner: R, boundary: u8, quote: Option<u8>) -> Self {
        Limited {
            inner,
            boundary,
            quote,
            quoted: false,
            run: 0,
            line: 1,
            run_line: 1,
        }
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        for &byte in &buf[..read] {
            if byte == b'\n' {
                self.line += 1;
            }
            if Some(byte) == self.quote {
                self.quoted = !self.quoted;
            }
            if byte == self.boundary && !self.quoted {
                self.run = 0;
                self.run_line = self.line;
            } else {
                self.run += 1;
                if self.run > MAX_RUN {
                    let error = TooLong {
                        line: self.run_line,
                    };
                    return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, error));
                }
            }
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(input: &[u8], boundary: u8, quote: Option<u8>) -> Result<usize, TooLong> {
        let mut out = Vec::new();
        Limited::new(input, boundary, quote)
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
        assert_eq!(drain(&quoted, b'\n', Some(b'"')), Err(TooLong { line: 1 }));
        let escaped = [b"\"a\"\"b\"\n".to_vec(), half.clone(), b"\n".to_vec(), half].concat();
        assert!(drain(&escaped, b'\n', Some(b'"')).is_ok());
    }
}

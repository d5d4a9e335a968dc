//! The 17-digit Coretax number (PER-11/PJ/2025 art. 37): kode, 2-digit status,
//! year, 11-digit sequence. Assigned by the authority on approval.

use super::NumberError;
use crate::codes::TrxCode;
use crate::ids::strip_separators;
use std::fmt;

/// A 17-digit Coretax number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CoretaxNumber {
    kode: TrxCode,
    status: u8,
    year2: u8,
    sequence: u64,
}

impl CoretaxNumber {
    /// The largest 11-digit sequence.
    pub const MAX_SEQUENCE: u64 = 99_999_999_999;

    /// A normal (status `00`) number.
    pub fn new(kode: TrxCode, year2: u8, sequence: u64) -> Option<Self> {
        (year2 < 100 && sequence <= Self::MAX_SEQUENCE).then_some(CoretaxNumber {
            kode,
            status: 0,
            year2,
            sequence,
        })
    }

    /// Parses 17 digits (separators allowed).
    pub fn parse(text: &str) -> Result<Self, NumberError> {
        let bare = strip_separators(text);
        if bare.len() != 17 || !bare.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::Shape(text.to_string()));
        }
        let kode =
            TrxCode::parse(&bare[0..2]).map_err(|_| NumberError::Kode(bare[0..2].to_string()))?;
        let number = |range: std::ops::Range<usize>| bare[range].parse::<u64>().unwrap_or(0);
        Ok(CoretaxNumber {
            kode,
            status: u8::try_from(number(2..4)).unwrap_or(0),
            year2: u8::try_from(number(4..6)).unwrap_or(0),
            sequence: number(6..17),
        })
    }

    /// The kode transaksi.
    pub fn kode(&self) -> TrxCode {
        self.kode
    }

    /// `0` for normal, `n` for the n-th replacement.
    pub fn status(&self) -> u8 {
        self.status
    }

    /// The two-digit year.
    pub fn year2(&self) -> u8 {
        self.year2
    }

    /// The 11-digit sequence.
    pub fn sequence(&self) -> u64 {
        self.sequence
    }

    /// The n-th replacement carries status n (`01`, `02`, …), same kode and
    /// serial (invoices.md §2.4; single source, see docs/rules.md).
    pub fn replacement(&self) -> Result<Self, NumberError> {
        if self.status >= 99 {
            return Err(NumberError::TooManyReplacements);
        }
        Ok(CoretaxNumber {
            status: self.status + 1,
            ..*self
        })
    }

    /// The 17 digits.
    pub fn digits(&self) -> String {
        format!(
            "{}{:02}{:02}{:011}",
            self.kode.as_str(),
            self.status,
            self.year2,
            self.sequence
        )
    }

    /// How Coretax prints the number is not documented; we print the 17
    /// digits unchanged (docs/rules.md).
    pub fn printed(&self) -> String {
        self.digits()
    }
}

impl fmt::Display for CoretaxNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

impl fmt::Debug for CoretaxNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CoretaxNumber({})", self.digits())
    }
}

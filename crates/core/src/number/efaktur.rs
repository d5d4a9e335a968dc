//! The 16-digit e-Faktur number (PER-24/PJ/2012): kode, status, NSFP.

use super::NumberError;
use crate::codes::TrxCode;
use crate::ids::strip_separators;
use std::fmt;

/// A 13-digit NSFP `PPP YY NNNNNNNN`: prefix, year, sequence.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nsfp(u64);

impl Nsfp {
    /// The largest 13-digit value.
    pub const MAX: u64 = 9_999_999_999_999;

    /// Parses 13 digits, or the dotted form `PPP-YY.NNNNNNNN` / `PPP.YY.NNNNNNNN`.
    pub fn parse(text: &str) -> Result<Self, NumberError> {
        let bare = strip_separators(text);
        if bare.len() != 13 || !bare.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::Shape(text.to_string()));
        }
        bare.parse::<u64>()
            .map(Nsfp)
            .map_err(|_| NumberError::Shape(text.to_string()))
    }

    /// The NSFP with the given 13-digit value.
    pub fn from_value(value: u64) -> Option<Self> {
        (value <= Self::MAX).then_some(Nsfp(value))
    }

    /// The NSFP as a number, for range arithmetic.
    pub fn value(self) -> u64 {
        self.0
    }

    /// The 13 digits.
    pub fn digits(self) -> String {
        format!("{:013}", self.0)
    }

    /// The 3-digit prefix assigned by DJP.
    pub fn prefix(self) -> u16 {
        // At most 999 by construction.
        u16::try_from(self.0 / 10_000_000_000).unwrap_or(0)
    }

    /// The two-digit year the NSFP was issued for.
    pub fn year2(self) -> u8 {
        u8::try_from((self.0 / 100_000_000) % 100).unwrap_or(0)
    }

    /// The 8-digit sequence number.
    pub fn sequence(self) -> u32 {
        u32::try_from(self.0 % 100_000_000).unwrap_or(0)
    }

    /// The first five digits (prefix and year), which a range must share.
    pub fn block(self) -> u64 {
        self.0 / 100_000_000
    }

    /// `PPP-YY.NNNNNNNN`.
    pub fn printed(self) -> String {
        let d = self.digits();
        format!("{}-{}.{}", &d[0..3], &d[3..5], &d[5..])
    }
}

impl fmt::Display for Nsfp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

impl fmt::Debug for Nsfp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Nsfp({})", self.digits())
    }
}

/// A 16-digit e-Faktur number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EfakturNumber {
    kode: TrxCode,
    replacement: bool,
    nsfp: Nsfp,
}

impl EfakturNumber {
    /// A number from its parts. Kode 10 did not exist in the e-Faktur era.
    pub fn new(kode: TrxCode, replacement: bool, nsfp: Nsfp) -> Result<Self, NumberError> {
        if kode.value() > 9 {
            return Err(NumberError::Kode(kode.as_str().to_string()));
        }
        Ok(EfakturNumber {
            kode,
            replacement,
            nsfp,
        })
    }

    /// Parses 16 digits or the printed `KKS.PPP-YY.NNNNNNNN`.
    pub fn parse(text: &str) -> Result<Self, NumberError> {
        let bare = strip_separators(text);
        if bare.len() != 16 || !bare.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::Shape(text.to_string()));
        }
        let kode =
            TrxCode::parse(&bare[0..2]).map_err(|_| NumberError::Kode(bare[0..2].to_string()))?;
        let replacement = match &bare[2..3] {
            "0" => false,
            "1" => true,
            other => return Err(NumberError::Status(other.to_string())),
        };
        Self::new(kode, replacement, Nsfp::parse(&bare[3..])?)
    }

    /// The kode transaksi.
    pub fn kode(&self) -> TrxCode {
        self.kode
    }

    /// True for status `1` (pengganti).
    pub fn is_replacement(&self) -> bool {
        self.replacement
    }

    /// The NSFP.
    pub fn nsfp(&self) -> Nsfp {
        self.nsfp
    }

    /// A replacement keeps kode and NSFP and sets the status digit to `1`; a
    /// second or third replacement also carries `1` (invoices.md §2.2).
    pub fn replacement(&self) -> Self {
        EfakturNumber {
            replacement: true,
            ..*self
        }
    }

    /// The 16 digits.
    pub fn digits(&self) -> String {
        format!(
            "{}{}{}",
            self.kode.as_str(),
            u8::from(self.replacement),
            self.nsfp.digits()
        )
    }

    /// `KKS.PPP-YY.NNNNNNNN`, e.g. `010.000-24.00000001`.
    pub fn printed(&self) -> String {
        format!(
            "{}{}.{}",
            self.kode.as_str(),
            u8::from(self.replacement),
            self.nsfp.printed()
        )
    }
}

impl fmt::Display for EfakturNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

impl fmt::Debug for EfakturNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EfakturNumber({})", self.digits())
    }
}

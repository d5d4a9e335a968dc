//! Invoice numbers: the 16-digit e-Faktur number, the 17-digit Coretax number,
//! and e-Nofa NSFP ranges.

mod coretax;
mod efaktur;
mod range;

pub use coretax::CoretaxNumber;
pub use efaktur::{EfakturNumber, Nsfp};
pub use range::{NsfpPool, NsfpRange, RangeError};

use crate::codes::TrxCode;
use std::fmt;

/// Why an invoice number was refused (ETAX-20007 / ETAX-30029 family).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// Not 13 (NSFP), 16 (e-Faktur) or 17 (Coretax) digits after removing
    /// separators, or a non-digit character.
    #[error("an invoice number has 16 digits (e-Faktur) or 17 digits (Coretax), got {0:?}")]
    Shape(String),
    /// The kode transaksi part is not 01–09 (e-Faktur) or 01–10 (Coretax).
    #[error("kode transaksi {0} is not valid for this kind of number")]
    Kode(String),
    /// The status part is not 0/1 (e-Faktur) or 00–99 (Coretax).
    #[error("status {0} is not valid for this kind of number")]
    Status(String),
    /// A replacement of a replacement past status 99.
    #[error("no more replacement statuses after 99")]
    TooManyReplacements,
}

/// An invoice number of either era.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceNumber {
    /// 16 digits: kode, status digit, 13-digit NSFP.
    Efaktur(EfakturNumber),
    /// 17 digits: kode, 2-digit status, year, 11-digit sequence.
    Coretax(CoretaxNumber),
}

impl InvoiceNumber {
    /// Parses either form from any printed form; the digit count decides.
    pub fn parse(text: &str) -> Result<Self, NumberError> {
        let bare = crate::ids::strip_separators(text);
        match bare.len() {
            16 => EfakturNumber::parse(&bare).map(InvoiceNumber::Efaktur),
            17 => CoretaxNumber::parse(&bare).map(InvoiceNumber::Coretax),
            _ => Err(NumberError::Shape(text.to_string())),
        }
    }

    /// The kode transaksi.
    pub fn kode(&self) -> TrxCode {
        match self {
            InvoiceNumber::Efaktur(n) => n.kode(),
            InvoiceNumber::Coretax(n) => n.kode(),
        }
    }

    /// The two-digit year carried by the number.
    pub fn year2(&self) -> u8 {
        match self {
            InvoiceNumber::Efaktur(n) => n.nsfp().year2(),
            InvoiceNumber::Coretax(n) => n.year2(),
        }
    }

    /// True for a replacement (status other than normal).
    pub fn is_replacement(&self) -> bool {
        match self {
            InvoiceNumber::Efaktur(n) => n.is_replacement(),
            InvoiceNumber::Coretax(n) => n.status() > 0,
        }
    }

    /// The number of the next replacement of this invoice.
    pub fn replacement(&self) -> Result<Self, NumberError> {
        match self {
            InvoiceNumber::Efaktur(n) => Ok(InvoiceNumber::Efaktur(n.replacement())),
            InvoiceNumber::Coretax(n) => n.replacement().map(InvoiceNumber::Coretax),
        }
    }

    /// True when `other` is this invoice or one of its replacements: same kode
    /// and the same 13-digit serial.
    pub fn same_serial(&self, other: &InvoiceNumber) -> bool {
        self.kode() == other.kode() && self.serial13() == other.serial13()
    }

    /// The 13-digit serial (NSFP) without kode and status.
    pub fn serial13(&self) -> String {
        match self {
            InvoiceNumber::Efaktur(n) => n.nsfp().digits().to_string(),
            InvoiceNumber::Coretax(n) => n.digits()[4..].to_string(),
        }
    }

    /// The bare digits as stored.
    pub fn digits(&self) -> String {
        match self {
            InvoiceNumber::Efaktur(n) => n.digits(),
            InvoiceNumber::Coretax(n) => n.digits(),
        }
    }

    /// The printed form: `KKS.PPP-YY.NNNNNNNN` or the 17 digits.
    pub fn printed(&self) -> String {
        match self {
            InvoiceNumber::Efaktur(n) => n.printed(),
            InvoiceNumber::Coretax(n) => n.printed(),
        }
    }
}

impl fmt::Display for InvoiceNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed())
    }
}

impl fmt::Debug for InvoiceNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "InvoiceNumber({})", self.digits())
    }
}

#[cfg(test)]
mod tests;

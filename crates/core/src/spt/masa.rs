//! A masa pajak (tax month) and the crediting window of input VAT.

use std::fmt;

/// A tax month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Masa {
    year: i32,
    month: u8,
}

/// The text was not a masa.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a masa is YYYY-MM with a month 01 to 12, got {0:?}")]
pub struct MasaError(pub String);

impl Masa {
    /// The masa of `year` and `month` (1–12).
    pub fn new(year: i32, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year)).then_some(Masa { year, month })
    }

    /// Parses `YYYY-MM`; also takes a date `YYYY-MM-DD` (its month).
    pub fn parse(text: &str) -> Result<Self, MasaError> {
        let error = || MasaError(text.to_string());
        let bytes = text.as_bytes();
        if !(bytes.len() == 7 || bytes.len() == 10) || bytes[4] != b'-' {
            return Err(error());
        }
        let year = text[..4].parse().map_err(|_| error())?;
        let month = text[5..7].parse().map_err(|_| error())?;
        if !text[..4]
            .bytes()
            .chain(text[5..7].bytes())
            .all(|b| b.is_ascii_digit())
        {
            return Err(error());
        }
        Masa::new(year, month).ok_or_else(error)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since year 0: masa `a` is `n` months after `b` when
    /// `a.index() - b.index() == n`.
    pub fn index(self) -> i32 {
        self.year * 12 + i32::from(self.month) - 1
    }

    /// The masa `n` months later (or earlier, for a negative `n`).
    pub fn plus(self, n: i32) -> Self {
        let index = self.index() + n;
        Masa {
            year: index.div_euclid(12),
            month: u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1),
        }
    }

    /// The masa before.
    pub fn previous(self) -> Self {
        self.plus(-1)
    }
}

impl fmt::Display for Masa {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Input VAT may be credited in the masa of the invoice or up to this many
/// masa later (UU PPN Pasal 9(9)).
pub const CREDIT_WINDOW: i32 = 3;

/// Why a crediting masa is refused for an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditRefusal {
    /// Before the invoice's own masa (ETAX-20024).
    BeforeInvoice,
    /// More than [`CREDIT_WINDOW`] masa after it (ETAX-20025).
    PastWindow,
}

impl CreditRefusal {
    /// The catalogue code.
    pub fn code(self) -> &'static str {
        match self {
            CreditRefusal::BeforeInvoice => "ETAX-20024",
            CreditRefusal::PastWindow => "ETAX-20025",
        }
    }
}

/// Whether input VAT of an invoice of `invoice` may be credited in `credit`.
pub fn check_credit(invoice: Masa, credit: Masa) -> Result<(), CreditRefusal> {
    let gap = credit.index() - invoice.index();
    if gap < 0 {
        Err(CreditRefusal::BeforeInvoice)
    } else if gap > CREDIT_WINDOW {
        Err(CreditRefusal::PastWindow)
    } else {
        Ok(())
    }
}

//! How a buyer is identified, and the "no NPWP" rule of each era.

use std::fmt;
use std::str::FromStr;
use time::{macros::date, Date};

/// The document identifying a buyer (`BuyerDocument` in Coretax XML).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum IdType {
    /// An NPWP (15 or 16 digits) or a NIK used as NPWP.
    #[default]
    Tin,
    /// A NIK, for individuals without an activated NPWP.
    Nik,
    /// A passport, for foreign individuals.
    Passport,
    /// Any other identity document.
    Other,
}

impl IdType {
    /// The name in the invoice draft JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            IdType::Tin => "TIN",
            IdType::Nik => "NIK",
            IdType::Passport => "PASSPORT",
            IdType::Other => "OTHER",
        }
    }

    /// The value of `BuyerDocument` in Coretax XML.
    pub fn coretax_document(self) -> &'static str {
        match self {
            IdType::Tin => "TIN",
            IdType::Nik => "National ID",
            IdType::Passport => "Passport",
            IdType::Other => "Other ID",
        }
    }
}

impl fmt::Display for IdType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for IdType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "TIN" => Ok(IdType::Tin),
            "NIK" => Ok(IdType::Nik),
            "PASSPORT" => Ok(IdType::Passport),
            "OTHER" => Ok(IdType::Other),
            other => Err(format!(
                "unknown id_type {other:?}: use TIN, NIK, PASSPORT or OTHER"
            )),
        }
    }
}

/// What a buyer without an NPWP looks like on an invoice of a given date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoNpwpRule {
    /// e-Faktur era up to 19 Jul 2024 (PER-26/PJ/2017): NPWP
    /// `000000000000000`, with the NIK or passport number in the reference.
    Zero15WithReference,
    /// e-Faktur 4.0, 20 Jul – 31 Dec 2024: domestic buyers must be identified
    /// by NIK or NPWP16; NPWP 000 only for foreign individuals with a passport.
    Zero15ForeignOnly,
    /// Coretax era (from 1 Jan 2025): `BuyerTin` of 16 zeros, with the
    /// document type and number (`National ID`, `Passport`, `Other ID`).
    Zero16WithDocument,
}

/// The e-Faktur 4.0 cut-over (NPWP16/NIK/NITKU on invoices).
pub const EFAKTUR_4_0: Date = date!(2024 - 07 - 20);
/// The last day the 15-digit NPWP could be used (PMK 136/2023).
pub const LAST_NPWP15_DAY: Date = date!(2024 - 06 - 30);
/// The first day of the Coretax era.
pub const CORETAX_START: Date = date!(2025 - 01 - 01);

/// The "no NPWP" rule in force on `date`.
pub fn no_npwp_rule(date: Date) -> NoNpwpRule {
    if date >= CORETAX_START {
        NoNpwpRule::Zero16WithDocument
    } else if date >= EFAKTUR_4_0 {
        NoNpwpRule::Zero15ForeignOnly
    } else {
        NoNpwpRule::Zero15WithReference
    }
}

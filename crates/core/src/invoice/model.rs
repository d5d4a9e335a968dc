//! The domain shape of an invoice draft. Wire formats (JSON, CSV, XML) convert
//! into this; it does not know how it is serialized.

use crate::codes::{Opt, TrxCode};
use crate::ids::IdType;
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;
use time::Date;

/// Output (faktur keluaran) or input (faktur masukan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Kind {
    /// Issued by this company.
    #[default]
    Output,
    /// Received from a supplier.
    Input,
}

impl Kind {
    /// `output` or `input`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Output => "output",
            Kind::Input => "input",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "output" => Ok(Kind::Output),
            "input" => Ok(Kind::Input),
            other => Err(format!("{other:?}: use output or input")),
        }
    }
}

/// A seller or buyer as written on the draft. Identifiers stay text here:
/// validation checks them against the rules of the invoice's era.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Party {
    /// NPWP15, NPWP16, NIK, or zeros where the rules allow.
    pub tin: Option<String>,
    /// The kind of document identifying the party.
    pub id_type: IdType,
    /// NIK, passport or other document number for non-TIN parties.
    pub id_number: Option<String>,
    /// ISO 3166-1 alpha-3 country code.
    pub country: String,
    /// Registered name.
    pub name: String,
    /// Address.
    pub address: String,
    /// E-mail address.
    pub email: Option<String>,
    /// 22-digit NITKU/IDTKU of the place of business.
    pub idtku: Option<String>,
}

/// One line (barang/jasa) of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Goods or services.
    pub opt: Opt,
    /// Six-digit goods/services code.
    pub code: String,
    /// Item name.
    pub name: String,
    /// Unit of measure code (`UM.0018`).
    pub unit: String,
    /// Unit price (VAT-exclusive unless the draft says otherwise).
    pub price: Decimal,
    /// Quantity.
    pub qty: Decimal,
    /// Total discount of the line, as an amount.
    pub discount: Decimal,
    /// Luxury goods (PPnBM goods, motor vehicles): full base from Feb 2025.
    pub luxury: bool,
    /// A stated VAT rate in percent; `None` means the rate in force.
    pub vat_rate: Option<Decimal>,
    /// PPnBM (STLG) rate in percent.
    pub stlg_rate: Decimal,
    /// The seller's own item code (e-Faktur `KODE_OBJEK`), free text.
    pub item_code: Option<String>,
}

/// An invoice draft, parsed but not yet validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Output or input.
    pub kind: Kind,
    /// Invoice date.
    pub date: Date,
    /// Kode transaksi.
    pub trx_code: TrxCode,
    /// The seller's own reference (invoice number in the ERP).
    pub reference: Option<String>,
    /// The faktur number when already known (input invoices, NSFP chosen by
    /// the user, imports); assigned later otherwise.
    pub number: Option<String>,
    /// The invoice this one replaces (id or number), for a pengganti.
    pub replaces: Option<String>,
    /// Seller; `None` until the company default is applied.
    pub seller: Option<Party>,
    /// Buyer; `None` until the company default is applied (input invoices).
    pub buyer: Option<Party>,
    /// Keterangan tambahan `TD.005NN` (kode 07/08).
    pub add_info: Option<String>,
    /// Cap fasilitas `TD.011NN` (kode 07/08).
    pub facility_stamp: Option<String>,
    /// Supporting document number (kode 07/08).
    pub custom_doc: Option<String>,
    /// Supporting document period `MMYYYY`.
    pub custom_doc_period: Option<String>,
    /// Prices and discounts include VAT.
    pub prices_include_vat: bool,
    /// The lines.
    pub lines: Vec<Line>,
}

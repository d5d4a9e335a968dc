//! FM rows: header-only input invoices (formats.md §1.6), as the e-Faktur
//! desktop imports them and as DJP's prepopulated input-invoice CSV lists
//! them (§2, the same columns separated by `;`).
//!
//! An FM row has no lines, so the engine cannot recompute it: the row is
//! checked cell by cell (number, dates, the crediting window, the seller's
//! NPWP, the creditable flag) and its amounts are kept as stated.

use super::cells::{efaktur_date, masa_cells, Cells};
use super::map::{buyer, numbers};
use super::{Record, RecordType};
use crate::RowError;
use faktur_wire::PartyDto;

/// One input invoice read from an FM row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmInvoice {
    /// Line of the row.
    pub line: u64,
    /// Kode transaksi.
    pub trx_code: String,
    /// kode + flag + NSFP, the 16-digit number.
    pub number: String,
    /// The normal invoice a replacement replaces.
    pub replaces: Option<String>,
    /// Invoice date, `YYYY-MM-DD`.
    pub date: String,
    /// The masa it is credited in (or reported in, when not creditable),
    /// `YYYY-MM`.
    pub masa: String,
    /// The seller.
    pub seller: PartyDto,
    /// `JUMLAH_DPP`, `JUMLAH_PPN`, `JUMLAH_PPNBM` as written.
    pub totals: [String; 3],
    /// `IS_CREDITABLE`.
    pub creditable: bool,
}

/// Input VAT may be credited in the invoice's masa or up to this many masa
/// later (the rule lives in the core: [`faktur_core::spt::check_credit`]).
pub const CREDIT_WINDOW: i32 = faktur_core::spt::CREDIT_WINDOW;

/// Checks a crediting masa against the invoice (or document) date with the
/// core's rule: not before its month (ETAX-20024), at most
/// [`CREDIT_WINDOW`] after it (ETAX-20025). Reported at `column`, the
/// masa's month cell.
pub(crate) fn check_credit_window(
    cells: &mut Cells<'_>,
    column: usize,
    date: &str,
    masa: (i32, i32),
) {
    use faktur_core::spt::{check_credit, CreditRefusal, Masa};
    let (year, month) = masa;
    let (Ok(own), Some(credit)) = (
        Masa::parse(date),
        u8::try_from(month).ok().and_then(|m| Masa::new(year, m)),
    ) else {
        return;
    };
    match check_credit(own, credit) {
        Ok(()) => {}
        Err(refusal @ CreditRefusal::BeforeInvoice) => cells.error(
            column,
            refusal.code(),
            format!("{month}/{year} < {}", &date[..7]),
        ),
        Err(refusal @ CreditRefusal::PastWindow) => cells.error(
            column,
            refusal.code(),
            format!("{month}/{year} > {} + 3", &date[..7]),
        ),
    }
}

/// Reads an FM row; every problem is reported at its column.
pub fn fm_invoice(record: &Record) -> Result<FmInvoice, Vec<RowError>> {
    let mut cells = Cells::new(record);
    if record.kind != RecordType::Fm {
        cells.error(1, "FKT-3007", record.kind.tag());
    }
    let kode = cells.kode(2);
    let flag = cells.text(3);
    if flag != "0" && flag != "1" {
        cells.error(3, "ETAX-20004", format!("FG_PENGGANTI {flag:?}: 0 or 1"));
    }
    let nsfp = cells.nsfp(4);
    let masa = cells.masa(5, 6);
    let date = cells.date(7);
    if let (Some(date), Some(masa)) = (&date, masa) {
        check_credit_window(&mut cells, 5, date, masa);
    }
    // The seller of an input invoice is a PKP: its NPWP is never zero.
    let npwp = record.cell(8).trim();
    cells.npwp(8, false);
    let creditable = cells.flag(14, "IS_CREDITABLE");
    cells.finish(|| {
        let (year, month) = masa.unwrap_or((2000, 1));
        let (number, replaces) = numbers(&kode, &flag, &nsfp);
        FmInvoice {
            line: record.line,
            number,
            replaces,
            trx_code: kode,
            date: date.unwrap_or_default(),
            masa: format!("{year:04}-{month:02}"),
            seller: buyer(npwp, record.cell(9), record.cell(10)),
            totals: [11, 12, 13].map(|c| record.cell(c).trim().to_string()),
            creditable,
        }
    })
}

/// The FM row of an input invoice (the inverse of [`fm_invoice`]).
pub fn fm_record(invoice: &FmInvoice) -> Record {
    let number = invoice.number.as_str();
    let (month, year) = masa_cells(&invoice.masa);
    let cells = vec![
        number.get(..2).unwrap_or("").to_string(),
        number.get(2..3).unwrap_or("").to_string(),
        number.get(3..).unwrap_or("").to_string(),
        month,
        year,
        efaktur_date(&invoice.date),
        invoice.seller.tin.clone().unwrap_or_default(),
        invoice.seller.name.clone(),
        invoice.seller.address.clone(),
        invoice.totals[0].clone(),
        invoice.totals[1].clone(),
        invoice.totals[2].clone(),
        if invoice.creditable { "1" } else { "0" }.to_string(),
    ];
    Record {
        kind: RecordType::Fm,
        line: 0,
        cells,
    }
}

//! FM rows: header-only input invoices (formats.md §1.6), as the e-Faktur
//! desktop imports them and as DJP's prepopulated input-invoice CSV lists
//! them (§2, the same columns separated by `;`).
//!
//! An FM row has no lines, so the engine cannot recompute it: the row is
//! checked cell by cell (number, dates, the crediting window, the seller's
//! NPWP, the creditable flag) and its amounts are kept as stated.

use super::map::{bare_nsfp, buyer, iso_date, kode, numbers};
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

/// How many masa after the invoice's own an input invoice may be credited
/// (PMK: the invoice's masa plus up to three).
pub const CREDIT_WINDOW: i32 = 3;

fn month_index(year: i32, month: i32) -> i32 {
    year * 12 + month - 1
}

/// Reads an FM row; every problem is reported at its column.
pub fn fm_invoice(record: &Record) -> Result<FmInvoice, Vec<RowError>> {
    let line = record.line;
    let mut errors = Vec::new();
    let mut error = |column: usize, code: &'static str, detail: String| {
        errors.push(RowError::new(line, column, code, detail));
    };
    if record.kind != RecordType::Fm {
        error(1, "FKT-3007", record.kind.tag().to_string());
    }
    let kode = kode(record.cell(2));
    if faktur_core::codes::TrxCode::parse(&kode).is_err() {
        error(2, "ETAX-20004", format!("KD_JENIS_TRANSAKSI {kode:?}"));
    }
    let flag = record.cell(3).trim().to_string();
    if flag != "0" && flag != "1" {
        error(3, "ETAX-20004", format!("FG_PENGGANTI {flag:?}: 0 or 1"));
    }
    let nsfp = bare_nsfp(record.cell(4));
    if nsfp.len() != 13 || !nsfp.bytes().all(|b| b.is_ascii_digit()) {
        error(4, "ETAX-20004", format!("NOMOR_FAKTUR {nsfp:?}: 13 digits"));
    }
    let month = record
        .cell(5)
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|m| (1..=12).contains(m));
    let year = record
        .cell(6)
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    if month.is_none() {
        error(5, "ETAX-20004", format!("MASA_PAJAK {:?}", record.cell(5)));
    }
    if year.is_none() {
        error(6, "ETAX-20004", format!("TAHUN_PAJAK {:?}", record.cell(6)));
    }
    // A real calendar day (iso_date checks the ranges only).
    let date = iso_date(record.cell(7)).filter(|iso| {
        let (y, m, d) = (
            iso[..4].parse().ok(),
            iso[5..7].parse::<u8>().ok(),
            iso[8..].parse().ok(),
        );
        match (y, m.and_then(|m| time::Month::try_from(m).ok()), d) {
            (Some(y), Some(m), Some(d)) => time::Date::from_calendar_date(y, m, d).is_ok(),
            _ => false,
        }
    });
    if date.is_none() {
        error(7, "ETAX-20006", format!("{:?}: D/M/YYYY", record.cell(7)));
    }
    if let (Some(date), Some(month), Some(year)) = (&date, month, year) {
        let own = month_index(
            date[..4].parse().unwrap_or(0),
            date[5..7].parse().unwrap_or(0),
        );
        let credit = month_index(year, month);
        if credit < own {
            error(5, "ETAX-20024", format!("{month}/{year} < {}", &date[..7]));
        } else if credit > own + CREDIT_WINDOW {
            error(
                5,
                "ETAX-20025",
                format!("{month}/{year} > {} + 3", &date[..7]),
            );
        }
    }
    // The seller of an input invoice is a PKP: its NPWP is never zero.
    let npwp = record.cell(8).trim();
    if faktur_core::ids::Npwp15::parse(npwp).map_or(true, |n| n.is_zero()) {
        error(8, "ETAX-20005", format!("{npwp:?}"));
    }
    let creditable = match record.cell(14).trim() {
        "1" => true,
        "0" => false,
        other => {
            error(14, "ETAX-20004", format!("IS_CREDITABLE {other:?}: 0 or 1"));
            false
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let (month, year) = (month.unwrap_or(1), year.unwrap_or(2000));
    let (number, replaces) = numbers(&kode, &flag, &nsfp);
    Ok(FmInvoice {
        line,
        number,
        replaces,
        trx_code: kode,
        date: date.unwrap_or_default(),
        masa: format!("{year:04}-{month:02}"),
        seller: buyer(npwp, record.cell(9), record.cell(10)),
        totals: [11, 12, 13].map(|c| record.cell(c).trim().to_string()),
        creditable,
    })
}

/// The FM row of an input invoice (the inverse of [`fm_invoice`]).
pub fn fm_record(invoice: &FmInvoice) -> Record {
    let number = invoice.number.as_str();
    let (year, month) = invoice.masa.split_once('-').unwrap_or(("", ""));
    let date = &invoice.date;
    let cells = vec![
        number.get(..2).unwrap_or("").to_string(),
        number.get(2..3).unwrap_or("").to_string(),
        number.get(3..).unwrap_or("").to_string(),
        month.trim_start_matches('0').to_string(),
        year.to_string(),
        format!(
            "{}/{}/{}",
            date.get(8..10).unwrap_or("").trim_start_matches('0'),
            date.get(5..7).unwrap_or("").trim_start_matches('0'),
            date.get(..4).unwrap_or("")
        ),
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

//! RK and RM rows: nota retur of an output invoice (the buyer returned
//! goods to us) and of an input invoice (we returned goods to the seller),
//! formats.md §1.7–1.8. RM is the RK layout with `IS_CREDITABLE` after
//! `TANGGAL_FAKTUR`.
//!
//! A row is checked here cell by cell and against itself (retur date not
//! before the invoice date, ETAX-20030; masa retur = month of the retur
//! date, ETAX-20031). What needs the invoice (approved, balance) is the
//! importer's.

use super::cells::{efaktur_date, masa_cells, month_index, month_of, Cells};
use super::map::numbers;
use super::{Record, RecordType};
use crate::RowError;

/// The RK header row.
pub const RK_COLUMNS: [&str; 14] = [
    "RK",
    "NPWP",
    "NAMA",
    "KD_JENIS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_FAKTUR",
    "TANGGAL_FAKTUR",
    "NOMOR_DOKUMEN_RETUR",
    "TANGGAL_RETUR",
    "MASA_PAJAK_RETUR",
    "TAHUN_PAJAK_RETUR",
    "NILAI_RETUR_DPP",
    "NILAI_RETUR_PPN",
    "NILAI_RETUR_PPNBM",
];

/// The RM header row.
pub const RM_COLUMNS: [&str; 15] = [
    "RM",
    "NPWP",
    "NAMA",
    "KD_JENIS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_FAKTUR",
    "TANGGAL_FAKTUR",
    "IS_CREDITABLE",
    "NOMOR_DOKUMEN_RETUR",
    "TANGGAL_RETUR",
    "MASA_PAJAK_RETUR",
    "TAHUN_PAJAK_RETUR",
    "NILAI_RETUR_DPP",
    "NILAI_RETUR_PPN",
    "NILAI_RETUR_PPNBM",
];

/// One nota retur read from an RK or RM row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturRow {
    /// Line of the row.
    pub line: u64,
    /// `Rk` (of an output invoice) or `Rm` (of an input invoice).
    pub kind: RecordType,
    /// The counterparty's NPWP, bare digits: the buyer for RK, the seller
    /// for RM.
    pub npwp: String,
    /// The counterparty's name as written.
    pub name: String,
    /// The returned invoice's kode transaksi.
    pub trx_code: String,
    /// The returned invoice's 16-digit number (kode + flag + NSFP).
    pub invoice_number: String,
    /// The returned invoice's date, `YYYY-MM-DD`.
    pub invoice_date: String,
    /// RM only: whether the returned input invoice was credited.
    pub creditable: Option<bool>,
    /// `NOMOR_DOKUMEN_RETUR`.
    pub number: String,
    /// `TANGGAL_RETUR`, `YYYY-MM-DD`.
    pub date: String,
    /// The masa of the retur, `YYYY-MM`.
    pub masa: String,
    /// `NILAI_RETUR_DPP`, `_PPN`, `_PPNBM` as written.
    pub amounts: [String; 3],
}

impl ReturRow {
    /// The file column of a field after `TANGGAL_FAKTUR` (RM has one more
    /// column before them). `rk_column` is the RK position.
    pub fn column(&self, rk_column: usize) -> usize {
        shift(self.kind, rk_column)
    }
}

fn shift(kind: RecordType, rk_column: usize) -> usize {
    if kind == RecordType::Rm && rk_column >= 8 {
        rk_column + 1
    } else {
        rk_column
    }
}

/// Reads an RK or RM row; every problem is reported at its column.
pub fn retur_row(record: &Record) -> Result<ReturRow, Vec<RowError>> {
    let kind = record.kind;
    let at = |rk_column: usize| shift(kind, rk_column);
    let mut cells = Cells::new(record);
    if kind != RecordType::Rk && kind != RecordType::Rm {
        cells.error(1, "FKT-3007", kind.tag());
    }
    // A buyer without NPWP may return goods (RK); a seller is a PKP.
    let npwp = cells.npwp(2, kind == RecordType::Rk);
    let name = cells.text(3);
    let trx_code = cells.kode(4);
    let flag = cells.text(5);
    if flag != "0" && flag != "1" {
        cells.error(5, "ETAX-20004", format!("FG_PENGGANTI {flag:?}: 0 or 1"));
    }
    let nsfp = cells.nsfp(6);
    let invoice_date = cells.date(7);
    let creditable = (kind == RecordType::Rm).then(|| cells.flag(8, "IS_CREDITABLE"));
    let number = cells.required(at(8), "NOMOR_DOKUMEN_RETUR", "ETAX-20008");
    let date = cells.date(at(9));
    let masa = cells.masa(at(10), at(11));
    if let (Some(invoice_date), Some(date)) = (&invoice_date, &date) {
        if date < invoice_date {
            cells.error(at(9), "ETAX-20030", format!("{date} < {invoice_date}"));
        }
    }
    if let (Some(date), Some((year, month))) = (&date, masa) {
        if month_index(year, month) != month_of(date) {
            cells.error(
                at(10),
                "ETAX-20031",
                format!("{month}/{year} ≠ {}", &date[..7]),
            );
        }
    }
    cells.finish(|| {
        let (year, month) = masa.unwrap_or((2000, 1));
        ReturRow {
            line: record.line,
            kind,
            npwp,
            name,
            invoice_number: numbers(&trx_code, &flag, &nsfp).0,
            trx_code,
            invoice_date: invoice_date.unwrap_or_default(),
            creditable,
            number,
            date: date.unwrap_or_default(),
            masa: format!("{year:04}-{month:02}"),
            amounts: [12, 13, 14].map(|c| record.cell(at(c)).trim().to_string()),
        }
    })
}

/// The RK or RM row of a retur (the inverse of [`retur_row`]).
pub fn retur_record(retur: &ReturRow) -> Record {
    let number = retur.invoice_number.as_str();
    let (month, year) = masa_cells(&retur.masa);
    let mut cells = vec![
        retur.npwp.clone(),
        retur.name.clone(),
        number.get(..2).unwrap_or("").to_string(),
        number.get(2..3).unwrap_or("").to_string(),
        number.get(3..).unwrap_or("").to_string(),
        efaktur_date(&retur.invoice_date),
    ];
    if let Some(creditable) = retur.creditable {
        cells.push(if creditable { "1" } else { "0" }.to_string());
    }
    cells.extend([retur.number.clone(), efaktur_date(&retur.date), month, year]);
    cells.extend(retur.amounts.iter().cloned());
    Record {
        kind: retur.kind,
        line: 0,
        cells,
    }
}

//! DK and DM rows: dokumen lain (other documents that stand in for a tax
//! invoice, such as export and import declarations), keluaran and masukan,
//! formats.md §1.9.
//!
//! The code columns (`JENIS_TRANSAKSI`, `JENIS_DOKUMEN`,
//! `KD_JNS_TRANSAKSI`) are not listed in the specification: they are checked
//! for shape (one or two digits) and kept as written. DM rows may add
//! `FG_CREDITABLE` after `KETERANGAN` (the tail columns are uncertain); a DM
//! row without it is credited.

use super::cells::{efaktur_date, masa_cells, month_index, month_of, Cells};
use super::fm::check_credit_window;
use super::{Record, RecordType};
use crate::RowError;

/// The DK header row.
pub const DK_COLUMNS: [&str; 17] = [
    "DK",
    "JENIS_TRANSAKSI",
    "JENIS_DOKUMEN",
    "KD_JNS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_DOK_LAIN_GANTI",
    "NOMOR_DOK_LAIN",
    "TANGGAL_DOK_LAIN",
    "MASA_PAJAK",
    "TAHUN_PAJAK",
    "NPWP",
    "NAMA",
    "ALAMAT_LENGKAP",
    "JUMLAH_DPP",
    "JUMLAH_PPN",
    "JUMLAH_PPNBM",
    "KETERANGAN",
];

/// The DM header row.
pub const DM_COLUMNS: [&str; 18] = [
    "DM",
    "JENIS_TRANSAKSI",
    "JENIS_DOKUMEN",
    "KD_JNS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_DOK_LAIN_GANTI",
    "NOMOR_DOK_LAIN",
    "TANGGAL_DOK_LAIN",
    "MASA_PAJAK",
    "TAHUN_PAJAK",
    "NPWP",
    "NAMA",
    "ALAMAT_LENGKAP",
    "JUMLAH_DPP",
    "JUMLAH_PPN",
    "JUMLAH_PPNBM",
    "KETERANGAN",
    "FG_CREDITABLE",
];

/// One dokumen lain read from a DK or DM row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    /// Line of the row.
    pub line: u64,
    /// `Dk` (keluaran) or `Dm` (masukan).
    pub kind: RecordType,
    /// `JENIS_TRANSAKSI`, as written.
    pub trx_type: String,
    /// `JENIS_DOKUMEN`, as written.
    pub doc_type: String,
    /// `KD_JNS_TRANSAKSI`, as written.
    pub trx_code: String,
    /// The document a replacement (`FG_PENGGANTI` 1) replaces.
    pub replaces: Option<String>,
    /// `NOMOR_DOK_LAIN`.
    pub number: String,
    /// `TANGGAL_DOK_LAIN`, `YYYY-MM-DD`.
    pub date: String,
    /// `YYYY-MM`.
    pub masa: String,
    /// Counterparty NPWP, bare digits (zeros for a foreign one).
    pub npwp: String,
    /// Counterparty name.
    pub name: String,
    /// Counterparty address.
    pub address: String,
    /// `JUMLAH_DPP`, `JUMLAH_PPN`, `JUMLAH_PPNBM` as written.
    pub amounts: [String; 3],
    /// `KETERANGAN`.
    pub note: String,
    /// DM only, when the row has `FG_CREDITABLE`.
    pub creditable: Option<bool>,
}

/// Reads a DK or DM row; every problem is reported at its column.
pub fn document_row(record: &Record) -> Result<DocumentRow, Vec<RowError>> {
    let kind = record.kind;
    let mut cells = Cells::new(record);
    if kind != RecordType::Dk && kind != RecordType::Dm {
        cells.error(1, "ETAX-30031", kind.tag());
    }
    let [trx_type, doc_type, trx_code] = [
        (2, "JENIS_TRANSAKSI"),
        (3, "JENIS_DOKUMEN"),
        (4, "KD_JNS_TRANSAKSI"),
    ]
    .map(|(column, name)| {
        let code = cells.text(column);
        if code.is_empty() || code.len() > 2 || !code.bytes().all(|b| b.is_ascii_digit()) {
            cells.error(
                column,
                "ETAX-30031",
                format!("{name} {code:?}: one or two digits"),
            );
        }
        code
    });
    let replacement = cells.flag(5, "FG_PENGGANTI");
    let replaced = cells.text(6);
    if replacement == replaced.is_empty() {
        let detail = if replacement {
            "FG_PENGGANTI 1 without NOMOR_DOK_LAIN_GANTI".to_string()
        } else {
            format!("NOMOR_DOK_LAIN_GANTI {replaced:?} with FG_PENGGANTI 0")
        };
        cells.error(6, "ETAX-30031", detail);
    }
    let number = cells.required(7, "NOMOR_DOK_LAIN", "ETAX-30031");
    let date = cells.date(8);
    let masa = cells.masa(9, 10);
    if let (Some(date), Some((year, month))) = (&date, masa) {
        if kind == RecordType::Dm {
            check_credit_window(&mut cells, 9, date, (year, month));
        } else if month_index(year, month) != month_of(date) {
            cells.error(9, "FKT-3015", format!("{month}/{year} ≠ {}", &date[..7]));
        }
    }
    // Exports and imports: the counterparty abroad has an NPWP of zeros.
    let npwp = cells.npwp(11, true);
    let creditable = (kind == RecordType::Dm && record.cells.len() == 17)
        .then(|| cells.flag(18, "FG_CREDITABLE"));
    cells.finish(|| {
        let (year, month) = masa.unwrap_or((2000, 1));
        DocumentRow {
            line: record.line,
            kind,
            trx_type,
            doc_type,
            trx_code,
            replaces: replacement.then_some(replaced),
            number,
            date: date.unwrap_or_default(),
            masa: format!("{year:04}-{month:02}"),
            npwp,
            name: record.cell(12).to_string(),
            address: record.cell(13).to_string(),
            amounts: [14, 15, 16].map(|c| record.cell(c).trim().to_string()),
            note: record.cell(17).to_string(),
            creditable,
        }
    })
}

/// The DK or DM row of a document (the inverse of [`document_row`]).
pub fn document_record(document: &DocumentRow) -> Record {
    let (month, year) = masa_cells(&document.masa);
    let d = document;
    let mut cells = vec![
        d.trx_type.clone(),
        d.doc_type.clone(),
        d.trx_code.clone(),
        if d.replaces.is_some() { "1" } else { "0" }.to_string(),
        d.replaces.clone().unwrap_or_default(),
        d.number.clone(),
        efaktur_date(&d.date),
        month,
        year,
        d.npwp.clone(),
        d.name.clone(),
        d.address.clone(),
    ];
    cells.extend(d.amounts.iter().cloned());
    cells.push(d.note.clone());
    if let Some(creditable) = d.creditable {
        cells.push(if creditable { "1" } else { "0" }.to_string());
    }
    Record {
        kind: d.kind,
        line: 0,
        cells,
    }
}

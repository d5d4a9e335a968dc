//! DJP's Coretax Excel import template (formats.md §4.1): sheet `Faktur`
//! (seller NPWP in `C1`, one row per invoice) and sheet `DetailFaktur` (one
//! row per line), linked by `Baris`, each ending with a row `END`. Its
//! columns are the `TaxInvoice` and `GoodService` elements in the same
//! order, so a workbook reads into the same records as the XML and goes
//! through the same import.
//!
//! A workbook is a zip archive whose directory sits at its end: it is read
//! whole (the CLI caps its size), unlike the streaming CSV and XML readers.
//! Amounts are written as text cells so they stay exact; numeric cells
//! typed by users are read through their shortest decimal form (Excel keeps
//! 15 significant digits, far more than any rupiah amount needs).

mod reader;
mod writer;

pub use reader::{read, SheetInvoice, Workbook};
pub use writer::write;

/// The workbook cannot be read (not xlsx, damaged, a sheet or header row
/// missing, a line for an unknown `Baris`).
pub const XLSX_UNREADABLE: &str = "FKT-3011";

/// Sheet of invoices.
pub const FAKTUR_SHEET: &str = "Faktur";
/// Sheet of lines.
pub const DETAIL_SHEET: &str = "DetailFaktur";

/// `Faktur` column headers after `Baris`, in `INVOICE_ELEMENTS` order.
pub const FAKTUR_HEADERS: [&str; 17] = [
    "Tanggal Faktur",
    "Jenis Faktur",
    "Kode Transaksi",
    "Keterangan Tambahan",
    "Dokumen Pendukung",
    "Period Dok Pendukung",
    "Referensi",
    "Cap Fasilitas",
    "ID TKU Penjual",
    "NPWP/NIK Pembeli",
    "Jenis ID Pembeli",
    "Negara Pembeli",
    "Nomor Dokumen Pembeli",
    "Nama Pembeli",
    "Alamat Pembeli",
    "Email Pembeli",
    "ID TKU Pembeli",
];

/// `DetailFaktur` column headers after `Baris`, in `GOOD_ELEMENTS` order.
pub const DETAIL_HEADERS: [&str; 13] = [
    "Barang/Jasa",
    "Kode Barang Jasa",
    "Nama Barang/Jasa",
    "Nama Satuan Ukur",
    "Harga Satuan",
    "Jumlah Barang Jasa",
    "Total Diskon",
    "DPP",
    "DPP Nilai Lain",
    "Tarif PPN",
    "PPN",
    "Tarif PPnBM",
    "PPnBM",
];

/// The row after the last data row.
pub const END: &str = "END";

#[cfg(test)]
mod tests;

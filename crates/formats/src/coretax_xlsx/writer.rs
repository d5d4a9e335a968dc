//! Writing the template: `Faktur` with the seller NPWP in `C1` and the
//! header in row 3, `DetailFaktur` with its header in row 1, every cell as
//! text (NPWP and NITKU must be text; amounts stay exact), `END` closing
//! both sheets.

use super::{DETAIL_HEADERS, DETAIL_SHEET, END, FAKTUR_HEADERS, FAKTUR_SHEET};
use crate::coretax_xml::CtxInvoice;
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

fn row(sheet: &mut Worksheet, at: u32, cells: &[&str]) -> Result<(), XlsxError> {
    for (column, value) in cells.iter().enumerate() {
        if !value.is_empty() {
            sheet.write_string(at, column as u16, *value)?;
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` to the template's `DD/MM/YYYY`. Anything the reader would
/// not turn back into the same text is written as it is, so a workbook
/// always reads back to what was written (a fuzz finding: a malformed date
/// of ten characters came back changed).
fn dmy(date: &str) -> String {
    if let (Some(y), Some(m), Some(d)) = (date.get(..4), date.get(5..7), date.get(8..10)) {
        let candidate = format!("{d}/{m}/{y}");
        if crate::efaktur_csv::map::iso_date(&candidate).as_deref() == Some(date) {
            return candidate;
        }
    }
    date.to_string()
}

/// The workbook for seller `tin` and `invoices`, as bytes.
pub fn write(tin: &str, invoices: &[CtxInvoice]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let faktur = book.add_worksheet();
    faktur.set_name(FAKTUR_SHEET)?;
    row(faktur, 0, &["NPWP Penjual", "", tin])?;
    let header: Vec<&str> = std::iter::once("Baris").chain(FAKTUR_HEADERS).collect();
    row(faktur, 2, &header)?;
    let mut at = 3;
    for (n, invoice) in invoices.iter().enumerate() {
        let baris = (n + 1).to_string();
        let date = dmy(&invoice.fields[0]);
        let mut cells: Vec<&str> = vec![&baris, &date];
        cells.extend(invoice.fields.iter().skip(1).map(String::as_str));
        row(faktur, at, &cells)?;
        at += 1;
    }
    row(faktur, at, &[END])?;
    let detail = book.add_worksheet();
    detail.set_name(DETAIL_SHEET)?;
    let header: Vec<&str> = std::iter::once("Baris").chain(DETAIL_HEADERS).collect();
    row(detail, 0, &header)?;
    let mut at = 1;
    for (n, invoice) in invoices.iter().enumerate() {
        let baris = (n + 1).to_string();
        for good in &invoice.goods {
            let mut cells: Vec<&str> = vec![&baris];
            cells.extend(good.fields.iter().map(String::as_str));
            row(detail, at, &cells)?;
            at += 1;
        }
    }
    row(detail, at, &[END])?;
    book.save_to_buffer()
}

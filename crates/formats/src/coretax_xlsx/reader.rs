//! Reading the template into `CtxInvoice` records. Rows are Excel rows
//! (1-based) and columns Excel columns (A = 1), so every problem points at
//! a cell.

use super::{DETAIL_SHEET, END, FAKTUR_SHEET, XLSX_UNREADABLE};
use crate::coretax_xml::{CtxGood, CtxInvoice};
use crate::RowError;
use calamine::{Data, Range, Reader, Xlsx};
use std::collections::HashMap;
use std::io::{Read, Seek};

/// A workbook read: the seller NPWP from `Faktur!C1`, the invoices in row
/// order, and the problems that belong to no invoice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workbook {
    /// `C1` of `Faktur`.
    pub tin: String,
    /// One per `Faktur` row, with its `DetailFaktur` lines.
    pub invoices: Vec<SheetInvoice>,
    /// Lines for an unknown `Baris`.
    pub problems: Vec<RowError>,
}

/// One invoice of the workbook and the cells of its rows that could not be
/// read (which refuse it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetInvoice {
    /// The invoice, as the XML reader would give it.
    pub invoice: CtxInvoice,
    /// Unreadable cells of its `Faktur` row and `DetailFaktur` rows; a
    /// repeated `Baris`.
    pub problems: Vec<RowError>,
}

/// A data row: its Excel row, its cells as text, its unreadable cells.
type SheetRow = (u64, Vec<String>, Vec<RowError>);

fn unreadable(row: u64, column: usize, detail: String) -> RowError {
    RowError::new(row, column, XLSX_UNREADABLE, detail)
}

/// The text of a cell as a user sees it: numbers in their shortest decimal
/// form, dates as `YYYY-MM-DD`.
fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.is_finite() => {
            let shortest = f.to_string();
            shortest
                .strip_suffix(".0")
                .map_or(shortest.clone(), str::to_string)
        }
        Data::Float(f) => return Err(format!("{f}")),
        Data::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(format!("#{e:?}")),
    })
}

/// `DD/MM/YYYY` (the template's date) to `YYYY-MM-DD`; other text is kept
/// for the mapping to report.
fn iso(date: &str) -> String {
    crate::efaktur_csv::map::iso_date(date).unwrap_or_else(|| date.to_string())
}

/// The rows of a sheet after its header row (the first whose column A is
/// `Baris`), up to `END` or the last row: (Excel row, cells as text).
fn rows(range: &Range<Data>, sheet: &str) -> Result<Vec<SheetRow>, RowError> {
    let first_row = u64::from(range.start().map_or(0, |(r, _)| r)) + 1;
    let first_col = range.start().map_or(0, |(_, c)| c as usize) + 1;
    let mut out = Vec::new();
    let mut header = None;
    for (i, row) in range.rows().enumerate() {
        let excel_row = first_row + i as u64;
        let mut cells = vec![String::new(); first_col - 1];
        let mut problems = Vec::new();
        for (j, cell) in row.iter().enumerate() {
            match text(cell) {
                Ok(value) => cells.push(value),
                Err(bad) => {
                    problems.push(unreadable(excel_row, first_col + j, bad));
                    cells.push(String::new());
                }
            }
        }
        let a = cells.first().map(|c| c.trim()).unwrap_or("");
        if header.is_none() {
            if a.eq_ignore_ascii_case("Baris") {
                header = Some(excel_row);
            }
            continue;
        }
        if a.eq_ignore_ascii_case(END) {
            return Ok(out);
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        out.push((excel_row, cells, problems));
    }
    match header {
        Some(_) => Ok(out),
        None => Err(unreadable(
            1,
            1,
            format!("{sheet}: no header row with Baris in column A"),
        )),
    }
}

/// The two sheets. calamine 0.31 panics on some damaged workbooks (a
/// shared-string index past the table, found by the `coretax_xlsx` fuzz
/// target): the panic is caught here and reported as an unreadable
/// workbook, so a bad file is an error, never a crash.
fn sheets(input: impl Read + Seek) -> Result<(Range<Data>, Range<Data>), RowError> {
    let read = std::panic::AssertUnwindSafe(move || {
        let mut book: Xlsx<_> = Xlsx::new(input).map_err(|e| unreadable(1, 0, e.to_string()))?;
        let faktur = book
            .worksheet_range(FAKTUR_SHEET)
            .map_err(|e| unreadable(1, 0, format!("{FAKTUR_SHEET}: {e}")))?;
        let detail = book
            .worksheet_range(DETAIL_SHEET)
            .map_err(|e| unreadable(1, 0, format!("{DETAIL_SHEET}: {e}")))?;
        Ok((faktur, detail))
    });
    std::panic::catch_unwind(read)
        .unwrap_or_else(|_| Err(unreadable(1, 0, "damaged workbook".to_string())))
}

/// Reads a workbook.
pub fn read(input: impl Read + Seek) -> Result<Workbook, RowError> {
    let (faktur, detail) = sheets(input)?;
    let tin = faktur
        .get_value((0, 2))
        .map(|c| text(c).unwrap_or_default())
        .unwrap_or_default()
        .trim()
        .to_string();
    let mut invoices: Vec<SheetInvoice> = Vec::new();
    let mut by_baris: HashMap<String, usize> = HashMap::new();
    for (row, cells, mut problems) in rows(&faktur, FAKTUR_SHEET)? {
        let mut invoice = CtxInvoice::empty(row);
        for (k, value) in cells.iter().skip(1).take(invoice.fields.len()).enumerate() {
            invoice.fields[k] = if k == 0 {
                iso(value.trim())
            } else {
                value.clone()
            };
        }
        let baris = cells[0].trim().to_string();
        if by_baris.insert(baris.clone(), invoices.len()).is_some() {
            problems.push(unreadable(row, 1, format!("Baris {baris:?} twice")));
        }
        invoices.push(SheetInvoice { invoice, problems });
    }
    let mut problems = Vec::new();
    for (row, cells, unreadable_cells) in rows(&detail, DETAIL_SHEET)? {
        let baris = cells[0].trim();
        let Some(&index) = by_baris.get(baris) else {
            problems.push(unreadable(
                row,
                1,
                format!("{DETAIL_SHEET} Baris {baris:?}: no such Faktur row"),
            ));
            continue;
        };
        let mut good = CtxGood::empty(row);
        for (k, value) in cells.iter().skip(1).take(good.fields.len()).enumerate() {
            good.fields[k] = value.clone();
        }
        let target = &mut invoices[index];
        target.invoice.goods.push(good);
        target.problems.extend(unreadable_cells);
    }
    Ok(Workbook {
        tin,
        invoices,
        problems,
    })
}

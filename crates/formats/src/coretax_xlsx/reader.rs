//! Reading the template into `CtxInvoice` records. Rows are Excel rows
//! (1-based) and columns Excel columns (A = 1), so every problem points at
//! a cell.

use super::{DETAIL_SHEET, END, FAKTUR_HEADERS, FAKTUR_SHEET, XLSX_UNREADABLE};
use crate::coretax_xml::{CtxGood, CtxInvoice};
use crate::RowError;
use calamine::{DataRef, Reader, Xlsx};
use std::collections::{BTreeMap, HashMap};
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
fn text(cell: &DataRef<'_>) -> Result<String, String> {
    Ok(match cell {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.is_finite() => {
            let shortest = f.to_string();
            shortest
                .strip_suffix(".0")
                .map_or(shortest.clone(), str::to_string)
        }
        DataRef::Float(f) => return Err(format!("{f}")),
        DataRef::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        DataRef::DateTime(d) => {
            // Excel's calendar ends on 9999-12-31 (serial 2,958,465); the
            // conversion overflows beyond it.
            let serial = d.as_f64();
            if !(0.0..=2_958_465.0).contains(&serial) {
                return Err(format!("date serial {serial}"));
            }
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => return Err(format!("#{e:?}")),
    })
}

/// `DD/MM/YYYY` (the template's date) to `YYYY-MM-DD`; other text is kept
/// for the mapping to report.
fn iso(date: &str) -> String {
    crate::efaktur_csv::map::iso_date(date).unwrap_or_else(|| date.to_string())
}

/// Columns read: `Baris` and the template's columns (more are ignored).
const COLUMNS: u32 = 1 + FAKTUR_HEADERS.len() as u32;

/// The most cells read from one sheet (a damaged or hostile workbook may
/// declare billions).
const MAX_CELLS: usize = 5_000_000;

/// The rows of a sheet after its header row (the first whose column A is
/// `Baris`), up to `END` or the last row: (Excel row, cells as text,
/// unreadable cells). Cells stream in one at a time; only the template's
/// columns are kept, so memory follows the content, not the sheet's
/// declared size.
fn rows<RS: Read + Seek>(book: &mut Xlsx<RS>, sheet: &str) -> Result<Vec<SheetRow>, RowError> {
    let mut cells = book
        .worksheet_cells_reader(sheet)
        .map_err(|e| unreadable(1, 0, format!("{sheet}: {e}")))?;
    let mut grid: BTreeMap<u32, (Vec<String>, Vec<RowError>)> = BTreeMap::new();
    let mut count = 0usize;
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| unreadable(1, 0, format!("{sheet}: {e}")))?
    {
        count += 1;
        if count > MAX_CELLS {
            return Err(unreadable(
                1,
                0,
                format!("{sheet}: more than {MAX_CELLS} cells"),
            ));
        }
        let (row, column) = cell.get_position();
        if column >= COLUMNS {
            continue;
        }
        let entry = grid.entry(row).or_default();
        if entry.0.len() <= column as usize {
            entry.0.resize(column as usize + 1, String::new());
        }
        match text(cell.get_value()) {
            Ok(value) => entry.0[column as usize] = value,
            Err(bad) => entry
                .1
                .push(unreadable(u64::from(row) + 1, column as usize + 1, bad)),
        }
    }
    let mut out = Vec::new();
    let mut header = false;
    for (row, (mut cells, problems)) in grid {
        if cells.is_empty() {
            cells.push(String::new());
        }
        let a = cells[0].trim();
        if !header {
            header = a.eq_ignore_ascii_case("Baris");
            continue;
        }
        if a.eq_ignore_ascii_case(END) {
            return Ok(out);
        }
        if cells.iter().all(|c| c.trim().is_empty()) && problems.is_empty() {
            continue;
        }
        out.push((u64::from(row) + 1, cells, problems));
    }
    if header {
        Ok(out)
    } else {
        Err(unreadable(
            1,
            1,
            format!("{sheet}: no header row with Baris in column A"),
        ))
    }
}

/// The seller NPWP in `C1` of `Faktur`.
fn seller_tin<RS: Read + Seek>(book: &mut Xlsx<RS>) -> Result<String, RowError> {
    let mut cells = book
        .worksheet_cells_reader(FAKTUR_SHEET)
        .map_err(|e| unreadable(1, 0, format!("{FAKTUR_SHEET}: {e}")))?;
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| unreadable(1, 0, format!("{FAKTUR_SHEET}: {e}")))?
    {
        match cell.get_position() {
            (0, 2) => {
                return Ok(text(cell.get_value())
                    .unwrap_or_default()
                    .trim()
                    .to_string())
            }
            (0, _) => continue,
            _ => break,
        }
    }
    Ok(String::new())
}

/// The most a workbook may hold once unpacked (its parts' declared sizes).
const MAX_UNPACKED: u64 = 1 << 30;

/// Refuses a zip whose parts declare more than [`MAX_UNPACKED`] bytes
/// (a "zip bomb"), before anything is unpacked.
fn check_unpacked_size<RS: Read + Seek>(input: &mut RS) -> Result<(), RowError> {
    let mut archive =
        zip::ZipArchive::new(&mut *input).map_err(|e| unreadable(1, 0, e.to_string()))?;
    let mut total = 0u64;
    for index in 0..archive.len() {
        let part = archive
            .by_index_raw(index)
            .map_err(|e| unreadable(1, 0, e.to_string()))?;
        total = total.saturating_add(part.size());
    }
    drop(archive);
    if total > MAX_UNPACKED {
        return Err(unreadable(
            1,
            0,
            format!("{} MiB once unpacked", total >> 20),
        ));
    }
    input
        .seek(std::io::SeekFrom::Start(0))
        .map_err(|e| unreadable(1, 0, e.to_string()))?;
    Ok(())
}

/// The seller NPWP and the rows of both sheets. calamine 0.31 panics on
/// some damaged workbooks (a shared-string index past the table, found by
/// the `coretax_xlsx` fuzz target): the panic is caught here and reported as
/// an unreadable workbook, so a bad file is an error, never a crash.
fn sheets(mut input: impl Read + Seek) -> Result<(String, Vec<SheetRow>, Vec<SheetRow>), RowError> {
    check_unpacked_size(&mut input)?;
    let read = std::panic::AssertUnwindSafe(move || {
        let mut book: Xlsx<_> = Xlsx::new(input).map_err(|e| unreadable(1, 0, e.to_string()))?;
        let names = book.sheet_names();
        for sheet in [FAKTUR_SHEET, DETAIL_SHEET] {
            if !names.iter().any(|n| n == sheet) {
                return Err(unreadable(1, 0, format!("{sheet}: no such sheet")));
            }
        }
        let tin = seller_tin(&mut book)?;
        let faktur = rows(&mut book, FAKTUR_SHEET)?;
        let detail = rows(&mut book, DETAIL_SHEET)?;
        Ok((tin, faktur, detail))
    });
    std::panic::catch_unwind(read)
        .unwrap_or_else(|_| Err(unreadable(1, 0, "damaged workbook".to_string())))
}

/// Reads a workbook.
pub fn read(input: impl Read + Seek) -> Result<Workbook, RowError> {
    let (tin, faktur, detail) = sheets(input)?;
    let mut invoices: Vec<SheetInvoice> = Vec::new();
    let mut by_baris: HashMap<String, usize> = HashMap::new();
    for (row, cells, mut problems) in faktur {
        let mut invoice = CtxInvoice::empty(row);
        for (k, value) in cells.iter().skip(1).take(invoice.fields.len()).enumerate() {
            invoice.fields[k] = if k == 0 {
                iso(value.trim())
            } else {
                value.clone()
            };
        }
        let baris = cells[0].trim().to_string();
        // A repeated Baris refuses the later row; lines stay with the first.
        if by_baris.contains_key(&baris) {
            problems.push(unreadable(row, 1, format!("Baris {baris:?} twice")));
        } else {
            by_baris.insert(baris.clone(), invoices.len());
        }
        invoices.push(SheetInvoice { invoice, problems });
    }
    let mut problems = Vec::new();
    for (row, cells, unreadable_cells) in detail {
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

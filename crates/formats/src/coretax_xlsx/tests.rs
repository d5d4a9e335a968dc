use super::*;
use crate::coretax_xml::{CtxGood, CtxInvoice};
use std::io::Cursor;

fn sample(n: usize) -> CtxInvoice {
    let mut invoice = CtxInvoice::empty(0);
    for (name, value) in [
        ("TaxInvoiceDate", "2025-01-15"),
        ("TaxInvoiceOpt", "Normal"),
        ("TrxCode", "04"),
        ("RefDesc", format!("INV/{n}").as_str()),
        ("SellerIDTKU", "0013121660091000000000"),
        ("BuyerTin", "0016090524017000"),
        ("BuyerDocument", "TIN"),
        ("BuyerCountry", "IDN"),
        ("BuyerName", "PT Pembeli & Co"),
        ("BuyerAdress", "Jl. <Merdeka> 1"),
        ("BuyerIDTKU", "0016090524017000000000"),
    ] {
        assert!(invoice.set(name, value.to_string()));
    }
    for price in ["100000.00", "2500.50"] {
        let mut good = CtxGood::empty(0);
        for (name, value) in [
            ("Opt", "A"),
            ("Code", "000000"),
            ("Name", "Barang A"),
            ("Unit", "UM.0018"),
            ("Price", price),
            ("Qty", "1"),
            ("TotalDiscount", "0.00"),
            ("TaxBase", price),
            ("OtherTaxBase", "0.00"),
            ("VATRate", "12"),
            ("VAT", "0.00"),
            ("STLGRate", "0"),
            ("STLG", "0.00"),
        ] {
            assert!(good.set(name, value.to_string()));
        }
        invoice.goods.push(good);
    }
    invoice
}

fn strip_lines<'a>(
    invoices: impl IntoIterator<Item = &'a CtxInvoice>,
) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    invoices
        .into_iter()
        .map(|i| {
            (
                i.fields.clone(),
                i.goods.iter().map(|g| g.fields.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn a_written_workbook_reads_back_field_for_field_with_cell_positions() {
    let invoices: Vec<CtxInvoice> = (0..3).map(sample).collect();
    let bytes = write("0013121660091000", &invoices).unwrap();
    let book = read(Cursor::new(bytes)).unwrap();
    assert_eq!(book.tin, "0013121660091000");
    assert!(book.problems.is_empty(), "{:?}", book.problems);
    assert!(book.invoices.iter().all(|i| i.problems.is_empty()));
    assert_eq!(
        strip_lines(book.invoices.iter().map(|i| &i.invoice)),
        strip_lines(&invoices)
    );
    // Header in row 3: invoices from row 4; lines from row 2 of DetailFaktur.
    assert_eq!(book.invoices[1].invoice.line, 5);
    assert_eq!(book.invoices[1].invoice.goods[0].line, 4);
}

#[test]
fn generated_invoices_round_trip() {
    let invoices: Vec<CtxInvoice> = (0..25)
        .map(|n| {
            let s = crate::synth::invoice(3, n, 2025, 1 + n as usize % 3);
            crate::synth::coretax_invoice(&s, "0013121660091000000000")
        })
        .collect();
    let bytes = write("0013121660091000", &invoices).unwrap();
    let book = read(Cursor::new(bytes)).unwrap();
    assert_eq!(
        strip_lines(book.invoices.iter().map(|i| &i.invoice)),
        strip_lines(&invoices)
    );
}

/// A workbook typed by a user: numbers and dates as Excel values, an
/// unknown Baris and an Excel error, rows after END ignored.
#[test]
fn user_typed_cells_and_bad_rows() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let faktur = book.add_worksheet();
    faktur.set_name(FAKTUR_SHEET).unwrap();
    faktur.write_string(0, 2, "0013121660091000").unwrap();
    faktur.write_string(2, 0, "Baris").unwrap();
    faktur.write_number(3, 0, 1).unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 2, 3).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    faktur
        .write_datetime_with_format(3, 1, &date, &format)
        .unwrap();
    faktur.write_string(3, 3, "04").unwrap();
    faktur.write_string(4, 0, "END").unwrap();
    faktur.write_string(5, 0, "99").unwrap();
    let detail = book.add_worksheet();
    detail.set_name(DETAIL_SHEET).unwrap();
    detail.write_string(0, 0, "Baris").unwrap();
    detail.write_number(1, 0, 1).unwrap();
    detail.write_number(1, 5, 1250000.5).unwrap();
    detail.write_number(1, 6, 3).unwrap();
    detail.write_number(2, 0, 7).unwrap();
    let error = rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!");
    detail.write_number(3, 0, 1).unwrap();
    detail.write_formula(3, 5, error).unwrap();
    let book = read(Cursor::new(book.save_to_buffer().unwrap())).unwrap();
    assert_eq!(book.invoices.len(), 1, "rows after END are ignored");
    let invoice = &book.invoices[0].invoice;
    assert_eq!(invoice.get("TaxInvoiceDate"), "2025-02-03");
    assert_eq!(invoice.get("TrxCode"), "04");
    assert_eq!(invoice.goods.len(), 2);
    assert_eq!(invoice.goods[0].get("Price"), "1250000.5");
    assert_eq!(invoice.goods[0].get("Qty"), "3");
    let at = |problems: &[crate::RowError]| -> Vec<(u64, usize, &'static str)> {
        problems
            .iter()
            .map(|p| (p.line, p.column, p.code))
            .collect()
    };
    assert_eq!(
        at(&book.invoices[0].problems),
        [(4, 6, XLSX_UNREADABLE)],
        "the Excel error refuses its invoice"
    );
    assert_eq!(
        at(&book.problems),
        [(3, 1, XLSX_UNREADABLE)],
        "a line for no invoice"
    );
}

#[test]
fn not_a_workbook_or_missing_sheets_are_coded() {
    for bytes in [&b""[..], b"PK\x03\x04 not really", b"\"FK\",\"01\""] {
        let error = read(Cursor::new(bytes.to_vec())).unwrap_err();
        assert_eq!(error.code, XLSX_UNREADABLE);
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name(FAKTUR_SHEET).unwrap();
    let error = read(Cursor::new(book.save_to_buffer().unwrap())).unwrap_err();
    assert!(error.detail.contains(DETAIL_SHEET), "{error}");
}

/// Found by the `coretax_xlsx` fuzz target: a cell pointing past the
/// shared-string table made the workbook library panic.
#[test]
fn a_shared_string_index_past_the_table_is_an_error_not_a_crash() {
    let bytes =
        include_bytes!("../../../../fuzz/corpus/coretax_xlsx/crash-shared-string-index.xlsx");
    let error = read(Cursor::new(bytes.to_vec())).unwrap_err();
    assert_eq!(error.code, XLSX_UNREADABLE);
}

/// Found by the `coretax_xlsx` fuzz target: a malformed ten-character date
/// was rewritten as if it were `YYYY-MM-DD` and read back changed.
#[test]
fn dates_that_are_not_iso_are_written_as_they_are() {
    for date in ["e5//2/14/0", "2025-13-40", "2025-02-30", "15/01/2025x", ""] {
        let mut invoice = sample(0);
        invoice.fields[0] = date.to_string();
        let bytes = write("0013121660091000", std::slice::from_ref(&invoice)).unwrap();
        let book = read(Cursor::new(bytes)).unwrap();
        assert_eq!(book.invoices[0].invoice.fields[0], date);
    }
}

/// Found in review: cells far apart made the workbook library allocate the
/// whole grid between them. Cells now stream; columns past the template's
/// are ignored.
#[test]
fn far_apart_cells_do_not_allocate_the_grid_between_them() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let faktur = book.add_worksheet();
    faktur.set_name(FAKTUR_SHEET).unwrap();
    faktur.write_string(0, 2, "0013121660091000").unwrap();
    faktur.write_string(2, 0, "Baris").unwrap();
    faktur.write_string(1_048_575, 16_383, "far").unwrap();
    let detail = book.add_worksheet();
    detail.set_name(DETAIL_SHEET).unwrap();
    detail.write_string(0, 0, "Baris").unwrap();
    detail.write_string(1_048_575, 16_383, "far").unwrap();
    let book = read(Cursor::new(book.save_to_buffer().unwrap())).unwrap();
    assert_eq!(book.tin, "0013121660091000");
    assert!(book.invoices.is_empty());
}

/// Found in review: a repeated Baris moved every line to the later row.
#[test]
fn a_repeated_baris_keeps_the_lines_with_the_first_row() {
    let invoices: Vec<CtxInvoice> = (0..2).map(sample).collect();
    let bytes = write("0013121660091000", &invoices).unwrap();
    // Rewrite the second invoice's Baris to 1 through a fresh workbook.
    let original = read(Cursor::new(bytes)).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let faktur = book.add_worksheet();
    faktur.set_name(FAKTUR_SHEET).unwrap();
    faktur.write_string(0, 2, "0013121660091000").unwrap();
    faktur.write_string(2, 0, "Baris").unwrap();
    for (row, sheet) in original.invoices.iter().enumerate() {
        faktur.write_string(3 + row as u32, 0, "1").unwrap();
        for (k, value) in sheet.invoice.fields.iter().enumerate() {
            faktur
                .write_string(3 + row as u32, 1 + k as u16, value)
                .unwrap();
        }
    }
    let detail = book.add_worksheet();
    detail.set_name(DETAIL_SHEET).unwrap();
    detail.write_string(0, 0, "Baris").unwrap();
    detail.write_string(1, 0, "1").unwrap();
    detail.write_string(1, 1, "A").unwrap();
    let book = read(Cursor::new(book.save_to_buffer().unwrap())).unwrap();
    assert_eq!(book.invoices[0].invoice.goods.len(), 1);
    assert!(book.invoices[0].problems.is_empty());
    assert_eq!(book.invoices[1].problems[0].code, XLSX_UNREADABLE);
}

/// Found in review: a date cell far outside Excel's calendar overflowed.
#[test]
fn a_date_outside_excels_calendar_is_an_unreadable_cell() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let faktur = book.add_worksheet();
    faktur.set_name(FAKTUR_SHEET).unwrap();
    faktur.write_string(2, 0, "Baris").unwrap();
    faktur.write_string(3, 0, "1").unwrap();
    faktur
        .write_number_with_format(3, 1, 1e20, &format)
        .unwrap();
    let detail = book.add_worksheet();
    detail.set_name(DETAIL_SHEET).unwrap();
    detail.write_string(0, 0, "Baris").unwrap();
    let book = read(Cursor::new(book.save_to_buffer().unwrap())).unwrap();
    let found: Vec<(u64, usize)> = book.invoices[0]
        .problems
        .iter()
        .map(|p| (p.line, p.column))
        .collect();
    assert_eq!(found, [(4, 2)]);
}

//! Whole-pipeline checks over arbitrary bytes, shared by the fuzz targets
//! (`fuzz/`) and the corpus replay test that runs on every build. Each one
//! reads the bytes as a user's file would be read, maps and computes every
//! invoice found, and asserts the invariants that must hold for any input:
//! no panic, errors inside the file's lines, and a document that was read
//! writes back to something that reads the same.

use crate::efaktur_csv::{fm, map, sniff_delimiter, InvoiceReader, Item, RecordReader};
use crate::{coretax_xml, qr_xml, RowError};
use faktur_core::invoice::{calculate, Context};

fn lines_in(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64 + 1
}

fn assert_placed(error: &RowError, last_line: u64) {
    assert!(
        error.line >= 1 && error.line <= last_line,
        "{error} outside 1..={last_line}"
    );
    assert!(!error.code.is_empty());
}

fn compute(draft: &faktur_wire::DraftDto) {
    if let Ok(draft) = draft.to_domain(None) {
        let _ = calculate(&draft, &Context::default());
    }
}

/// e-Faktur CSV: records, invoices, FM rows, drafts and the engine.
pub fn efaktur_csv(bytes: &[u8]) {
    let last = lines_in(bytes);
    let reader = RecordReader::new(bytes, sniff_delimiter(bytes));
    for item in InvoiceReader::new(reader) {
        match item {
            Err(error) => assert_placed(&error, last),
            Ok(Item::Record(record)) => header_only(&record, last),
            Ok(Item::Invoice(invoice)) => match map::to_draft(&invoice) {
                Ok(mapped) => compute(&mapped.draft),
                Err(errors) => errors.iter().for_each(|e| assert_placed(e, last)),
            },
        }
    }
}

/// A header-only row (FM, RK, RM, DK, DM): problems are placed, and what
/// reads writes back to a row that reads the same.
fn header_only(record: &crate::efaktur_csv::Record, last: u64) {
    use crate::efaktur_csv::{document, retur, RecordType};
    let placed = |errors: Vec<crate::RowError>| errors.iter().for_each(|e| assert_placed(e, last));
    match record.kind {
        RecordType::Rk | RecordType::Rm => match retur::retur_row(record) {
            Ok(row) => {
                let mut back = retur::retur_row(&retur::retur_record(&row)).expect("re-reads");
                back.line = row.line;
                assert_eq!(back, row);
            }
            Err(errors) => placed(errors),
        },
        RecordType::Dk | RecordType::Dm => match document::document_row(record) {
            Ok(row) => {
                let mut back =
                    document::document_row(&document::document_record(&row)).expect("re-reads");
                back.line = row.line;
                assert_eq!(back, row);
            }
            Err(errors) => placed(errors),
        },
        _ => {
            if let Err(errors) = fm::fm_invoice(record) {
                placed(errors);
            }
        }
    }
}

/// Coretax `TaxInvoiceBulk`: invoices, drafts and the engine; what was read
/// writes back to a document that reads the same.
pub fn coretax_xml(bytes: &[u8]) {
    let last = lines_in(bytes);
    let mut read = Vec::new();
    let mut reader = coretax_xml::CoretaxReader::new(bytes);
    for item in reader.by_ref() {
        match item {
            Err(error) => assert_placed(&error, last),
            Ok(invoice) => {
                match coretax_xml::map::to_draft(&invoice) {
                    Ok((draft, _)) => compute(&draft),
                    Err(errors) => errors.iter().for_each(|e| assert_placed(e, last)),
                }
                read.push(invoice);
            }
        }
    }
    let tin = reader.tin().unwrap_or("").to_string();
    let written = write_coretax(&tin, &read);
    let again: Vec<_> = coretax_xml::CoretaxReader::new(&written[..])
        .map(|i| {
            i.map(|i| {
                (
                    i.fields,
                    i.goods.into_iter().map(|g| g.fields).collect::<Vec<_>>(),
                )
            })
        })
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("written document does not read back: {e}"));
    let before: Vec<_> = read
        .into_iter()
        .map(|i| {
            (
                i.fields,
                i.goods.into_iter().map(|g| g.fields).collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(again, before);
}

fn write_coretax(tin: &str, invoices: &[coretax_xml::CtxInvoice]) -> Vec<u8> {
    let mut writer = coretax_xml::CoretaxWriter::new(Vec::new(), tin)
        .unwrap_or_else(|e| panic!("writing to memory: {e}"));
    for invoice in invoices {
        writer
            .write(invoice)
            .unwrap_or_else(|e| panic!("writing to memory: {e}"));
    }
    writer
        .finish()
        .unwrap_or_else(|e| panic!("writing to memory: {e}"))
}

/// QR validation answer: the answer, its draft and the engine; what was
/// read writes back to a document that reads the same.
pub fn qr_xml(bytes: &[u8]) {
    let last = lines_in(bytes);
    match qr_xml::read(bytes) {
        Err(error) => assert_placed(&error, last),
        Ok((response, warnings)) => {
            warnings.iter().for_each(|w| assert_placed(w, last));
            match qr_xml::map::to_draft(&response) {
                Ok(mapped) => compute(&mapped.draft),
                Err(errors) => errors.iter().for_each(|e| assert_placed(e, last)),
            }
            let mut written = Vec::new();
            qr_xml::write(&response, &mut written)
                .unwrap_or_else(|e| panic!("writing to memory: {e}"));
            let (again, _) = qr_xml::read(&written[..])
                .unwrap_or_else(|e| panic!("written answer does not read back: {e}"));
            assert_eq!(
                (again.fields, again.reference),
                (response.fields, response.reference)
            );
            let details =
                |r: &[qr_xml::QrDetail]| r.iter().map(|d| d.fields.clone()).collect::<Vec<_>>();
            assert_eq!(details(&again.details), details(&response.details));
        }
    }
}

/// Format detection never panics and always answers.
pub fn detect(bytes: &[u8]) {
    let _ = crate::detect(bytes);
}

/// The invoice draft JSON through `calculate_json`, as `faktur calc` and the
/// API read it: an answer or a coded error, never a panic.
pub fn draft_json(bytes: &[u8]) {
    let context = Context::default();
    for lang in [faktur_core::Lang::Id, faktur_core::Lang::En] {
        let _ = faktur_wire::calculate_json(bytes, None, &context, lang);
    }
}

/// Coretax Excel template: whatever the bytes, a workbook or a coded error;
/// a workbook read writes back to one that reads the same.
pub fn coretax_xlsx(bytes: &[u8]) {
    let Ok(book) = crate::coretax_xlsx::read(std::io::Cursor::new(bytes)) else {
        return;
    };
    let invoices: Vec<_> = book.invoices.iter().map(|s| s.invoice.clone()).collect();
    for invoice in &invoices {
        if let Ok((draft, _)) = coretax_xml::map::to_draft(invoice) {
            compute(&draft);
        }
    }
    let written = crate::coretax_xlsx::write(&book.tin, &invoices)
        .unwrap_or_else(|e| panic!("writing to memory: {e}"));
    let again = crate::coretax_xlsx::read(std::io::Cursor::new(written))
        .unwrap_or_else(|e| panic!("written workbook does not read back: {e}"));
    let fields = |list: &[crate::coretax_xlsx::SheetInvoice]| {
        list.iter()
            .map(|s| {
                let goods: Vec<_> = s.invoice.goods.iter().map(|g| g.fields.clone()).collect();
                (s.invoice.fields.clone(), goods)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(&again.invoices), fields(&book.invoices));
}

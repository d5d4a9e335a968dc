//! Exporting nota retur (RK/RM rows) and dokumen lain (DK/DM rows) as
//! e-Faktur CSV, each file opening with its header row. What was imported
//! comes back cell for cell in the canonical layout.

use crate::error::{DbError, Exit, Result};
use crate::export::ExportFilter;
use crate::CompanyRef;
use faktur_formats::efaktur_csv::document::{document_record, DocumentRow};
use faktur_formats::efaktur_csv::retur::{retur_record, ReturRow};
use faktur_formats::efaktur_csv::{RecordType, RecordWriter};
use faktur_store::notes::{documents_table, returns_table};
use faktur_store::{NewDocument, NewReturn, NoteFilter};
use rust_decimal::Decimal;
use std::io::Write;

/// Which notes to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notes {
    /// Nota retur: RK (output) or RM (input) rows.
    Retur,
    /// Dokumen lain: DK (output) or DM (input) rows.
    Documents,
}

fn io(error: std::io::Error) -> DbError {
    DbError::new("FKT-1008", Exit::Environment, error.to_string())
}

/// An amount as the notes state it: whole rupiah without decimals, else
/// the shortest decimal.
fn amount(sen: i64) -> String {
    if sen % 100 == 0 {
        (sen / 100).to_string()
    } else {
        Decimal::new(sen, 2).normalize().to_string()
    }
}

/// Writes the company's returns or documents of a masa and kind (and
/// status, when given). Returns how many were written.
pub fn export_notes(
    cref: &CompanyRef,
    filter: &ExportFilter,
    notes: Notes,
    out: impl Write,
) -> Result<usize> {
    let store = cref.store.store();
    let output = filter.kind == "output";
    let (table, kind) = match (notes, output) {
        (Notes::Retur, true) => (returns_table(), RecordType::Rk),
        (Notes::Retur, false) => (returns_table(), RecordType::Rm),
        (Notes::Documents, true) => (documents_table(), RecordType::Dk),
        (Notes::Documents, false) => (documents_table(), RecordType::Dm),
    };
    let mut writer = RecordWriter::new(out);
    writer.write_header(kind).map_err(io)?;
    let note_filter = NoteFilter {
        masa: Some(filter.masa.clone()),
        kind: Some(filter.kind.clone()),
    };
    // The rows are collected first: a retur looks up its invoice's date,
    // which needs the store while no read is streaming.
    let mut rows = Vec::new();
    store.read_notes(table, cref.company.id, &note_filter, &mut |row| {
        rows.push(row);
        Ok(())
    })?;
    let mut count = 0;
    for row in rows {
        let record = match notes {
            Notes::Retur => {
                let stored = NewReturn::from_row(&row);
                if filter
                    .status
                    .as_ref()
                    .is_some_and(|s| *s != stored.note.status)
                {
                    continue;
                }
                let invoice_date = store
                    .invoice(cref.company.id, stored.note.invoice_id)?
                    .map(|i| i.invoice.date)
                    .unwrap_or_default();
                retur_record(&retur_row(stored.note, kind, invoice_date))
            }
            Notes::Documents => {
                let stored = NewDocument::from_row(&row);
                if filter
                    .status
                    .as_ref()
                    .is_some_and(|s| *s != stored.note.status)
                {
                    continue;
                }
                document_record(&document_row(stored.note, kind))
            }
        };
        writer.write(&record).map_err(io)?;
        count += 1;
    }
    writer.finish().map_err(io)?;
    Ok(count)
}

fn retur_row(r: NewReturn, kind: RecordType, invoice_date: String) -> ReturRow {
    ReturRow {
        line: 0,
        kind,
        npwp: r.counterparty_tin,
        name: r.counterparty_name,
        trx_code: r.invoice_number.get(..2).unwrap_or("").to_string(),
        invoice_number: r.invoice_number,
        invoice_date,
        creditable: r.creditable,
        number: r.number,
        date: r.date,
        masa: r.masa,
        amounts: [r.tax_base, r.vat, r.stlg].map(amount),
    }
}

fn document_row(d: NewDocument, kind: RecordType) -> DocumentRow {
    DocumentRow {
        line: 0,
        kind,
        trx_type: d.trx_type,
        doc_type: d.doc_type,
        trx_code: d.trx_code,
        replaces: d.replaces,
        number: d.number,
        date: d.date,
        masa: d.masa,
        npwp: d.counterparty_tin,
        name: d.counterparty_name,
        address: d.counterparty_address,
        amounts: [d.tax_base, d.vat, d.stlg].map(amount),
        note: d.note,
        creditable: d.creditable,
    }
}

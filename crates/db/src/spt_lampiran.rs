//! The lampiran of a masa's return: every document behind the invoice
//! lines, listed where the form's routes send it, streamed page by page.

use crate::error::{DbError, Exit};
use crate::open::CompanyRef;
use faktur_core::codes::TrxCode;
use faktur_core::finding::codes;
use faktur_core::spt::{Form, Masa, Side};
use faktur_formats::lampiran::LampiranRow;
use faktur_store::spt::CreditDecision;
use faktur_store::{InvoiceFilter, InvoiceRecord, NewDocument, NewReturn, NoteFilter};
use std::collections::HashMap;

type Result<T> = std::result::Result<T, DbError>;

/// Where a listed document goes: a lampiran id of the masa's form.
pub type Sink<'a> = dyn FnMut(&'static str, LampiranRow) -> Result<()> + 'a;

const PAGE: i64 = 5_000;

fn party_name(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v["name"].as_str().map(str::to_string))
        .unwrap_or_default()
}

fn code_of(text: &str) -> Result<TrxCode> {
    TrxCode::parse(text.get(..2).unwrap_or(text))
        .map_err(|e| DbError::new(codes::DB_OTHER, Exit::Environment, e.to_string()))
}

fn row_of(record: &InvoiceRecord, side: Side) -> LampiranRow {
    let i = &record.invoice;
    let (name, tin) = match side {
        Side::Output => (party_name(&i.buyer_json), i.buyer_tin.clone()),
        Side::Input => (party_name(&i.seller_json), i.seller_tin.clone()),
    };
    LampiranRow {
        name,
        tin,
        number: i.number.clone().unwrap_or_default(),
        date: i.date.clone(),
        dpp: i.tax_base,
        ppn: i.vat,
        ppnbm: i.stlg,
        refers_to: i.replaces.clone(),
    }
}

/// Every document of the masa's lampiran, in the order of the books:
/// approved outputs, inputs where their crediting decision puts them,
/// returns (negative rows) and documents (exports in A1/A-1, imports in
/// B1/B-1 or, not creditable, B3/B-3). Digunggung invoices are in no
/// lampiran.
pub fn lampiran_rows(cref: &CompanyRef, masa: Masa, sink: &mut Sink<'_>) -> Result<()> {
    let layout = Form::for_masa(masa).layout();
    let store = cref.store.store();
    let company = cref.company.id;
    let masa_text = masa.to_string();
    let decisions: HashMap<i64, CreditDecision> = {
        let mut map = HashMap::new();
        let table = faktur_store::schema::table("input_credits")
            .ok_or_else(|| DbError::new(codes::DB_OTHER, Exit::Environment, "input_credits"))?;
        store.read_table(table, company, &mut |row| {
            if let [faktur_store::Value::Int(id), _, masa, faktur_store::Value::Int(creditable), ..] =
                row.as_slice()
            {
                let masa = match masa {
                    faktur_store::Value::Text(t) => Some(t.clone()),
                    _ => None,
                };
                map.insert(
                    *id,
                    CreditDecision {
                        masa,
                        creditable: *creditable != 0,
                        decided_by: String::new(),
                        decided_at: 0,
                    },
                );
            }
            Ok(())
        })?;
        map
    };
    let mut emit = |side: Side, record: &InvoiceRecord, creditable: bool| -> Result<()> {
        let code = code_of(&record.invoice.trx_code)?;
        if let Some(lampiran) = layout
            .route(side, code, false, creditable)
            .and_then(|r| r.lampiran)
        {
            sink(lampiran, row_of(record, side))?;
        }
        Ok(())
    };
    for (kind, side) in [("output", Side::Output), ("input", Side::Input)] {
        let mut after = 0;
        loop {
            let page = store.list_invoices(
                company,
                &InvoiceFilter {
                    masa: Some(masa_text.clone()),
                    kind: Some(kind.into()),
                    status: Some("approved".into()),
                    after_id: Some(after),
                    limit: Some(PAGE),
                },
            )?;
            let Some(last) = page.last() else { break };
            after = last.id;
            for record in &page {
                let creditable = match (side, decisions.get(&record.id)) {
                    (Side::Output, _) => true,
                    (Side::Input, None) => faktur_store::spt::creditable_by_default(
                        record.invoice.source_json.as_deref(),
                    ),
                    (Side::Input, Some(d)) if d.masa.as_deref() == Some(masa_text.as_str()) => {
                        d.creditable
                    }
                    // Moved to another masa, or out of every return.
                    (Side::Input, Some(_)) => continue,
                };
                emit(side, record, creditable)?;
            }
        }
    }
    // Inputs of other masa credited into this one.
    for (id, decision) in &decisions {
        if decision.masa.as_deref() != Some(masa_text.as_str()) {
            continue;
        }
        if let Some(record) = store.invoice(company, *id)? {
            if record.invoice.masa != masa_text && record.invoice.status == "approved" {
                emit(Side::Input, &record, decision.creditable)?;
            }
        }
    }
    let filter = NoteFilter {
        masa: Some(masa_text.clone()),
        kind: None,
    };
    let mut failure = None;
    store.read_notes(
        faktur_store::notes::returns_table(),
        company,
        &filter,
        &mut |row| {
            let retur = NewReturn::from_row(&row).note;
            if matches!(retur.status.as_str(), "rejected" | "cancelled") {
                return Ok(());
            }
            let side = if retur.kind == "output" {
                Side::Output
            } else {
                Side::Input
            };
            let Ok(code) = code_of(&retur.invoice_number) else {
                return Ok(());
            };
            let lampiran = layout
                .route(side, code, false, retur.creditable.unwrap_or(true))
                .and_then(|r| r.lampiran);
            if let Some(lampiran) = lampiran {
                let row = LampiranRow {
                    name: retur.counterparty_name,
                    tin: retur.counterparty_tin,
                    number: retur.number,
                    date: retur.date,
                    dpp: -retur.tax_base,
                    ppn: -retur.vat,
                    ppnbm: -retur.stlg,
                    refers_to: Some(retur.invoice_number),
                };
                if let Err(error) = sink(lampiran, row) {
                    failure.get_or_insert(error);
                }
            }
            Ok(())
        },
    )?;
    if let Some(error) = failure {
        return Err(error);
    }
    let (exports, imports, not_creditable) = match layout.form {
        Form::F1111 => ("A1", "B1", "B3"),
        Form::Coretax => ("A-1", "B-1", "B-3"),
    };
    store.read_notes(
        faktur_store::notes::documents_table(),
        company,
        &filter,
        &mut |row| {
            let document = NewDocument::from_row(&row).note;
            if matches!(document.status.as_str(), "rejected" | "cancelled") {
                return Ok(());
            }
            let lampiran = match (document.kind.as_str(), document.creditable) {
                ("output", _) => exports,
                (_, Some(false)) => not_creditable,
                _ => imports,
            };
            let row = LampiranRow {
                name: document.counterparty_name,
                tin: document.counterparty_tin,
                number: document.number,
                date: document.date,
                dpp: document.tax_base,
                ppn: document.vat,
                ppnbm: document.stlg,
                refers_to: document.replaces,
            };
            if let Err(error) = sink(lampiran, row) {
                failure.get_or_insert(error);
            }
            Ok(())
        },
    )?;
    failure.map_or(Ok(()), Err)
}

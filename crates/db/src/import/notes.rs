//! Importing the header-only notes of an e-Faktur CSV file: nota retur (RK,
//! RM) and dokumen lain (DK, DM). Their rows are checked cell by cell by the
//! formats crate; here they are checked against the books:
//!
//! - a retur names an invoice of the company (ETAX-20003 when it is missing
//!   or not approved), agrees with it (FKT-3014), has a number not used
//!   before (ETAX-30030), and stays within what is left of the invoice's
//!   DPP, PPN and PPnBM after earlier returns (ETAX-20032/20033/20034);
//! - a dokumen lain has a number not used before (ETAX-20002) and replaces
//!   only a document that exists (ETAX-20003).
//!
//! Notes are few: each accepted one is stored at once, so the next one sees
//! it. After the first refusal of an all-or-nothing import nothing more is
//! stored, and the amounts accepted since are tallied in memory instead.

use super::{fingerprint, problem_at, row_problems, stated_sen, Problem, Run};
use crate::invoices::tin_of;
use faktur_core::finding::Severity;
use faktur_formats::efaktur_csv::document::{document_row, DocumentRow};
use faktur_formats::efaktur_csv::map::buyer;
use faktur_formats::efaktur_csv::retur::{retur_row, ReturRow};
use faktur_formats::efaktur_csv::{Record, RecordType};
use faktur_store::notes::{documents_table, returns_table};
use faktur_store::{now_ms, InvoiceRef, NewDocument, NewReturn};
use faktur_wire::PartyDto;

/// The status of a note read from a file: recorded, not yet uploaded.
const RECORDED: &str = "draft";

/// The NPWP digits a counterparty is compared by (the 16-digit form of an
/// NPWP; a buyer without one by its document number).
fn counterparty_key(npwp: &str, name: &str) -> String {
    tin_of(&Some(buyer(npwp, name, "")))
}

impl Run<'_> {
    /// Stated amounts (DPP, PPN, PPnBM) in sen, from `first_column` on:
    /// numbers without separators, not negative, whole rupiah in the
    /// e-Faktur era.
    pub(super) fn stated_amounts(
        &self,
        texts: &[String; 3],
        line: u64,
        first_column: usize,
        date: &str,
        reference: Option<&str>,
    ) -> Result<[i64; 3], Problem> {
        let mut amounts = [0i64; 3];
        // e-Faktur era amounts are whole rupiah (and export as such).
        let fractions_allowed = date >= "2025-01-01";
        for (k, text) in texts.iter().enumerate() {
            let column = first_column + k;
            let value = stated_sen(text, line, column, reference, self.lang)?;
            if value < 0 || (!fractions_allowed && value % 100 != 0) {
                return Err(problem_at(
                    line,
                    column,
                    reference,
                    "ETAX-20004",
                    Severity::Error,
                    text,
                    self.lang,
                ));
            }
            amounts[k] = value;
        }
        Ok(amounts)
    }

    /// Checks one RK or RM row; a valid retur is stored. Returns its
    /// problems.
    pub(super) fn retur(&mut self, row: &Record) -> faktur_store::Result<Vec<Problem>> {
        let lang = self.lang;
        let number_column = if row.kind == RecordType::Rm { 9 } else { 8 };
        let reference = Some(row.cell(number_column).trim()).filter(|r| !r.is_empty());
        let retur = match retur_row(row) {
            Ok(retur) => retur,
            Err(errors) => return Ok(row_problems(&errors, reference, lang)),
        };
        let amounts = match self.stated_amounts(
            &retur.amounts,
            retur.line,
            retur.column(12),
            &retur.date,
            reference,
        ) {
            Ok(amounts) => amounts,
            Err(problem) => return Ok(vec![problem]),
        };
        let problem = |column: usize, code: &str, note: &str| {
            problem_at(
                retur.line,
                column,
                reference,
                code,
                Severity::Error,
                note,
                lang,
            )
        };
        if amounts == [0, 0, 0] {
            return Ok(vec![problem(
                retur.column(12),
                "ETAX-20008",
                "a retur of nothing",
            )]);
        }
        // Invoices of this file are stored before it is looked up.
        self.flush()?;
        let output = retur.kind == RecordType::Rk;
        let kind = if output { "output" } else { "input" };
        let seller_tin = if output {
            tin_of(&Some(PartyDto::from_domain(self.company)))
        } else {
            counterparty_key(&retur.npwp, &retur.name)
        };
        let Some(invoice) = self
            .sink
            .find_invoice(kind, &seller_tin, &retur.invoice_number)?
        else {
            let note = format!("{kind} {} not in this database", retur.invoice_number);
            return Ok(vec![problem(6, "ETAX-20003", &note)]);
        };
        if let Some(problem) = self.mismatch(&retur, &invoice) {
            return Ok(vec![problem]);
        }
        let key = fingerprint(kind, &retur.npwp, "ETAX-30030", &retur.number);
        if !self.seen.insert(key)
            || self
                .sink
                .note_exists(returns_table(), kind, &retur.npwp, &retur.number)?
        {
            return Ok(vec![problem(retur.column(8), "ETAX-30030", &retur.number)]);
        }
        let stored = self.sink.returned(invoice.id)?;
        let pending = self
            .returned_in_file
            .get(&invoice.id)
            .copied()
            .unwrap_or_default();
        let mut problems = Vec::new();
        for k in 0..3 {
            let left = invoice.amounts[k] - stored[k] - pending[k];
            if amounts[k] > left {
                let code = ["ETAX-20032", "ETAX-20033", "ETAX-20034"][k];
                let note = format!("{} > {}", amounts[k] / 100, left / 100);
                problems.push(problem(retur.column(12 + k), code, &note));
            }
        }
        if !problems.is_empty() {
            return Ok(problems);
        }
        let record = NewReturn {
            kind: kind.into(),
            invoice_id: invoice.id,
            invoice_number: retur.invoice_number.clone(),
            counterparty_tin: retur.npwp.clone(),
            counterparty_name: retur.name.clone(),
            number: retur.number.clone(),
            date: retur.date.clone(),
            masa: retur.masa.clone(),
            tax_base: amounts[0],
            vat: amounts[1],
            stlg: amounts[2],
            creditable: retur.creditable,
            status: RECORDED.into(),
            source_json: None,
        };
        if self.stop_storing {
            let tally = self.returned_in_file.entry(invoice.id).or_default();
            for k in 0..3 {
                tally[k] += amounts[k];
            }
        } else {
            self.sink
                .insert_row(returns_table(), &record.to_row(self.actor, now_ms()))?;
        }
        Ok(Vec::new())
    }

    /// The retur's own account of its invoice disagrees with the books:
    /// not approved (ETAX-20003), another buyer, kode or date (FKT-3014).
    fn mismatch(&self, retur: &ReturRow, invoice: &InvoiceRef) -> Option<Problem> {
        let problem = |column: usize, code: &str, note: String| {
            Some(problem_at(
                retur.line,
                column,
                Some(retur.number.as_str()),
                code,
                Severity::Error,
                &note,
                self.lang,
            ))
        };
        if invoice.status != "approved" {
            let note = format!(
                "{} is {}: only an approved invoice can be returned",
                retur.invoice_number, invoice.status
            );
            return problem(6, "ETAX-20003", note);
        }
        if retur.kind == RecordType::Rk {
            let buyer = counterparty_key(&retur.npwp, &retur.name);
            if buyer != invoice.buyer_tin {
                return problem(2, "FKT-3014", format!("{buyer} ≠ {}", invoice.buyer_tin));
            }
        }
        if retur.trx_code != invoice.trx_code {
            let note = format!("{} ≠ {}", retur.trx_code, invoice.trx_code);
            return problem(4, "FKT-3014", note);
        }
        if retur.invoice_date != invoice.date {
            let note = format!("{} ≠ {}", retur.invoice_date, invoice.date);
            return problem(7, "FKT-3014", note);
        }
        None
    }

    /// Checks one DK or DM row; a valid document is stored. Returns its
    /// problems.
    pub(super) fn document(&mut self, row: &Record) -> faktur_store::Result<Vec<Problem>> {
        let lang = self.lang;
        let reference = Some(row.cell(7).trim()).filter(|r| !r.is_empty());
        let document = match document_row(row) {
            Ok(document) => document,
            Err(errors) => return Ok(row_problems(&errors, reference, lang)),
        };
        let amounts = match self.stated_amounts(
            &document.amounts,
            document.line,
            14,
            &document.date,
            reference,
        ) {
            Ok(amounts) => amounts,
            Err(problem) => return Ok(vec![problem]),
        };
        let problem = |column: usize, code: &str, note: &str| {
            vec![problem_at(
                document.line,
                column,
                reference,
                code,
                Severity::Error,
                note,
                lang,
            )]
        };
        let kind = if document.kind == RecordType::Dk {
            "output"
        } else {
            "input"
        };
        let table = documents_table();
        let key = |number: &str| fingerprint(kind, &document.npwp, "document", number);
        if let Some(replaced) = &document.replaces {
            let known = self.seen.contains(&key(replaced))
                || self
                    .sink
                    .note_exists(table, kind, &document.npwp, replaced)?;
            if !known {
                let note = format!("{replaced} not in this database");
                return Ok(problem(6, "ETAX-20003", &note));
            }
        }
        if !self.seen.insert(key(&document.number))
            || self
                .sink
                .note_exists(table, kind, &document.npwp, &document.number)?
        {
            return Ok(problem(7, "ETAX-20002", &document.number));
        }
        if !self.stop_storing {
            let record = new_document(&document, kind, amounts);
            self.sink
                .insert_row(table, &record.to_row(self.actor, now_ms()))?;
        }
        Ok(Vec::new())
    }
}

fn new_document(document: &DocumentRow, kind: &str, amounts: [i64; 3]) -> NewDocument {
    let d = document;
    NewDocument {
        kind: kind.into(),
        trx_type: d.trx_type.clone(),
        doc_type: d.doc_type.clone(),
        trx_code: d.trx_code.clone(),
        replaces: d.replaces.clone(),
        number: d.number.clone(),
        date: d.date.clone(),
        masa: d.masa.clone(),
        counterparty_tin: d.npwp.clone(),
        counterparty_name: d.name.clone(),
        counterparty_address: d.address.clone(),
        tax_base: amounts[0],
        vat: amounts[1],
        stlg: amounts[2],
        note: d.note.clone(),
        creditable: d.creditable,
        status: RECORDED.into(),
        source_json: None,
    }
}

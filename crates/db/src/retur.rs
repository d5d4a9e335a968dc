//! A nota retur by the company, as buyer, against an approved input
//! invoice: checked like an RM row of an import (the number not used
//! before, at most what remains of the invoice after earlier returs) and
//! stored in one transaction; sync registers it with the authority.

use crate::error::{DbError, Exit, Result};
use crate::invoices::sen;
use crate::{show_invoice, CompanyRef};
use faktur_core::finding::codes;
use faktur_store::notes::returns_table;
use faktur_store::{Decision, NewReturn, Stamp};
use rust_decimal::Decimal;
use serde::Deserialize;

/// A nota retur as asked (`faktur invoice retur ID FILE`, the API): amounts
/// are decimal strings in rupiah.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturDraft {
    /// `NOMOR_DOKUMEN_RETUR`.
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// DPP returned.
    pub tax_base: String,
    /// PPN returned.
    pub vat: String,
    /// PPnBM returned.
    #[serde(default)]
    pub stlg: Option<String>,
}

fn amount(text: &str, field: &str) -> Result<i64> {
    let value: Decimal = text
        .trim()
        .parse()
        .map_err(|_| DbError::new("FKT-2023", Exit::Refused, format!("{field}: {text}")))?;
    if value.is_sign_negative() {
        return Err(DbError::new(
            "FKT-2023",
            Exit::Refused,
            format!("{field}: {text}"),
        ));
    }
    sen(value)
}

/// Records a nota retur against approved input invoice `id`; the stored
/// retur.
pub fn retur_input(cref: &CompanyRef, id: i64, json: &[u8], actor: &str) -> Result<NewReturn> {
    let draft: ReturDraft = serde_json::from_slice(json)
        .map_err(|e| DbError::new("FKT-3001", Exit::Usage, e.to_string()))?;
    let record = show_invoice(cref, id)?;
    let invoice = &record.invoice;
    let Some(invoice_number) = invoice
        .number
        .clone()
        .filter(|_| invoice.kind == "input" && invoice.status == "approved")
    else {
        return Err(DbError::new(
            codes::NOT_CORRECTABLE,
            Exit::Refused,
            format!("invoice {id}: {} {}", invoice.kind, invoice.status),
        ));
    };
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(draft.date.trim(), &format).map_err(|e| {
        DbError::new(
            "ETAX-20006",
            Exit::Refused,
            format!("date {}: {e}", draft.date),
        )
    })?;
    if draft.date.trim() < invoice.date.as_str() {
        return Err(DbError::new(
            "ETAX-20006",
            Exit::Refused,
            format!(
                "the retur ({}) comes before its invoice ({})",
                draft.date, invoice.date
            ),
        ));
    }
    let number = draft.number.trim().to_string();
    if number.is_empty() || number.len() > 100 {
        return Err(DbError::new(
            "ETAX-30030",
            Exit::Refused,
            "number: 1–100 characters",
        ));
    }
    let amounts = [
        amount(&draft.tax_base, "tax_base")?,
        amount(&draft.vat, "vat")?,
        amount(draft.stlg.as_deref().unwrap_or("0"), "stlg")?,
    ];
    if amounts == [0, 0, 0] {
        return Err(DbError::new(
            "ETAX-20008",
            Exit::Refused,
            "a retur of nothing",
        ));
    }
    let store = cref.store.store();
    let creditable = store
        .credit_of(cref.company.id, id)?
        .is_none_or(|d| d.creditable && d.masa.is_some());
    let retur = NewReturn {
        kind: "input".into(),
        invoice_id: id,
        invoice_number,
        counterparty_tin: invoice.seller_tin.clone(),
        counterparty_name: serde_json::from_str::<serde_json::Value>(&invoice.seller_json)
            .ok()
            .and_then(|p| p["name"].as_str().map(str::to_string))
            .unwrap_or_default(),
        number,
        date: date.to_string(),
        masa: date.to_string()[..7].to_string(),
        tax_base: amounts[0],
        vat: amounts[1],
        stlg: amounts[2],
        creditable: Some(creditable),
        status: "draft".into(),
        source_json: None,
    };
    let whole = [invoice.tax_base, invoice.vat, invoice.stlg];
    let mut refusal: Option<DbError> = None;
    let stamp = Stamp::now();
    store.import_session(cref.company.id, actor, &stamp, &mut |sink| {
        if sink.note_exists(
            returns_table(),
            "input",
            &retur.counterparty_tin,
            &retur.number,
        )? {
            refusal = Some(DbError::new(
                "ETAX-30030",
                Exit::Refused,
                retur.number.clone(),
            ));
            return Ok(Decision::Rollback);
        }
        let returned = sink.returned(id)?;
        for k in 0..3 {
            let left = whole[k] - returned[k];
            if amounts[k] > left {
                let code = ["ETAX-20032", "ETAX-20033", "ETAX-20034"][k];
                refusal = Some(DbError::new(
                    code,
                    Exit::Refused,
                    format!("{} > {}", amounts[k] / 100, left / 100),
                ));
                return Ok(Decision::Rollback);
            }
        }
        sink.insert_row(
            returns_table(),
            &retur.to_row(actor, faktur_store::now_ms()),
        )?;
        Ok(Decision::Commit)
    })?;
    match refusal {
        Some(error) => Err(error),
        None => Ok(retur),
    }
}

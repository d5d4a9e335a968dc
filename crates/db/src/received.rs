//! A computed invoice that comes back from the authority (an approved input
//! invoice of the feed, an own invoice recovered) as a store record.

use crate::error::{DbError, Exit, Result};
use crate::invoices::{json_of, sen, tin_of};
use faktur_store::{LineRecord, NewInvoice};
use faktur_wire::ComputedInvoice;
use rust_decimal::Decimal;
use std::str::FromStr;

fn amount(text: Option<&str>, what: &str) -> Result<i64> {
    let text = text.unwrap_or("0");
    let value = Decimal::from_str(text)
        .map_err(|_| DbError::new("FKT-2023", Exit::Refused, format!("{what}: {text}")))?;
    sen(value)
}

/// The record of an invoice the authority holds: its amounts as the
/// authority states them (nothing is recomputed), with `kind` and `status`
/// from the caller's point of view.
pub fn received_record(invoice: &ComputedInvoice, kind: &str, status: &str) -> Result<NewInvoice> {
    let date = invoice.date.clone().unwrap_or_default();
    if date.len() != 10 {
        return Err(DbError::new(
            "FKT-2023",
            Exit::Refused,
            format!("date: {date}"),
        ));
    }
    let mut lines = Vec::with_capacity(invoice.lines.len());
    for (index, l) in invoice.lines.iter().enumerate() {
        lines.push(LineRecord {
            line_no: index as i64 + 1,
            opt: l.line.opt.clone(),
            code: l.line.code.clone(),
            name: l.line.name.clone(),
            unit: l.line.unit.clone(),
            price: l.line.price.clone().unwrap_or_default(),
            qty: l.line.qty.clone(),
            discount: l.line.discount.clone(),
            luxury: l.line.luxury,
            vat_rate: l.line.vat_rate.clone().unwrap_or_default(),
            stlg_rate: l.line.stlg_rate.clone(),
            price_ex_vat: l.price_ex_vat.clone().unwrap_or_default(),
            discount_ex_vat: l.discount_ex_vat.clone().unwrap_or_default(),
            tax_base: amount(l.tax_base.as_deref(), "tax_base")?,
            other_tax_base: amount(l.other_tax_base.as_deref(), "other_tax_base")?,
            vat: amount(l.vat.as_deref(), "vat")?,
            stlg: amount(l.stlg.as_deref(), "stlg")?,
            item_code: l.line.item_code.clone(),
        });
    }
    let totals = invoice.totals.as_ref();
    let total = |pick: fn(&faktur_wire::TotalsDto) -> &String, what| {
        amount(totals.map(|t| pick(t).as_str()), what)
    };
    let (regime, era) = invoice
        .regime
        .as_ref()
        .map(|r| (r.name.clone(), r.era.clone()))
        .unwrap_or_default();
    Ok(NewInvoice {
        kind: kind.into(),
        status: status.into(),
        masa: date[..7].to_string(),
        date,
        trx_code: invoice.trx_code.clone(),
        number: invoice.number.clone(),
        reference: invoice.reference.clone(),
        replaces: invoice.replaces.clone(),
        seller_tin: tin_of(&invoice.seller),
        seller_json: json_of(&invoice.seller),
        buyer_tin: tin_of(&invoice.buyer),
        buyer_json: json_of(&invoice.buyer),
        add_info: invoice.add_info.clone(),
        facility_stamp: invoice.facility_stamp.clone(),
        custom_doc: invoice.custom_doc.clone(),
        custom_doc_period: invoice.custom_doc_period.clone(),
        prices_include_vat: invoice.prices_include_vat,
        regime,
        era,
        tax_base: total(|t| &t.tax_base, "tax_base")?,
        other_tax_base: total(|t| &t.other_tax_base, "other_tax_base")?,
        vat: total(|t| &t.vat, "vat")?,
        stlg: total(|t| &t.stlg, "stlg")?,
        lines,
        source_json: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use faktur_store::InvoiceRecord;

    /// A stored invoice sent in the wire shape comes back as the same record.
    #[test]
    fn wire_shape_round_trips_to_the_record() {
        for era in ["coretax", "efaktur"] {
            let mut invoice = faktur_store::contract::sample_invoice(7, 3);
            invoice.era = era.into();
            invoice.source_json = None;
            invoice.status = "approved".into();
            if era == "efaktur" {
                // e-Faktur amounts are whole rupiah.
                let whole = |sen: &mut i64| *sen -= *sen % 100;
                for line in &mut invoice.lines {
                    whole(&mut line.other_tax_base);
                }
                whole(&mut invoice.other_tax_base);
            }
            let record = InvoiceRecord {
                id: 1,
                company_id: 1,
                invoice: invoice.clone(),
                batch_id: "b".into(),
                created_by: "t".into(),
                created_at: 0,
                updated_at: 0,
                row_hash: String::new(),
            };
            let wire = crate::invoice_json(&record);
            let back = received_record(&wire, "output", "approved").unwrap();
            assert_eq!(back, invoice, "{era}");
        }
    }

    #[test]
    fn unreadable_amounts_are_refused() {
        let record = InvoiceRecord {
            id: 1,
            company_id: 1,
            invoice: faktur_store::contract::sample_invoice(1, 1),
            batch_id: "b".into(),
            created_by: "t".into(),
            created_at: 0,
            updated_at: 0,
            row_hash: String::new(),
        };
        let mut wire = crate::invoice_json(&record);
        wire.lines[0].vat = Some("12,5".into());
        let error = received_record(&wire, "input", "approved").unwrap_err();
        assert_eq!(error.code, "FKT-2023");
    }
}

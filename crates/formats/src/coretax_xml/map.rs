//! From a `TaxInvoice` element to an invoice draft, with the line amounts the
//! file states (compared with the engine's on import).

use super::CtxInvoice;
use crate::RowError;
use faktur_wire::{DraftDto, LineDto, PartyDto};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Per `GoodService`: its line, and `TaxBase`, `OtherTaxBase`, `VAT`, `STLG`.
pub type StatedLine = (u64, [String; 4]);

/// The id type of a `BuyerDocument`.
fn id_type(document: &str) -> Option<&'static str> {
    Some(match document {
        "TIN" => "TIN",
        "National ID" => "NIK",
        "Passport" => "PASSPORT",
        "Other ID" => "OTHER",
        _ => return None,
    })
}

/// Maps one invoice. Elements the draft validation would not judge (date
/// format, the document type, a replacement option) are reported here.
pub fn to_draft(invoice: &CtxInvoice) -> Result<(DraftDto, Vec<StatedLine>), Vec<RowError>> {
    let mut errors = Vec::new();
    let line = invoice.line;
    let date = invoice.get("TaxInvoiceDate").trim();
    let valid_date = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    if !valid_date {
        errors.push(RowError::new(
            line,
            0,
            "ETAX-20006",
            format!("TaxInvoiceDate {date:?}: YYYY-MM-DD"),
        ));
    }
    let document = invoice.get("BuyerDocument");
    let Some(id_type) = id_type(document) else {
        errors.push(RowError::new(
            line,
            0,
            "FKT-2024",
            format!("BuyerDocument {document:?}"),
        ));
        return Err(errors);
    };
    if invoice.get("TaxInvoiceOpt") != "Normal" {
        errors.push(RowError::new(
            line,
            0,
            "ETAX-20026",
            format!("TaxInvoiceOpt {:?}", invoice.get("TaxInvoiceOpt")),
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let text = |name: &str| Some(invoice.get(name).to_string()).filter(|s| !s.is_empty());
    let tin = invoice.get("BuyerTin");
    let buyer = PartyDto {
        tin: Some(tin.to_string()).filter(|t| !t.is_empty()),
        id_type: id_type.into(),
        id_number: text("BuyerDocumentNumber").filter(|n| n != "-"),
        country: text("BuyerCountry").unwrap_or_else(|| "IDN".into()),
        name: invoice.get("BuyerName").to_string(),
        address: invoice.get("BuyerAdress").to_string(),
        email: text("BuyerEmail"),
        idtku: text("BuyerIDTKU"),
    };
    let regime = time::Date::parse(
        date,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
    .and_then(faktur_core::regime::regime_on);
    let decimal = |s: &str| Decimal::from_str(s.trim()).ok();
    let lines = invoice
        .goods
        .iter()
        .map(|g| {
            let stlg_rate = g.get("STLGRate").trim();
            let vat_rate = g.get("VATRate").trim();
            // The file has no luxury flag: PPnBM, or VAT on the full base
            // where non-luxury goods would have 11/12, marks a luxury line.
            let full_base = decimal(g.get("OtherTaxBase")) == decimal(g.get("TaxBase"));
            let non_luxury_is_reduced = regime.is_some_and(|r| !r.non_luxury.base.is_full());
            let luxury = decimal(stlg_rate).is_some_and(|r| r > Decimal::ZERO)
                || (full_base
                    && non_luxury_is_reduced
                    && decimal(vat_rate).is_some_and(|r| r > Decimal::ZERO));
            let standard = regime.map(|r| Decimal::from(r.rule(luxury).rate));
            let stated_rate = decimal(vat_rate);
            LineDto {
                opt: g.get("Opt").to_string(),
                code: g.get("Code").to_string(),
                name: g.get("Name").to_string(),
                unit: g.get("Unit").to_string(),
                price: Some(g.get("Price").trim().to_string()),
                qty: g.get("Qty").trim().to_string(),
                discount: Some(g.get("TotalDiscount").trim().to_string())
                    .filter(|d| !d.is_empty())
                    .unwrap_or_else(|| "0".into()),
                luxury,
                vat_rate: (stated_rate != standard).then(|| vat_rate.to_string()),
                stlg_rate: if stlg_rate.is_empty() {
                    "0".into()
                } else {
                    stlg_rate.to_string()
                },
                item_code: None,
            }
        })
        .collect();
    let stated = invoice
        .goods
        .iter()
        .map(|g| {
            let v = |name: &str| g.get(name).trim().to_string();
            (
                g.line,
                [v("TaxBase"), v("OtherTaxBase"), v("VAT"), v("STLG")],
            )
        })
        .collect();
    let draft = DraftDto {
        kind: "output".into(),
        date: Some(date.to_string()),
        trx_code: invoice.get("TrxCode").trim().to_string(),
        reference: text("RefDesc"),
        number: None,
        replaces: None,
        seller: None,
        buyer: Some(buyer),
        add_info: text("AddInfo"),
        facility_stamp: text("FacilityStamp"),
        custom_doc: text("CustomDoc"),
        custom_doc_period: text("CustomDocMonthYear"),
        prices_include_vat: false,
        lines,
    };
    Ok((draft, stated))
}

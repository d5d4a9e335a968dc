//! Storing computed invoices and reading them back in the wire shape.

use crate::error::{DbError, Exit, Result};
use crate::CompanyRef;
use faktur_core::finding::codes;
use faktur_core::ids::{strip_separators, IdType};
use faktur_core::invoice::{Computation, Context, Draft, Party};
use faktur_core::number::InvoiceNumber;
use faktur_core::Lang;
use faktur_store::{InvoiceFilter, InvoiceRecord, LineRecord, NewInvoice};
use faktur_wire::{ComputedInvoice, ComputedLine, LineDto, PartyDto, RegimeDto, TotalsDto};
use rust_decimal::Decimal;

/// The outcome of `invoice create`.
#[derive(Debug, Clone)]
pub struct CreateOutcome {
    /// True when stored.
    pub stored: bool,
    /// The computed invoice (with its id when stored) and every finding.
    pub invoice: ComputedInvoice,
}

/// The company as the party it plays on its own invoices.
pub fn company_party(cref: &CompanyRef) -> Party {
    Party {
        tin: Some(cref.company.npwp.clone()),
        id_type: IdType::Tin,
        id_number: None,
        country: "IDN".into(),
        name: cref.company.name.clone(),
        address: cref.company.address.clone(),
        email: None,
        idtku: Some(cref.company.nitku.clone()),
    }
}

/// Computes, validates and stores one draft. A refused draft stores nothing
/// and comes back with its findings.
pub fn create_invoices(
    cref: &CompanyRef,
    json: &[u8],
    context: &Context,
    lang: Lang,
    actor: &str,
) -> Result<CreateOutcome> {
    compute_then(cref, json, context, lang, &mut |record| {
        let ids = cref
            .store
            .store()
            .insert_invoices(cref.company.id, &[record], actor)?;
        Ok(ids.first().copied())
    })
}

/// Computes and validates a draft and, when accepted, hands its record to
/// `store` (which answers its id). A refused draft comes back with its
/// findings and nothing is stored.
fn compute_then(
    cref: &CompanyRef,
    json: &[u8],
    context: &Context,
    lang: Lang,
    store: &mut dyn FnMut(NewInvoice) -> Result<Option<i64>>,
) -> Result<CreateOutcome> {
    let party = company_party(cref);
    let outcome = faktur_wire::calculate_json(json, Some(&party), context, lang)
        .map_err(|e| DbError::new(e.code, Exit::Usage, e.to_string()))?;
    let mut invoice = outcome.invoice;
    let (Some(draft), true) = (outcome.draft, outcome.accepted) else {
        return Ok(CreateOutcome {
            stored: false,
            invoice,
        });
    };
    let Some(computation) = faktur_core::invoice::compute(&draft).ok() else {
        return Ok(CreateOutcome {
            stored: false,
            invoice,
        });
    };
    let record = new_invoice(&draft, &computation, &invoice.seller, &invoice.buyer)?;
    invoice.id = store(record)?.map(|id| id.to_string());
    Ok(CreateOutcome {
        stored: true,
        invoice,
    })
}

/// Edits a draft that nothing was queued for yet: the new draft is
/// computed and validated like a new one and replaces the stored content
/// (same id). FKT-4012 when the invoice is no draft of the company's, or
/// its upload is already queued.
pub fn edit_invoice(
    cref: &CompanyRef,
    id: i64,
    json: &[u8],
    context: &Context,
    lang: Lang,
    actor: &str,
) -> Result<CreateOutcome> {
    let current = show_invoice(cref, id)?;
    let refuse = || {
        DbError::new(
            codes::NOT_EDITABLE,
            Exit::Refused,
            format!("invoice {id}: {}", current.invoice.status),
        )
    };
    if current.invoice.status != "draft" {
        return Err(refuse());
    }
    compute_then(cref, json, context, lang, &mut |record| {
        if cref
            .store
            .store()
            .update_draft(cref.company.id, id, &record, actor)?
        {
            Ok(Some(id))
        } else {
            Err(refuse())
        }
    })
}

/// A replacement (faktur pengganti) of an approved output invoice: the
/// draft, with `replaces` set to the original's number, is computed,
/// validated and stored like any draft, and uploaded by sync; the
/// authority numbers it as a replacement and marks the original replaced.
pub fn replace_invoice(
    cref: &CompanyRef,
    id: i64,
    json: &[u8],
    context: &Context,
    lang: Lang,
    actor: &str,
) -> Result<CreateOutcome> {
    let original = show_invoice(cref, id)?;
    let refuse = |why: String| {
        DbError::new(
            codes::NOT_CORRECTABLE,
            Exit::Refused,
            format!("invoice {id}: {why}"),
        )
    };
    let number = match (
        &original.invoice.number,
        original.invoice.kind.as_str(),
        original.invoice.status.as_str(),
    ) {
        (Some(number), "output", "approved") => number.clone(),
        (_, kind, status) => return Err(refuse(format!("{kind} {status}"))),
    };
    let mut draft: serde_json::Value = serde_json::from_slice(json)
        .map_err(|e| DbError::new("FKT-3001", Exit::Usage, e.to_string()))?;
    let Some(fields) = draft.as_object_mut() else {
        return Err(DbError::new(
            "FKT-3001",
            Exit::Usage,
            "the draft is not a JSON object",
        ));
    };
    fields.insert("replaces".into(), serde_json::Value::String(number));
    let bytes = serde_json::to_vec(&draft)
        .map_err(|e| DbError::new("FKT-3001", Exit::Usage, e.to_string()))?;
    create_invoices(cref, &bytes, context, lang, actor)
}

/// Converts an exact amount (at most two decimals) to sen.
pub(crate) fn sen(value: Decimal) -> Result<i64> {
    let mut scaled = value
        .checked_mul(Decimal::ONE_HUNDRED)
        .ok_or_else(|| DbError::new("FKT-2023", Exit::Refused, value.to_string()))?;
    scaled = scaled.normalize();
    if scaled.scale() > 0 {
        return Err(DbError::new(
            "FKT-2023",
            Exit::Refused,
            format!("{value} has more than two decimals"),
        ));
    }
    i64::try_from(scaled.mantissa())
        .map_err(|_| DbError::new("FKT-2023", Exit::Refused, value.to_string()))
}

/// A party as stored: its JSON without the fields at their defaults (no
/// value, `TIN`, `IDN`, empty text), which reading fills back in (the
/// defaults of `PartyDto`). Parties are two thirds of an invoice row's
/// bytes, and most fields are at their defaults.
pub(crate) fn json_of(party: &Option<PartyDto>) -> String {
    party
        .as_ref()
        .and_then(|p| serde_json::to_string(&StoredParty::of(p)).ok())
        .unwrap_or_else(|| "null".into())
}

#[derive(serde::Serialize)]
struct StoredParty<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    tin: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id_type: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id_number: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    address: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    idtku: Option<&'a str>,
}

impl<'a> StoredParty<'a> {
    fn of(p: &'a PartyDto) -> Self {
        StoredParty {
            tin: p.tin.as_deref(),
            id_type: Some(p.id_type.as_str()).filter(|t| *t != "TIN"),
            id_number: p.id_number.as_deref(),
            country: Some(p.country.as_str()).filter(|c| *c != "IDN"),
            name: &p.name,
            address: &p.address,
            email: p.email.as_deref(),
            idtku: p.idtku.as_deref(),
        }
    }
}

/// The party's identifier as stored: the 16-digit NPWP whatever form was
/// given (so 15- and 16-digit forms of one NPWP are the same key), else the
/// document number.
pub(crate) fn tin_of(party: &Option<PartyDto>) -> String {
    let Some(party) = party.as_ref() else {
        return String::new();
    };
    if let Some(npwp) = party
        .tin
        .as_deref()
        .and_then(|t| faktur_core::ids::Npwp16::parse_any(t).ok())
    {
        if !npwp.is_zero() {
            return npwp.digits().to_string();
        }
    }
    party
        .id_number
        .as_deref()
        .or(party.tin.as_deref())
        .map(strip_separators)
        .unwrap_or_default()
}

pub(crate) fn new_invoice(
    draft: &Draft,
    c: &Computation,
    seller: &Option<PartyDto>,
    buyer: &Option<PartyDto>,
) -> Result<NewInvoice> {
    let date = format!(
        "{:04}-{:02}-{:02}",
        draft.date.year(),
        u8::from(draft.date.month()),
        draft.date.day()
    );
    let mut lines = Vec::with_capacity(draft.lines.len());
    for (index, (line, amounts)) in draft.lines.iter().zip(&c.lines).enumerate() {
        lines.push(LineRecord {
            line_no: index as i64 + 1,
            opt: line.opt.as_str().into(),
            code: line.code.clone(),
            name: line.name.clone(),
            unit: line.unit.clone(),
            price: line.price.to_string(),
            qty: line.qty.to_string(),
            discount: line.discount.to_string(),
            luxury: line.luxury,
            vat_rate: amounts.vat_rate.to_string(),
            stlg_rate: amounts.stlg_rate.to_string(),
            price_ex_vat: amounts.price_ex_vat.to_string(),
            discount_ex_vat: amounts.discount_ex_vat.to_string(),
            tax_base: sen(amounts.tax_base)?,
            other_tax_base: sen(amounts.other_tax_base)?,
            vat: sen(amounts.vat)?,
            stlg: sen(amounts.stlg)?,
            item_code: line.item_code.clone(),
        });
    }
    let number = draft.number.as_deref().filter(|n| !n.is_empty()).map(|n| {
        InvoiceNumber::parse(n)
            .map(|n| n.digits())
            .unwrap_or_else(|_| n.to_string())
    });
    Ok(NewInvoice {
        kind: draft.kind.as_str().into(),
        status: "draft".into(),
        masa: date[..7].to_string(),
        date,
        trx_code: draft.trx_code.as_str().into(),
        number,
        reference: draft.reference.clone(),
        replaces: draft.replaces.clone(),
        seller_tin: tin_of(seller),
        seller_json: json_of(seller),
        buyer_tin: tin_of(buyer),
        buyer_json: json_of(buyer),
        add_info: draft.add_info.clone(),
        facility_stamp: draft.facility_stamp.clone(),
        custom_doc: draft.custom_doc.clone(),
        custom_doc_period: draft.custom_doc_period.clone(),
        prices_include_vat: draft.prices_include_vat,
        regime: c.regime.name.into(),
        era: c.regime.era.as_str().into(),
        tax_base: sen(c.totals.tax_base)?,
        other_tax_base: sen(c.totals.other_tax_base)?,
        vat: sen(c.totals.vat)?,
        stlg: sen(c.totals.stlg)?,
        lines,
        source_json: None,
    })
}

/// Renders sen in the era's precision: whole rupiah (e-Faktur) or two
/// decimals (Coretax).
pub fn amount_text(sen: i64, era: &str) -> String {
    let value = Decimal::new(sen, 2);
    if era == "efaktur" {
        value.trunc().to_string()
    } else {
        value.round_dp(2).to_string()
    }
}

/// A stored invoice in the wire shape of a computed invoice.
pub fn invoice_json(record: &InvoiceRecord) -> ComputedInvoice {
    let i = &record.invoice;
    let era = i.era.as_str();
    let party = |json: &str| serde_json::from_str::<PartyDto>(json).ok();
    let lines = i
        .lines
        .iter()
        .map(|l| ComputedLine {
            line: LineDto {
                opt: l.opt.clone(),
                code: l.code.clone(),
                name: l.name.clone(),
                unit: l.unit.clone(),
                price: Some(l.price.clone()),
                qty: l.qty.clone(),
                discount: l.discount.clone(),
                luxury: l.luxury,
                vat_rate: Some(l.vat_rate.clone()),
                stlg_rate: l.stlg_rate.clone(),
                item_code: l.item_code.clone(),
            },
            price_ex_vat: Some(l.price_ex_vat.clone()),
            discount_ex_vat: Some(l.discount_ex_vat.clone()),
            tax_base: Some(amount_text(l.tax_base, era)),
            other_tax_base: Some(amount_text(l.other_tax_base, era)),
            vat: Some(amount_text(l.vat, era)),
            stlg: Some(amount_text(l.stlg, era)),
        })
        .collect();
    ComputedInvoice {
        id: Some(record.id.to_string()),
        number: i.number.clone(),
        status: i.status.clone(),
        kind: i.kind.clone(),
        date: Some(i.date.clone()),
        trx_code: i.trx_code.clone(),
        reference: i.reference.clone(),
        replaces: i.replaces.clone(),
        seller: party(&i.seller_json),
        buyer: party(&i.buyer_json),
        add_info: i.add_info.clone(),
        facility_stamp: i.facility_stamp.clone(),
        custom_doc: i.custom_doc.clone(),
        custom_doc_period: i.custom_doc_period.clone(),
        prices_include_vat: i.prices_include_vat,
        lines,
        totals: Some(TotalsDto {
            tax_base: amount_text(i.tax_base, era),
            other_tax_base: amount_text(i.other_tax_base, era),
            vat: amount_text(i.vat, era),
            stlg: amount_text(i.stlg, era),
        }),
        regime: Some(RegimeDto {
            name: i.regime.clone(),
            era: i.era.clone(),
        }),
        findings: Vec::new(),
    }
}

/// Invoice headers of the company.
pub fn list_invoices(cref: &CompanyRef, filter: &InvoiceFilter) -> Result<Vec<InvoiceRecord>> {
    Ok(cref.store.store().list_invoices(cref.company.id, filter)?)
}

/// One invoice with its lines; `ETAX-10004` when it does not exist in this
/// company (another company's invoice is "not found" too).
pub fn show_invoice(cref: &CompanyRef, id: i64) -> Result<InvoiceRecord> {
    cref.store
        .store()
        .invoice(cref.company.id, id)?
        .ok_or_else(|| DbError::new("ETAX-10004", Exit::Refused, format!("invoice {id}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_keep_their_era_precision() {
        assert_eq!(amount_text(29_700_000, "efaktur"), "297000");
        assert_eq!(amount_text(1_100_000, "coretax"), "11000.00");
        assert_eq!(amount_text(9_166_667, "coretax"), "91666.67");
        assert_eq!(sen(Decimal::new(9_166_667, 2)).unwrap(), 9_166_667);
        assert_eq!(sen(Decimal::from(297_000)).unwrap(), 29_700_000);
        assert!(sen(Decimal::new(1, 3)).is_err());
    }

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![
            proptest::strategy::Just(String::new()),
            proptest::strategy::Just("TIN".to_string()),
            proptest::strategy::Just("IDN".to_string()),
            proptest::strategy::Just("null".to_string()),
            "[ -~]{0,12}",
            "\\PC{0,6}",
        ]
    }

    proptest::proptest! {
        /// The compact stored form reads back as the party it was made of,
        /// fields at their defaults included.
        #[test]
        fn stored_parties_read_back_unchanged(
            fields in proptest::collection::vec(text(), 8),
            present in proptest::collection::vec(proptest::bool::ANY, 5),
            party_present in proptest::bool::ANY,
        ) {
            let opt = |k: usize, v: &String| present[k].then(|| v.clone());
            let party = party_present.then(|| PartyDto {
                tin: opt(0, &fields[0]),
                id_type: fields[1].clone(),
                id_number: opt(1, &fields[2]),
                country: fields[3].clone(),
                name: fields[4].clone(),
                address: fields[5].clone(),
                email: opt(2, &fields[6]),
                idtku: opt(3, &fields[7]),
            });
            let json = json_of(&party);
            let back: Option<PartyDto> = serde_json::from_str(&json).unwrap();
            proptest::prop_assert_eq!(back, party);
        }
    }

    #[test]
    fn stored_parties_leave_out_defaults() {
        let party = PartyDto {
            tin: Some("0013121660091000".into()),
            id_type: "TIN".into(),
            id_number: None,
            country: "IDN".into(),
            name: "PT Pembeli".into(),
            address: String::new(),
            email: None,
            idtku: None,
        };
        assert_eq!(
            json_of(&Some(party)),
            r#"{"tin":"0013121660091000","name":"PT Pembeli"}"#
        );
        assert_eq!(json_of(&None), "null");
    }
}

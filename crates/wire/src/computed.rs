//! The computed invoice: the draft plus, per line, the computed amounts, the
//! totals, the regime applied, and every finding.

use crate::{DraftDto, LineDto, PartyDto};
use faktur_core::invoice::{Calculation, Computation};
use faktur_core::{Finding, Lang};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The answer to a draft. Field order is part of the frozen wire shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComputedInvoice {
    /// Store id, once stored.
    pub id: Option<String>,
    /// The faktur number, once assigned.
    pub number: Option<String>,
    /// `draft` when accepted, `refused` when any finding is an error.
    pub status: String,
    /// As in the draft.
    pub kind: String,
    /// As in the draft.
    pub date: Option<String>,
    /// As in the draft.
    pub trx_code: String,
    /// As in the draft.
    pub reference: Option<String>,
    /// As in the draft.
    pub replaces: Option<String>,
    /// The seller, with its NITKU derived when not given.
    pub seller: Option<PartyDto>,
    /// The buyer, with its NITKU derived when not given.
    pub buyer: Option<PartyDto>,
    /// As in the draft.
    pub add_info: Option<String>,
    /// As in the draft.
    pub facility_stamp: Option<String>,
    /// As in the draft.
    pub custom_doc: Option<String>,
    /// As in the draft.
    pub custom_doc_period: Option<String>,
    /// As in the draft.
    pub prices_include_vat: bool,
    /// The lines with their amounts.
    pub lines: Vec<ComputedLine>,
    /// Totals, the exact sums of the lines; `null` when not computable.
    pub totals: Option<TotalsDto>,
    /// The VAT regime applied.
    pub regime: Option<RegimeDto>,
    /// Every finding, errors first.
    pub findings: Vec<FindingDto>,
}

/// A line: the draft line plus its amounts (`null` when not computable).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComputedLine {
    /// The line as given.
    #[serde(flatten)]
    pub line: LineDto,
    /// VAT-exclusive unit price.
    pub price_ex_vat: Option<String>,
    /// VAT-exclusive discount.
    pub discount_ex_vat: Option<String>,
    /// DPP.
    pub tax_base: Option<String>,
    /// DPP Nilai Lain.
    pub other_tax_base: Option<String>,
    /// PPN.
    pub vat: Option<String>,
    /// PPnBM (STLG).
    pub stlg: Option<String>,
}

/// Invoice totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotalsDto {
    /// Σ DPP.
    pub tax_base: String,
    /// Σ DPP Nilai Lain.
    pub other_tax_base: String,
    /// Σ PPN.
    pub vat: String,
    /// Σ PPnBM.
    pub stlg: String,
}

/// The regime row applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegimeDto {
    /// Row name, e.g. `pmk131`.
    pub name: String,
    /// `efaktur` or `coretax` rounding.
    pub era: String,
}

/// A finding on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingDto {
    /// Catalogue code.
    pub code: String,
    /// Field path.
    pub path: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// Message in the requested language.
    pub message: String,
}

impl FindingDto {
    /// A finding in `lang`.
    pub fn new(finding: &Finding, lang: Lang) -> Self {
        FindingDto {
            code: finding.code.to_string(),
            path: finding.path.clone(),
            severity: finding.severity.as_str().to_string(),
            message: finding.message(lang),
        }
    }
}

fn text(value: Decimal) -> String {
    value.to_string()
}

impl ComputedInvoice {
    /// Builds the answer from the draft as given, the parties as used (with
    /// company defaults and derived NITKU), and the calculation, if the draft
    /// could be read at all; `findings` holds the reading problems otherwise.
    pub fn new(
        draft: &DraftDto,
        parties: (Option<PartyDto>, Option<PartyDto>),
        calculation: Option<&Calculation>,
        findings: &[Finding],
        lang: Lang,
    ) -> Self {
        let computation: Option<&Computation> = calculation.and_then(|c| c.computation.as_ref());
        let lines = draft
            .lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let amounts = computation.and_then(|c| c.lines.get(i));
                let mut line = line.clone();
                if let Some(a) = amounts {
                    line.vat_rate = Some(text(a.vat_rate));
                    line.stlg_rate = text(a.stlg_rate);
                }
                ComputedLine {
                    line,
                    price_ex_vat: amounts.map(|a| text(a.price_ex_vat)),
                    discount_ex_vat: amounts.map(|a| text(a.discount_ex_vat)),
                    tax_base: amounts.map(|a| text(a.tax_base)),
                    other_tax_base: amounts.map(|a| text(a.other_tax_base)),
                    vat: amounts.map(|a| text(a.vat)),
                    stlg: amounts.map(|a| text(a.stlg)),
                }
            })
            .collect();
        let accepted = calculation.is_some_and(Calculation::accepted)
            && findings
                .iter()
                .all(|f| f.severity != faktur_core::Severity::Error);
        ComputedInvoice {
            id: None,
            number: draft.number.clone(),
            status: if accepted { "draft" } else { "refused" }.to_string(),
            kind: draft.kind.clone(),
            date: draft.date.clone(),
            trx_code: draft.trx_code.clone(),
            reference: draft.reference.clone(),
            replaces: draft.replaces.clone(),
            seller: parties.0,
            buyer: parties.1,
            add_info: draft.add_info.clone(),
            facility_stamp: draft.facility_stamp.clone(),
            custom_doc: draft.custom_doc.clone(),
            custom_doc_period: draft.custom_doc_period.clone(),
            prices_include_vat: draft.prices_include_vat,
            lines,
            totals: computation.map(|c| TotalsDto {
                tax_base: text(c.totals.tax_base),
                other_tax_base: text(c.totals.other_tax_base),
                vat: text(c.totals.vat),
                stlg: text(c.totals.stlg),
            }),
            regime: computation.map(|c| RegimeDto {
                name: c.regime.name.to_string(),
                era: c.regime.era.as_str().to_string(),
            }),
            findings: findings.iter().map(|f| FindingDto::new(f, lang)).collect(),
        }
    }
}

impl PartyDto {
    /// The wire form of a domain party.
    pub fn from_domain(party: &faktur_core::invoice::Party) -> Self {
        PartyDto {
            tin: party.tin.clone(),
            id_type: party.id_type.as_str().to_string(),
            id_number: party.id_number.clone(),
            country: party.country.clone(),
            name: party.name.clone(),
            address: party.address.clone(),
            email: party.email.clone(),
            idtku: party.idtku.clone(),
        }
    }
}

//! The monthly VAT return from a company's books, and the crediting
//! decisions that shape it. The arithmetic is the core's (`faktur_core::spt`);
//! this module turns the store's sums into its facts.

use crate::error::{DbError, Exit};
use crate::open::CompanyRef;
use faktur_core::codes::TrxCode;
use faktur_core::finding::codes;
use faktur_core::spt::{self, Amounts, Facts, Group, Masa, Side, Spt};
use faktur_store::spt::{CreditDecision, Source, SptSum};

type Result<T> = std::result::Result<T, DbError>;

/// Parses a masa (`YYYY-MM`) given on a command line or in a request.
pub fn parse_masa(text: &str) -> Result<Masa> {
    Masa::parse(text).map_err(|e| DbError::new(codes::USAGE, Exit::Usage, e.to_string()))
}

fn amounts(sum: &SptSum) -> Amounts {
    Amounts {
        dpp: sum.tax_base,
        other: sum.other_tax_base,
        ppn: sum.vat,
        ppnbm: sum.stlg,
    }
}

/// The facts of a masa's normal return from the books: approved output
/// invoices by kode, input invoices where their crediting decision puts
/// them, returns as negative groups of the returned invoice's kode, DK as
/// exports and DM as imports (docs/rules.md). Manual entries and carried
/// compensation start empty.
pub fn spt_facts(cref: &CompanyRef, masa: Masa) -> Result<Facts> {
    let sums = cref
        .store
        .store()
        .spt_sums(cref.company.id, &masa.to_string())?;
    let mut facts = Facts {
        masa,
        revision: 0,
        groups: Vec::with_capacity(sums.len()),
        manual: spt::Manual::default(),
        carried: spt::Carried::default(),
    };
    for sum in &sums {
        let group = |side: Side, sign: i64| -> Result<Group> {
            let trx_code = TrxCode::parse(&sum.trx_code)
                .map_err(|e| DbError::new(codes::DB_OTHER, Exit::Environment, e.to_string()))?;
            let mut amounts = amounts(sum);
            if sign < 0 {
                amounts = -amounts;
            }
            Ok(Group {
                side,
                trx_code,
                digunggung: false,
                creditable: sum.creditable,
                amounts,
            })
        };
        match sum.source {
            Source::Outputs => facts.groups.push(group(Side::Output, 1)?),
            Source::Inputs => facts.groups.push(group(Side::Input, 1)?),
            Source::OutputReturns => facts.groups.push(group(Side::Output, -1)?),
            Source::InputReturns => facts.groups.push(group(Side::Input, -1)?),
            Source::OutputDocuments => facts.manual.exports += sum.tax_base,
            Source::InputDocuments if sum.creditable => facts.manual.imports += amounts(sum),
            Source::InputDocuments => facts.manual.imports_not_creditable += amounts(sum),
        }
    }
    Ok(facts)
}

/// The return of a masa as the books stand (a draft, stored nowhere).
pub fn build_spt(cref: &CompanyRef, masa: Masa) -> Result<Spt> {
    spt_of(&spt_facts(cref, masa)?)
}

/// The return of facts already read.
pub fn spt_of(facts: &Facts) -> Result<Spt> {
    spt::build(facts).map_err(|e| DbError::new(codes::DB_OTHER, Exit::Environment, e.to_string()))
}

/// What to do with an input invoice's VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credit {
    /// Credit it in this masa (within the window: the invoice's masa and
    /// three more).
    In(Masa),
    /// Report it as not creditable, in this masa (default: the invoice's).
    NotCreditable(Option<Masa>),
    /// Keep it out of every return until decided.
    Uncredit,
    /// Back to the default: credited in its own masa.
    Default,
}

/// Records a crediting decision for an approved input invoice of the
/// company, with an audit entry; the decision as stored (`None` for the
/// default).
pub fn credit_input(
    cref: &CompanyRef,
    invoice_id: i64,
    credit: Credit,
    actor: &str,
) -> Result<Option<CreditDecision>> {
    let store = cref.store.store();
    let record = store
        .invoice(cref.company.id, invoice_id)?
        .filter(|r| r.invoice.kind == "input" && r.invoice.status == "approved")
        .ok_or_else(|| {
            DbError::new(
                codes::NOT_CREDITABLE_HERE,
                Exit::Refused,
                format!("invoice {invoice_id}"),
            )
        })?;
    let own = parse_masa(&record.invoice.date)?;
    let now = faktur_store::now_ms();
    let decision = |masa: Option<Masa>, creditable: bool| CreditDecision {
        masa: masa.map(|m| m.to_string()),
        creditable,
        decided_by: actor.to_string(),
        decided_at: now,
    };
    let decision = match credit {
        Credit::In(masa) => {
            spt::check_credit(own, masa).map_err(|refusal| {
                DbError::new(
                    refusal.code(),
                    Exit::Refused,
                    format!("invoice {invoice_id} of {own} in {masa}"),
                )
            })?;
            Some(decision(Some(masa), true))
        }
        Credit::NotCreditable(masa) => {
            let stored = parse_masa(&record.invoice.masa).unwrap_or(own);
            Some(decision(Some(masa.unwrap_or(stored)), false))
        }
        Credit::Uncredit => Some(decision(None, true)),
        Credit::Default => None,
    };
    store.set_credit(cref.company.id, invoice_id, decision.as_ref())?;
    let detail = match &decision {
        Some(d) if d.creditable => d.masa.clone().unwrap_or_else(|| "none".into()),
        Some(d) => format!("not creditable {}", d.masa.as_deref().unwrap_or("")),
        None => "default".into(),
    };
    store.append_audit(
        cref.company.id,
        &faktur_store::hash::AuditFields {
            at: now,
            actor,
            action: "credit",
            entity: "invoice",
            entity_id: invoice_id,
            detail: &detail,
        },
    )?;
    Ok(decision)
}

/// Sen as whole rupiah (SPT lines are whole rupiah already).
pub fn rupiah(sen: i64) -> i64 {
    sen / 100
}

fn balance_json(balance: faktur_core::spt::Balance) -> serde_json::Value {
    serde_json::json!({ "result": balance.code(), "amount": rupiah(balance.signed().abs()) })
}

/// The return as JSON: amounts in whole rupiah.
pub fn spt_json(spt: &faktur_core::spt::Spt, lang: faktur_core::Lang) -> serde_json::Value {
    let layout = spt.form.layout();
    let lines: Vec<_> = spt
        .lines
        .iter()
        .map(|l| {
            let label = layout.line(l.id).map_or("", |line| match lang {
                faktur_core::Lang::En => line.en_label,
                faktur_core::Lang::Id => line.id_label,
            });
            serde_json::json!({
                "line": l.id,
                "label": label,
                "dpp": rupiah(l.amounts.dpp),
                "dpp_other": rupiah(l.amounts.other),
                "ppn": rupiah(l.amounts.ppn),
                "ppnbm": rupiah(l.amounts.ppnbm),
            })
        })
        .collect();
    serde_json::json!({
        "form": spt.form.code(),
        "masa": spt.masa.to_string(),
        "revision": spt.revision,
        "ppn": balance_json(spt.ppn),
        "ppnbm": balance_json(spt.ppnbm),
        "lines": lines,
    })
}

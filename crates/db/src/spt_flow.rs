//! The return's life: post (the figures frozen as a version), billing and
//! payment, filing, pembetulan. No network here: the caller asks the
//! authority and records its answers with these functions.

use crate::error::{DbError, Exit};
use crate::open::CompanyRef;
use faktur_core::finding::codes;
use faktur_core::spt::{self, Balance, Carried, Disposal, Facts, Manual, Masa, Spt};
use faktur_store::schema::table;
use faktur_store::spt::{status, NewSptVersion, Payment, SptVersion};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

type Result<T> = std::result::Result<T, DbError>;

/// What to do with a lebih bayar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// Compensate into the next masa (the default right, UU PPN 9(4)).
    Compensate,
    /// Ask for a refund (restitusi).
    Refund,
}

/// Sets one manual entry (sen).
type SetEntry = fn(&mut Manual, i64);

/// The manual entries a return may carry, by name, and where each goes.
const ENTRIES: &[(&str, SetEntry)] = &[
    ("exports", |m, v| m.exports = v),
    ("not_taxable", |m, v| m.not_taxable = v),
    ("imports_dpp", |m, v| m.imports.dpp = v),
    ("imports_ppn", |m, v| m.imports.ppn = v),
    ("imports_ppnbm", |m, v| m.imports.ppnbm = v),
    ("imports_not_creditable_dpp", |m, v| {
        m.imports_not_creditable.dpp = v
    }),
    ("imports_not_creditable_ppn", |m, v| {
        m.imports_not_creditable.ppn = v
    }),
    ("inputs_exempt_dpp", |m, v| m.inputs_exempt.dpp = v),
    ("ppn_prepaid", |m, v| m.ppn_prepaid = v),
    ("ppnbm_prepaid", |m, v| m.ppnbm_prepaid = v),
    ("pm_recalculation", |m, v| m.pm_recalculation = v),
    ("kms_dpp", |m, v| m.kms.dpp = v),
    ("kms_ppn", |m, v| m.kms.ppn = v),
    ("pm_repayment", |m, v| m.pm_repayment = v),
    ("collector_excess_ppn", |m, v| m.collector_excess.ppn = v),
    ("collector_excess_ppnbm", |m, v| {
        m.collector_excess.ppnbm = v
    }),
];

/// The names of the manual entries (`--set NAME=RUPIAH`).
pub fn entry_names() -> Vec<&'static str> {
    ENTRIES.iter().map(|(name, _)| *name).collect()
}

/// Parses `NAME=RUPIAH` (whole rupiah, may be negative for recalculation).
pub fn parse_entry(text: &str) -> Result<(String, i64)> {
    let refuse = || DbError::new(codes::SPT_ENTRY, Exit::Usage, text.to_string());
    let (name, amount) = text.split_once('=').ok_or_else(refuse)?;
    let name = name.trim();
    if !ENTRIES.iter().any(|(n, _)| *n == name) {
        return Err(DbError::new(
            codes::SPT_ENTRY,
            Exit::Usage,
            format!("{name}: one of {}", entry_names().join(", ")),
        ));
    }
    let rupiah: i64 = amount.trim().parse().map_err(|_| refuse())?;
    let sen = rupiah.checked_mul(100).ok_or_else(refuse)?;
    Ok((name.to_string(), sen))
}

/// A posted version's content, as stored in `data_json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posted {
    /// Manual entries by name, sen.
    pub entries: BTreeMap<String, i64>,
    /// Lebih bayar: compensate or refund.
    pub choice: Option<Choice>,
    /// Compensation carried in, sen.
    pub compensation: i64,
    /// Compensation changed by an amendment of the previous masa, sen.
    pub compensation_amendment: i64,
    /// What the corrected version counted for, PPN and PPnBM, sen.
    pub corrected: [i64; 2],
    /// PPN and PPnBM of the masa itself (before the correction), sen.
    pub of_masa: [i64; 2],
    /// PPN and PPnBM due on this version, sen.
    pub due: [i64; 2],
    /// Every line: id, DPP, DPP Nilai Lain, PPN, PPnBM (sen).
    pub lines: Vec<(String, [i64; 4])>,
}

impl Posted {
    /// The return as it was posted (its frozen lines).
    pub fn spt(&self, version: &SptVersion) -> Result<Spt> {
        let masa = crate::parse_masa(&version.masa)?;
        let form = spt::Form::for_masa(masa);
        let layout = form.layout();
        let lines = self
            .lines
            .iter()
            .filter_map(|(id, a)| {
                layout.line(id).map(|line| spt::LineValue {
                    id: line.id,
                    amounts: spt::Amounts {
                        dpp: a[0],
                        other: a[1],
                        ppn: a[2],
                        ppnbm: a[3],
                    },
                })
            })
            .collect();
        Ok(Spt {
            form,
            masa,
            revision: u32::try_from(version.revision).unwrap_or(0),
            lines,
            ppn: Balance::of(self.due[0]),
            ppnbm: Balance::of(self.due[1]),
            ppn_of_masa: Balance::of(self.of_masa[0]),
            ppnbm_of_masa: Balance::of(self.of_masa[1]),
        })
    }

    /// Reads a version's content.
    pub fn of(version: &SptVersion) -> Result<Self> {
        serde_json::from_str(&version.data_json).map_err(|e| {
            DbError::new(
                codes::DB_OTHER,
                Exit::Environment,
                format!("SPT {} revision {}: {e}", version.masa, version.revision),
            )
        })
    }
}

fn read<T>(
    cref: &CompanyRef,
    name: &str,
    parse: fn(&[faktur_store::Value]) -> Option<T>,
) -> Result<Vec<T>> {
    let table =
        table(name).ok_or_else(|| DbError::new(codes::DB_OTHER, Exit::Environment, name))?;
    let mut out = Vec::new();
    cref.store
        .store()
        .read_table(table, cref.company.id, &mut |row| {
            if let Some(value) = parse(&row) {
                out.push(value);
            }
            Ok(())
        })?;
    Ok(out)
}

/// The stored versions of a masa (every masa with `None`), oldest first.
pub fn spt_versions(cref: &CompanyRef, masa: Option<Masa>) -> Result<Vec<SptVersion>> {
    let mut versions = read(cref, "spt_versions", SptVersion::from_row)?;
    if let Some(masa) = masa {
        let masa = masa.to_string();
        versions.retain(|v| v.masa == masa);
    }
    versions.sort_by_key(|v| (v.masa.clone(), v.revision));
    Ok(versions)
}

/// The payments recorded for a version.
pub fn spt_payments(cref: &CompanyRef, version_id: i64) -> Result<Vec<Payment>> {
    let mut payments = read(cref, "payments", Payment::from_row)?;
    payments.retain(|p| p.spt_id == Some(version_id));
    Ok(payments)
}

/// The latest version of a masa.
pub fn latest_version(cref: &CompanyRef, masa: Masa) -> Result<Option<SptVersion>> {
    Ok(spt_versions(cref, Some(masa))?.pop())
}

/// What a masa's latest version passes on to the next masa as
/// compensation: its lebih bayar when compensated.
fn compensated(version: Option<&SptVersion>) -> Result<i64> {
    let Some(version) = version else {
        return Ok(0);
    };
    let posted = Posted::of(version)?;
    Ok(match (posted.choice, posted.of_masa[0]) {
        (Some(Choice::Compensate) | None, n) if n < 0 => -n,
        _ => 0,
    })
}

/// How a filed version's lebih bayar was used, for its pembetulan.
fn disposal(cref: &CompanyRef, version: &SptVersion, posted: &Posted) -> Result<Disposal> {
    Ok(match posted.choice {
        Some(Choice::Refund) => Disposal::Refund,
        _ if posted.of_masa[0] >= 0 => Disposal::Undecided,
        _ => {
            let next = crate::parse_masa(&version.masa)?.plus(1);
            let used = spt_versions(cref, Some(next))?
                .iter()
                .any(|v| v.status == status::FILED);
            Disposal::Compensated { used }
        }
    })
}

/// The return of `masa` as revision `revision` would file it: the books,
/// the entries, compensation from the previous masa and, for a
/// pembetulan, what the corrected version counts for.
fn compose(
    cref: &CompanyRef,
    masa: Masa,
    entries: &BTreeMap<String, i64>,
    previous: Option<&SptVersion>,
) -> Result<(Facts, Spt)> {
    let mut facts = crate::spt_facts(cref, masa)?;
    for (name, sen) in entries {
        if let Some((_, set)) = ENTRIES.iter().find(|(n, _)| n == name) {
            set(&mut facts.manual, *sen);
        }
    }
    let carried_now = compensated(latest_version(cref, masa.previous())?.as_ref())?;
    facts.carried = match previous {
        None => Carried {
            compensation: carried_now,
            ..Carried::default()
        },
        Some(version) => {
            let posted = Posted::of(version)?;
            let used = disposal(cref, version, &posted)?;
            let revision = u32::try_from(version.revision + 1).unwrap_or(u32::MAX);
            facts.revision = revision;
            Carried {
                compensation: posted.compensation,
                compensation_amendment: carried_now - posted.compensation,
                corrected_ppn: spt::counted(Balance::of(posted.of_masa[0]), used),
                corrected_ppnbm: posted.of_masa[1],
            }
        }
    };
    let spt = spt::build(&facts)
        .map_err(|e| DbError::new(codes::DB_OTHER, Exit::Environment, e.to_string()))?;
    Ok((facts, spt))
}

fn store_version(
    cref: &CompanyRef,
    spt: &Spt,
    facts: &Facts,
    entries: BTreeMap<String, i64>,
    choice: Option<Choice>,
    actor: &str,
) -> Result<SptVersion> {
    let choice = match (spt.ppn_of_masa, choice) {
        // A lebih bayar is compensated unless a refund is asked for.
        (Balance::LebihBayar(_), None) => Some(Choice::Compensate),
        (Balance::LebihBayar(_), choice) => choice,
        _ => None,
    };
    let posted = Posted {
        entries,
        choice,
        compensation: facts.carried.compensation,
        compensation_amendment: facts.carried.compensation_amendment,
        corrected: [facts.carried.corrected_ppn, facts.carried.corrected_ppnbm],
        of_masa: [spt.ppn_of_masa.signed(), spt.ppnbm_of_masa.signed()],
        due: [spt.ppn.signed(), spt.ppnbm.signed()],
        lines: spt
            .lines
            .iter()
            .map(|l| {
                let a = l.amounts;
                (l.id.to_string(), [a.dpp, a.other, a.ppn, a.ppnbm])
            })
            .collect(),
    };
    let new = NewSptVersion {
        masa: spt.masa.to_string(),
        revision: i64::from(spt.revision),
        status: status::POSTED.into(),
        form: spt.form.code().into(),
        data_json: serde_json::to_string(&posted).unwrap_or_default(),
        result: spt.ppn.signed(),
    };
    let store = cref.store.store();
    let id = store
        .insert_spt_version(cref.company.id, &new)
        .map_err(|e| match e.kind {
            faktur_store::ErrorKind::Duplicate => DbError::new(
                "ETAX-50002",
                Exit::Refused,
                format!("{} revision {} exists", new.masa, new.revision),
            ),
            _ => e.into(),
        })?;
    audit(
        cref,
        actor,
        "spt_post",
        id,
        &format!("{} revision {}", new.masa, new.revision),
    )?;
    latest_version(cref, spt.masa)?
        .filter(|v| v.id == id)
        .ok_or_else(|| {
            DbError::new(
                codes::DB_OTHER,
                Exit::Environment,
                "posted version vanished",
            )
        })
}

fn audit(cref: &CompanyRef, actor: &str, action: &str, id: i64, detail: &str) -> Result<()> {
    cref.store.store().append_audit(
        cref.company.id,
        &faktur_store::hash::AuditFields {
            at: faktur_store::now_ms(),
            actor,
            action,
            entity: "spt",
            entity_id: id,
            detail,
        },
    )?;
    Ok(())
}

/// Posts the normal return of a masa: its figures as the books stand, with
/// the manual entries and the choice for a lebih bayar (compensation by
/// default), frozen as revision 0, once the previous masa is filed
/// (FKT-4010). A masa posted already: ETAX-50002 (make a pembetulan).
pub fn post_spt(
    cref: &CompanyRef,
    masa: Masa,
    entries: &[(String, i64)],
    choice: Option<Choice>,
    actor: &str,
) -> Result<SptVersion> {
    if let Some(existing) = latest_version(cref, masa)? {
        return Err(DbError::new(
            "ETAX-50002",
            Exit::Refused,
            format!(
                "{masa} revision {} is {}: `faktur spt amend {masa}`",
                existing.revision, existing.status
            ),
        ));
    }
    previous_filed(cref, masa)?;
    let entries: BTreeMap<String, i64> = entries.iter().cloned().collect();
    let (facts, spt) = compose(cref, masa, &entries, None)?;
    store_version(cref, &spt, &facts, entries, choice, actor)
}

/// Posts pembetulan n+1 of a filed masa, computed against the last filed
/// version ("pada SPT yang dibetulkan"). Without a filed version:
/// ETAX-50003; entries not given are taken over from the last version.
pub fn amend_spt(
    cref: &CompanyRef,
    masa: Masa,
    entries: &[(String, i64)],
    choice: Option<Choice>,
    actor: &str,
) -> Result<SptVersion> {
    let last = latest_version(cref, masa)?.ok_or_else(|| {
        DbError::new(
            "ETAX-50003",
            Exit::Refused,
            format!("{masa}: no return to amend (`faktur spt post {masa}`)"),
        )
    })?;
    if last.status != status::FILED {
        return Err(DbError::new(
            "ETAX-50003",
            Exit::Refused,
            format!(
                "{masa} revision {} is {}, not filed: file it first",
                last.revision, last.status
            ),
        ));
    }
    let mut merged = Posted::of(&last)?.entries;
    merged.extend(entries.iter().cloned());
    let (facts, spt) = compose(cref, masa, &merged, Some(&last))?;
    store_version(cref, &spt, &facts, merged, choice, actor)
}

/// What filing a masa's latest version sends: the version, its result
/// and, for a kurang bayar, the NTPN paying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilingPlan {
    /// The version.
    pub version: SptVersion,
    /// `kurang_bayar`, `lebih_bayar` or `nihil`.
    pub result: &'static str,
    /// Whole rupiah.
    pub amount: i64,
    /// For a kurang bayar.
    pub ntpn: Option<String>,
}

/// The masa before `masa` is filed, or has nothing to file: no approved
/// invoice and no compensation coming in (FKT-4010 otherwise). Posting
/// and filing go masa by masa, so the compensation a return carries in is
/// the one the previous masa filed.
fn previous_filed(cref: &CompanyRef, masa: Masa) -> Result<()> {
    let previous = masa.previous();
    let unfiled = match latest_version(cref, previous)? {
        Some(v) => v.status != status::FILED,
        None => {
            !crate::spt_facts(cref, previous)?.groups.is_empty()
                || compensated(latest_version(cref, previous.previous())?.as_ref())? > 0
        }
    };
    if unfiled {
        return Err(DbError::new(
            codes::SPT_ORDER,
            Exit::Refused,
            format!("{previous} is not filed: post and file it before {masa}"),
        ));
    }
    Ok(())
}

/// Checks that a masa's latest version may be filed: posted (not filed),
/// the previous masa filed (FKT-4010) and a kurang bayar paid
/// (ETAX-20044).
pub fn filing_plan(cref: &CompanyRef, masa: Masa) -> Result<FilingPlan> {
    let version = latest_version(cref, masa)?.ok_or_else(|| {
        DbError::new(
            "ETAX-50003",
            Exit::Refused,
            format!("{masa}: `faktur spt post {masa}` first"),
        )
    })?;
    previous_filed(cref, masa)?;
    let balance = Balance::of(version.result);
    let ntpn = match balance {
        Balance::KurangBayar(amount) => {
            let paid = spt_payments(cref, version.id)?
                .into_iter()
                .filter(|p| p.amount >= amount)
                .find_map(|p| p.ntpn);
            Some(paid.ok_or_else(|| {
                DbError::new(
                    "ETAX-20044",
                    Exit::Refused,
                    format!("{masa}: `faktur spt pay {masa}` first"),
                )
            })?)
        }
        _ => None,
    };
    Ok(FilingPlan {
        result: balance.code(),
        amount: balance.signed().abs() / 100,
        ntpn,
        version,
    })
}

/// Records a kode billing for a version.
pub fn record_billing(
    cref: &CompanyRef,
    version: &SptVersion,
    code: &str,
    amount: i64,
) -> Result<()> {
    let store = cref.store.store();
    store.insert_payment(cref.company.id, version.id, code, amount)?;
    store.set_spt_status(cref.company.id, version.id, status::AWAITING_PAYMENT, None)?;
    audit(cref, "cli", "spt_billing", version.id, code)
}

/// Records the NTPN of a version's billing.
pub fn record_payment(
    cref: &CompanyRef,
    version: &SptVersion,
    code: &str,
    ntpn: &str,
    paid_at: i64,
) -> Result<()> {
    let store = cref.store.store();
    store.insert_payment(cref.company.id, version.id, code, version.result.max(0))?;
    store.set_paid(cref.company.id, code, ntpn, paid_at)?;
    store.set_spt_status(cref.company.id, version.id, status::PAID, None)?;
    audit(cref, "cli", "spt_paid", version.id, ntpn)
}

/// Records the authority's receipt.
pub fn record_filed(cref: &CompanyRef, version: &SptVersion, bpe: &str, at: i64) -> Result<()> {
    cref.store.store().set_spt_status(
        cref.company.id,
        version.id,
        status::FILED,
        Some((bpe, at)),
    )?;
    audit(cref, "cli", "spt_filed", version.id, bpe)
}

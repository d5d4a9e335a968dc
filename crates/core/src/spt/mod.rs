//! The monthly VAT return (SPT Masa PPN) as a pure function of the books'
//! sums: Form 1111 for masa up to December 2024, the Coretax form from
//! January 2025 (`tables.rs` holds both as data).
//!
//! The caller (the store) adds up the masa's approved output invoices and
//! the input invoices credited to it into [`Group`]s by kode transaksi,
//! digunggung and creditable, with returns as negative groups, and supplies
//! the manual entries, the compensation carried in and, for a pembetulan,
//! what the corrected version counts for. [`build`] routes the groups to
//! lines, rounds each base line to whole rupiah and evaluates the formulas.

mod masa;
pub mod tables;

pub use masa::{check_credit, CreditRefusal, Masa, MasaError, CREDIT_WINDOW};

use crate::codes::TrxCode;
use std::ops::{Add, AddAssign, Neg, Sub};

/// Which form a masa is filed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// SPT Masa PPN 1111 (masa up to December 2024).
    F1111,
    /// The Coretax SPT Masa PPN (PER-11/PJ/2025, masa from January 2025).
    Coretax,
}

impl Form {
    /// The form of a masa.
    pub fn for_masa(masa: Masa) -> Self {
        if masa < Masa::new(2025, 1).unwrap_or(masa) {
            Form::F1111
        } else {
            Form::Coretax
        }
    }

    /// `1111` or `coretax`.
    pub fn code(self) -> &'static str {
        match self {
            Form::F1111 => "1111",
            Form::Coretax => "coretax",
        }
    }

    /// The layout as data.
    pub fn layout(self) -> &'static Layout {
        match self {
            Form::F1111 => &tables::FORM_1111,
            Form::Coretax => &tables::FORM_CORETAX,
        }
    }
}

/// Amounts of a line, in sen: DPP (or Harga Jual/Nilai Ekspor), DPP Nilai
/// Lain (Coretax only), PPN, PPnBM.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Amounts {
    /// DPP, sen.
    pub dpp: i64,
    /// DPP Nilai Lain, sen.
    pub other: i64,
    /// PPN, sen.
    pub ppn: i64,
    /// PPnBM, sen.
    pub ppnbm: i64,
}

impl Amounts {
    /// Only a PPN amount.
    pub fn ppn(sen: i64) -> Self {
        Amounts {
            ppn: sen,
            ..Amounts::default()
        }
    }

    /// Only a DPP amount.
    pub fn dpp(sen: i64) -> Self {
        Amounts {
            dpp: sen,
            ..Amounts::default()
        }
    }

    /// Only a PPnBM amount.
    pub fn ppnbm(sen: i64) -> Self {
        Amounts {
            ppnbm: sen,
            ..Amounts::default()
        }
    }

    /// Every column rounded to whole rupiah ([`whole_rupiah`]).
    pub fn whole(self) -> Self {
        Amounts {
            dpp: whole_rupiah(self.dpp),
            other: whole_rupiah(self.other),
            ppn: whole_rupiah(self.ppn),
            ppnbm: whole_rupiah(self.ppnbm),
        }
    }

    fn zip(self, other: Self, f: fn(i64, i64) -> i64) -> Self {
        Amounts {
            dpp: f(self.dpp, other.dpp),
            other: f(self.other, other.other),
            ppn: f(self.ppn, other.ppn),
            ppnbm: f(self.ppnbm, other.ppnbm),
        }
    }
}

impl Add for Amounts {
    type Output = Amounts;
    fn add(self, other: Amounts) -> Amounts {
        self.zip(other, i64::saturating_add)
    }
}

impl AddAssign for Amounts {
    fn add_assign(&mut self, other: Amounts) {
        *self = *self + other;
    }
}

impl Sub for Amounts {
    type Output = Amounts;
    fn sub(self, other: Amounts) -> Amounts {
        self.zip(other, i64::saturating_sub)
    }
}

impl Neg for Amounts {
    type Output = Amounts;
    fn neg(self) -> Amounts {
        Amounts::default() - self
    }
}

/// Rule SPT-R1 (both eras): the return is in whole rupiah. Each line fed
/// by invoices is the exact sum of its invoices in sen, then cut to whole
/// rupiah toward zero; formulas then work on whole rupiah, so the form
/// ties. (Which rounding DJP applies to a sum with sen is not sourced:
/// docs/rules.md.)
pub fn whole_rupiah(sen: i64) -> i64 {
    sen - sen % 100
}

/// Output (Pajak Keluaran) or input (Pajak Masukan).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// Own invoices and the returns of them (RK).
    Output,
    /// Invoices received and credited in this masa, and our returns (RM).
    Input,
}

/// The sum of a masa's invoices of one kind: a side, a kode, whether they
/// are reported as a total (digunggung) and, for inputs, whether their
/// VAT is credited. Returns are groups with negative amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Output or input.
    pub side: Side,
    /// Kode transaksi.
    pub trx_code: TrxCode,
    /// Reported as a total, not one by one.
    pub digunggung: bool,
    /// Inputs: VAT credited in this masa (outputs: ignored).
    pub creditable: bool,
    /// The sums, sen.
    pub amounts: Amounts,
}

/// The entries of a return that do not come from invoices, in sen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Manual {
    /// Exports documented outside faktur (PEB/PEJ): DPP.
    pub exports: i64,
    /// Supplies not subject to VAT: DPP.
    pub not_taxable: i64,
    /// Imports and use of foreign intangibles/services, creditable (PIB).
    pub imports: Amounts,
    /// Imports whose VAT is not creditable or has a facility.
    pub imports_not_creditable: Amounts,
    /// Acquisitions not subject to VAT (Coretax II.I; 1111 with B3).
    pub inputs_exempt: Amounts,
    /// PPN disetor di muka in the same masa.
    pub ppn_prepaid: i64,
    /// PPnBM disetor di muka in the same masa (1111 only).
    pub ppnbm_prepaid: i64,
    /// Recalculation of input VAT credited (signed: an addition or a
    /// reduction of input VAT).
    pub pm_recalculation: i64,
    /// Kegiatan membangun sendiri: DPP and PPN.
    pub kms: Amounts,
    /// Input VAT to be repaid.
    pub pm_repayment: i64,
    /// Excess collected by a VAT collector (Coretax III.D / VI.B).
    pub collector_excess: Amounts,
}

/// What the return takes from before: compensation carried in from the
/// previous masa and, for a pembetulan, what the corrected version counts
/// for (see [`counted`]). Sen; compensation is positive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Carried {
    /// The previous masa's excess, compensated into this one.
    pub compensation: i64,
    /// A change of that compensation because the previous masa was amended
    /// after this one was filed (1111 AB III.C; Coretax adds it to II.E).
    pub compensation_amendment: i64,
    /// PPN payable (+) or overpaid (−) as counted in the corrected version.
    pub corrected_ppn: i64,
    /// PPnBM payable (+) or overpaid (−) as counted in the corrected version.
    pub corrected_ppnbm: i64,
}

/// A return's inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// The masa.
    pub masa: Masa,
    /// 0 for the normal return, n for pembetulan n.
    pub revision: u32,
    /// Invoice sums.
    pub groups: Vec<Group>,
    /// Manual entries.
    pub manual: Manual,
    /// From before.
    pub carried: Carried,
}

/// A named manual or carried entry (where it goes is per form, in
/// `tables.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entry {
    /// Exports' DPP.
    Exports,
    /// Not-taxable supplies' DPP.
    NotTaxable,
    /// Creditable imports.
    Imports,
    /// Imports not creditable.
    ImportsNotCreditable,
    /// Acquisitions not subject to VAT.
    InputsExempt,
    /// PPN paid in advance.
    PpnPrepaid,
    /// PPnBM paid in advance.
    PpnbmPrepaid,
    /// Recalculated input VAT.
    PmRecalculation,
    /// Self-construction DPP.
    KmsBase,
    /// Self-construction PPN.
    KmsVat,
    /// Input VAT repaid.
    PmRepayment,
    /// Collectors' excess PPN.
    CollectorExcessPpn,
    /// Collectors' excess PPnBM.
    CollectorExcessPpnbm,
    /// Compensation from the previous masa.
    Compensation,
    /// Compensation changed by an amendment.
    CompensationAmendment,
    /// PPN of the corrected version.
    CorrectedPpn,
    /// PPnBM of the corrected version.
    CorrectedPpnbm,
}

impl Facts {
    fn entry(&self, entry: Entry) -> Amounts {
        let (m, c) = (&self.manual, &self.carried);
        match entry {
            Entry::Exports => Amounts::dpp(m.exports),
            Entry::NotTaxable => Amounts::dpp(m.not_taxable),
            Entry::Imports => m.imports,
            Entry::ImportsNotCreditable => m.imports_not_creditable,
            Entry::InputsExempt => m.inputs_exempt,
            Entry::PpnPrepaid => Amounts::ppn(m.ppn_prepaid),
            Entry::PpnbmPrepaid => Amounts::ppnbm(m.ppnbm_prepaid),
            Entry::PmRecalculation => Amounts::ppn(m.pm_recalculation),
            Entry::KmsBase => Amounts::dpp(m.kms.dpp),
            Entry::KmsVat => Amounts::ppn(m.kms.ppn),
            Entry::PmRepayment => Amounts::ppn(m.pm_repayment),
            Entry::CollectorExcessPpn => Amounts::ppn(m.collector_excess.ppn),
            Entry::CollectorExcessPpnbm => Amounts::ppnbm(m.collector_excess.ppnbm),
            Entry::Compensation => Amounts::ppn(c.compensation),
            Entry::CompensationAmendment => Amounts::ppn(c.compensation_amendment),
            Entry::CorrectedPpn => Amounts::ppn(c.corrected_ppn),
            Entry::CorrectedPpnbm => Amounts::ppnbm(c.corrected_ppnbm),
        }
    }
}

/// A line of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Its number on the form (`II.A`; `AB.III.E` for the 1111 AB).
    pub id: &'static str,
    /// Its label on the form.
    pub id_label: &'static str,
    /// The label in English.
    pub en_label: &'static str,
}

/// Where a group of invoices goes: the first route that matches a group
/// sends its amounts to its lines, and its invoices to its lampiran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// Output or input.
    pub side: Side,
    /// Kode transaksi (as numbers).
    pub codes: &'static [u8],
    /// Matches only this digunggung flag, when set.
    pub digunggung: Option<bool>,
    /// Matches only this creditable flag, when set.
    pub creditable: Option<bool>,
    /// The lines the amounts add to.
    pub lines: &'static [&'static str],
    /// The lampiran listing the invoices one by one, if any.
    pub lampiran: Option<&'static str>,
}

impl Route {
    fn matches(&self, side: Side, code: TrxCode, digunggung: bool, creditable: bool) -> bool {
        self.side == side
            && self.codes.contains(&code.value())
            && self.digunggung.is_none_or(|d| d == digunggung)
            && self.creditable.is_none_or(|c| c == creditable)
    }
}

/// How a computed line is made from others (all columns, unless named).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formula {
    /// The sum of the lines.
    Sum(&'static [&'static str]),
    /// The first line less the others.
    Minus(&'static str, &'static [&'static str]),
    /// The PPN column of the lines' sum.
    Ppn(&'static [&'static str]),
    /// The PPnBM column of the lines' sum.
    Ppnbm(&'static [&'static str]),
}

/// A form as data.
#[derive(Debug)]
pub struct Layout {
    /// Which form.
    pub form: Form,
    /// Its lines, in the form's order.
    pub lines: &'static [Line],
    /// Invoice groups to lines and lampiran, first match wins.
    pub routes: &'static [Route],
    /// Manual and carried entries to lines.
    pub entries: &'static [(Entry, &'static str)],
    /// Computed lines, in evaluation order.
    pub formulas: &'static [(&'static str, Formula)],
    /// The PPN result line: normal return, pembetulan.
    pub ppn_due: [&'static str; 2],
    /// The PPnBM result line: normal return, pembetulan.
    pub ppnbm_due: [&'static str; 2],
}

impl Layout {
    /// The route of a group, if any matches.
    pub fn route(
        &self,
        side: Side,
        code: TrxCode,
        digunggung: bool,
        creditable: bool,
    ) -> Option<&'static Route> {
        self.routes
            .iter()
            .find(|r| r.matches(side, code, digunggung, creditable))
    }

    /// A line by its number.
    pub fn line(&self, id: &str) -> Option<&'static Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// The formula of a computed line.
    pub fn formula(&self, id: &str) -> Option<Formula> {
        self.formulas
            .iter()
            .find(|(l, _)| *l == id)
            .map(|(_, f)| *f)
    }
}

/// PPN or PPnBM due for the masa.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Balance {
    /// Nothing due, nothing overpaid.
    Nihil,
    /// Payable (kurang bayar), sen.
    KurangBayar(i64),
    /// Overpaid (lebih bayar), sen.
    LebihBayar(i64),
}

impl Balance {
    /// The balance of a signed amount (payable positive).
    pub fn of(signed: i64) -> Self {
        match signed {
            0 => Balance::Nihil,
            n if n > 0 => Balance::KurangBayar(n),
            n => Balance::LebihBayar(n.saturating_neg()),
        }
    }

    /// Payable positive, overpaid negative.
    pub fn signed(self) -> i64 {
        match self {
            Balance::Nihil => 0,
            Balance::KurangBayar(n) => n,
            Balance::LebihBayar(n) => -n,
        }
    }

    /// `nihil`, `kurang_bayar` or `lebih_bayar`.
    pub fn code(self) -> &'static str {
        match self {
            Balance::Nihil => "nihil",
            Balance::KurangBayar(_) => "kurang_bayar",
            Balance::LebihBayar(_) => "lebih_bayar",
        }
    }
}

/// What became of an overpayment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposal {
    /// Not chosen yet (or the return was not overpaid).
    Undecided,
    /// Compensated into the next masa; `used` once that masa was filed
    /// with it.
    Compensated {
        /// The next masa's return carrying it was filed.
        used: bool,
    },
    /// Refund requested (restitusi).
    Refund,
}

/// What a filed version counts for in its pembetulan, on the line "pada
/// SPT yang dibetulkan" (1111 II.E, Coretax III.F). A kurang bayar counts
/// in full (it was paid). A lebih bayar counts only once it was used: a
/// refund was asked for, or the next masa was filed with the
/// compensation; otherwise it counts 0 and the pembetulan declares the
/// whole new result, as in the PER-44/PJ/2010 examples (a lebih bayar
/// corrected to kurang bayar before the next masa was filed: II.E = 0 and
/// II.F = II.D; a nihil return corrected to lebih bayar: II.E = 0).
pub fn counted(balance: Balance, disposal: Disposal) -> i64 {
    match (balance, disposal) {
        (Balance::LebihBayar(_), Disposal::Undecided | Disposal::Compensated { used: false }) => 0,
        (balance, _) => balance.signed(),
    }
}

/// A computed line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineValue {
    /// Its number.
    pub id: &'static str,
    /// Its amounts, sen (whole rupiah).
    pub amounts: Amounts,
}

/// A computed return.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spt {
    /// The form.
    pub form: Form,
    /// The masa.
    pub masa: Masa,
    /// 0 normal, n pembetulan.
    pub revision: u32,
    /// Every line of the form, in its order.
    pub lines: Vec<LineValue>,
    /// PPN due (the "karena pembetulan" line for a pembetulan).
    pub ppn: Balance,
    /// PPnBM due.
    pub ppnbm: Balance,
    /// PPN of the masa itself, before the correction (1111 II.D,
    /// Coretax III.E): what a later pembetulan compares with.
    pub ppn_of_masa: Balance,
    /// PPnBM of the masa itself (1111 V.C, Coretax VI.C).
    pub ppnbm_of_masa: Balance,
}

impl Spt {
    /// A line's amounts (zero for a number the form does not have).
    pub fn line(&self, id: &str) -> Amounts {
        self.lines
            .iter()
            .find(|l| l.id == id)
            .map_or_else(Amounts::default, |l| l.amounts)
    }
}

/// A group no route takes (a layout table with a hole).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no line of form {form} takes {side:?} kode {code} (digunggung {digunggung}, creditable {creditable})")]
pub struct Unrouted {
    /// The form.
    pub form: &'static str,
    /// The side.
    pub side: Side,
    /// The kode.
    pub code: TrxCode,
    /// Digunggung flag.
    pub digunggung: bool,
    /// Creditable flag.
    pub creditable: bool,
}

/// Builds the return of `facts` on the form of its masa.
pub fn build(facts: &Facts) -> Result<Spt, Unrouted> {
    let layout = Form::for_masa(facts.masa).layout();
    let mut values: Vec<LineValue> = layout
        .lines
        .iter()
        .map(|l| LineValue {
            id: l.id,
            amounts: Amounts::default(),
        })
        .collect();
    let slot = |values: &mut Vec<LineValue>, id: &str| values.iter().position(|v| v.id == id);
    for group in &facts.groups {
        let route = layout
            .route(
                group.side,
                group.trx_code,
                group.digunggung,
                group.creditable,
            )
            .ok_or(Unrouted {
                form: layout.form.code(),
                side: group.side,
                code: group.trx_code,
                digunggung: group.digunggung,
                creditable: group.creditable,
            })?;
        for id in route.lines {
            if let Some(i) = slot(&mut values, id) {
                values[i].amounts += group.amounts;
            }
        }
    }
    for (entry, id) in layout.entries {
        if let Some(i) = slot(&mut values, id) {
            values[i].amounts += facts.entry(*entry);
        }
    }
    for value in &mut values {
        value.amounts = value.amounts.whole();
    }
    for (id, formula) in layout.formulas {
        let get = |id: &str| {
            values
                .iter()
                .find(|v| v.id == id)
                .map_or_else(Amounts::default, |v| v.amounts)
        };
        let sum = |ids: &[&str]| ids.iter().fold(Amounts::default(), |acc, id| acc + get(id));
        let amounts = match formula {
            Formula::Sum(ids) => sum(ids),
            Formula::Minus(first, rest) => get(first) - sum(rest),
            Formula::Ppn(ids) => Amounts::ppn(sum(ids).ppn),
            Formula::Ppnbm(ids) => Amounts::ppnbm(sum(ids).ppnbm),
        };
        if let Some(i) = slot(&mut values, id) {
            values[i].amounts = amounts;
        }
    }
    if facts.revision == 0 {
        // "Karena pembetulan" lines exist only on a pembetulan.
        for value in &mut values {
            if value.id == layout.ppn_due[1] || value.id == layout.ppnbm_due[1] {
                value.amounts = Amounts::default();
            }
        }
    }
    let get = |id: &str| {
        values
            .iter()
            .find(|v| v.id == id)
            .map_or_else(Amounts::default, |v| v.amounts)
    };
    let due = usize::from(facts.revision > 0);
    Ok(Spt {
        form: layout.form,
        masa: facts.masa,
        revision: facts.revision,
        ppn: Balance::of(get(layout.ppn_due[due]).ppn),
        ppnbm: Balance::of(get(layout.ppnbm_due[due]).ppnbm),
        ppn_of_masa: Balance::of(get(layout.ppn_due[0]).ppn),
        ppnbm_of_masa: Balance::of(get(layout.ppnbm_due[0]).ppnbm),
        lines: values,
    })
}

#[cfg(test)]
mod tests;

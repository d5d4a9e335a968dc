//! The VAT engine: DPP, DPP Nilai Lain, PPN and PPnBM of every line and the
//! invoice totals, exactly as DJP computes them in each era.
//!
//! The engine is pure and total over parsed drafts: it never panics and never
//! validates. Validation (`validate.rs`) judges the result.

use super::model::{Draft, Line};
use crate::regime::{regime_on, BaseRatio, Era, Regime};
use crate::rounding::{self, Mode, Overflow};
use rust_decimal::Decimal;
use time::Date;

/// Computed amounts of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineAmounts {
    /// VAT-exclusive unit price (the price itself unless prices include VAT).
    pub price_ex_vat: Decimal,
    /// VAT-exclusive discount.
    pub discount_ex_vat: Decimal,
    /// DPP: `price × qty − discount`, rounded by the era's rule.
    pub tax_base: Decimal,
    /// DPP Nilai Lain: the base VAT is charged on.
    pub other_tax_base: Decimal,
    /// The VAT rate applied, in percent.
    pub vat_rate: Decimal,
    /// PPN.
    pub vat: Decimal,
    /// PPnBM (STLG) rate applied, in percent.
    pub stlg_rate: Decimal,
    /// PPnBM (STLG).
    pub stlg: Decimal,
    /// The share of the tax base VAT was charged on.
    pub base: BaseRatio,
}

/// Invoice totals; always the exact sum of the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// Σ DPP.
    pub tax_base: Decimal,
    /// Σ DPP Nilai Lain.
    pub other_tax_base: Decimal,
    /// Σ PPN.
    pub vat: Decimal,
    /// Σ PPnBM.
    pub stlg: Decimal,
}

/// The computed amounts of a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computation {
    /// The regime applied (chosen by the invoice date).
    pub regime: &'static Regime,
    /// One entry per draft line, in order.
    pub lines: Vec<LineAmounts>,
    /// Totals that tie to the lines.
    pub totals: Totals,
}

/// Why a draft could not be computed at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComputeError {
    /// No regime covers the date.
    #[error("no VAT regime is known for {0}")]
    NoRegime(Date),
    /// A line's amounts leave the range of exact arithmetic.
    #[error("line {0}: amount too large for exact arithmetic")]
    Overflow(usize),
}

/// Computes every line and the totals of `draft`.
pub fn compute(draft: &Draft) -> Result<Computation, ComputeError> {
    let regime = regime_on(draft.date).ok_or(ComputeError::NoRegime(draft.date))?;
    let mut lines = Vec::with_capacity(draft.lines.len());
    for (index, line) in draft.lines.iter().enumerate() {
        let rule = line_rule(regime, draft, line);
        lines.push(
            Exact::of(line, rule, draft.prices_include_vat)
                .map_err(|_| ComputeError::Overflow(index))?,
        );
    }
    let compute = match regime.era {
        Era::Coretax => coretax_lines,
        Era::Efaktur => efaktur_lines,
    };
    let (lines, totals) = compute(&lines).map_err(|_| ComputeError::Overflow(0))?;
    Ok(Computation {
        regime,
        lines,
        totals,
    })
}

/// The base and rate that apply to one line.
#[derive(Debug, Clone, Copy)]
struct Rule {
    base: BaseRatio,
    rate: Decimal,
}

fn line_rule(regime: &Regime, draft: &Draft, line: &Line) -> Rule {
    let standard = regime.rule(line.luxury);
    let rate = line
        .vat_rate
        .unwrap_or_else(|| Decimal::from(standard.rate));
    // Kode 05 (besaran tertentu, art. 9A): the stated rate applies to the full
    // price; DPP Nilai Lain does not apply.
    if draft.trx_code.value() == 5 {
        return Rule {
            base: BaseRatio::FULL,
            rate,
        };
    }
    // PER-1/PJ/2025: a non-luxury line stating an accepted alternative rate is
    // charged on the full price (11 % × price in Q1 2025).
    let alternative = !line.luxury
        && line.vat_rate.is_some()
        && regime
            .full_base_alternatives
            .iter()
            .any(|&alt| Decimal::from(alt) == rate);
    let base = if alternative {
        BaseRatio::FULL
    } else {
        standard.base
    };
    Rule { base, rate }
}

/// A line before era rounding: exclusive prices and the exact net amount.
struct Exact {
    price_ex_vat: Decimal,
    discount_ex_vat: Decimal,
    net: Decimal,
    rule: Rule,
    stlg_rate: Decimal,
}

impl Exact {
    fn of(line: &Line, rule: Rule, prices_include_vat: bool) -> Result<Self, Overflow> {
        let (price_ex_vat, discount_ex_vat) = if prices_include_vat {
            (
                exclusive(line.price, rule)?,
                exclusive(line.discount, rule)?,
            )
        } else {
            (line.price, line.discount)
        };
        let gross = price_ex_vat.checked_mul(line.qty).ok_or(Overflow)?;
        let net = gross.checked_sub(discount_ex_vat).ok_or(Overflow)?;
        Ok(Exact {
            price_ex_vat,
            discount_ex_vat,
            net,
            rule,
            stlg_rate: line.stlg_rate,
        })
    }

    fn amounts(
        &self,
        tax_base: Decimal,
        other_tax_base: Decimal,
        vat: Decimal,
        stlg: Decimal,
    ) -> LineAmounts {
        LineAmounts {
            price_ex_vat: self.price_ex_vat,
            discount_ex_vat: self.discount_ex_vat,
            tax_base,
            other_tax_base,
            vat_rate: self.rule.rate.normalize(),
            vat,
            stlg_rate: self.stlg_rate.normalize(),
            stlg,
            base: self.rule.base,
        }
    }
}

/// Removes the VAT from an inclusive amount: `x / (1 + base × rate / 100)`,
/// at two decimals half-up (`rounding::inclusive_to_exclusive_sen`).
fn exclusive(x: Decimal, rule: Rule) -> Result<Decimal, Overflow> {
    let (rate_num, rate_den) = percent_fraction(rule.rate)?;
    let base_num = i128::from(rule.base.num);
    let base_den = i128::from(rule.base.den);
    // 1 + (base_num/base_den)(rate_num/rate_den) = (base_den·rate_den + base_num·rate_num) / (base_den·rate_den)
    let den_product = base_den.checked_mul(rate_den).ok_or(Overflow)?;
    let num_product = base_num.checked_mul(rate_num).ok_or(Overflow)?;
    let divisor = den_product.checked_add(num_product).ok_or(Overflow)?;
    if divisor <= 0 {
        return Err(Overflow);
    }
    rounding::inclusive_to_exclusive_sen(x, den_product, divisor)
}

/// `rate / 100` as an integer fraction.
fn percent_fraction(rate: Decimal) -> Result<(i128, i128), Overflow> {
    let den = 10i128
        .checked_pow(rate.scale())
        .and_then(|p| p.checked_mul(100))
        .ok_or(Overflow)?;
    Ok((rate.mantissa(), den))
}

/// `x × rate / 100`, rounded by `mode` at `dp` decimals.
fn apply_rate(x: Decimal, rate: Decimal, dp: u32, mode: Mode) -> Result<Decimal, Overflow> {
    let (num, den) = percent_fraction(rate)?;
    rounding::mul_ratio(x, num, den, dp, mode)
}

/// Coretax era: each line rounded on its own at two decimals, half-up; each
/// tax from the rounded base; totals are sums.
fn coretax_lines(exact: &[Exact]) -> Result<(Vec<LineAmounts>, Totals), Overflow> {
    let mut lines = Vec::with_capacity(exact.len());
    let zero = Decimal::new(0, 2);
    let mut totals = Totals {
        tax_base: zero,
        other_tax_base: zero,
        vat: zero,
        stlg: zero,
    };
    for line in exact {
        let tax_base = rounding::coretax_sen_half_up(line.net)?;
        let base = line.rule.base;
        let other_tax_base = rounding::mul_ratio(
            tax_base,
            i128::from(base.num),
            i128::from(base.den),
            2,
            Mode::HalfUp,
        )?;
        let vat = apply_rate(other_tax_base, line.rule.rate, 2, Mode::HalfUp)?;
        let stlg = apply_rate(other_tax_base, line.stlg_rate, 2, Mode::HalfUp)?;
        totals.tax_base = totals.tax_base.checked_add(tax_base).ok_or(Overflow)?;
        totals.other_tax_base = totals
            .other_tax_base
            .checked_add(other_tax_base)
            .ok_or(Overflow)?;
        totals.vat = totals.vat.checked_add(vat).ok_or(Overflow)?;
        totals.stlg = totals.stlg.checked_add(stlg).ok_or(Overflow)?;
        lines.push(line.amounts(tax_base, other_tax_base, vat, stlg));
    }
    Ok((lines, totals))
}

/// e-Faktur era: whole rupiah, rounded down, at invoice level; lines are
/// allocated so that they sum to the header exactly (ETAX-20028).
fn efaktur_lines(exact: &[Exact]) -> Result<(Vec<LineAmounts>, Totals), Overflow> {
    let nets: Vec<Decimal> = exact.iter().map(|l| l.net).collect();
    let (tax_base_total, tax_bases) = rounding::efaktur_allocate_floor(&nets)?;
    let other_exact = exact
        .iter()
        .zip(&tax_bases)
        .map(|(line, tb)| {
            let base = line.rule.base;
            rounding::mul_ratio(
                *tb,
                i128::from(base.num),
                i128::from(base.den),
                10,
                Mode::Floor,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (other_total, other_bases) = rounding::efaktur_allocate_floor(&other_exact)?;
    let mut vat_exact = Vec::with_capacity(exact.len());
    let mut stlg_exact = Vec::with_capacity(exact.len());
    for (line, otb) in exact.iter().zip(&other_bases) {
        vat_exact.push(exact_percent(*otb, line.rule.rate)?);
        stlg_exact.push(exact_percent(*otb, line.stlg_rate)?);
    }
    let (vat_total, vats) = rounding::efaktur_allocate_floor(&vat_exact)?;
    let (stlg_total, stlgs) = rounding::efaktur_allocate_floor(&stlg_exact)?;
    let lines = exact
        .iter()
        .enumerate()
        .map(|(i, line)| line.amounts(tax_bases[i], other_bases[i], vats[i], stlgs[i]))
        .collect();
    let totals = Totals {
        tax_base: tax_base_total,
        other_tax_base: other_total,
        vat: vat_total,
        stlg: stlg_total,
    };
    Ok((lines, totals))
}

/// `x × rate / 100` exactly (a whole-rupiah base times a decimal percentage is
/// always a terminating decimal).
fn exact_percent(x: Decimal, rate: Decimal) -> Result<Decimal, Overflow> {
    let product = x.checked_mul(rate).ok_or(Overflow)?;
    let mut shifted = product;
    shifted
        .set_scale(product.scale() + 2)
        .map_err(|_| Overflow)?;
    Ok(shifted)
}

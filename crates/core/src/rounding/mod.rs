//! Every rounding step of the tax arithmetic, as a named rule with its era.
//!
//! All rules are built on one exact primitive, [`mul_ratio`], which computes
//! `x × num / den` with integer arithmetic and rounds once. Nothing here goes
//! through binary floating point, and no intermediate result is rounded twice.

use rust_decimal::Decimal;

/// How the last kept digit is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Toward negative infinity ("dibulatkan ke bawah").
    Floor,
    /// To the nearest; a fraction of exactly one half goes away from zero
    /// ("kurang dari 0,50 ke bawah, 0,50 atau lebih ke atas").
    HalfUp,
}

/// An intermediate result left the range of exact arithmetic (about 10^36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("amount too large for exact arithmetic")]
pub struct Overflow;

/// Computes `x × num / den`, rounded once to `dp` decimals with `mode`.
///
/// `den` must be positive. The computation is exact: the only rounding is the
/// final one, done on the integer remainder.
pub fn mul_ratio(
    x: Decimal,
    num: i128,
    den: i128,
    dp: u32,
    mode: Mode,
) -> Result<Decimal, Overflow> {
    debug_assert!(den > 0, "denominator must be positive");
    let mantissa = x.mantissa();
    let scale = x.scale();
    // value = mantissa × num / (den × 10^scale); we want value × 10^dp.
    let mut numerator = mantissa.checked_mul(num).ok_or(Overflow)?;
    let mut denominator = den;
    if dp >= scale {
        numerator = numerator.checked_mul(pow10(dp - scale)?).ok_or(Overflow)?;
    } else {
        denominator = denominator
            .checked_mul(pow10(scale - dp)?)
            .ok_or(Overflow)?;
    }
    let quotient = numerator.div_euclid(denominator);
    let remainder = numerator.rem_euclid(denominator);
    let rounded = match mode {
        Mode::Floor => quotient,
        Mode::HalfUp => {
            let twice = remainder.checked_mul(2).ok_or(Overflow)?;
            let up = if numerator >= 0 {
                twice >= denominator
            } else {
                twice > denominator
            };
            if up {
                quotient + 1
            } else {
                quotient
            }
        }
    };
    Decimal::try_from_i128_with_scale(rounded, dp).map_err(|_| Overflow)
}

/// Rounds `x` to `dp` decimals with `mode`.
pub fn round(x: Decimal, dp: u32, mode: Mode) -> Result<Decimal, Overflow> {
    mul_ratio(x, 1, 1, dp, mode)
}

fn pow10(exp: u32) -> Result<i128, Overflow> {
    10i128.checked_pow(exp).ok_or(Overflow)
}

/// e-Faktur era (until 31 Dec 2024): DPP, PPN and PPnBM in whole rupiah,
/// rounded down. Source: DJP guidance on e-Faktur rounding (SE-22/PJ.24/1990,
/// PER-29/PJ/2015); rounding up may get an upload rejected.
pub fn efaktur_rupiah_floor(x: Decimal) -> Result<Decimal, Overflow> {
    round(x, 0, Mode::Floor)
}

/// Coretax era (from 1 Jan 2025): line amounts in the `TaxInvoiceBulk` XML at
/// two decimals, half-up, each tax computed from the already rounded base
/// (DJP multi-line sample; the reference Coretax exporters).
pub fn coretax_sen_half_up(x: Decimal) -> Result<Decimal, Overflow> {
    round(x, 2, Mode::HalfUp)
}

/// Coretax era: DPP, PPN and PPnBM shown on a faktur pajak in whole rupiah,
/// half-up (PER-11/PJ/2025 art. 129: 1,500,000.49 → 1,500,000; 1,900,000.50 →
/// 1,900,001). Used where a whole-rupiah faktur figure is required.
pub fn coretax_rupiah_half_up(x: Decimal) -> Result<Decimal, Overflow> {
    round(x, 0, Mode::HalfUp)
}

/// SPT Masa PPN (both eras): amounts in whole rupiah, rounded down.
pub fn spt_rupiah_floor(x: Decimal) -> Result<Decimal, Overflow> {
    round(x, 0, Mode::Floor)
}

/// Both eras: a VAT-inclusive unit price or discount is turned into its
/// VAT-exclusive value at two decimals, half-up, so that the exported
/// `Price × Qty − TotalDiscount` reproduces the tax base exactly.
pub fn inclusive_to_exclusive_sen(x: Decimal, num: i128, den: i128) -> Result<Decimal, Overflow> {
    mul_ratio(x, num, den, 2, Mode::HalfUp)
}

/// e-Faktur era header/line tie: the header amount is `floor(Σ exact)` and
/// each line gets `floor(exact)` plus one rupiah for the lines with the largest
/// fractional parts (earliest line first on ties) until the lines sum to the
/// header. Every line stays within one rupiah of its exact value, and
/// Σ lines = header exactly, which is what ETAX-20028 demands.
///
/// Returns the header and the allocated lines. `exact` values must be
/// non-negative.
pub fn efaktur_allocate_floor(exact: &[Decimal]) -> Result<(Decimal, Vec<Decimal>), Overflow> {
    let mut floors = Vec::with_capacity(exact.len());
    let mut sum_exact = Decimal::ZERO;
    let mut sum_floor = Decimal::ZERO;
    for value in exact {
        let floor = efaktur_rupiah_floor(*value)?;
        sum_exact = sum_exact.checked_add(*value).ok_or(Overflow)?;
        sum_floor = sum_floor.checked_add(floor).ok_or(Overflow)?;
        floors.push(floor);
    }
    let header = efaktur_rupiah_floor(sum_exact)?;
    let missing = header - sum_floor;
    let mut remaining = usize::try_from(missing.mantissa()).map_err(|_| Overflow)?;
    if remaining > 0 {
        let mut order: Vec<usize> = (0..exact.len()).collect();
        // Largest fraction first; the sort is stable, so ties keep line order.
        order.sort_by(|&a, &b| (exact[b] - floors[b]).cmp(&(exact[a] - floors[a])));
        for index in order {
            if remaining == 0 {
                break;
            }
            floors[index] += Decimal::ONE;
            remaining -= 1;
        }
    }
    Ok((header, floors))
}

#[cfg(test)]
mod tests;

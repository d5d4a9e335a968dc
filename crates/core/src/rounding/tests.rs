use super::*;
use proptest::prelude::*;
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn spec_examples_of_each_named_rule() {
    // invoices.md §9.1: e-Faktur era rounds down.
    assert_eq!(efaktur_rupiah_floor(d("1734.26")).unwrap(), d("1734"));
    // invoices.md §9.1: PER-11/PJ/2025 art. 129 half-up to whole rupiah.
    assert_eq!(
        coretax_rupiah_half_up(d("1500000.49")).unwrap(),
        d("1500000")
    );
    assert_eq!(
        coretax_rupiah_half_up(d("1900000.50")).unwrap(),
        d("1900001")
    );
    // invoices.md §7.2: DPP Nilai Lain 11/12 at two decimals.
    assert_eq!(
        mul_ratio(d("100000"), 11, 12, 2, Mode::HalfUp).unwrap(),
        d("91666.67")
    );
    assert_eq!(
        mul_ratio(d("50000000"), 11, 12, 2, Mode::HalfUp).unwrap(),
        d("45833333.33")
    );
    assert_eq!(
        mul_ratio(d("45833333.33"), 12, 100, 2, Mode::HalfUp).unwrap(),
        d("5500000.00")
    );
    assert_eq!(spt_rupiah_floor(d("297000.99")).unwrap(), d("297000"));
}

#[test]
fn half_up_goes_away_from_zero_on_exact_halves() {
    assert_eq!(round(d("2.5"), 0, Mode::HalfUp).unwrap(), d("3"));
    assert_eq!(round(d("-2.5"), 0, Mode::HalfUp).unwrap(), d("-3"));
    assert_eq!(round(d("-2.4"), 0, Mode::HalfUp).unwrap(), d("-2"));
    assert_eq!(round(d("-2.4"), 0, Mode::Floor).unwrap(), d("-3"));
    assert_eq!(round(d("0.005"), 2, Mode::HalfUp).unwrap(), d("0.01"));
    assert_eq!(round(d("0.0049999"), 2, Mode::HalfUp).unwrap(), d("0.00"));
}

#[test]
fn overflow_is_an_error_not_a_panic() {
    assert_eq!(
        mul_ratio(Decimal::MAX, i128::MAX, 1, 2, Mode::Floor),
        Err(Overflow)
    );
}

#[test]
fn allocation_ties_header_to_lines() {
    // Three lines of 3.3 rupiah VAT each: exact 9.9, header 9, lines 3+3+3.
    let (header, lines) = efaktur_allocate_floor(&[d("3.3"), d("3.3"), d("3.3")]).unwrap();
    assert_eq!(header, d("9"));
    assert_eq!(lines, vec![d("3"), d("3"), d("3")]);
    // 0.6 + 0.7 + 0.8 = 2.1 → header 2; the two largest fractions get the rupiah.
    let (header, lines) = efaktur_allocate_floor(&[d("0.6"), d("0.7"), d("0.8")]).unwrap();
    assert_eq!(header, d("2"));
    assert_eq!(lines, vec![d("0"), d("1"), d("1")]);
    assert_eq!(
        efaktur_allocate_floor(&[]).unwrap(),
        (Decimal::ZERO, vec![])
    );
}

/// The definition of each mode, checked in integers: for `q = round(m×num/den)`
/// at 0 decimals, Floor means `q×den ≤ m×num < (q+1)×den`, HalfUp means
/// `|m×num − q×den| ≤ den/2` with exact halves away from zero.
fn satisfies_definition(m: i64, num: i64, den: i64, mode: Mode, q: i128) -> bool {
    let value = i128::from(m) * i128::from(num);
    let den = i128::from(den);
    match mode {
        Mode::Floor => q * den <= value && value < (q + 1) * den,
        Mode::HalfUp => {
            // Nearest integer; an exact half goes away from zero.
            let twice = 2 * (value - q * den);
            if value >= 0 {
                -den <= twice && twice < den
            } else {
                -den < twice && twice <= den
            }
        }
    }
}

proptest! {
    #[test]
    fn mul_ratio_matches_its_definition(
        m in -1_000_000_000i64..1_000_000_000,
        num in 1i64..10_000,
        den in 1i64..10_000,
        half_up in any::<bool>(),
    ) {
        let mode = if half_up { Mode::HalfUp } else { Mode::Floor };
        let q = mul_ratio(Decimal::from(m), i128::from(num), i128::from(den), 0, mode).unwrap();
        prop_assert!(satisfies_definition(m, num, den, mode, q.mantissa()));
    }

    #[test]
    fn allocation_invariants(cents in prop::collection::vec(0u32..10_000_000, 0..40)) {
        let exact: Vec<Decimal> = cents.iter().map(|c| Decimal::new(i64::from(*c), 2)).collect();
        let (header, lines) = efaktur_allocate_floor(&exact).unwrap();
        let total: Decimal = exact.iter().sum();
        prop_assert_eq!(header, total.floor());
        prop_assert_eq!(lines.iter().sum::<Decimal>(), header);
        for (line, value) in lines.iter().zip(&exact) {
            prop_assert!((*line - *value).abs() < Decimal::ONE);
            prop_assert_eq!(line.fract(), Decimal::ZERO);
        }
    }
}

//! Table-driven tests from the worked examples of the specification, and
//! property tests of the engine's invariants.

use super::*;
use crate::codes::{Opt, TrxCode};
use crate::finding::codes;
use crate::ids::IdType;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use time::{macros::date, Date};

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn party(tin: &str, name: &str) -> Party {
    Party {
        tin: Some(tin.to_string()),
        id_type: IdType::Tin,
        country: "IDN".to_string(),
        name: name.to_string(),
        address: "Jakarta".to_string(),
        ..Party::default()
    }
}

fn line(price: &str, qty: &str, discount: &str) -> Line {
    Line {
        opt: Opt::Goods,
        code: "000000".to_string(),
        name: "Barang A".to_string(),
        unit: "UM.0018".to_string(),
        price: d(price),
        qty: d(qty),
        discount: d(discount),
        luxury: false,
        vat_rate: None,
        stlg_rate: Decimal::ZERO,
        item_code: None,
    }
}

fn draft(date: Date, kode: &str, lines: Vec<Line>) -> Draft {
    Draft {
        kind: Kind::Output,
        date,
        trx_code: TrxCode::parse(kode).unwrap(),
        reference: Some("INV/1".to_string()),
        number: None,
        replaces: None,
        seller: Some(party("0013121660091000", "PT Penjual")),
        buyer: Some(party("0016090524017000", "PT Pembeli")),
        add_info: None,
        facility_stamp: None,
        custom_doc: None,
        custom_doc_period: None,
        prices_include_vat: false,
        lines,
    }
}

/// One worked example: a draft and the expected line and total amounts
/// (tax base, other tax base, VAT, STLG) as exact strings.
struct Case {
    name: &'static str,
    draft: Draft,
    line: [&'static str; 4],
    totals: [&'static str; 4],
}

fn check(case: &Case) {
    let calc = calculate(&case.draft, &Context::default());
    let errors: Vec<_> = calc
        .findings
        .iter()
        .filter(|f| f.severity == crate::Severity::Error)
        .collect();
    assert!(
        errors.is_empty(),
        "{}: unexpected errors {errors:?}",
        case.name
    );
    let c = calc.computation.expect("computed");
    let l = &c.lines[0];
    let got_line = [l.tax_base, l.other_tax_base, l.vat, l.stlg].map(|x| x.to_string());
    assert_eq!(
        got_line,
        case.line.map(String::from),
        "{}: first line",
        case.name
    );
    let t = c.totals;
    let got_totals = [t.tax_base, t.other_tax_base, t.vat, t.stlg].map(|x| x.to_string());
    assert_eq!(
        got_totals,
        case.totals.map(String::from),
        "{}: totals",
        case.name
    );
}

fn luxury(mut l: Line, stlg: &str) -> Line {
    l.luxury = true;
    l.stlg_rate = d(stlg);
    l
}

fn rate(mut l: Line, rate: &str) -> Line {
    l.vat_rate = Some(d(rate));
    l
}

fn inclusive(mut draft: Draft) -> Draft {
    draft.prices_include_vat = true;
    draft
}

#[test]
fn worked_examples_of_the_specification() {
    let cases = [
        Case {
            // invoices.md §7.2 and formats.md §3.3: kode 04, 2025, one line of 100,000.
            name: "coretax kode 04 DPP Nilai Lain",
            draft: draft(date!(2025 - 01 - 15), "04", vec![line("100000", "1", "0")]),
            line: ["100000.00", "91666.67", "11000.00", "0.00"],
            totals: ["100000.00", "91666.67", "11000.00", "0.00"],
        },
        Case {
            // formats.md §1.10: 2 × 1,500,000 less 300,000 at 11 %.
            name: "e-Faktur 11 % CSV example",
            draft: draft(
                date!(2024 - 03 - 15),
                "01",
                vec![line("1500000", "2", "300000")],
            ),
            line: ["2700000", "2700000", "297000", "0"],
            totals: ["2700000", "2700000", "297000", "0"],
        },
        Case {
            // invoices.md §7.2 (Kompas): 50,000,000 → 45,833,333.33 → 5,500,000.
            name: "PMK 131/2024 regulation example",
            draft: draft(
                date!(2025 - 06 - 02),
                "04",
                vec![line("50000000", "1", "0")],
            ),
            line: ["50000000.00", "45833333.33", "5500000.00", "0.00"],
            totals: ["50000000.00", "45833333.33", "5500000.00", "0.00"],
        },
        Case {
            // invoices.md §9.1: 1,734.26 → 1,734 (DPP 15,766 × 11 %).
            name: "e-Faktur era rounds VAT down",
            draft: draft(date!(2023 - 08 - 01), "01", vec![line("15766", "1", "0")]),
            line: ["15766", "15766", "1734", "0"],
            totals: ["15766", "15766", "1734", "0"],
        },
        Case {
            name: "10 % before April 2022",
            draft: draft(date!(2022 - 03 - 31), "01", vec![line("1000000", "1", "0")]),
            line: ["1000000", "1000000", "100000", "0"],
            totals: ["1000000", "1000000", "100000", "0"],
        },
        Case {
            // invoices.md §8: luxury goods on the full base at 12 %, PPnBM from the base.
            name: "luxury goods from February 2025 with PPnBM",
            draft: draft(
                date!(2025 - 02 - 10),
                "01",
                vec![luxury(line("100000000", "1", "0"), "20")],
            ),
            line: ["100000000.00", "100000000.00", "12000000.00", "20000000.00"],
            totals: ["100000000.00", "100000000.00", "12000000.00", "20000000.00"],
        },
        Case {
            // invoices.md §7.1: January 2025 luxury transition at 12 % × 11/12.
            name: "luxury goods in January 2025",
            draft: draft(
                date!(2025 - 01 - 20),
                "01",
                vec![luxury(line("100000", "1", "0"), "0")],
            ),
            line: ["100000.00", "91666.67", "11000.00", "0.00"],
            totals: ["100000.00", "91666.67", "11000.00", "0.00"],
        },
        Case {
            // PER-1/PJ/2025: 11 % × price accepted for non-luxury until 31 Mar 2025.
            name: "PER-1/PJ/2025 alternative 11 % on the full price",
            draft: draft(
                date!(2025 - 03 - 31),
                "04",
                vec![rate(line("100000", "1", "0"), "11")],
            ),
            line: ["100000.00", "100000.00", "11000.00", "0.00"],
            totals: ["100000.00", "100000.00", "11000.00", "0.00"],
        },
        Case {
            name: "prices including 11 % VAT",
            draft: inclusive(draft(
                date!(2024 - 05 - 05),
                "01",
                vec![line("111000", "1", "0")],
            )),
            line: ["100000", "100000", "11000", "0"],
            totals: ["100000", "100000", "11000", "0"],
        },
        Case {
            // 12 % × 11/12 is an effective 11 %: 111,000 inclusive → 100,000.
            name: "prices including VAT, Coretax non-luxury",
            draft: inclusive(draft(
                date!(2025 - 07 - 01),
                "04",
                vec![line("111000", "2", "11100")],
            )),
            line: ["190000.00", "174166.67", "20900.00", "0.00"],
            totals: ["190000.00", "174166.67", "20900.00", "0.00"],
        },
        Case {
            // Kode 05: besaran tertentu on the full price.
            name: "kode 05 besaran tertentu",
            draft: draft(
                date!(2025 - 07 - 01),
                "05",
                vec![rate(line("1000000", "1", "0"), "1.1")],
            ),
            line: ["1000000.00", "1000000.00", "11000.00", "0.00"],
            totals: ["1000000.00", "1000000.00", "11000.00", "0.00"],
        },
        Case {
            name: "fractional quantity and price, Coretax half-up at two decimals",
            draft: draft(
                date!(2025 - 09 - 09),
                "04",
                vec![line("3333.335", "1.5", "0")],
            ),
            line: ["5000.00", "4583.33", "550.00", "0.00"],
            totals: ["5000.00", "4583.33", "550.00", "0.00"],
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn efaktur_lines_are_allocated_to_tie_to_the_header() {
    // Three lines of DPP 15 at 11 %: exact VAT 1.65 each, 4.95 in all. The
    // header is floor(4.95) = 4; the lines get 2 + 1 + 1.
    let lines = vec![
        line("15", "1", "0"),
        line("15", "1", "0"),
        line("15", "1", "0"),
    ];
    let calc = calculate(
        &draft(date!(2024 - 01 - 10), "01", lines),
        &Context::default(),
    );
    let c = calc.computation.unwrap();
    let vats: Vec<_> = c.lines.iter().map(|l| l.vat.to_string()).collect();
    assert_eq!(vats, ["2", "1", "1"]);
    assert_eq!(c.totals.vat.to_string(), "4");
    assert_eq!(c.totals.tax_base.to_string(), "45");
}

fn codes_of(calc: &Calculation) -> Vec<(&'static str, String)> {
    calc.findings
        .iter()
        .map(|f| (f.code, f.path.clone()))
        .collect()
}

#[test]
fn validation_collects_every_finding_with_its_path() {
    let mut bad = draft(
        date!(2025 - 07 - 01),
        "07",
        vec![line("0", "0", "-5"), line("100", "1", "500")],
    );
    bad.lines[0].vat_rate = Some(d("0"));
    bad.lines[0].unit = "UM.9999".to_string();
    bad.lines[0].name = "Barang\u{200E}A".to_string();
    bad.lines[1].stlg_rate = d("10");
    bad.buyer.as_mut().unwrap().tin = Some("01.234.567.8-091.000".to_string());
    bad.custom_doc_period = Some("132025".to_string());
    let calc = calculate(
        &bad,
        &Context {
            today: Some(date!(2025 - 06 - 30)),
        },
    );
    let found = codes_of(&calc);
    for expected in [
        (codes::FACILITY_MISSING, "add_info"),
        (codes::CUSTOM_DOC_PERIOD, "custom_doc_period"),
        (codes::DATE_IN_FUTURE, "date"),
        (codes::NPWP_FORMAT, "buyer.tin"),
        (codes::PRICE_NOT_POSITIVE, "lines[0].price"),
        (codes::QTY_NOT_POSITIVE, "lines[0].qty"),
        (codes::DISCOUNT_NEGATIVE, "lines[0].discount"),
        (codes::UNIT_UNKNOWN, "lines[0].unit"),
        (codes::TEXT_INVISIBLE_CHARS, "lines[0].name"),
        (codes::STLG_WITHOUT_LUXURY, "lines[1].stlg_rate"),
        (codes::DISCOUNT_EXCEEDS, "lines[1].discount"),
    ] {
        assert!(
            found
                .iter()
                .any(|(c, p)| *c == expected.0 && p == expected.1),
            "expected {expected:?} in {found:?}"
        );
    }
    assert!(!calc.accepted());
    // A 0 % line is fine on a kode 07 invoice, so no FKT-2005 here.
    assert!(!found
        .iter()
        .any(|(c, _)| *c == codes::ZERO_RATE_NOT_ALLOWED));
}

#[test]
fn kode_and_rate_rules() {
    let mut zero = draft(
        date!(2025 - 07 - 01),
        "04",
        vec![rate(line("100", "1", "0"), "0")],
    );
    let found = codes_of(&calculate(&zero, &Context::default()));
    assert!(found.contains(&(codes::ZERO_RATE_NOT_ALLOWED, "lines[0].vat_rate".into())));
    zero.trx_code = TrxCode::parse("05").unwrap();
    zero.lines[0].vat_rate = None;
    let found = codes_of(&calculate(&zero, &Context::default()));
    assert!(found.contains(&(codes::BESARAN_TERTENTU_RATE, "lines[0].vat_rate".into())));
    let ten = draft(date!(2025 - 05 - 21), "10", vec![line("100", "1", "0")]);
    assert!(codes_of(&calculate(&ten, &Context::default()))
        .contains(&(codes::TRX_CODE_NOT_YET, "trx_code".into())));
    let differs = draft(
        date!(2024 - 07 - 01),
        "01",
        vec![rate(line("100", "1", "0"), "12")],
    );
    let calc = calculate(&differs, &Context::default());
    assert!(calc.accepted(), "a differing rate is a warning only");
    assert!(codes_of(&calc).contains(&(codes::RATE_DIFFERS, "lines[0].vat_rate".into())));
    let kode01 = draft(date!(2025 - 07 - 01), "01", vec![line("100", "1", "0")]);
    assert!(codes_of(&calculate(&kode01, &Context::default()))
        .contains(&(codes::NON_LUXURY_UNDER_01, "lines[0].luxury".into())));
    let facility = {
        let mut f = draft(date!(2025 - 07 - 01), "07", vec![line("100", "1", "0")]);
        f.add_info = Some("TD.00504".into());
        f.facility_stamp = Some("TD.01105".into());
        f
    };
    assert!(codes_of(&calculate(&facility, &Context::default()))
        .contains(&(codes::FACILITY_INVALID, "add_info".into())));
}

#[test]
fn number_rules() {
    let mut with_number = draft(date!(2024 - 03 - 15), "01", vec![line("100", "1", "0")]);
    with_number.number = Some("010.000-24.00000001".into());
    assert!(calculate(&with_number, &Context::default()).accepted());
    with_number.number = Some("010.000-23.00000001".into());
    assert!(codes_of(&calculate(&with_number, &Context::default()))
        .contains(&(codes::NUMBER_YEAR, "number".into())));
    with_number.number = Some("040.000-24.00000001".into());
    assert!(codes_of(&calculate(&with_number, &Context::default()))
        .contains(&(codes::NUMBER_KODE, "number".into())));
    with_number.number = Some("011.000-24.00000001".into());
    assert!(codes_of(&calculate(&with_number, &Context::default()))
        .contains(&(codes::NUMBER_STATUS, "replaces".into())));
    with_number.replaces = Some("010.000-24.00000001".into());
    assert!(calculate(&with_number, &Context::default()).accepted());
    with_number.number = Some("01002400000000001".into());
    with_number.replaces = None;
    assert!(codes_of(&calculate(&with_number, &Context::default()))
        .contains(&(codes::NUMBER_ERA, "number".into())));
}

#[test]
fn buyer_identity_rules_by_era() {
    let mut nik_buyer = draft(date!(2025 - 07 - 01), "04", vec![line("100", "1", "0")]);
    {
        let buyer = nik_buyer.buyer.as_mut().unwrap();
        buyer.id_type = IdType::Nik;
        buyer.tin = Some("0000000000000000".into());
        buyer.id_number = Some("3171014503900001".into());
    }
    assert!(calculate(&nik_buyer, &Context::default()).accepted());
    nik_buyer.buyer.as_mut().unwrap().id_number = None;
    assert!(codes_of(&calculate(&nik_buyer, &Context::default()))
        .contains(&(codes::ID_NUMBER_MISSING, "buyer.id_number".into())));
    // NPWP 000 with id_type TIN: accepted only before e-Faktur 4.0.
    let mut zero = draft(date!(2024 - 05 - 01), "01", vec![line("100", "1", "0")]);
    zero.buyer.as_mut().unwrap().tin = Some("00.000.000.0-000.000".into());
    assert!(calculate(&zero, &Context::default()).accepted());
    zero.date = date!(2024 - 07 - 20);
    assert!(codes_of(&calculate(&zero, &Context::default()))
        .contains(&(codes::NPWP_ZERO_NOT_ALLOWED, "buyer.tin".into())));
    // A 15-digit NPWP after 30 Jun 2024 is converted, with a warning.
    let mut old = draft(date!(2024 - 08 - 01), "01", vec![line("100", "1", "0")]);
    old.buyer.as_mut().unwrap().tin = Some("01.312.166.0-091.000".into());
    let calc = calculate(&old, &Context::default());
    assert!(calc.accepted());
    assert!(codes_of(&calc).contains(&(codes::NPWP15_AFTER_CUTOVER, "buyer.tin".into())));
}

fn arb_line() -> impl Strategy<Value = Line> {
    (
        1u64..100_000_000,
        1u32..1_000,
        0u32..100,
        any::<bool>(),
        0u32..4,
    )
        .prop_map(|(price_sen, qty, disc_pct, lux, stlg)| {
            let price = Decimal::new(price_sen as i64, 2);
            let qty = Decimal::from(qty);
            let gross = price * qty;
            let discount = (gross * Decimal::from(disc_pct) / Decimal::ONE_HUNDRED).round_dp(2);
            let mut l = line("1", "1", "0");
            l.price = price;
            l.qty = qty;
            l.discount = discount;
            l.luxury = lux;
            l.stlg_rate = if lux {
                Decimal::from(stlg * 10)
            } else {
                Decimal::ZERO
            };
            l
        })
}

fn arb_date() -> impl Strategy<Value = Date> {
    (0i32..5000).prop_map(|days| date!(2013 - 04 - 01) + time::Duration::days(i64::from(days)))
}

proptest! {
    /// Totals tie to the lines in every era, and nothing is negative.
    #[test]
    fn totals_tie_to_lines(date in arb_date(), lines in prop::collection::vec(arb_line(), 1..12), incl in any::<bool>()) {
        let mut dr = draft(date, "04", lines);
        dr.prices_include_vat = incl;
        let c = compute(&dr).unwrap();
        let sum = |f: fn(&LineAmounts) -> Decimal| c.lines.iter().map(f).sum::<Decimal>();
        prop_assert_eq!(sum(|l| l.tax_base), c.totals.tax_base);
        prop_assert_eq!(sum(|l| l.other_tax_base), c.totals.other_tax_base);
        prop_assert_eq!(sum(|l| l.vat), c.totals.vat);
        prop_assert_eq!(sum(|l| l.stlg), c.totals.stlg);
        let scale = c.regime.era.amount_scale();
        for l in &c.lines {
            for amount in [l.tax_base, l.other_tax_base, l.vat, l.stlg] {
                prop_assert!(amount >= Decimal::ZERO, "negative amount {}", amount);
                prop_assert!(amount.scale() <= scale.max(2));
            }
            prop_assert!(l.other_tax_base <= l.tax_base);
        }
    }

    /// Coretax era: each line's taxes are its rounded base times the rate,
    /// rounded half-up at two decimals (the definition, recomputed naively).
    #[test]
    fn coretax_lines_follow_their_definition(lines in prop::collection::vec(arb_line(), 1..6)) {
        let dr = draft(date!(2025 - 08 - 01), "04", lines);
        let c = compute(&dr).unwrap();
        for (l, src) in c.lines.iter().zip(&dr.lines) {
            let net = src.price * src.qty - src.discount;
            prop_assert_eq!(l.tax_base, net.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
            let otb = if src.luxury { l.tax_base } else {
                (l.tax_base * Decimal::from(11) / Decimal::from(12)).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            };
            prop_assert_eq!(l.other_tax_base, otb);
            let vat = (otb * Decimal::from(12) / Decimal::ONE_HUNDRED).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
            prop_assert_eq!(l.vat, vat);
        }
    }

    /// e-Faktur era: the header VAT is floor(DPP × rate) and every line is
    /// within one rupiah of its exact VAT.
    #[test]
    fn efaktur_header_is_floor_of_base_times_rate(lines in prop::collection::vec(arb_line(), 1..12)) {
        let dr = draft(date!(2023 - 02 - 01), "01", lines);
        let c = compute(&dr).unwrap();
        prop_assert_eq!(c.totals.vat, (c.totals.other_tax_base * Decimal::from(11) / Decimal::ONE_HUNDRED).floor());
        for l in &c.lines {
            let exact = l.other_tax_base * Decimal::from(11) / Decimal::ONE_HUNDRED;
            prop_assert!((l.vat - exact).abs() < Decimal::ONE);
        }
    }
}

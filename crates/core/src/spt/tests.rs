use super::*;
use proptest::prelude::*;

const RP: i64 = 100;

fn code(n: u8) -> TrxCode {
    TrxCode::new(n).unwrap()
}

fn out(n: u8, dpp: i64, other: i64, ppn: i64) -> Group {
    Group {
        side: Side::Output,
        trx_code: code(n),
        digunggung: false,
        creditable: false,
        amounts: Amounts {
            dpp: dpp * RP,
            other: other * RP,
            ppn: ppn * RP,
            ppnbm: 0,
        },
    }
}

fn inp(n: u8, creditable: bool, dpp: i64, ppn: i64) -> Group {
    Group {
        side: Side::Input,
        trx_code: code(n),
        digunggung: false,
        creditable,
        amounts: Amounts {
            dpp: dpp * RP,
            other: dpp * RP,
            ppn: ppn * RP,
            ppnbm: 0,
        },
    }
}

fn facts(masa: &str, groups: Vec<Group>) -> Facts {
    Facts {
        masa: Masa::parse(masa).unwrap(),
        revision: 0,
        groups,
        manual: Manual::default(),
        carried: Carried::default(),
    }
}

/// A worked example: name, facts, expected PPN of lines and the PPN
/// balance, in rupiah.
type Example = (&'static str, Facts, Vec<(&'static str, i64)>, i64);

/// Worked examples, computed by hand from the forms' formulas.
#[test]
fn worked_examples() {
    let coretax = Facts {
        carried: Carried {
            compensation: 1_000_000 * RP,
            ..Carried::default()
        },
        ..facts(
            "2025-02",
            vec![
                out(4, 100_000_000, 91_666_667, 11_000_000),
                out(1, 20_000_000, 18_333_333, 2_200_000),
                out(7, 5_000_000, 4_583_333, 550_000),
                out(3, 10_000_000, 9_166_667, 1_100_000),
                inp(4, true, 50_000_000, 5_500_000),
                inp(1, false, 1_000_000, 110_000),
            ],
        )
    };
    let with_prepaid_and_exports = Facts {
        manual: Manual {
            exports: 40_000_000 * RP,
            ppn_prepaid: 300_000 * RP,
            imports: Amounts {
                dpp: 8_000_000 * RP,
                other: 0,
                ppn: 880_000 * RP,
                ppnbm: 0,
            },
            ..Manual::default()
        },
        ..facts(
            "2024-06",
            vec![
                out(1, 10_000_000, 0, 1_100_000),
                out(2, 4_000_000, 0, 440_000),
                out(8, 2_000_000, 0, 220_000),
                inp(1, true, 6_000_000, 660_000),
                inp(7, true, 1_000_000, 110_000),
            ],
        )
    };
    let overpaid = facts(
        "2025-03",
        vec![
            out(1, 10_000_000, 9_166_667, 1_100_000),
            inp(1, true, 30_000_000, 3_300_000),
        ],
    );
    let cases: Vec<Example> = vec![
        (
            "coretax: 04 and 01 collected by the seller, 07 and 03 not; compensation in",
            coretax,
            vec![
                ("I.A.2", 11_000_000),
                ("I.A.4", 2_200_000),
                ("I.A.6", 1_100_000),
                ("I.A.7", 550_000),
                ("I.A", 14_850_000),
                ("II.B", 5_500_000),
                ("II.E", 1_000_000),
                ("II.G", 6_500_000),
                ("II.H", 110_000),
                ("III.A", 13_200_000),
                ("III.C", 6_500_000),
                ("III.E", 6_700_000),
            ],
            6_700_000,
        ),
        (
            "1111: exports, collector, exempt; prepaid; import and facility input",
            with_prepaid_and_exports,
            vec![
                ("I.A.2", 1_100_000),
                ("I.A.3", 440_000),
                ("I.A.5", 220_000),
                ("AB.II.A", 880_000),
                ("AB.II.B", 660_000),
                ("AB.II.C", 110_000),
                ("AB.III.A", 1_540_000),
                ("AB.III.E", 1_540_000),
                ("II.A", 1_100_000),
                ("II.B", 300_000),
                ("II.C", 1_540_000),
                ("II.D", -740_000),
            ],
            -740_000,
        ),
        (
            "coretax: input above output is lebih bayar",
            overpaid,
            vec![
                ("III.A", 1_100_000),
                ("II.G", 3_300_000),
                ("III.E", -2_200_000),
            ],
            -2_200_000,
        ),
    ];
    for (name, facts, lines, balance) in cases {
        let spt = build(&facts).unwrap();
        for (id, ppn) in lines {
            assert_eq!(spt.line(id).ppn, ppn * RP, "{name}: {id}");
        }
        assert_eq!(spt.ppn, Balance::of(balance * RP), "{name}");
        let layout = spt.form.layout();
        assert_eq!(
            spt.line(layout.ppn_due[1]),
            Amounts::default(),
            "{name}: normal return"
        );
        assert_eq!(
            spt.line(layout.ppnbm_due[1]),
            Amounts::default(),
            "{name}: normal return"
        );
    }
}

#[test]
fn the_1111_dpp_columns_tie() {
    let mut f = facts(
        "2024-06",
        vec![
            out(1, 10_000_000, 0, 1_100_000),
            out(2, 4_000_000, 0, 440_000),
        ],
    );
    f.manual.exports = 40_000_000 * RP;
    f.manual.not_taxable = 1_000_000 * RP;
    let spt = build(&f).unwrap();
    assert_eq!(spt.line("I.A.1").dpp, 40_000_000 * RP);
    assert_eq!(spt.line("I.A").dpp, 54_000_000 * RP);
    assert_eq!(spt.line("I.C").dpp, 55_000_000 * RP);
    assert_eq!(spt.line("AB.I.B").dpp, 14_000_000 * RP);
    assert_eq!(spt.line("AB.I.D").dpp, 54_000_000 * RP);
}

/// Pembetulan (PER-44/PJ/2010 examples and their Coretax counterparts):
/// (name, first result, its disposal, corrected result, line "karena
/// pembetulan" expected), rupiah.
#[test]
fn pembetulan_examples() {
    let cases: Vec<(&str, &str, i64, Disposal, i64, i64)> = vec![
        // LB corrected to KB before the next masa was filed: II.E = 0, II.F = II.D.
        (
            "lebih bayar corrected to kurang bayar",
            "2024-05",
            -2_000_000,
            Disposal::Compensated { used: false },
            500_000,
            500_000,
        ),
        // Nihil corrected to LB: II.E = 0.
        (
            "nihil corrected to lebih bayar",
            "2024-05",
            0,
            Disposal::Undecided,
            -300_000,
            -300_000,
        ),
        (
            "kurang bayar paid, corrected upward",
            "2024-05",
            1_000_000,
            Disposal::Undecided,
            1_500_000,
            500_000,
        ),
        (
            "used compensation corrected downward must be paid back",
            "2025-04",
            -2_000_000,
            Disposal::Compensated { used: true },
            -1_500_000,
            500_000,
        ),
        (
            "refund asked, corrected to nihil",
            "2025-04",
            -700_000,
            Disposal::Refund,
            0,
            700_000,
        ),
    ];
    for (name, masa, first, disposal, second, due) in cases {
        // Output VAT alone sets the masa's result (negative: prepaid).
        let result_facts = |rp: i64| {
            let mut f = facts(masa, vec![]);
            if rp >= 0 {
                f.groups.push(out(1, rp * 10, rp * 10, rp));
            } else {
                f.manual.ppn_prepaid = -rp * RP;
            }
            f
        };
        let v0 = build(&result_facts(first)).unwrap();
        assert_eq!(v0.ppn, Balance::of(first * RP), "{name}: first");
        let mut f1 = result_facts(second);
        f1.revision = 1;
        f1.carried.corrected_ppn = counted(v0.ppn_of_masa, disposal);
        let v1 = build(&f1).unwrap();
        let (corrected, because) = match v1.form {
            Form::F1111 => ("II.E", "II.F"),
            Form::Coretax => ("III.F", "III.G"),
        };
        assert_eq!(v1.line(corrected).ppn, f1.carried.corrected_ppn, "{name}");
        assert_eq!(v1.line(because).ppn, due * RP, "{name}");
        assert_eq!(v1.ppn, Balance::of(due * RP), "{name}");
        assert_eq!(v1.ppn_of_masa, Balance::of(second * RP), "{name}");
    }
}

#[test]
fn the_form_follows_the_masa() {
    for (masa, form) in [
        ("2011-01", Form::F1111),
        ("2024-12", Form::F1111),
        ("2025-01", Form::Coretax),
        ("2026-11", Form::Coretax),
    ] {
        assert_eq!(Form::for_masa(Masa::parse(masa).unwrap()), form, "{masa}");
    }
}

#[test]
fn each_line_is_cut_to_whole_rupiah_and_the_form_ties() {
    // Three invoices of Rp 100,50 PPN: the line is Rp 301 (301,50 cut).
    let groups = vec![out(1, 0, 0, 0); 3]
        .into_iter()
        .map(|mut g| {
            g.amounts.ppn = 10_050;
            g
        })
        .collect();
    let spt = build(&facts("2025-02", groups)).unwrap();
    assert_eq!(spt.line("I.A.4").ppn, 30_100);
    assert_eq!(spt.line("III.A").ppn, 30_100);
    assert_eq!(whole_rupiah(-15_099), -15_000, "toward zero for returns");
}

#[test]
fn every_group_has_a_route_and_every_table_names_real_lines() {
    for form in [Form::F1111, Form::Coretax] {
        let layout = form.layout();
        for side in [Side::Output, Side::Input] {
            for n in 1..=10 {
                for digunggung in [false, true] {
                    for creditable in [false, true] {
                        assert!(
                            layout
                                .route(side, code(n), digunggung, creditable)
                                .is_some(),
                            "{form:?} {side:?} {n} {digunggung} {creditable}"
                        );
                    }
                }
            }
        }
        let known = |id: &str| layout.line(id).is_some();
        let mut named: Vec<&str> = layout
            .routes
            .iter()
            .flat_map(|r| r.lines.iter().copied())
            .collect();
        named.extend(layout.entries.iter().map(|(_, id)| *id));
        for (id, formula) in layout.formulas {
            named.push(id);
            match formula {
                Formula::Sum(ids) | Formula::Ppn(ids) | Formula::Ppnbm(ids) => named.extend(*ids),
                Formula::Minus(first, rest) => {
                    named.push(first);
                    named.extend(*rest);
                }
            }
        }
        named.extend(layout.ppn_due);
        named.extend(layout.ppnbm_due);
        for id in named {
            assert!(known(id), "{form:?}: {id} is not a line of the form");
        }
        // A formula only reads lines computed before it.
        for (i, (_, formula)) in layout.formulas.iter().enumerate() {
            let later: Vec<&str> = layout.formulas[i..].iter().map(|(id, _)| *id).collect();
            let reads: Vec<&str> = match formula {
                Formula::Sum(ids) | Formula::Ppn(ids) | Formula::Ppnbm(ids) => ids.to_vec(),
                Formula::Minus(first, rest) => std::iter::once(*first)
                    .chain(rest.iter().copied())
                    .collect(),
            };
            for id in reads {
                assert!(
                    !later.contains(&id),
                    "{form:?}: {id} is read before it is computed"
                );
            }
        }
    }
}

#[test]
fn the_crediting_window_is_the_masa_and_three_more() {
    let m = |t: &str| Masa::parse(t).unwrap();
    for (invoice, credit, expected) in [
        ("2024-11", "2024-11", Ok(())),
        ("2024-11", "2025-02", Ok(())),
        ("2024-11", "2025-03", Err("ETAX-20025")),
        ("2024-11", "2024-10", Err("ETAX-20024")),
    ] {
        assert_eq!(
            check_credit(m(invoice), m(credit)).map_err(CreditRefusal::code),
            expected,
            "{invoice} in {credit}"
        );
    }
    assert_eq!(m("2024-11").plus(3).to_string(), "2025-02");
    assert_eq!(m("2025-01").previous().to_string(), "2024-12");
    assert_eq!(m("2025-03-31"), m("2025-03"));
    for bad in ["2025-13", "2025-00", "25-01", "2025/01", "abcd-ef"] {
        assert!(Masa::parse(bad).is_err(), "{bad}");
    }
}

fn any_group() -> impl Strategy<Value = Group> {
    (
        prop::bool::ANY,
        1_u8..=10,
        prop::bool::ANY,
        prop::bool::ANY,
        0_i64..10_000_000,
        0_i64..2_000_000,
        -1_i64..=1,
    )
        .prop_map(|(input, n, digunggung, creditable, dpp, ppn, sign)| Group {
            side: if input { Side::Input } else { Side::Output },
            trx_code: code(n),
            digunggung,
            creditable,
            // Whole rupiah; a return is a negative group.
            amounts: Amounts {
                dpp: dpp * RP * if sign < 0 { -1 } else { 1 },
                other: 0,
                ppn: ppn * RP * if sign < 0 { -1 } else { 1 },
                ppnbm: ppn / 10 * RP,
            },
        })
}

fn any_facts() -> impl Strategy<Value = Facts> {
    (
        prop::collection::vec(any_group(), 0..40),
        prop::bool::ANY,
        0_i64..5_000_000,
        0_i64..1_000_000,
    )
        .prop_map(|(groups, old, compensation, prepaid)| Facts {
            masa: Masa::parse(if old { "2024-07" } else { "2025-07" }).unwrap(),
            revision: 0,
            groups,
            manual: Manual {
                ppn_prepaid: prepaid * RP,
                ..Manual::default()
            },
            carried: Carried {
                compensation: compensation * RP,
                ..Carried::default()
            },
        })
}

proptest! {
    /// The result's sign is the sign of own-collected output VAT less
    /// prepaid VAT, creditable input VAT and compensation, on both forms.
    #[test]
    fn the_result_matches_the_sums(f in any_facts()) {
        let spt = build(&f).unwrap();
        let own_collected = |g: &Group| matches!(g.trx_code.value(), 1 | 4 | 5 | 6 | 9 | 10);
        let output: i64 = f.groups.iter()
            .filter(|g| g.side == Side::Output && own_collected(g))
            .map(|g| g.amounts.ppn).sum();
        let credited: i64 = f.groups.iter()
            .filter(|g| g.side == Side::Input && g.creditable && !g.digunggung && !g.trx_code.is_facility())
            .map(|g| g.amounts.ppn).sum();
        let expected = output - f.manual.ppn_prepaid - credited - f.carried.compensation;
        prop_assert_eq!(spt.ppn, Balance::of(expected));
        prop_assert_eq!(spt.ppn, spt.ppn_of_masa);
    }

    /// A pembetulan that changes nothing owes nothing and is owed nothing,
    /// once what was declared counts in full.
    #[test]
    fn a_pembetulan_of_an_unchanged_masa_is_zero(f in any_facts()) {
        let first = build(&f).unwrap();
        let mut again = f.clone();
        again.revision = 1;
        again.carried.corrected_ppn = counted(first.ppn_of_masa, Disposal::Compensated { used: true });
        again.carried.corrected_ppnbm = first.ppnbm_of_masa.signed();
        let second = build(&again).unwrap();
        prop_assert_eq!(second.ppn, Balance::Nihil);
        prop_assert_eq!(second.ppnbm, Balance::Nihil);
        prop_assert_eq!(second.ppn_of_masa, first.ppn_of_masa);
    }
}

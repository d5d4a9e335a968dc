use super::*;
use proptest::prelude::*;

#[test]
fn npwp15_check_digit_table_from_the_spec() {
    // invoices.md §6.1 check-digit test list.
    for valid in [
        "01.312.166.0-091.000",
        "016090524017000",
        "014951255000000",
        "312009384000000",
        "751008657000000",
        "313593246000000",
        "013107743000000",
        "025977489000000",
        "704105535000000",
        "744936618000000",
        "018621854000000",
        "210141958000000",
        "925594681000000",
        "00.000.000.0-000.000",
    ] {
        assert!(Npwp15::parse(valid).is_ok(), "{valid} should be valid");
    }
    for invalid in ["012345678000000", "023456789000000"] {
        assert_eq!(
            Npwp15::parse(invalid),
            Err(NpwpError::CheckDigit),
            "{invalid}"
        );
    }
}

#[test]
fn npwp15_printed_form_and_parts() {
    let npwp = Npwp15::parse("013121660091000").unwrap();
    assert_eq!(npwp.printed(), "01.312.166.0-091.000");
    assert_eq!(npwp.kpp(), "091");
    assert_eq!(npwp.branch(), "000");
    assert_eq!(npwp.to_npwp16().digits(), "0013121660091000");
    for form in [
        "01 312 166 0 091 000",
        "01-312-166-0-091-000",
        "01.312.166.0-091.000",
    ] {
        assert_eq!(Npwp15::parse(form).unwrap(), npwp);
    }
}

#[test]
fn npwp_refusals_name_the_problem() {
    assert_eq!(
        Npwp15::parse("01.312.166.0-091"),
        Err(NpwpError::Digits(DigitsError::Length {
            expected: 15,
            found: 12
        }))
    );
    assert_eq!(
        Npwp15::parse("01.312.166.O-091.000"),
        Err(NpwpError::Digits(DigitsError::NotADigit('O')))
    );
    assert_eq!(
        Npwp16::parse("0013121660091001").map(|n| n.kind()),
        Ok(Npwp16Kind::Entity)
    );
    assert_eq!(
        Npwp16::parse("0013121670091000"),
        Err(NpwpError::CheckDigit)
    );
}

#[test]
fn npwp16_kinds() {
    assert_eq!(
        Npwp16::parse("0013121660091000").unwrap().kind(),
        Npwp16Kind::Entity
    );
    assert_eq!(
        Npwp16::parse("3171014503900001").unwrap().kind(),
        Npwp16Kind::Individual
    );
    assert_eq!(
        Npwp16::parse("0000000000000000").unwrap().kind(),
        Npwp16Kind::Zero
    );
    assert_eq!(
        Npwp16::parse_any("01.312.166.0-091.000").unwrap().digits(),
        "0013121660091000"
    );
    let entity = Npwp16::parse("0013121660091000").unwrap();
    assert_eq!(
        entity.to_npwp15().unwrap().printed(),
        "01.312.166.0-091.000"
    );
    assert!(entity.nik().is_none());
    // 12 34 56 78…: day 78 − 40 = 38 is no day of a month.
    let odd = Npwp16::parse("1234567890123457").unwrap();
    assert!(matches!(odd.nik(), Some(Err(NikError::BirthDate(_)))));
}

#[test]
fn nik_structure() {
    let nik = Nik::parse("3171014503900001").unwrap();
    assert!(nik.is_female());
    assert!(!Nik::parse("3171010503900001").unwrap().is_female());
    assert!(matches!(
        Nik::parse("0171014503900001"),
        Err(NikError::Region(_))
    ));
    assert!(matches!(
        Nik::parse("3100014503900001"),
        Err(NikError::Region(_))
    ));
    assert!(matches!(
        Nik::parse("3171013213900001"),
        Err(NikError::BirthDate(_))
    ));
    assert!(matches!(
        Nik::parse("3171013002900001"),
        Err(NikError::BirthDate(_))
    ));
    assert!(matches!(
        Nik::parse("3171014503900000"),
        Err(NikError::Serial)
    ));
    assert_eq!(format!("{nik:?}"), "Nik(317101**********)");
}

#[test]
fn nitku_examples_from_the_spec() {
    // invoices.md §6.3.
    let npwp = Npwp16::parse("0013121660091000").unwrap();
    let head = Nitku::of(&npwp, Nitku::HEAD_OFFICE).unwrap();
    assert_eq!(head.digits(), "0013121660091000000000");
    assert_eq!(head.suffix(), "000000");
    let branch = Nitku::parse("0013121660091000222222").unwrap();
    assert_eq!(branch.npwp_digits(), "0013121660091000");
    assert!(Nitku::parse("0000000000000000000000").is_ok());
    assert!(Nitku::parse("001312166009100022222").is_err());
    assert!(matches!(
        Nitku::parse("0013121670091000000000"),
        Err(NitkuError::Npwp(_))
    ));
}

#[test]
fn no_npwp_rule_by_era() {
    use time::macros::date;
    assert_eq!(
        no_npwp_rule(date!(2024 - 07 - 19)),
        NoNpwpRule::Zero15WithReference
    );
    assert_eq!(
        no_npwp_rule(date!(2024 - 07 - 20)),
        NoNpwpRule::Zero15ForeignOnly
    );
    assert_eq!(
        no_npwp_rule(date!(2025 - 01 - 01)),
        NoNpwpRule::Zero16WithDocument
    );
}

fn with_check_digit(payload: &[u8; 8]) -> String {
    let mut best = String::new();
    for check in b'0'..=b'9' {
        let mut nine = payload.to_vec();
        nine.push(check);
        if luhn_valid(&nine) {
            best = String::from_utf8(nine).unwrap();
        }
    }
    best
}

proptest! {
    #[test]
    fn npwp15_parse_print_is_identity(payload in prop::array::uniform8(b'0'..=b'9'), tail in "[0-9]{6}") {
        let digits = format!("{}{}", with_check_digit(&payload), tail);
        let npwp = Npwp15::parse(&digits).unwrap();
        prop_assert_eq!(npwp.digits(), digits.as_str());
        prop_assert_eq!(Npwp15::parse(&npwp.printed()).unwrap(), npwp);
        prop_assert_eq!(npwp.to_npwp16().to_npwp15(), Some(npwp));
        prop_assert_eq!(Npwp16::parse(npwp.to_npwp16().digits()).unwrap(), npwp.to_npwp16());
    }

    #[test]
    fn npwp15_detects_any_single_digit_change(payload in prop::array::uniform8(b'0'..=b'9'), pos in 0usize..9, delta in 1u8..10) {
        let mut digits = format!("{}000000", with_check_digit(&payload)).into_bytes();
        digits[pos] = b'0' + (digits[pos] - b'0' + delta) % 10;
        let text = String::from_utf8(digits).unwrap();
        prop_assert_eq!(Npwp15::parse(&text), Err(NpwpError::CheckDigit));
    }

    #[test]
    fn nitku_parse_print_is_identity(payload in prop::array::uniform8(b'0'..=b'9'), tail in "[0-9]{6}", suffix in "[0-9]{6}") {
        let npwp16 = format!("0{}{}", with_check_digit(&payload), tail);
        let nitku = Nitku::parse(&format!("{npwp16}{suffix}")).unwrap();
        prop_assert_eq!(Nitku::parse(&nitku.to_string()).unwrap(), nitku);
        prop_assert_eq!(nitku.suffix(), suffix.as_str());
    }

    #[test]
    fn parsers_never_panic(text in "\\PC{0,40}") {
        let _ = Npwp15::parse(&text);
        let _ = Npwp16::parse(&text);
        let _ = Nik::parse(&text);
        let _ = Nitku::parse(&text);
    }
}

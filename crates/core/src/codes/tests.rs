use super::*;
use time::macros::date;

#[test]
fn kode_transaksi_table() {
    for value in 1..=10u8 {
        let code = TrxCode::new(value).unwrap();
        assert_eq!(TrxCode::parse(code.as_str()).unwrap(), code);
        assert_eq!(code.info().code, format!("{value:02}"));
    }
    for bad in ["00", "11", "1", "001", "0A", ""] {
        assert!(TrxCode::parse(bad).is_err(), "{bad}");
    }
    let ten = TrxCode::parse("10").unwrap();
    assert!(ten.info().efaktur.is_none());
    assert_eq!(ten.info().valid_from, date!(2025 - 05 - 22));
    assert!(TrxCode::parse("07").unwrap().is_facility());
    assert!(!TrxCode::parse("07").unwrap().info().desktop_2025);
    assert!(TrxCode::parse("03").unwrap().is_collector());
}

#[test]
fn facility_pairs_from_the_spec() {
    // invoices.md §4.1: pairs asserted by a public test suite.
    let seven = TrxCode::parse("07").unwrap();
    for (info, stamp) in [
        ("TD.00504", "TD.01104"),
        ("TD.00510", "TD.01110"),
        ("TD.00508", "TD.01108"),
        ("TD.00502", "TD.01102"),
        ("TD.00505", "TD.01105"),
    ] {
        assert!(facility_for(seven, info, stamp).is_ok(), "{info}");
    }
    assert_eq!(
        facility_for(seven, "TD.00527", "TD.01127").unwrap().nn,
        "27"
    );
    assert!(matches!(
        facility_for(seven, "TD.00504", "TD.01105"),
        Err(FacilityError::Mismatch(..))
    ));
    assert!(matches!(
        facility_for(seven, "TD.00528", "TD.01128"),
        Err(FacilityError::Unknown(..))
    ));
    assert!(matches!(
        facility_for(seven, "TD.0054", "TD.01104"),
        Err(FacilityError::Format(..))
    ));
    let eight = TrxCode::parse("08").unwrap();
    assert!(facility_for(eight, "TD.00510", "TD.01110").is_ok());
    assert!(matches!(
        facility_for(eight, "TD.00511", "TD.01111"),
        Err(FacilityError::Unknown(..))
    ));
    assert!(facility_entries(TrxCode::parse("01").unwrap()).is_none());
}

#[test]
fn units_and_goods_codes() {
    assert_eq!(unit_name("UM.0018"), Some("Unit"));
    assert_eq!(unit_name("UM.0039"), Some("Roll"));
    assert_eq!(unit_name("UM.0040"), None);
    for (index, (code, _)) in UNITS.iter().enumerate() {
        assert_eq!(*code, format!("UM.{:04}", index + 1));
    }
    assert!(check_goods_code(Opt::Goods, "000000").is_ok());
    assert!(check_goods_code(Opt::Goods, "010100").is_ok());
    assert!(check_goods_code(Opt::Services, "010000").is_ok());
    assert!(check_goods_code(Opt::Services, "990000").is_err());
    assert!(check_goods_code(Opt::Goods, "98000").is_err());
    assert!(check_goods_code(Opt::Goods, "ABCDEF").is_err());
}

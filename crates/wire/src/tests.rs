use super::*;
use faktur_core::invoice::Context;
use faktur_core::Lang;

const PRODUCT_EXAMPLE: &str = r#"{
  "kind": "output",
  "date": "2025-01-15",
  "trx_code": "04",
  "reference": "INV/2025/0001",
  "replaces": null,
  "seller": { "tin": "0013121660091000", "idtku": "0013121660091000000000", "name": "PT Penjual", "address": "Jakarta" },
  "buyer": {
    "tin": "1234567890123457", "id_type": "TIN", "id_number": null, "country": "IDN",
    "name": "PT Pembeli", "address": "Bandung", "email": null, "idtku": "1234567890123457000000"
  },
  "add_info": null, "facility_stamp": null, "custom_doc": null, "custom_doc_period": null,
  "prices_include_vat": false,
  "lines": [
    { "opt": "A", "code": "000000", "name": "Barang A", "unit": "UM.0018",
      "price": "100000", "qty": "1", "discount": "0",
      "luxury": false, "vat_rate": null, "stlg_rate": "0" }
  ]
}"#;

fn calc(json: &str) -> CalcOutcome {
    calculate_json(json.as_bytes(), None, &Context::default(), Lang::En).unwrap()
}

#[test]
fn the_product_guide_example_computes() {
    let outcome = calc(PRODUCT_EXAMPLE);
    assert!(outcome.accepted, "{:?}", outcome.invoice.findings);
    let line = &outcome.invoice.lines[0];
    assert_eq!(line.other_tax_base.as_deref(), Some("91666.67"));
    assert_eq!(line.vat.as_deref(), Some("11000.00"));
    assert_eq!(line.line.vat_rate.as_deref(), Some("12"));
    assert_eq!(outcome.invoice.totals.as_ref().unwrap().vat, "11000.00");
    assert_eq!(outcome.invoice.status, "draft");
    assert_eq!(outcome.invoice.regime.as_ref().unwrap().era, "coretax");
}

#[test]
fn defaults_fill_what_is_not_given() {
    let outcome = calc(
        r#"{"date":"2024-03-15","trx_code":"01",
            "seller":{"tin":"0013121660091000","name":"PT A","address":"Jakarta"},
            "buyer":{"tin":"01.312.166.0-091.000","name":"PT B","address":"Bandung"},
            "lines":[{"name":"Barang A","price":"1500000","qty":"2","discount":"300000"}]}"#,
    );
    assert!(outcome.accepted, "{:?}", outcome.invoice.findings);
    let totals = outcome.invoice.totals.unwrap();
    assert_eq!(
        (totals.tax_base.as_str(), totals.vat.as_str()),
        ("2700000", "297000")
    );
    assert_eq!(
        outcome.invoice.buyer.unwrap().idtku.as_deref(),
        Some("0013121660091000000000")
    );
}

#[test]
fn json_problems_are_classified_with_position() {
    let error = calculate_json(b"{\"date\": ", None, &Context::default(), Lang::En).unwrap_err();
    assert_eq!(error.code, "FKT-3001");
    let error =
        calculate_json(b"{\n  \"colour\": 1}", None, &Context::default(), Lang::En).unwrap_err();
    assert_eq!((error.code, error.line), ("FKT-3002", 2));
    assert!(error.detail.contains("colour"));
    let error = calculate_json(
        br#"{"lines":[{"price":100000}]}"#,
        None,
        &Context::default(),
        Lang::En,
    )
    .unwrap_err();
    assert_eq!(error.code, "FKT-3003");
    let error = calculate_json(
        br#"{"lines":[{"price":"1","cost":"2"}]}"#,
        None,
        &Context::default(),
        Lang::En,
    )
    .unwrap_err();
    assert_eq!(error.code, "FKT-3002");
}

#[test]
fn unreadable_fields_become_findings_all_at_once() {
    let outcome = calc(
        r#"{"date":"15/01/2025","trx_code":"11","kind":"sale",
            "lines":[{"name":"X","price":"1,500","qty":"1e3","opt":"C"},{"name":"Y"}]}"#,
    );
    assert!(!outcome.accepted);
    let found: Vec<_> = outcome
        .invoice
        .findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.as_str()))
        .collect();
    for expected in [
        ("ETAX-20006", "date"),
        ("ETAX-API-10002", "trx_code"),
        ("FKT-2024", "kind"),
        ("ETAX-20004", "lines[0].price"),
        ("ETAX-20004", "lines[0].qty"),
        ("FKT-2024", "lines[0].opt"),
        ("ETAX-20014", "lines[1].price"),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    assert_eq!(outcome.invoice.status, "refused");
    assert!(outcome.invoice.totals.is_none());
}

#[test]
fn computed_invoice_round_trips_through_json() {
    let outcome = calc(PRODUCT_EXAMPLE);
    let json = serde_json::to_string(&outcome.invoice).unwrap();
    let back: ComputedInvoice = serde_json::from_str(&json).unwrap();
    assert_eq!(back, outcome.invoice);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,12}",
            "-?[0-9]{0,30}(\\.[0-9]{0,30})?",
            Just("99999999999999999999999999".to_string()),
            Just("0.0000000000000000000000001".to_string()),
        ]
    }

    proptest! {
        /// Arbitrary bytes are either a coded JSON error or an outcome.
        #[test]
        fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let _ = calculate_json(&bytes, None, &Context::default(), Lang::Id);
        }

        /// Well-formed drafts with arbitrary field values never panic, and an
        /// accepted one always has totals.
        #[test]
        fn arbitrary_field_values(
            date in prop_oneof!["20[0-9]{2}-[01][0-9]-[0-3][0-9]", "\\PC{0,10}"],
            kode in "[0-9]{2}",
            tin in any_text(),
            price in any_text(),
            qty in any_text(),
            discount in any_text(),
            rate in prop::option::of(any_text()),
            stlg in any_text(),
            luxury in any::<bool>(),
            incl in any::<bool>(),
        ) {
            let draft = serde_json::json!({
                "date": date, "trx_code": kode, "prices_include_vat": incl,
                "seller": {"tin": "0013121660091000", "name": "PT A", "address": "X"},
                "buyer": {"tin": tin, "name": "PT B", "address": "Y"},
                "lines": [{"name": "N", "price": price, "qty": qty, "discount": discount,
                           "vat_rate": rate, "stlg_rate": stlg, "luxury": luxury}]
            });
            let outcome = calculate_json(draft.to_string().as_bytes(), None, &Context::default(), Lang::En).unwrap();
            if outcome.accepted {
                prop_assert!(outcome.invoice.totals.is_some());
            }
        }
    }
}

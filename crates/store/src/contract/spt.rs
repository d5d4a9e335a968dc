//! The contract of the VAT return's sums and the crediting decisions.

use super::{company, sample_invoice};
use crate::model::*;
use crate::spt::{CreditDecision, Source, SptSum};
use crate::*;

fn invoice(n: i64, kind: &str, status: &str, masa: &str, code: &str) -> NewInvoice {
    let mut invoice = sample_invoice(n, 1);
    invoice.kind = kind.into();
    invoice.status = status.into();
    invoice.masa = masa.into();
    invoice.date = format!("{masa}-10");
    invoice.trx_code = code.into();
    invoice.number = Some(format!("{code}0025{n:011}"));
    if kind == "input" {
        invoice.seller_tin = "0016090524017000".into();
        invoice.source_json = None;
    }
    invoice
}

fn decision(masa: Option<&str>, creditable: bool) -> CreditDecision {
    CreditDecision {
        masa: masa.map(str::to_string),
        creditable,
        decided_by: "akuntan".into(),
        decided_at: 7,
    }
}

/// (source, kode, creditable, vat, count) of a masa, sorted.
fn sums_of(store: &dyn Store, company: i64, masa: &str) -> Vec<(Source, String, bool, i64, i64)> {
    let mut sums: Vec<_> = store
        .spt_sums(company, masa)
        .unwrap()
        .into_iter()
        .map(|s: SptSum| (s.source, s.trx_code, s.creditable, s.vat, s.count))
        .collect();
    sums.sort_by_key(|s| (format!("{:?}", s.0), s.1.clone(), s.2));
    sums
}

/// A masa's sums take approved outputs by kode, inputs where their
/// crediting decision puts them (by default their own masa, creditable
/// unless the source said otherwise), returns and documents; decisions are
/// per company and only for input invoices.
pub fn spt_sums_follow_the_books(store: &dyn Store) {
    let c = company(store, 1);
    let other = company(store, 2);
    let mut not_creditable = invoice(8, "input", "approved", "2025-02", "01");
    not_creditable.source_json = Some(r#"{"IS_CREDITABLE":"0"}"#.into());
    let batch = vec![
        invoice(1, "output", "approved", "2025-02", "04"),
        invoice(2, "output", "approved", "2025-02", "04"),
        invoice(3, "output", "approved", "2025-02", "01"),
        invoice(4, "output", "draft", "2025-02", "01"),
        invoice(5, "output", "approved", "2025-03", "01"),
        invoice(6, "input", "approved", "2025-02", "04"),
        invoice(7, "input", "approved", "2025-02", "04"),
        not_creditable,
        invoice(9, "input", "approved", "2025-01", "01"),
        invoice(10, "input", "approved", "2025-02", "01"),
    ];
    let ids = store.insert_invoices(c.id, &batch, "t").unwrap();
    store
        .insert_invoices(
            other.id,
            &[invoice(1, "output", "approved", "2025-02", "04")],
            "t",
        )
        .unwrap();
    let vat = 2_200_000;
    assert_eq!(
        sums_of(store, c.id, "2025-02"),
        vec![
            (Source::Inputs, "01".into(), false, vat, 1),
            (Source::Inputs, "01".into(), true, vat, 1),
            (Source::Inputs, "04".into(), true, 2 * vat, 2),
            (Source::Outputs, "01".into(), true, vat, 1),
            (Source::Outputs, "04".into(), true, 2 * vat, 2),
        ]
    );

    // Move one input to March, bring January's into February, keep one
    // out of every return, and mark one not creditable.
    let set = |i: usize, d: Option<CreditDecision>| {
        assert!(store.set_credit(c.id, ids[i], d.as_ref()).unwrap());
    };
    set(6, Some(decision(Some("2025-03"), true)));
    set(8, Some(decision(Some("2025-02"), true)));
    set(9, Some(decision(None, true)));
    set(5, Some(decision(Some("2025-02"), false)));
    assert_eq!(
        store.credit_of(c.id, ids[5]).unwrap(),
        Some(decision(Some("2025-02"), false))
    );
    assert!(
        !store
            .set_credit(c.id, ids[0], Some(&decision(None, true)))
            .unwrap(),
        "an output"
    );
    assert!(
        !store.set_credit(other.id, ids[5], None).unwrap(),
        "another company's"
    );
    assert_eq!(
        sums_of(store, c.id, "2025-02"),
        vec![
            (Source::Inputs, "01".into(), false, vat, 1),
            (Source::Inputs, "01".into(), true, vat, 1),
            (Source::Inputs, "04".into(), false, vat, 1),
            (Source::Outputs, "01".into(), true, vat, 1),
            (Source::Outputs, "04".into(), true, 2 * vat, 2),
        ]
    );
    assert_eq!(
        sums_of(store, c.id, "2025-03"),
        vec![
            (Source::Inputs, "04".into(), true, vat, 1),
            (Source::Outputs, "01".into(), true, vat, 1),
        ]
    );
    // Back to the default.
    set(6, None);
    assert_eq!(store.credit_of(c.id, ids[6]).unwrap(), None);
    assert_eq!(sums_of(store, c.id, "2025-03").len(), 1);

    // Returns and documents of the masa.
    let returned = crate::NewReturn {
        kind: "output".into(),
        invoice_id: ids[0],
        invoice_number: batch[0].number.clone().unwrap(),
        counterparty_tin: "0016090524017000".into(),
        counterparty_name: "PT Pembeli".into(),
        number: "RK-1".into(),
        date: "2025-02-20".into(),
        masa: "2025-02".into(),
        tax_base: 1_000_000,
        vat: 120_000,
        stlg: 0,
        creditable: None,
        status: "draft".into(),
        source_json: None,
    };
    let rejected = crate::NewReturn {
        number: "RK-2".into(),
        status: "rejected".into(),
        ..returned.clone()
    };
    store
        .import_session(c.id, "t", &crate::Stamp::now(), &mut |sink| {
            let table = crate::notes::returns_table();
            sink.insert_row(table, &returned.to_row("t", 1))?;
            sink.insert_row(table, &rejected.to_row("t", 1))?;
            Ok(crate::Decision::Commit)
        })
        .unwrap();
    let sums = store.spt_sums(c.id, "2025-02").unwrap();
    let retur = sums
        .iter()
        .find(|s| s.source == Source::OutputReturns)
        .unwrap();
    assert_eq!(
        (retur.trx_code.as_str(), retur.vat, retur.count),
        ("04", 120_000, 1)
    );
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());
    assert!(store.spt_sums(other.id, "2025-03").unwrap().is_empty());
}

fn rows<T>(
    store: &dyn Store,
    table: &str,
    company: i64,
    parse: fn(&[Value]) -> Option<T>,
) -> Vec<T> {
    let mut out = Vec::new();
    store
        .read_table(crate::schema::table(table).unwrap(), company, &mut |row| {
            out.push(parse(&row).expect("row readable"));
            Ok(())
        })
        .unwrap();
    out
}

/// Versions of a masa are numbered once each per company, move through
/// their statuses, and their payments are recorded once per kode billing;
/// another company sees none of it; a copy carries them.
pub fn spt_versions_and_payments(store: &dyn Store, target: &dyn Store) {
    use crate::spt::{status, NewSptVersion, Payment, SptVersion};
    let c = company(store, 1);
    let other = company(store, 2);
    let version = |revision: i64, result: i64| NewSptVersion {
        masa: "2025-02".into(),
        revision,
        status: status::POSTED.into(),
        form: "coretax".into(),
        data_json: format!("{{\"revision\":{revision}}}"),
        result,
    };
    let first = store
        .insert_spt_version(c.id, &version(0, 6_700_000))
        .unwrap();
    let again = store.insert_spt_version(c.id, &version(0, 1)).unwrap_err();
    assert_eq!(again.kind, ErrorKind::Duplicate, "one revision 0 per masa");
    store.insert_spt_version(other.id, &version(0, 5)).unwrap();

    let billing = "012345678901234";
    let paid = store
        .insert_payment(c.id, first, billing, 6_700_000)
        .unwrap();
    assert_eq!(
        store
            .insert_payment(c.id, first, billing, 6_700_000)
            .unwrap(),
        paid
    );
    assert!(
        store
            .insert_payment(other.id, first, "099999999999999", 1)
            .is_err(),
        "another company's version"
    );
    assert!(store
        .set_spt_status(c.id, first, status::AWAITING_PAYMENT, None)
        .unwrap());
    assert!(!store.set_paid(other.id, billing, "NTPN", 9).unwrap());
    assert!(store
        .set_paid(c.id, billing, "0A1B2C3D4E5F6G7H", 9)
        .unwrap());
    assert!(store
        .set_spt_status(
            c.id,
            first,
            status::FILED,
            Some(("BPE-2025-0000000001", 11))
        )
        .unwrap());
    assert!(!store
        .set_spt_status(other.id, first, status::FILED, None)
        .unwrap());
    let second = store.insert_spt_version(c.id, &version(1, -200)).unwrap();

    let versions = rows(store, "spt_versions", c.id, SptVersion::from_row);
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].id, first);
    assert_eq!(
        (
            versions[0].status.as_str(),
            versions[0].bpe.as_deref(),
            versions[0].filed_at
        ),
        (status::FILED, Some("BPE-2025-0000000001"), Some(11))
    );
    assert_eq!(
        (versions[1].id, versions[1].revision, versions[1].result),
        (second, 1, -200)
    );
    let payments = rows(store, "payments", c.id, Payment::from_row);
    assert_eq!(payments.len(), 1);
    assert_eq!(
        (
            payments[0].spt_id,
            payments[0].ntpn.as_deref(),
            payments[0].paid_at
        ),
        (Some(first), Some("0A1B2C3D4E5F6G7H"), Some(9))
    );
    assert_eq!(
        rows(store, "spt_versions", other.id, SptVersion::from_row).len(),
        1
    );
    assert!(rows(store, "payments", other.id, Payment::from_row).is_empty());

    copy::copy_company(store, c.id, target).unwrap();
    let copied = target
        .companies()
        .unwrap()
        .into_iter()
        .find(|m| m.npwp == c.npwp)
        .unwrap();
    let moved = rows(target, "payments", copied.id, Payment::from_row);
    let versions = rows(target, "spt_versions", copied.id, SptVersion::from_row);
    assert_eq!(
        moved[0].spt_id,
        Some(versions[0].id),
        "the payment follows its version"
    );
}

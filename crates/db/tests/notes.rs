//! Nota retur of output invoices (RK rows) against the books: the returned
//! invoice must be the company's and approved, the retur must agree with
//! it, its number must be new, and returns never exceed what is left of the
//! invoice. Approval comes from the authority; these tests store approved
//! invoices directly.

use faktur_core::invoice::Context;
use faktur_core::Lang;
use faktur_db::{
    company_init, import_efaktur_csv, open_company, CompanyRef, DataDir, ImportMode, ImportReport,
    Target,
};
use faktur_store::notes::returns_table;
use faktur_store::{InvoiceFilter, NewReturn, NoteFilter};

const FK: &str = concat!(
    "\"FK\",\"01\",\"0\",\"0002400000001\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT CONTOH\",\"JL. CONTOH NO. 1, JAKARTA\",\"2700000\",\"297000\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"INV/2024/0001\",\"0\"\n",
    "\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"\n",
);

fn rk(nsfp: &str, number: &str, dpp: &str, ppn: &str) -> String {
    format!(
        "\"RK\",\"013121660091000\",\"PT CONTOH\",\"01\",\"0\",\"{nsfp}\",\"15/3/2024\",\"{number}\",\"2/4/2024\",\"4\",\"2024\",\"{dpp}\",\"{ppn}\",\"0\"\n"
    )
}

fn import(cref: &CompanyRef, text: &str, mode: ImportMode) -> ImportReport {
    import_efaktur_csv(
        cref,
        text.as_bytes(),
        mode,
        &Context { today: None },
        Lang::En,
        "tester",
        &mut |_| {},
    )
    .expect("import runs")
}

/// A problem's line, column and code.
type At<'a> = (u64, usize, &'a str);

fn codes(report: &ImportReport) -> Vec<At<'_>> {
    report
        .problems
        .iter()
        .map(|p| (p.line, p.column, p.code.as_str()))
        .collect()
}

fn stored_returns(cref: &CompanyRef) -> Vec<NewReturn> {
    let mut out = Vec::new();
    cref.store
        .store()
        .read_notes(
            returns_table(),
            cref.company.id,
            &NoteFilter::default(),
            &mut |row| {
                out.push(NewReturn::from_row(&row).note);
                Ok(())
            },
        )
        .unwrap();
    out
}

/// A company with invoice …001 imported (a draft) and the same invoice as
/// …002, approved.
fn books(home: &std::path::Path) -> CompanyRef {
    let target = Target {
        data_dir: DataDir::new(home),
        database: None,
        company: None,
    };
    company_init(
        &target,
        "01.609.052.4-017.000",
        "PT Penjual",
        "Jakarta",
        None,
    )
    .unwrap();
    let cref = open_company(&target).unwrap();
    let report = import(&cref, FK, ImportMode::AllOrNothing);
    assert_eq!(report.stored, 1, "{:?}", report.problems);
    let store = cref.store.store();
    let draft = store
        .list_invoices(cref.company.id, &InvoiceFilter::default())
        .unwrap()
        .remove(0);
    let mut approved = store
        .invoice(cref.company.id, draft.id)
        .unwrap()
        .unwrap()
        .invoice;
    approved.status = "approved".into();
    approved.number = Some("0100002400000002".into());
    approved.reference = Some("INV/2024/0002".into());
    store
        .insert_invoices(cref.company.id, &[approved], "authority")
        .unwrap();
    cref
}

#[test]
fn a_retur_is_checked_against_its_invoice_and_the_balance_left() {
    let home = tempfile::tempdir().unwrap();
    let cref = books(home.path());
    // Half of the approved invoice: stored.
    let report = import(
        &cref,
        &rk("0002400000002", "R-1", "1350000", "148500"),
        ImportMode::AllOrNothing,
    );
    assert_eq!(
        (report.stored, report.committed),
        (1, true),
        "{:?}",
        report.problems
    );
    let stored = stored_returns(&cref);
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].tax_base, stored[0].vat, stored[0].masa.as_str()),
        (135_000_000, 14_850_000, "2024-04")
    );
    let cases: Vec<(String, Vec<At>)> = vec![
        // The same retur number again.
        (
            rk("0002400000002", "R-1", "1", "0"),
            vec![(1, 8, "ETAX-30030")],
        ),
        // More than the half that is left.
        (
            rk("0002400000002", "R-2", "1350001", "148501"),
            vec![(1, 12, "ETAX-20032"), (1, 13, "ETAX-20033")],
        ),
        // The draft invoice: not approved.
        (
            rk("0002400000001", "R-3", "1", "0"),
            vec![(1, 6, "ETAX-20003")],
        ),
        // An invoice that is not in the books.
        (
            rk("0002400000009", "R-4", "1", "0"),
            vec![(1, 6, "ETAX-20003")],
        ),
        // Another buyer than the invoice's.
        (
            rk("0002400000002", "R-5", "1", "0").replace("013121660091000", "016090524017000"),
            vec![(1, 2, "FKT-3014")],
        ),
        // The invoice's date misstated.
        (
            rk("0002400000002", "R-6", "1", "0").replace("15/3/2024", "14/3/2024"),
            vec![(1, 7, "FKT-3014")],
        ),
        // A retur of nothing.
        (
            rk("0002400000002", "R-7", "0", "0"),
            vec![(1, 12, "ETAX-20008")],
        ),
    ];
    for (text, expected) in cases {
        let report = import(&cref, &text, ImportMode::AllOrNothing);
        assert_eq!(codes(&report), expected, "{text}");
        assert!(!report.committed);
    }
    assert_eq!(
        stored_returns(&cref).len(),
        1,
        "refused files changed nothing"
    );
    // The rest, exactly: stored; then nothing is left.
    let report = import(
        &cref,
        &rk("0002400000002", "R-8", "1350000", "148500"),
        ImportMode::AllOrNothing,
    );
    assert_eq!(report.stored, 1, "{:?}", report.problems);
    let report = import(
        &cref,
        &rk("0002400000002", "R-9", "1", "0"),
        ImportMode::AllOrNothing,
    );
    assert_eq!(codes(&report), [(1, 12, "ETAX-20032")]);
    assert!(cref
        .store
        .store()
        .check(faktur_store::CheckLevel::Full)
        .unwrap()
        .is_healthy());
}

/// Within one file the balance counts the returns before it, stored or
/// not: after a refusal an all-or-nothing import stores nothing more, yet a
/// later retur is still checked against what the earlier ones took.
#[test]
fn returns_in_one_file_share_the_balance_whatever_the_mode() {
    let home = tempfile::tempdir().unwrap();
    let cref = books(home.path());
    let text = [
        rk("0002400000009", "R-0", "1", "0"),
        rk("0002400000002", "R-1", "1620000", "178200"),
        rk("0002400000002", "R-2", "1620000", "178200"),
    ]
    .concat();
    let expected = [
        (1, 6, "ETAX-20003"),
        (3, 12, "ETAX-20032"),
        (3, 13, "ETAX-20033"),
    ];
    let report = import(&cref, &text, ImportMode::AllOrNothing);
    assert_eq!(codes(&report), expected);
    assert_eq!((report.stored, stored_returns(&cref).len()), (0, 0));
    let report = import(&cref, &text, ImportMode::DryRun);
    assert_eq!(codes(&report), expected);
    let report = import(&cref, &text, ImportMode::Partial);
    assert_eq!(codes(&report), expected);
    assert_eq!((report.stored, report.accepted, report.rejected), (1, 1, 2));
    let stored = stored_returns(&cref);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].number, "R-1");
}

//! The contract every backend must satisfy. Each backend's tests call
//! [`contract_tests!`](crate::contract_tests) with a factory of fresh, empty
//! stores; the same assertions then run against SQLite and PostgreSQL.

use crate::model::*;
use crate::{copy, ErrorKind, Store};

mod spt;
mod sync;
pub use spt::{spt_sums_follow_the_books, spt_versions_and_payments};
pub use sync::{
    sync_number_clash_does_not_stall, sync_outbox_and_write_back, sync_retur_through_the_outbox,
};

/// A computed-looking invoice for tests and benchmarks (3 lines by default).
pub fn sample_invoice(n: i64, lines: usize) -> NewInvoice {
    let line = |i: usize| LineRecord {
        line_no: i as i64 + 1,
        opt: "A".into(),
        code: "000000".into(),
        name: format!("Barang {n}-{i}"),
        unit: "UM.0018".into(),
        price: "100000".into(),
        qty: "2".into(),
        discount: "0".into(),
        luxury: false,
        vat_rate: "12".into(),
        stlg_rate: "0".into(),
        price_ex_vat: "100000".into(),
        discount_ex_vat: "0".into(),
        tax_base: 20_000_000,
        other_tax_base: 18_333_333,
        vat: 2_200_000,
        stlg: 0,
        item_code: (i % 2 == 0).then(|| format!("SKU-{i}")),
    };
    let lines: Vec<LineRecord> = (0..lines).map(line).collect();
    let sum = |f: fn(&LineRecord) -> i64| lines.iter().map(f).sum();
    NewInvoice {
        kind: "output".into(),
        status: "draft".into(),
        date: "2025-07-15".into(),
        masa: "2025-07".into(),
        trx_code: "04".into(),
        number: Some(format!("04002500{n:09}")),
        reference: Some(format!("INV/2025/{n:06}")),
        replaces: None,
        seller_tin: "0013121660091000".into(),
        seller_json: r#"{"tin":"0013121660091000","name":"PT Penjual"}"#.into(),
        buyer_tin: "0016090524017000".into(),
        buyer_json: r#"{"tin":"0016090524017000","name":"PT Pembeli"}"#.into(),
        add_info: None,
        facility_stamp: None,
        custom_doc: None,
        custom_doc_period: None,
        prices_include_vat: false,
        regime: "pmk131".into(),
        era: "coretax".into(),
        tax_base: sum(|l| l.tax_base),
        other_tax_base: sum(|l| l.other_tax_base),
        vat: sum(|l| l.vat),
        stlg: sum(|l| l.stlg),
        lines,
        source_json: (n % 2 == 0).then(|| r#"{"FG_UANG_MUKA":"0"}"#.to_string()),
    }
}

/// A company for tests.
pub fn sample_company(n: u32) -> NewCompany {
    NewCompany {
        npwp: format!("00131216600{n:05}"),
        name: format!("PT Contoh {n}"),
        address: "Jakarta".into(),
        nitku: format!("00131216600{n:05}000000"),
    }
}

fn company(store: &dyn Store, n: u32) -> Company {
    store
        .create_company(&sample_company(n), "test")
        .expect("company created")
}

/// The schema is at the newest version after opening.
pub fn schema_is_current(store: &dyn Store) {
    assert_eq!(
        store.schema_version().unwrap(),
        crate::schema::latest_version()
    );
}

/// Companies are created, listed, and unique by NPWP.
pub fn companies(store: &dyn Store) {
    let a = company(store, 1);
    let b = company(store, 2);
    let listed = store.companies().unwrap();
    assert_eq!(listed, vec![a.clone(), b]);
    let again = store
        .create_company(&sample_company(1), "test")
        .unwrap_err();
    assert_eq!(again.kind, ErrorKind::Duplicate);
    assert_eq!(a.name, "PT Contoh 1");
}

/// Stored invoices come back exactly, lines included.
pub fn invoices_round_trip(store: &dyn Store) {
    let c = company(store, 1);
    let batch: Vec<NewInvoice> = (1..=3).map(|n| sample_invoice(n, 3)).collect();
    let ids = store.insert_invoices(c.id, &batch, "tester").unwrap();
    assert_eq!(ids.len(), 3);
    for (id, original) in ids.iter().zip(&batch) {
        let stored = store.invoice(c.id, *id).unwrap().expect("stored");
        assert_eq!(&stored.invoice, original);
        assert_eq!(stored.created_by, "tester");
        assert_eq!(stored.row_hash.len(), 64);
    }
    assert!(store.invoice(c.id, 999_999).unwrap().is_none());
    let lines = store.invoice_lines(c.id, &ids).unwrap();
    for (id, original) in ids.iter().zip(&batch) {
        assert_eq!(lines.get(id), Some(&original.lines));
    }
    let other = company(store, 2);
    assert!(
        store.invoice_lines(other.id, &ids).unwrap().is_empty(),
        "another company's lines stay hidden"
    );
}

/// A batch is all or nothing: a duplicate number anywhere stores nothing.
pub fn batch_is_atomic(store: &dyn Store) {
    let c = company(store, 1);
    store
        .insert_invoices(c.id, &[sample_invoice(1, 2)], "t")
        .unwrap();
    let batch = vec![
        sample_invoice(2, 2),
        sample_invoice(3, 2),
        sample_invoice(1, 2),
    ];
    let error = store.insert_invoices(c.id, &batch, "t").unwrap_err();
    assert_eq!(error.kind, ErrorKind::DuplicateNumber, "{error}");
    assert_eq!(error.code(), "ETAX-20002");
    let all = store
        .list_invoices(c.id, &InvoiceFilter::default())
        .unwrap();
    assert_eq!(all.len(), 1, "no invoice of the failed batch is visible");
    assert_eq!(
        store.audit_log(c.id).unwrap().len(),
        2,
        "company creation and the one invoice"
    );
}

/// Listing filters by masa, kind and status, and paginates by id.
pub fn listing_filters(store: &dyn Store) {
    let c = company(store, 1);
    let mut june = sample_invoice(1, 1);
    june.masa = "2025-06".into();
    june.date = "2025-06-30".into();
    let mut input = sample_invoice(2, 1);
    input.kind = "input".into();
    let batch = vec![june, input, sample_invoice(3, 1), sample_invoice(4, 1)];
    let ids = store.insert_invoices(c.id, &batch, "t").unwrap();
    let list = |f: InvoiceFilter| {
        store
            .list_invoices(c.id, &f)
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(list(InvoiceFilter::default()), ids);
    assert_eq!(
        list(InvoiceFilter {
            masa: Some("2025-06".into()),
            ..Default::default()
        }),
        vec![ids[0]]
    );
    assert_eq!(
        list(InvoiceFilter {
            kind: Some("input".into()),
            ..Default::default()
        }),
        vec![ids[1]]
    );
    assert_eq!(
        list(InvoiceFilter {
            status: Some("approved".into()),
            ..Default::default()
        }),
        Vec::<i64>::new()
    );
    assert_eq!(
        list(InvoiceFilter {
            after_id: Some(ids[1]),
            limit: Some(1),
            ..Default::default()
        }),
        vec![ids[2]]
    );
    let headers = store
        .list_invoices(c.id, &InvoiceFilter::default())
        .unwrap();
    assert!(
        headers.iter().all(|r| r.invoice.lines.is_empty()),
        "listings carry headers only"
    );
}

/// One company never sees another's records.
pub fn tenants_are_isolated(store: &dyn Store) {
    let a = company(store, 1);
    let b = company(store, 2);
    let ids = store
        .insert_invoices(a.id, &[sample_invoice(1, 1)], "t")
        .unwrap();
    assert!(store.invoice(b.id, ids[0]).unwrap().is_none());
    assert!(store
        .list_invoices(b.id, &InvoiceFilter::default())
        .unwrap()
        .is_empty());
    // The same number is allowed in another company.
    store
        .insert_invoices(b.id, &[sample_invoice(1, 1)], "t")
        .unwrap();
    assert_eq!(store.audit_log(b.id).unwrap().len(), 2);
}

/// The audit log is a hash chain and a full check verifies everything.
pub fn audit_chain_and_full_check(store: &dyn Store) {
    let c = company(store, 1);
    for n in 0..3 {
        store
            .insert_invoices(
                c.id,
                &[sample_invoice(n * 2, 2), sample_invoice(n * 2 + 1, 2)],
                "t",
            )
            .unwrap();
    }
    let log = store.audit_log(c.id).unwrap();
    assert_eq!(log.len(), 7);
    assert_eq!(log[0].prev_hash, crate::hash::GENESIS);
    for pair in log.windows(2) {
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }
    let report = store.check(CheckLevel::Full).unwrap();
    assert!(report.is_healthy(), "{:?}", report.problems);
    assert!(
        report
            .verified
            .iter()
            .any(|(what, n)| what == "invoices" && *n == 6),
        "{:?}",
        report.verified
    );
    assert!(store.check(CheckLevel::Quick).unwrap().is_healthy());
}

/// A draft is edited in place — header, lines, checksum, an `edit` entry
/// in the audit chain — until its upload is queued; nothing but a draft can
/// be edited, and nothing of another company.
pub fn drafts_are_edited_until_queued(store: &dyn Store) {
    let c = company(store, 1);
    let draft = NewInvoice {
        status: "draft".into(),
        number: None,
        ..sample_invoice(1, 2)
    };
    let id = store
        .insert_invoices(c.id, std::slice::from_ref(&draft), "maker")
        .unwrap()[0];
    let edited = NewInvoice {
        status: "draft".into(),
        number: None,
        reference: Some("EDITED".into()),
        ..sample_invoice(2, 3)
    };
    assert!(store.update_draft(c.id, id, &edited, "editor").unwrap());
    let stored = store.invoice(c.id, id).unwrap().expect("still there");
    assert_eq!(stored.invoice, edited);
    assert_eq!(stored.created_by, "maker", "the creation stays");
    let report = store.check(CheckLevel::Full).unwrap();
    assert!(report.is_healthy(), "{:?}", report.problems);
    let log = store.audit_log(c.id).unwrap();
    let last = log.last().unwrap();
    assert_eq!(
        (last.action.as_str(), last.entity_id, last.actor.as_str()),
        ("edit", id, "editor")
    );
    assert_eq!(last.prev_hash, log[log.len() - 2].hash);

    let other = company(store, 2);
    assert!(
        !store.update_draft(other.id, id, &draft, "x").unwrap(),
        "another company's"
    );
    assert_eq!(store.invoice(c.id, id).unwrap().unwrap().invoice, edited);

    let approved = NewInvoice {
        status: "approved".into(),
        ..sample_invoice(3, 1)
    };
    let approved_id = store
        .insert_invoices(c.id, std::slice::from_ref(&approved), "t")
        .unwrap()[0];
    assert!(
        !store.update_draft(c.id, approved_id, &edited, "x").unwrap(),
        "not a draft"
    );

    let queued = crate::sync::NewOutboxItem {
        operation: crate::sync::operation::UPLOAD.into(),
        entity_id: id,
        key: "draft-upload-1".into(),
        payload: "{}".into(),
    };
    assert_eq!(store.enqueue(c.id, &[queued], 0).unwrap(), 1);
    assert!(
        !store.update_draft(c.id, id, &draft, "x").unwrap(),
        "already queued"
    );
    assert_eq!(store.invoice(c.id, id).unwrap().unwrap().invoice, edited);
}

/// A company copied into another store is identical, table by table.
pub fn copy_between_stores(from: &dyn Store, to: &dyn Store) {
    let c = company(from, 7);
    from.insert_invoices(
        c.id,
        &(0..5).map(|n| sample_invoice(n, 3)).collect::<Vec<_>>(),
        "t",
    )
    .unwrap();
    let copied = copy::copy_company(from, c.id, to).unwrap();
    assert_eq!(copied.company_id, c.id, "an empty target keeps the ids");
    assert!(copied
        .tables
        .iter()
        .any(|s| s.table == "invoice_lines" && s.rows == 15));
    assert_eq!(to.companies().unwrap(), vec![c.clone()]);
    assert!(to.check(CheckLevel::Full).unwrap().is_healthy());
    // Ids continue after the copied ones.
    let next = to
        .insert_invoices(c.id, &[sample_invoice(99, 1)], "t")
        .unwrap();
    let max_copied = from
        .list_invoices(c.id, &InvoiceFilter::default())
        .unwrap()
        .last()
        .map(|r| r.id)
        .unwrap();
    assert!(next[0] > max_copied);
    assert!(to.check(CheckLevel::Full).unwrap().is_healthy());
    // Copying the same company again is refused and changes nothing.
    let before = copy::summarize(to, c.id).unwrap();
    assert!(copy::copy_company(from, c.id, to).is_err());
    assert_eq!(copy::summarize(to, c.id).unwrap(), before);
}

/// Two companies with the same ids in their own stores land side by side in
/// one target: ids are remapped, both verify, and each keeps its invoices.
pub fn copy_two_companies_into_one(a: &dyn Store, b: &dyn Store, target: &dyn Store) {
    let first = company(a, 1);
    let second = company(b, 2);
    assert_eq!(first.id, second.id, "both start at the same id");
    a.insert_invoices(
        first.id,
        &(0..4).map(|n| sample_invoice(n, 2)).collect::<Vec<_>>(),
        "t",
    )
    .unwrap();
    b.insert_invoices(
        second.id,
        &(0..3).map(|n| sample_invoice(n, 3)).collect::<Vec<_>>(),
        "t",
    )
    .unwrap();
    let one = copy::copy_company(a, first.id, target).unwrap();
    let two = copy::copy_company(b, second.id, target).unwrap();
    assert_ne!(one.company_id, two.company_id);
    let listed = target.companies().unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(
        target
            .list_invoices(one.company_id, &InvoiceFilter::default())
            .unwrap()
            .len(),
        4
    );
    let second_invoices = target
        .list_invoices(two.company_id, &InvoiceFilter::default())
        .unwrap();
    assert_eq!(second_invoices.len(), 3);
    let stored = target
        .invoice(two.company_id, second_invoices[0].id)
        .unwrap()
        .unwrap();
    assert_eq!(stored.invoice.lines.len(), 3);
    let report = target.check(CheckLevel::Full).unwrap();
    assert!(report.is_healthy(), "{:?}", report.problems);
    // Work continues in the target for both companies, chains intact.
    target
        .insert_invoices(two.company_id, &[sample_invoice(50, 1)], "t")
        .unwrap();
    target
        .insert_invoices(one.company_id, &[sample_invoice(50, 1)], "t")
        .unwrap();
    assert!(target.check(CheckLevel::Full).unwrap().is_healthy());
}

/// An import session commits or rolls back everything it inserted, and
/// `exists` and `reference_exists` see committed invoices and those inserted
/// earlier in the session.
pub fn import_session_is_one_transaction(store: &dyn Store) {
    let c = company(store, 1);
    store
        .insert_invoices(c.id, &[sample_invoice(1, 1)], "t")
        .unwrap();
    let number = |n: i64| sample_invoice(n, 1).number.unwrap();
    let seller = sample_invoice(0, 1).seller_tin;
    let stamp = crate::Stamp::now();
    let seal = |invoice| stamp.seal(invoice, "import");
    let decision = store
        .import_session(c.id, "import", &stamp, &mut |sink| {
            assert!(sink.exists("output", &seller, &number(1))?);
            assert!(!sink.exists("output", &seller, &number(2))?);
            // Invoice 1 has a number: its reference does not mark a re-import.
            assert!(!sink.reference_exists("output", &seller, "INV/2025/000001")?);
            let mut unnumbered = sample_invoice(5, 2);
            unnumbered.number = None;
            sink.insert(&[seal(unnumbered)])?;
            assert!(sink.reference_exists("output", &seller, "INV/2025/000005")?);
            assert!(!sink.reference_exists("input", &seller, "INV/2025/000005")?);
            assert!(!sink.reference_exists("output", &seller, "INV/2025/000002")?);
            sink.insert(&[seal(sample_invoice(2, 2)), seal(sample_invoice(3, 2))])?;
            assert!(sink.exists("output", &seller, &number(3))?);
            sink.insert(&[seal(sample_invoice(4, 1))])?;
            Ok(crate::Decision::Rollback)
        })
        .unwrap();
    assert_eq!(decision, crate::Decision::Rollback);
    assert_eq!(
        store
            .list_invoices(c.id, &InvoiceFilter::default())
            .unwrap()
            .len(),
        1,
        "rolled back"
    );
    let failed = store.import_session(c.id, "import", &stamp, &mut |sink| {
        sink.insert(&[seal(sample_invoice(5, 1))])?;
        Err(crate::StoreError::new(
            ErrorKind::Other,
            "the import stopped",
        ))
    });
    assert!(failed.is_err());
    assert_eq!(
        store
            .list_invoices(c.id, &InvoiceFilter::default())
            .unwrap()
            .len(),
        1,
        "an error rolls back"
    );
    store
        .import_session(c.id, "import", &stamp, &mut |sink| {
            sink.insert(&[seal(sample_invoice(6, 3))])?;
            sink.insert(&[seal(sample_invoice(7, 3)), seal(sample_invoice(8, 3))])?;
            Ok(crate::Decision::Commit)
        })
        .unwrap();
    let stored = store
        .list_invoices(c.id, &InvoiceFilter::default())
        .unwrap();
    assert_eq!(stored.len(), 4);
    // The session's invoices carry its stamp: one batch, one time.
    let imported: Vec<_> = stored.iter().filter(|r| r.created_by == "import").collect();
    assert_eq!(imported.len(), 3);
    for record in imported {
        assert_eq!(
            (
                record.batch_id.as_str(),
                record.created_at,
                record.updated_at
            ),
            (stamp.batch_id.as_str(), stamp.at, stamp.at)
        );
    }
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());
    assert_eq!(
        store.audit_log(c.id).unwrap().len(),
        5,
        "company and four invoices"
    );
}

fn sample_return(invoice: &InvoiceRef, number: &str, masa: &str) -> crate::NewReturn {
    crate::NewReturn {
        kind: "output".into(),
        invoice_id: invoice.id,
        invoice_number: "04002500000000001".into(),
        counterparty_tin: invoice.buyer_tin.clone(),
        counterparty_name: "PT Pembeli".into(),
        number: number.into(),
        date: format!("{masa}-20"),
        masa: masa.into(),
        tax_base: 1_000_000,
        vat: 120_000,
        stlg: 0,
        creditable: None,
        status: "recorded".into(),
        source_json: None,
    }
}

fn sample_document(number: &str) -> crate::NewDocument {
    crate::NewDocument {
        kind: "input".into(),
        trx_type: "1".into(),
        doc_type: "2".into(),
        trx_code: "1".into(),
        replaces: None,
        number: number.into(),
        date: "2025-07-03".into(),
        masa: "2025-07".into(),
        counterparty_tin: "000000000000000".into(),
        counterparty_name: "GLOBEX".into(),
        counterparty_address: "Singapore".into(),
        tax_base: 50_000_000,
        vat: 5_500_000,
        stlg: 0,
        note: "PIB".into(),
        creditable: Some(true),
        status: "recorded".into(),
        source_json: Some(r#"{"x":"1"}"#.into()),
    }
}

fn notes_of(
    store: &dyn Store,
    table: &'static crate::schema::Table,
    company: i64,
    filter: &crate::NoteFilter,
) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    store
        .read_notes(table, company, filter, &mut |row| {
            rows.push(row);
            Ok(())
        })
        .unwrap();
    rows
}

/// Returns and documents: stored inside an import session (rolled back or
/// committed with it), found by kind, counterparty and number, summed per
/// invoice, read by masa and kind, verified by the full check, and copied
/// with their invoice ids remapped.
pub fn notes_are_stored_found_and_copied(store: &dyn Store, target: &dyn Store) {
    use crate::notes::{documents_table, returns_table};
    use crate::{NewDocument, NewReturn, NoteFilter};
    let c = company(store, 1);
    store
        .insert_invoices(c.id, &[sample_invoice(1, 2), sample_invoice(2, 1)], "t")
        .unwrap();
    let (returns, documents) = (returns_table(), documents_table());
    for decision in [crate::Decision::Rollback, crate::Decision::Commit] {
        store
            .import_session(c.id, "importer", &crate::Stamp::now(), &mut |sink| {
                let number = "04002500000000001";
                assert!(sink
                    .find_invoice("input", "0013121660091000", number)?
                    .is_none());
                let invoice = sink
                    .find_invoice("output", "0013121660091000", number)?
                    .expect("invoice found");
                assert_eq!(invoice.amounts, [40_000_000, 4_400_000, 0]);
                assert_eq!(
                    (invoice.status.as_str(), invoice.trx_code.as_str()),
                    ("draft", "04")
                );
                assert_eq!(sink.returned(invoice.id)?, [0, 0, 0]);
                for (n, masa) in [("R-1", "2025-07"), ("R-2", "2025-08")] {
                    let row = sample_return(&invoice, n, masa).to_row("importer", 1);
                    sink.insert_row(returns, &row)?;
                }
                assert_eq!(sink.returned(invoice.id)?, [2_000_000, 240_000, 0]);
                assert!(sink.note_exists(returns, "output", &invoice.buyer_tin, "R-1")?);
                assert!(!sink.note_exists(returns, "input", &invoice.buyer_tin, "R-1")?);
                assert!(!sink.note_exists(documents, "input", "000000000000000", "PIB-1")?);
                sink.insert_row(documents, &sample_document("PIB-1").to_row("importer", 2))?;
                assert!(sink.note_exists(documents, "input", "000000000000000", "PIB-1")?);
                Ok(decision)
            })
            .unwrap();
        let stored = notes_of(store, returns, c.id, &NoteFilter::default());
        assert_eq!(
            stored.len(),
            if decision == crate::Decision::Commit {
                2
            } else {
                0
            }
        );
    }
    let august = NoteFilter {
        masa: Some("2025-08".into()),
        kind: Some("output".into()),
    };
    let rows = notes_of(store, returns, c.id, &august);
    assert_eq!(rows.len(), 1);
    let retur = NewReturn::from_row(&rows[0]);
    assert_eq!(
        (retur.note.number.as_str(), retur.company_id),
        ("R-2", c.id)
    );
    assert_eq!(retur.created_by, "importer");
    let input_only = NoteFilter {
        kind: Some("input".into()),
        ..NoteFilter::default()
    };
    assert!(notes_of(store, returns, c.id, &input_only).is_empty());
    let docs = notes_of(store, documents, c.id, &NoteFilter::default());
    assert_eq!(
        NewDocument::from_row(&docs[0]).note,
        sample_document("PIB-1")
    );
    // Another company sees none of them.
    let other = company(store, 2);
    assert!(notes_of(store, returns, other.id, &NoteFilter::default()).is_empty());
    let report = store.check(CheckLevel::Full).unwrap();
    assert!(report.is_healthy(), "{:?}", report.problems);
    assert!(report.verified.contains(&("returns".to_string(), 2)));
    let audit = store.audit_log(c.id).unwrap();
    assert_eq!(audit.iter().filter(|a| a.entity == "return").count(), 2);
    // Into a target that already holds a company and invoices: ids move,
    // each retur still points at its own invoice, checksums still verify.
    let there = company(target, 9);
    target
        .insert_invoices(there.id, &[sample_invoice(5, 1), sample_invoice(6, 1)], "t")
        .unwrap();
    let copied = copy::copy_company(store, c.id, target).unwrap();
    assert_ne!(copied.company_id, c.id);
    let moved = notes_of(target, returns, copied.company_id, &NoteFilter::default());
    assert_eq!(moved.len(), 2);
    let moved = NewReturn::from_row(&moved[0]);
    let invoice = target
        .invoice(copied.company_id, moved.note.invoice_id)
        .unwrap()
        .expect("the retur's invoice is the company's");
    assert_eq!(invoice.invoice.number.as_deref(), Some("04002500000000001"));
    let report = target.check(CheckLevel::Full).unwrap();
    assert!(report.is_healthy(), "{:?}", report.problems);
}

/// Generates one `#[test]` per contract function for a backend.
/// `$factory` is an expression evaluating to a closure that returns a fresh,
/// empty store (`Box<dyn Store>` or any `impl Store`).
#[macro_export]
macro_rules! contract_tests {
    ($factory:expr) => {
        #[test]
        fn contract_schema_is_current() {
            $crate::contract::schema_is_current(&*($factory)());
        }
        #[test]
        fn contract_companies() {
            $crate::contract::companies(&*($factory)());
        }
        #[test]
        fn contract_invoices_round_trip() {
            $crate::contract::invoices_round_trip(&*($factory)());
        }
        #[test]
        fn contract_drafts_are_edited_until_queued() {
            $crate::contract::drafts_are_edited_until_queued(&*($factory)());
        }
        #[test]
        fn contract_batch_is_atomic() {
            $crate::contract::batch_is_atomic(&*($factory)());
        }
        #[test]
        fn contract_listing_filters() {
            $crate::contract::listing_filters(&*($factory)());
        }
        #[test]
        fn contract_tenants_are_isolated() {
            $crate::contract::tenants_are_isolated(&*($factory)());
        }
        #[test]
        fn contract_audit_chain_and_full_check() {
            $crate::contract::audit_chain_and_full_check(&*($factory)());
        }
        #[test]
        fn contract_import_session_is_one_transaction() {
            $crate::contract::import_session_is_one_transaction(&*($factory)());
        }
        #[test]
        fn contract_copy_between_stores() {
            $crate::contract::copy_between_stores(&*($factory)(), &*($factory)());
        }
        #[test]
        fn contract_notes_are_stored_found_and_copied() {
            $crate::contract::notes_are_stored_found_and_copied(&*($factory)(), &*($factory)());
        }
        #[test]
        fn contract_sync_outbox_and_write_back() {
            $crate::contract::sync_outbox_and_write_back(&*($factory)(), &*($factory)());
        }
        #[test]
        fn contract_spt_versions_and_payments() {
            $crate::contract::spt_versions_and_payments(&*($factory)(), &*($factory)());
        }
        #[test]
        fn contract_spt_sums_follow_the_books() {
            $crate::contract::spt_sums_follow_the_books(&*($factory)());
        }
        #[test]
        fn contract_sync_number_clash_does_not_stall() {
            $crate::contract::sync_number_clash_does_not_stall(&*($factory)());
        }
        #[test]
        fn contract_sync_retur_through_the_outbox() {
            $crate::contract::sync_retur_through_the_outbox(&*($factory)(), &*($factory)());
        }
        #[test]
        fn contract_copy_two_companies_into_one() {
            $crate::contract::copy_two_companies_into_one(
                &*($factory)(),
                &*($factory)(),
                &*($factory)(),
            );
        }
    };
}

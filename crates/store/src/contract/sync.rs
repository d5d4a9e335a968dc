//! The contract of the sync outbox, approvals and sync state.

use super::{company, sample_invoice};
use crate::model::*;
use crate::sync::{operation, state};
use crate::*;

fn item(entity_id: i64, key: &str) -> NewOutboxItem {
    NewOutboxItem {
        operation: operation::UPLOAD.into(),
        entity_id,
        key: key.into(),
        payload: format!("{{\"action\":\"upload\",\"n\":{entity_id}}}"),
    }
}

fn input(number: &str, status: &str) -> NewInvoice {
    let mut invoice = sample_invoice(1, 1);
    invoice.kind = "input".into();
    invoice.status = status.into();
    invoice.number = Some(number.into());
    invoice.seller_tin = "0016090524017000".into();
    invoice
}

/// Operations are queued once per invoice, sent when due, settled with
/// their approvals and status changes in one write; applying a write twice
/// changes nothing; received input invoices are stored once and follow
/// their status; nothing crosses companies; the company copies whole.
pub fn sync_outbox_and_write_back(store: &dyn Store, target: &dyn Store) {
    let c = company(store, 1);
    let other = company(store, 2);
    let drafts: Vec<NewInvoice> = (1..=3)
        .map(|n| NewInvoice {
            number: None,
            reference: Some(format!("REF-{n}")),
            ..sample_invoice(n, 2)
        })
        .collect();
    let ids = store.insert_invoices(c.id, &drafts, "maker").unwrap();
    let upload = operation::UPLOAD;
    assert_eq!(store.unqueued(c.id, upload, 0, 10).unwrap(), ids);
    assert_eq!(store.unqueued(c.id, upload, ids[0], 10).unwrap(), ids[1..]);
    assert!(store.unqueued(other.id, upload, 0, 10).unwrap().is_empty());

    let now = 1_000_000;
    let items = [item(ids[0], "k-1"), item(ids[1], "k-2")];
    assert_eq!(store.enqueue(c.id, &items, now).unwrap(), 2);
    assert_eq!(store.enqueue(c.id, &items, now).unwrap(), 0, "queued once");
    assert_eq!(store.unqueued(c.id, upload, 0, 10).unwrap(), vec![ids[2]]);
    let due = store.due(c.id, now, 0, 10).unwrap();
    assert_eq!(due.len(), 2);
    assert_eq!((due[0].key.as_str(), due[0].attempts), ("k-1", 0));
    assert_eq!(due[0].payload, items[0].payload);
    assert!(store.due(c.id, now - 1, 0, 10).unwrap().is_empty());
    assert_eq!(store.due(c.id, now, due[0].id, 10).unwrap(), due[1..]);
    assert!(store.due(other.id, now, 0, 10).unwrap().is_empty());

    let number = "04002500000000001";
    let write = SyncWrite {
        settled: vec![
            Settled {
                outbox_id: due[0].id,
                settlement: Settlement::Done,
            },
            Settled {
                outbox_id: due[1].id,
                settlement: Settlement::Retry {
                    next_attempt_at: now + 500,
                    error: "FKT-1002: connection reset".into(),
                },
            },
        ],
        changes: vec![StatusChange {
            invoice: InvoiceKey::Id(ids[0]),
            status: "approved".into(),
            number: Some(number.into()),
            note: "approved".into(),
        }],
        approvals: vec![NewApproval {
            invoice: InvoiceKey::Id(ids[0]),
            number: number.into(),
            approved_at: now,
            signature: "ab".repeat(64),
            token: "cd".repeat(32),
        }],
        received: vec![input("04002500000000077", "approved")],
        returns: Vec::new(),
        events_after: Some(42),
        contact: Some(Contact {
            at: now,
            error: None,
        }),
    };
    // Another company's write touches nothing of this one.
    store.record_sync(other.id, &write, "sync").unwrap();
    let untouched = store.invoice(c.id, ids[0]).unwrap().unwrap();
    assert_eq!(untouched.invoice.status, "draft");
    assert!(store.approval(other.id, ids[0]).unwrap().is_none());
    assert_eq!(store.due(c.id, now, 0, 10).unwrap().len(), 2);

    store.record_sync(c.id, &write, "sync").unwrap();
    let approved = store.invoice(c.id, ids[0]).unwrap().unwrap();
    assert_eq!(approved.invoice.status, "approved");
    assert_eq!(approved.invoice.number.as_deref(), Some(number));
    assert_eq!(
        store.approval(c.id, ids[0]).unwrap().unwrap().token,
        "cd".repeat(32)
    );
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());
    let retry = store.due(c.id, now + 500, 0, 10).unwrap();
    assert_eq!(retry.len(), 1);
    assert_eq!(retry[0].attempts, 1);
    assert_eq!(
        retry[0].last_error.as_deref(),
        Some("FKT-1002: connection reset")
    );
    let summary = store.outbox_summary(c.id).unwrap();
    assert_eq!(
        (
            summary.pending,
            summary.retrying,
            summary.done,
            summary.failed
        ),
        (1, 1, 1, 0)
    );
    assert_eq!(summary.next_attempt_at, Some(now + 500));
    assert_eq!(
        summary.last_error.as_deref(),
        Some("FKT-1002: connection reset")
    );
    let state = store.sync_state(c.id).unwrap();
    assert_eq!((state.events_after, state.last_ok_at), (42, Some(now)));

    // The same write again (a crash before the caller saw it commit):
    // nothing changes but the attempt counters.
    let inputs = InvoiceFilter {
        kind: Some("input".into()),
        ..InvoiceFilter::default()
    };
    store.record_sync(c.id, &write, "sync").unwrap();
    let again = store.invoice(c.id, ids[0]).unwrap().unwrap();
    assert_eq!(again.updated_at, approved.updated_at);
    assert_eq!(store.list_invoices(c.id, &inputs).unwrap().len(), 1);

    // The feed later says the input invoice was cancelled; a failed
    // contact is remembered with the time failing began.
    let later = SyncWrite {
        received: vec![input("04002500000000077", "cancelled")],
        settled: vec![Settled {
            outbox_id: retry[0].id,
            settlement: Settlement::Failed {
                error: "ETAXSERVICE-20015: buyer".into(),
            },
        }],
        approvals: vec![NewApproval {
            invoice: InvoiceKey::Number {
                kind: "input".into(),
                seller_tin: "0016090524017000".into(),
                number: "04002500000000077".into(),
            },
            number: "04002500000000077".into(),
            approved_at: now,
            signature: "ef".repeat(64),
            token: "01".repeat(32),
        }],
        events_after: Some(40),
        contact: Some(Contact {
            at: now + 9,
            error: Some("FKT-1002: down".into()),
        }),
        ..SyncWrite::default()
    };
    store.record_sync(c.id, &later, "sync").unwrap();
    let listed = store.list_invoices(c.id, &inputs).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].invoice.status, "cancelled");
    assert_eq!(
        store.approval(c.id, listed[0].id).unwrap().unwrap().token,
        "01".repeat(32),
        "an approval found by number"
    );
    let state = store.sync_state(c.id).unwrap();
    assert_eq!(state.events_after, 42, "the feed position never goes back");
    assert_eq!(state.failing_since, Some(now + 9));
    assert_eq!(state.last_ok_at, Some(now));
    let summary = store.outbox_summary(c.id).unwrap();
    assert_eq!((summary.pending, summary.failed), (0, 1));
    assert_eq!(
        store.outbox_of(c.id, "invoices", ids[1]).unwrap()[0].state,
        state::FAILED
    );
    assert!(store
        .outbox_of(other.id, "invoices", ids[1])
        .unwrap()
        .is_empty());
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());

    let copied = copy::copy_company(store, c.id, target).unwrap();
    for table in ["approvals", "sync_state", "outbox"] {
        assert!(
            copied.tables.iter().any(|s| s.table == table && s.rows > 0),
            "{table} copied"
        );
    }
    assert_eq!(target.sync_state(c.id).unwrap().events_after, 42);
}

/// An input nota retur waits for its invoice's approval, is queued once as
/// operation `retur`, and its status follows the authority's answer with a
/// valid checksum; a copy moves its outbox item with the retur, not with an
/// invoice.
pub fn sync_retur_through_the_outbox(store: &dyn Store, target: &dyn Store) {
    use crate::notes::returns_table;
    let c = company(store, 1);
    let pending = store
        .insert_invoices(c.id, &[input("04002500000000078", "draft")], "t")
        .unwrap();
    let ids = store
        .insert_invoices(
            c.id,
            &[
                input("04002500000000077", "approved"),
                input("04002500000000079", "approved"),
            ],
            "t",
        )
        .unwrap();
    let retur = |invoice_id: i64, number: &str| crate::NewReturn {
        kind: "input".into(),
        invoice_id,
        invoice_number: "04002500000000077".into(),
        counterparty_tin: "0016090524017000".into(),
        counterparty_name: "PT Penjual".into(),
        number: number.into(),
        date: "2025-02-20".into(),
        masa: "2025-02".into(),
        tax_base: 100_000,
        vat: 12_000,
        stlg: 0,
        creditable: Some(true),
        status: "draft".into(),
        source_json: None,
    };
    let mut rows = Vec::new();
    store
        .import_session(c.id, "t", &crate::Stamp::now(), &mut |sink| {
            for (invoice, number) in [(pending[0], "RM-0"), (ids[0], "RM-1"), (ids[1], "RM-2")] {
                let row = retur(invoice, number).to_row("t", 1);
                rows.push(sink.insert_row(returns_table(), &row)?);
            }
            Ok(crate::Decision::Commit)
        })
        .unwrap();
    let retur_op = operation::RETUR;
    assert_eq!(
        store.unqueued(c.id, retur_op, 0, 10).unwrap(),
        rows[1..],
        "a retur of an invoice not yet approved waits"
    );
    assert!(store
        .unqueued(c.id, operation::UPLOAD, 0, 10)
        .unwrap()
        .is_empty());
    let items: Vec<NewOutboxItem> = rows[1..]
        .iter()
        .map(|&id| NewOutboxItem {
            operation: retur_op.into(),
            entity_id: id,
            key: format!("r-{id}"),
            payload: "{}".into(),
        })
        .collect();
    assert_eq!(store.enqueue(c.id, &items, 5).unwrap(), 2);
    assert!(store.unqueued(c.id, retur_op, 0, 10).unwrap().is_empty());
    let due = store.due(c.id, 5, 0, 10).unwrap();
    let write = SyncWrite {
        settled: due
            .iter()
            .map(|d| Settled {
                outbox_id: d.id,
                settlement: Settlement::Done,
            })
            .collect(),
        returns: vec![
            ReturnChange {
                return_id: rows[1],
                status: "approved".into(),
            },
            ReturnChange {
                return_id: rows[2],
                status: "rejected".into(),
            },
        ],
        ..SyncWrite::default()
    };
    let other = company(store, 2);
    store.record_sync(other.id, &write, "sync").unwrap();
    let statuses = |store: &dyn Store, company: i64| -> Vec<String> {
        let mut out = Vec::new();
        store
            .read_notes(
                returns_table(),
                company,
                &crate::NoteFilter::default(),
                &mut |row| {
                    out.push(crate::NewReturn::from_row(&row).note.status);
                    Ok(())
                },
            )
            .unwrap();
        out
    };
    assert_eq!(
        statuses(store, c.id),
        ["draft", "draft", "draft"],
        "another company's write"
    );
    store.record_sync(c.id, &write, "sync").unwrap();
    store.record_sync(c.id, &write, "sync").unwrap();
    assert_eq!(statuses(store, c.id), ["draft", "approved", "rejected"]);
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());

    // The copy into a store that holds another company already: ids move,
    // and the outbox items follow their retur.
    let before = company(target, 9);
    target
        .insert_invoices(before.id, &[input("04002500000000001", "approved")], "t")
        .unwrap();
    copy::copy_company(store, c.id, target).unwrap();
    let moved = target.companies().unwrap();
    let copied = moved.iter().find(|m| m.npwp == c.npwp).unwrap();
    let mut retur_ids = Vec::new();
    target
        .read_notes(
            returns_table(),
            copied.id,
            &crate::NoteFilter::default(),
            &mut |row| {
                retur_ids.push(crate::NewReturn::from_row(&row).id);
                Ok(())
            },
        )
        .unwrap();
    let outbox: Vec<i64> = target
        .due(copied.id, i64::MAX, 0, 10)
        .unwrap()
        .iter()
        .map(|o| o.entity_id)
        .collect();
    assert!(outbox.is_empty(), "all settled");
    let of_retur = target
        .outbox_of(copied.id, "returns", retur_ids[1])
        .unwrap();
    assert_eq!(of_retur.len(), 1, "the outbox item moved with its retur");
    assert_eq!(of_retur[0].operation, retur_op);
    assert!(target
        .outbox_of(copied.id, "invoices", retur_ids[1])
        .unwrap()
        .is_empty());
    assert!(target.check(CheckLevel::Full).unwrap().is_healthy());
}

/// The authority gives an invoice a number another local invoice of the
/// same kind and seller already holds (say, the same invoice imported
/// again from an export): the write does not fail — a failing write would
/// stall the outbox forever — the invoice takes the authority's status and
/// its approval (with the number) is stored, it keeps no clashing number,
/// and its status history names the holder. Applying it again changes
/// nothing.
pub fn sync_number_clash_does_not_stall(store: &dyn Store) {
    let c = company(store, 1);
    let number = "04002500000000009";
    let held = NewInvoice {
        status: "approved".into(),
        number: Some(number.into()),
        ..sample_invoice(1, 1)
    };
    let draft = NewInvoice {
        number: None,
        reference: Some("REF-CLASH".into()),
        ..sample_invoice(2, 1)
    };
    let ids = store.insert_invoices(c.id, &[held, draft], "t").unwrap();
    let write = SyncWrite {
        changes: vec![StatusChange {
            invoice: InvoiceKey::Id(ids[1]),
            status: "approved".into(),
            number: Some(number.into()),
            note: "authority: upload".into(),
        }],
        approvals: vec![NewApproval {
            invoice: InvoiceKey::Id(ids[1]),
            number: number.into(),
            approved_at: 5,
            signature: "ab".repeat(64),
            token: "cd".repeat(32),
        }],
        ..SyncWrite::default()
    };
    store.record_sync(c.id, &write, "sync").unwrap();
    let clashed = store.invoice(c.id, ids[1]).unwrap().unwrap();
    assert_eq!(clashed.invoice.status, "approved");
    assert_eq!(clashed.invoice.number, None, "the holder keeps the number");
    assert_eq!(
        store.approval(c.id, ids[1]).unwrap().unwrap().number,
        number
    );
    let holder = store.invoice(c.id, ids[0]).unwrap().unwrap();
    assert_eq!(holder.invoice.number.as_deref(), Some(number));
    store.record_sync(c.id, &write, "sync").unwrap();
    let again = store.invoice(c.id, ids[1]).unwrap().unwrap();
    assert_eq!(
        again.updated_at, clashed.updated_at,
        "applying it again changes nothing"
    );
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());
}

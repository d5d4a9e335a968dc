use super::*;
use faktur_protocol::{ApiError, Approval};
use proptest::prelude::*;

#[test]
fn failures_are_classified_by_code_and_status() {
    let table: &[(&str, Option<u16>, Class)] = &[
        (UNREACHABLE, None, Class::Transient),
        ("ETAX-API-00001", Some(503), Class::Transient),
        ("ETAXSERVICE-10002", Some(500), Class::Transient),
        ("ETAXSERVICE-10001", None, Class::Transient),
        ("ETAX-40002", Some(401), Class::Transient),
        ("ETAXSERVICE-40002", Some(401), Class::Transient),
        (codes::ANSWER_UNREADABLE, None, Class::Transient),
        ("FKT-9999", Some(502), Class::Transient),
        ("FKT-9999", Some(429), Class::Transient),
        ("ETAXSERVICE-20008", None, Class::Permanent),
        ("ETAXSERVICE-20015", None, Class::Permanent),
        ("ETAX-API-10005", Some(422), Class::Permanent),
        (codes::KEY_REUSED, None, Class::Permanent),
    ];
    for (code, status, class) in table {
        assert_eq!(classify(code, *status), *class, "{code} {status:?}");
    }
}

proptest! {
    /// The wait lies between half and all of base × 2^(n-1), never above
    /// the cap, never zero.
    #[test]
    fn backoff_stays_in_its_band(attempts in 1_i64..80, random in any::<u64>()) {
        let backoff = Backoff::default();
        let full = (backoff.base_ms.saturating_mul(1 << (attempts - 1).min(30))).min(backoff.cap_ms);
        let delay = backoff.delay_ms(attempts, random);
        prop_assert!(delay >= full / 2 && delay <= full, "{delay} not in {}..={full}", full / 2);
        prop_assert!(delay >= 1);
    }

    /// Waits grow with the attempts until the cap (comparing the bands'
    /// lower ends: jitter never makes a later wait's floor lower).
    #[test]
    fn backoff_floor_never_shrinks(attempts in 1_i64..60) {
        let b = Backoff::default();
        prop_assert!(b.delay_ms(attempts + 1, 0) >= b.delay_ms(attempts, 0));
    }
}

fn item(id: i64, key: &str, op: &str, attempts: i64) -> OutboxItem {
    OutboxItem {
        id,
        operation: op.into(),
        entity_id: id * 10,
        key: key.into(),
        payload: "{}".into(),
        state: "pending".into(),
        attempts,
        next_attempt_at: 0,
        last_error: None,
        created_at: 0,
    }
}

fn outcome(key: &str, accepted: bool, code: Option<&str>) -> Outcome {
    Outcome {
        key: key.into(),
        accepted,
        status: accepted.then(|| "approved".into()),
        approval: accepted.then(|| Approval {
            number: format!("N-{key}"),
            approved_at: 5,
            signature: "s".into(),
            token: "t".into(),
        }),
        error: code.map(|c| ApiError {
            code: c.into(),
            message: "m".into(),
            details: Vec::new(),
        }),
    }
}

#[test]
fn an_answer_settles_each_item_by_its_key() {
    let items = [
        item(1, "a", operation::UPLOAD, 0),
        item(2, "b", operation::UPLOAD, 0),
        item(3, "c", operation::UPLOAD, 2),
        item(4, "d", operation::UPLOAD, 0),
        item(5, "e", operation::CANCEL, 0),
    ];
    // Out of order, one missing ("d"), one transient refusal.
    let answer = Outcomes {
        results: vec![
            outcome("b", false, Some("ETAXSERVICE-20015")),
            outcome("a", true, None),
            outcome("c", false, Some("ETAXSERVICE-10001")),
            Outcome {
                status: Some("cancelled".into()),
                approval: None,
                ..outcome("e", true, None)
            },
        ],
    };
    let mut write = SyncWrite::default();
    let tally = settle_answered(
        &items,
        &answer,
        1_000,
        &Backoff::default(),
        &mut || 0,
        &mut write,
    );
    assert_eq!(
        tally,
        Tally {
            accepted: 2,
            refused: 1,
            retrying: 2
        }
    );
    let settlement = |id: i64| {
        write
            .settled
            .iter()
            .find(|s| s.outbox_id == id)
            .map(|s| s.settlement.clone())
            .unwrap()
    };
    assert_eq!(settlement(1), Settlement::Done);
    assert!(
        matches!(settlement(2), Settlement::Failed { error } if error.starts_with("ETAXSERVICE-20015"))
    );
    // Third attempt of "c": 200 × 2² = 800 ms band, floor 400.
    assert_eq!(
        settlement(3),
        Settlement::Retry {
            next_attempt_at: 1_400,
            error: "ETAXSERVICE-10001: m".into()
        }
    );
    assert!(
        matches!(settlement(4), Settlement::Retry { error, .. } if error.starts_with(codes::ANSWER_UNREADABLE))
    );
    assert_eq!(settlement(5), Settlement::Done);
    let status_of = |id: i64| {
        write
            .changes
            .iter()
            .find(|c| c.invoice == InvoiceKey::Id(id))
            .map(|c| (c.status.clone(), c.number.clone()))
    };
    assert_eq!(status_of(10), Some(("approved".into(), Some("N-a".into()))));
    assert_eq!(status_of(20).map(|s| s.0), Some("rejected".into()));
    assert_eq!(status_of(30), None);
    assert_eq!(status_of(50), Some(("cancelled".into(), None)));
    assert_eq!(write.approvals.len(), 1);
    assert_eq!(write.approvals[0].invoice, InvoiceKey::Id(10));
    assert!(write.returns.is_empty(), "no retur was sent");
}

#[test]
fn a_retur_answer_changes_the_retur_not_an_invoice() {
    let items = [
        item(1, "r", operation::RETUR, 0),
        item(2, "s", operation::RETUR, 0),
        item(3, "t", operation::RETUR, 0),
    ];
    let answer = Outcomes {
        results: vec![
            Outcome {
                status: Some("returned".into()),
                approval: None,
                ..outcome("r", true, None)
            },
            outcome("s", false, Some("ETAXSERVICE-20011")),
            outcome("t", false, Some("ETAXSERVICE-10001")),
        ],
    };
    let mut write = SyncWrite::default();
    let tally = settle_answered(
        &items,
        &answer,
        1_000,
        &Backoff::default(),
        &mut || 0,
        &mut write,
    );
    assert_eq!((tally.accepted, tally.refused, tally.retrying), (1, 1, 1));
    assert!(write.changes.is_empty() && write.approvals.is_empty());
    let returns: Vec<_> = write
        .returns
        .iter()
        .map(|r| (r.return_id, r.status.as_str()))
        .collect();
    assert_eq!(returns, [(10, "approved"), (20, "rejected")]);
}

#[test]
fn no_answer_retries_everything_and_refuses_nothing() {
    let items = [
        item(1, "a", operation::UPLOAD, 0),
        item(2, "b", operation::UPLOAD, 3),
    ];
    let mut write = SyncWrite::default();
    let down = Failure::new(UNREACHABLE, "connection refused", None);
    let tally = settle_unanswered(
        &items,
        &down,
        0,
        &Backoff::default(),
        &mut || u64::MAX,
        &mut write,
    );
    assert_eq!(tally.retrying, 2);
    assert!(write.changes.is_empty() && write.approvals.is_empty());
    let next: Vec<i64> = write
        .settled
        .iter()
        .map(|s| match &s.settlement {
            Settlement::Retry {
                next_attempt_at, ..
            } => *next_attempt_at,
            other => panic!("{other:?}"),
        })
        .collect();
    assert!(next[0] <= 200 && next[1] > next[0], "{next:?}");
    // A request refused as a whole on its form waits the cap's band
    // (half of it with no jitter).
    let mut write = SyncWrite::default();
    let too_big = Failure::new("FKT-6002", "body too large", Some(413));
    settle_unanswered(
        &items[..1],
        &too_big,
        0,
        &Backoff::default(),
        &mut || 0,
        &mut write,
    );
    assert!(matches!(
        write.settled[0].settlement,
        Settlement::Retry { next_attempt_at, .. } if next_attempt_at == Backoff::default().cap_ms / 2
    ));
}

#[test]
fn feed_events_become_changes_and_received_invoices() {
    let me = "0013121660091000";
    let other = "0016090524017000";
    let event = |seq, role: &str, seller: &str, status: &str, body: bool| Event {
        seq,
        role: role.into(),
        number: format!("N{seq}"),
        seller: seller.into(),
        status: status.into(),
        invoice: body.then(|| Box::new(wire())),
    };
    let events = [
        event(1, "seller", me, "approved", false),
        event(2, "buyer", other, "approved", true),
        event(3, "buyer", other, "cancelled", false),
        event(4, "auditor", other, "approved", false),
    ];
    let mut write = SyncWrite::default();
    let convert = |_: &faktur_wire::ComputedInvoice, status: &str| -> Result<NewInvoice, String> {
        let mut record = faktur_store::contract::sample_invoice(1, 0);
        record.status = status.into();
        Ok(record)
    };
    let problems = plan_events(me, &events, &convert, &mut write);
    assert_eq!(problems, vec!["event 4: role auditor".to_string()]);
    assert_eq!(write.received.len(), 1);
    assert_eq!(write.changes.len(), 2);
    assert_eq!(
        write.changes[1].invoice,
        InvoiceKey::Number {
            kind: "input".into(),
            seller_tin: other.into(),
            number: "N3".into()
        }
    );
}

fn wire() -> faktur_wire::ComputedInvoice {
    faktur_db::invoice_json(&faktur_store::InvoiceRecord {
        id: 1,
        company_id: 1,
        invoice: faktur_store::contract::sample_invoice(1, 1),
        batch_id: "b".into(),
        created_by: "t".into(),
        created_at: 0,
        updated_at: 0,
        row_hash: String::new(),
    })
}

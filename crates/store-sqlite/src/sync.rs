//! The sync outbox, approvals and the sync state.

use crate::invoices::{begin_company, get, insert_in, AuditAppender};
use crate::map_error;
use faktur_store::sync::state;
use faktur_store::*;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

pub fn unqueued(
    conn: &Connection,
    company_id: i64,
    operation: &str,
    after_id: i64,
    limit: i64,
) -> Result<Vec<i64>> {
    let mut statement = conn
        .prepare_cached(&faktur_store::sync::unqueued_sql(operation, '?'))
        .map_err(map_error)?;
    let rows = statement
        .query_map(params![company_id, operation, after_id, limit], |r| {
            r.get(0)
        })
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<i64>>>()
        .map_err(map_error)
}

pub fn enqueue(
    conn: &mut Connection,
    company_id: i64,
    items: &[NewOutboxItem],
    now: i64,
) -> Result<usize> {
    let tx = begin_company(conn, company_id)?;
    let mut queued = 0;
    {
        let mut exists = tx
            .prepare_cached(
                "SELECT 1 FROM outbox WHERE company_id = ?1 AND operation = ?2 AND entity_id = ?3",
            )
            .map_err(map_error)?;
        let mut insert = tx
            .prepare_cached(
                "INSERT INTO outbox (company_id, operation, entity_id, idempotency_key, payload, state,
                 attempts, next_attempt_at, last_error, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, NULL, ?7)",
            )
            .map_err(map_error)?;
        for item in items {
            if exists
                .exists(params![company_id, item.operation, item.entity_id])
                .map_err(map_error)?
            {
                continue;
            }
            insert
                .execute(params![
                    company_id,
                    item.operation,
                    item.entity_id,
                    item.key,
                    item.payload,
                    state::PENDING,
                    now
                ])
                .map_err(map_error)?;
            queued += 1;
        }
    }
    tx.commit().map_err(map_error)?;
    Ok(queued)
}

const SELECT_OUTBOX: &str =
    "SELECT id, operation, entity_id, idempotency_key, payload, state, attempts,
    next_attempt_at, last_error, created_at FROM outbox";

fn outbox_row(r: &Row<'_>) -> rusqlite::Result<OutboxItem> {
    Ok(OutboxItem {
        id: r.get(0)?,
        operation: r.get(1)?,
        entity_id: r.get(2)?,
        key: r.get(3)?,
        payload: r.get(4)?,
        state: r.get(5)?,
        attempts: r.get(6)?,
        next_attempt_at: r.get(7)?,
        last_error: r.get(8)?,
        created_at: r.get(9)?,
    })
}

pub fn due(
    conn: &Connection,
    company_id: i64,
    now: i64,
    after_id: i64,
    limit: i64,
) -> Result<Vec<OutboxItem>> {
    let sql = format!(
        "{SELECT_OUTBOX} WHERE company_id = ?1 AND state = 'pending' AND next_attempt_at <= ?2
         AND id > ?4 ORDER BY id LIMIT ?3"
    );
    let mut statement = conn.prepare_cached(&sql).map_err(map_error)?;
    let rows = statement
        .query_map(params![company_id, now, limit, after_id], outbox_row)
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_error)
}

pub fn outbox_of(
    conn: &Connection,
    company_id: i64,
    entity: &str,
    id: i64,
) -> Result<Vec<OutboxItem>> {
    let sql = format!(
        "{SELECT_OUTBOX} WHERE company_id = ?1 AND entity_id = ?2 AND {} = ?3 ORDER BY id",
        faktur_store::sync::ENTITY_IS
    );
    let mut statement = conn.prepare_cached(&sql).map_err(map_error)?;
    let rows = statement
        .query_map(params![company_id, id, entity], outbox_row)
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_error)
}

pub fn summary(conn: &Connection, company_id: i64) -> Result<OutboxSummary> {
    let mut out = conn
        .query_row(
            "SELECT
               COALESCE(SUM(state = 'pending'), 0),
               COALESCE(SUM(state = 'pending' AND attempts > 0), 0),
               COALESCE(SUM(state = 'failed'), 0),
               COALESCE(SUM(state = 'done'), 0),
               MIN(CASE WHEN state = 'pending' THEN created_at END),
               MIN(CASE WHEN state = 'pending' THEN next_attempt_at END)
             FROM outbox WHERE company_id = ?1",
            [company_id],
            |r| {
                Ok(OutboxSummary {
                    pending: r.get(0)?,
                    retrying: r.get(1)?,
                    failed: r.get(2)?,
                    done: r.get(3)?,
                    oldest_pending_at: r.get(4)?,
                    next_attempt_at: r.get(5)?,
                    last_error: None,
                })
            },
        )
        .map_err(map_error)?;
    out.last_error = conn
        .query_row(
            "SELECT last_error FROM outbox WHERE company_id = ?1 AND state <> 'done'
             AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1",
            [company_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(map_error)?;
    Ok(out)
}

pub fn record(
    conn: &mut Connection,
    company_id: i64,
    write: &SyncWrite,
    actor: &str,
) -> Result<()> {
    let tx = begin_company(conn, company_id)?;
    let now = now_ms();
    settle(&tx, company_id, &write.settled)?;
    for change in &write.changes {
        if let Some(id) = resolve(&tx, company_id, &change.invoice)? {
            change_status(&tx, company_id, id, change, actor, now)?;
        }
    }
    for change in &write.returns {
        crate::notes::set_return_status(&tx, company_id, change)?;
    }
    receive(&tx, company_id, &write.received, actor, now)?;
    for a in &write.approvals {
        let Some(id) = resolve(&tx, company_id, &a.invoice)? else {
            continue;
        };
        tx.prepare_cached(
            "INSERT INTO approvals (invoice_id, number, approved_at, signature, token)
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS
               (SELECT 1 FROM invoices WHERE id = ?1 AND company_id = ?6)
             ON CONFLICT (invoice_id) DO NOTHING",
        )
        .and_then(|mut s| {
            s.execute(params![
                id,
                a.number,
                a.approved_at,
                a.signature,
                a.token,
                company_id
            ])
        })
        .map_err(map_error)?;
    }
    save_state(&tx, company_id, write, now)?;
    tx.commit().map_err(map_error)
}

fn settle(tx: &Transaction<'_>, company_id: i64, settled: &[Settled]) -> Result<()> {
    let mut update = tx
        .prepare_cached(
            "UPDATE outbox SET state = ?1, attempts = attempts + 1, next_attempt_at = ?2,
             last_error = ?3 WHERE id = ?4 AND company_id = ?5",
        )
        .map_err(map_error)?;
    for s in settled {
        let (state, next, error) = match &s.settlement {
            Settlement::Done => (state::DONE, None, None),
            Settlement::Retry {
                next_attempt_at,
                error,
            } => (state::PENDING, Some(*next_attempt_at), Some(error.as_str())),
            Settlement::Failed { error } => (state::FAILED, None, Some(error.as_str())),
        };
        let next = next.unwrap_or(0);
        update
            .execute(params![state, next, error, s.outbox_id, company_id])
            .map_err(map_error)?;
    }
    Ok(())
}

fn resolve(tx: &Transaction<'_>, company_id: i64, key: &InvoiceKey) -> Result<Option<i64>> {
    match key {
        InvoiceKey::Id(id) => Ok(Some(*id)),
        InvoiceKey::Number {
            kind,
            seller_tin,
            number,
        } => tx
            .prepare_cached(
                "SELECT id FROM invoices WHERE company_id = ?1 AND kind = ?2 AND seller_tin = ?3
                 AND number = ?4",
            )
            .and_then(|mut s| {
                s.query_row(params![company_id, kind, seller_tin, number], |r| r.get(0))
                    .optional()
            })
            .map_err(map_error),
    }
}

/// Sets status (and number) with a new checksum and a history entry; a
/// change to what the invoice already says is skipped.
fn change_status(
    tx: &Transaction<'_>,
    company_id: i64,
    id: i64,
    change: &StatusChange,
    actor: &str,
    now: i64,
) -> Result<()> {
    // Most changes from the feed repeat what the invoice already says:
    // look at status and number before reading the whole invoice.
    let current: Option<(String, Option<String>)> = tx
        .prepare_cached("SELECT status, number FROM invoices WHERE id = ?1 AND company_id = ?2")
        .and_then(|mut s| {
            s.query_row(params![id, company_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
        })
        .map_err(map_error)?;
    match current {
        None => return Ok(()),
        Some((status, number))
            if status == change.status && (change.number.is_none() || change.number == number) =>
        {
            return Ok(())
        }
        Some(_) => {}
    }
    let Some(mut record) = get(tx, company_id, id)? else {
        return Ok(());
    };
    let invoice = &mut record.invoice;
    let mut number = change.number.clone().or_else(|| invoice.number.clone());
    let mut note = change.note.clone();
    if let Some(wanted) = number
        .clone()
        .filter(|n| Some(n) != invoice.number.as_ref())
    {
        let holder: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM invoices WHERE company_id = ?1 AND kind = ?2 AND seller_tin = ?3
                 AND number = ?4 AND id <> ?5",
            )
            .and_then(|mut s| {
                s.query_row(
                    params![company_id, invoice.kind, invoice.seller_tin, wanted, id],
                    |r| r.get(0),
                )
                .optional()
            })
            .map_err(map_error)?;
        if let Some(holder) = holder {
            number = invoice.number.clone();
            note = faktur_store::sync::clash_note(&note, &wanted, holder);
        }
    }
    if invoice.status == change.status && invoice.number == number {
        return Ok(());
    }
    invoice.status = change.status.clone();
    invoice.number = number;
    let hash = record.checksum_of(&record.invoice, now);
    tx.prepare_cached(
        "UPDATE invoices SET status = ?1, number = ?2, updated_at = ?3, row_hash = ?4 WHERE id = ?5",
    )
    .and_then(|mut s| s.execute(params![record.invoice.status, record.invoice.number, now, hash, id]))
    .map_err(map_error)?;
    tx.prepare_cached(
        "INSERT INTO invoice_status_history (invoice_id, status, at, actor, note)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut s| s.execute(params![id, change.status, now, actor, note]))
    .map_err(map_error)?;
    Ok(())
}

/// Stores new input invoices; one already held follows the received status.
fn receive(
    tx: &Transaction<'_>,
    company_id: i64,
    received: &[NewInvoice],
    actor: &str,
    now: i64,
) -> Result<()> {
    if received.is_empty() {
        return Ok(());
    }
    let mut new = Vec::new();
    for invoice in received {
        let key = InvoiceKey::Number {
            kind: invoice.kind.clone(),
            seller_tin: invoice.seller_tin.clone(),
            number: invoice.number.clone().unwrap_or_default(),
        };
        match resolve(tx, company_id, &key)? {
            Some(id) => {
                let change = StatusChange {
                    invoice: InvoiceKey::Id(id),
                    status: invoice.status.clone(),
                    number: None,
                    note: "authority feed".into(),
                };
                change_status(tx, company_id, id, &change, actor, now)?;
            }
            None if !new.iter().any(|n: &&NewInvoice| {
                n.number == invoice.number && n.seller_tin == invoice.seller_tin
            }) =>
            {
                new.push(invoice)
            }
            None => {}
        }
    }
    let stamp = Stamp::now();
    let mut audit = AuditAppender::start(tx, company_id)?;
    let sealed: Vec<Sealed> = new
        .into_iter()
        .map(|i| stamp.seal(i.clone(), actor))
        .collect();
    insert_in(
        tx,
        company_id,
        &stamp,
        stamp.sealed_each(&sealed, actor),
        actor,
        &mut audit,
    )?;
    Ok(())
}

fn save_state(tx: &Transaction<'_>, company_id: i64, write: &SyncWrite, now: i64) -> Result<()> {
    if write.events_after.is_none() && write.contact.is_none() {
        return Ok(());
    }
    let mut current = read_state(tx, company_id)?;
    current.apply(write);
    tx.prepare_cached(
        "INSERT INTO sync_state (company_id, events_after, last_ok_at, failing_since, last_error, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (company_id) DO UPDATE SET events_after = excluded.events_after,
           last_ok_at = excluded.last_ok_at, failing_since = excluded.failing_since,
           last_error = excluded.last_error, updated_at = excluded.updated_at",
    )
    .and_then(|mut s| {
        s.execute(params![
            company_id,
            current.events_after,
            current.last_ok_at,
            current.failing_since,
            current.last_error,
            now
        ])
    })
    .map_err(map_error)?;
    Ok(())
}

pub fn read_state(conn: &Connection, company_id: i64) -> Result<SyncState> {
    conn.query_row(
        "SELECT events_after, last_ok_at, failing_since, last_error FROM sync_state WHERE company_id = ?1",
        [company_id],
        |r| {
            Ok(SyncState {
                events_after: r.get(0)?,
                last_ok_at: r.get(1)?,
                failing_since: r.get(2)?,
                last_error: r.get(3)?,
            })
        },
    )
    .optional()
    .map(Option::unwrap_or_default)
    .map_err(map_error)
}

pub fn approval(
    conn: &Connection,
    company_id: i64,
    invoice_id: i64,
) -> Result<Option<ApprovalRecord>> {
    conn.query_row(
        "SELECT a.invoice_id, a.number, a.approved_at, a.signature, a.token FROM approvals a
         JOIN invoices i ON i.id = a.invoice_id WHERE i.company_id = ?1 AND a.invoice_id = ?2",
        params![company_id, invoice_id],
        |r| {
            Ok(ApprovalRecord {
                invoice_id: r.get(0)?,
                number: r.get(1)?,
                approved_at: r.get(2)?,
                signature: r.get(3)?,
                token: r.get(4)?,
            })
        },
    )
    .optional()
    .map_err(map_error)
}

//! The sync outbox, approvals and the sync state.

use crate::invoices::{begin_company, get, insert_in};
use crate::map_error;
use faktur_store::sync::state;
use faktur_store::*;
use postgres::{Client, Row, Transaction};

pub fn unqueued(
    client: &mut Client,
    company_id: i64,
    operation: &str,
    after_id: i64,
    limit: i64,
) -> Result<Vec<i64>> {
    let rows = client
        .query(
            &faktur_store::sync::unqueued_sql(operation, '$'),
            &[&company_id, &operation, &after_id, &limit],
        )
        .map_err(map_error)?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

pub fn enqueue(
    client: &mut Client,
    company_id: i64,
    items: &[NewOutboxItem],
    now: i64,
) -> Result<usize> {
    let mut tx = begin_company(client, company_id)?;
    let exists = tx
        .prepare("SELECT 1 FROM outbox WHERE company_id = $1 AND operation = $2 AND entity_id = $3")
        .map_err(map_error)?;
    let insert = tx
        .prepare(
            "INSERT INTO outbox (company_id, operation, entity_id, idempotency_key, payload, state,
             attempts, next_attempt_at, last_error, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, 0, $7, NULL, $7)",
        )
        .map_err(map_error)?;
    let mut queued = 0;
    for item in items {
        let found = tx
            .query_opt(&exists, &[&company_id, &item.operation, &item.entity_id])
            .map_err(map_error)?;
        if found.is_some() {
            continue;
        }
        tx.execute(
            &insert,
            &[
                &company_id,
                &item.operation,
                &item.entity_id,
                &item.key,
                &item.payload,
                &state::PENDING,
                &now,
            ],
        )
        .map_err(map_error)?;
        queued += 1;
    }
    tx.commit().map_err(map_error)?;
    Ok(queued)
}

const SELECT_OUTBOX: &str =
    "SELECT id, operation, entity_id, idempotency_key, payload, state, attempts,
    next_attempt_at, last_error, created_at FROM outbox";

fn outbox_row(r: &Row) -> OutboxItem {
    OutboxItem {
        id: r.get(0),
        operation: r.get(1),
        entity_id: r.get(2),
        key: r.get(3),
        payload: r.get(4),
        state: r.get(5),
        attempts: r.get(6),
        next_attempt_at: r.get(7),
        last_error: r.get(8),
        created_at: r.get(9),
    }
}

pub fn due(
    client: &mut Client,
    company_id: i64,
    now: i64,
    after_id: i64,
    limit: i64,
) -> Result<Vec<OutboxItem>> {
    let sql = format!(
        "{SELECT_OUTBOX} WHERE company_id = $1 AND state = 'pending' AND next_attempt_at <= $2
         AND id > $4 ORDER BY id LIMIT $3"
    );
    let rows = client
        .query(sql.as_str(), &[&company_id, &now, &limit, &after_id])
        .map_err(map_error)?;
    Ok(rows.iter().map(outbox_row).collect())
}

pub fn outbox_of(
    client: &mut Client,
    company_id: i64,
    entity: &str,
    id: i64,
) -> Result<Vec<OutboxItem>> {
    let sql = format!(
        "{SELECT_OUTBOX} WHERE company_id = $1 AND entity_id = $2 AND {} = $3 ORDER BY id",
        faktur_store::sync::ENTITY_IS
    );
    let rows = client
        .query(sql.as_str(), &[&company_id, &id, &entity])
        .map_err(map_error)?;
    Ok(rows.iter().map(outbox_row).collect())
}

pub fn summary(client: &mut Client, company_id: i64) -> Result<OutboxSummary> {
    let r = client
        .query_one(
            "SELECT
               COUNT(*) FILTER (WHERE state = 'pending'),
               COUNT(*) FILTER (WHERE state = 'pending' AND attempts > 0),
               COUNT(*) FILTER (WHERE state = 'failed'),
               COUNT(*) FILTER (WHERE state = 'done'),
               MIN(created_at) FILTER (WHERE state = 'pending'),
               MIN(next_attempt_at) FILTER (WHERE state = 'pending')
             FROM outbox WHERE company_id = $1",
            &[&company_id],
        )
        .map_err(map_error)?;
    let last_error = client
        .query_opt(
            "SELECT last_error FROM outbox WHERE company_id = $1 AND state <> 'done'
             AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1",
            &[&company_id],
        )
        .map_err(map_error)?
        .map(|r| r.get(0));
    Ok(OutboxSummary {
        pending: r.get(0),
        retrying: r.get(1),
        failed: r.get(2),
        done: r.get(3),
        oldest_pending_at: r.get(4),
        next_attempt_at: r.get(5),
        last_error,
    })
}

pub fn record(client: &mut Client, company_id: i64, write: &SyncWrite, actor: &str) -> Result<()> {
    let mut tx = begin_company(client, company_id)?;
    let now = now_ms();
    settle(&mut tx, company_id, &write.settled)?;
    for change in &write.changes {
        if let Some(id) = resolve(&mut tx, company_id, &change.invoice)? {
            change_status(&mut tx, company_id, id, change, actor, now)?;
        }
    }
    for change in &write.returns {
        crate::notes::set_return_status(&mut tx, company_id, change)?;
    }
    receive(&mut tx, company_id, &write.received, actor, now)?;
    let insert = tx
        .prepare(
            "INSERT INTO approvals (invoice_id, number, approved_at, signature, token)
             SELECT $1, $2, $3, $4, $5 WHERE EXISTS
               (SELECT 1 FROM invoices WHERE id = $1 AND company_id = $6)
             ON CONFLICT (invoice_id) DO NOTHING",
        )
        .map_err(map_error)?;
    for a in &write.approvals {
        let Some(id) = resolve(&mut tx, company_id, &a.invoice)? else {
            continue;
        };
        tx.execute(
            &insert,
            &[
                &id,
                &a.number,
                &a.approved_at,
                &a.signature,
                &a.token,
                &company_id,
            ],
        )
        .map_err(map_error)?;
    }
    save_state(&mut tx, company_id, write, now)?;
    tx.commit().map_err(map_error)
}

fn settle(tx: &mut Transaction<'_>, company_id: i64, settled: &[Settled]) -> Result<()> {
    let update = tx
        .prepare(
            "UPDATE outbox SET state = $1, attempts = attempts + 1, next_attempt_at = $2,
             last_error = $3 WHERE id = $4 AND company_id = $5",
        )
        .map_err(map_error)?;
    for s in settled {
        let (state, next, error) = match &s.settlement {
            Settlement::Done => (state::DONE, 0, None),
            Settlement::Retry {
                next_attempt_at,
                error,
            } => (state::PENDING, *next_attempt_at, Some(error.as_str())),
            Settlement::Failed { error } => (state::FAILED, 0, Some(error.as_str())),
        };
        tx.execute(&update, &[&state, &next, &error, &s.outbox_id, &company_id])
            .map_err(map_error)?;
    }
    Ok(())
}

fn resolve(tx: &mut Transaction<'_>, company_id: i64, key: &InvoiceKey) -> Result<Option<i64>> {
    match key {
        InvoiceKey::Id(id) => Ok(Some(*id)),
        InvoiceKey::Number {
            kind,
            seller_tin,
            number,
        } => Ok(tx
            .query_opt(
                "SELECT id FROM invoices WHERE company_id = $1 AND kind = $2 AND seller_tin = $3
                 AND number = $4",
                &[&company_id, kind, seller_tin, number],
            )
            .map_err(map_error)?
            .map(|r| r.get(0))),
    }
}

/// Sets status (and number) with a new checksum and a history entry; a
/// change to what the invoice already says is skipped.
fn change_status(
    tx: &mut Transaction<'_>,
    company_id: i64,
    id: i64,
    change: &StatusChange,
    actor: &str,
    now: i64,
) -> Result<()> {
    // Most changes from the feed repeat what the invoice already says:
    // look at status and number before reading the whole invoice.
    let current = tx
        .query_opt(
            "SELECT status, number FROM invoices WHERE id = $1 AND company_id = $2",
            &[&id, &company_id],
        )
        .map_err(map_error)?
        .map(|r| (r.get::<_, String>(0), r.get::<_, Option<String>>(1)));
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
        let holder = tx
            .query_opt(
                "SELECT id FROM invoices WHERE company_id = $1 AND kind = $2 AND seller_tin = $3
                 AND number = $4 AND id <> $5",
                &[
                    &company_id,
                    &invoice.kind,
                    &invoice.seller_tin,
                    &wanted,
                    &id,
                ],
            )
            .map_err(map_error)?
            .map(|r| r.get::<_, i64>(0));
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
    tx.execute(
        "UPDATE invoices SET status = $1, number = $2, updated_at = $3, row_hash = $4 WHERE id = $5",
        &[&record.invoice.status, &record.invoice.number, &now, &hash, &id],
    )
    .map_err(map_error)?;
    tx.execute(
        "INSERT INTO invoice_status_history (invoice_id, status, at, actor, note)
         VALUES ($1, $2, $3, $4, $5)",
        &[&id, &change.status, &now, &actor, &note],
    )
    .map_err(map_error)?;
    Ok(())
}

/// Stores new input invoices; one already held follows the received status.
fn receive(
    tx: &mut Transaction<'_>,
    company_id: i64,
    received: &[NewInvoice],
    actor: &str,
    now: i64,
) -> Result<()> {
    if received.is_empty() {
        return Ok(());
    }
    let mut new: Vec<&NewInvoice> = Vec::new();
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
            None if !new
                .iter()
                .any(|n| n.number == invoice.number && n.seller_tin == invoice.seller_tin) =>
            {
                new.push(invoice)
            }
            None => {}
        }
    }
    let stamp = Stamp::now();
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
    )?;
    Ok(())
}

fn save_state(
    tx: &mut Transaction<'_>,
    company_id: i64,
    write: &SyncWrite,
    now: i64,
) -> Result<()> {
    if write.events_after.is_none() && write.contact.is_none() {
        return Ok(());
    }
    let mut current = read_state(tx, company_id)?;
    current.apply(write);
    tx.execute(
        "INSERT INTO sync_state (company_id, events_after, last_ok_at, failing_since, last_error, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (company_id) DO UPDATE SET events_after = excluded.events_after,
           last_ok_at = excluded.last_ok_at, failing_since = excluded.failing_since,
           last_error = excluded.last_error, updated_at = excluded.updated_at",
        &[
            &company_id,
            &current.events_after,
            &current.last_ok_at,
            &current.failing_since,
            &current.last_error,
            &now,
        ],
    )
    .map_err(map_error)?;
    Ok(())
}

pub fn read_state(client: &mut impl postgres::GenericClient, company_id: i64) -> Result<SyncState> {
    Ok(client
        .query_opt(
            "SELECT events_after, last_ok_at, failing_since, last_error FROM sync_state WHERE company_id = $1",
            &[&company_id],
        )
        .map_err(map_error)?
        .map(|r| SyncState {
            events_after: r.get(0),
            last_ok_at: r.get(1),
            failing_since: r.get(2),
            last_error: r.get(3),
        })
        .unwrap_or_default())
}

pub fn approval(
    client: &mut Client,
    company_id: i64,
    invoice_id: i64,
) -> Result<Option<ApprovalRecord>> {
    Ok(client
        .query_opt(
            "SELECT a.invoice_id, a.number, a.approved_at, a.signature, a.token FROM approvals a
             JOIN invoices i ON i.id = a.invoice_id WHERE i.company_id = $1 AND a.invoice_id = $2",
            &[&company_id, &invoice_id],
        )
        .map_err(map_error)?
        .map(|r| ApprovalRecord {
            invoice_id: r.get(0),
            number: r.get(1),
            approved_at: r.get(2),
            signature: r.get(3),
            token: r.get(4),
        }))
}

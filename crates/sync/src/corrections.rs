//! Corrections of an approved output invoice that go to the authority
//! through the outbox, exactly once like everything else: cancellation
//! (pembatalan). A replacement (pengganti) is a new draft that names the
//! invoice it replaces (`faktur_db::replace_invoice`) and is uploaded as
//! any draft.

use crate::engine::new_key;
use faktur_core::finding::codes;
use faktur_db::{CompanyRef, DbError, Exit};
use faktur_protocol::Action;
use faktur_store::sync::{operation, NewOutboxItem};
use faktur_store::InvoiceRecord;

/// Queues the cancellation of an approved output invoice; the next sync
/// round sends it, and the invoice reads `cancelled` once the authority
/// has answered. Refused (FKT-4011) for anything else, or when a
/// cancellation is already queued.
pub fn cancel_invoice(cref: &CompanyRef, id: i64) -> Result<InvoiceRecord, DbError> {
    let record = faktur_db::show_invoice(cref, id)?;
    let invoice = &record.invoice;
    let refuse = |why: &str| {
        DbError::new(
            codes::NOT_CORRECTABLE,
            Exit::Refused,
            format!("invoice {id}: {why}"),
        )
    };
    let Some(number) = invoice
        .number
        .clone()
        .filter(|_| invoice.status == "approved")
    else {
        return Err(refuse(&format!("{} {}", invoice.kind, invoice.status)));
    };
    if invoice.kind != "output" {
        return Err(refuse("an input invoice is cancelled by its seller"));
    }
    let payload = serde_json::to_string(&Action::Cancel { number })
        .map_err(|e| DbError::new(codes::DB_OTHER, Exit::Environment, e.to_string()))?;
    let item = NewOutboxItem {
        operation: operation::CANCEL.into(),
        entity_id: id,
        key: new_key(),
        payload,
    };
    let queued = cref
        .store
        .store()
        .enqueue(cref.company.id, &[item], faktur_store::now_ms())?;
    if queued == 0 {
        return Err(refuse("its cancellation is already queued"));
    }
    Ok(record)
}

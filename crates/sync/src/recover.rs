//! Rebuilding a company's books from the authority after its database was
//! lost: every invoice it issued that the authority approved (with status,
//! number and approval as the authority holds them), then its input
//! invoices through the change feed. Running it again adds nothing twice.

use crate::engine::{Report, Syncer};
use crate::plan::Failure;
use faktur_db::{received_record, DbError};
use faktur_store::{InvoiceKey, NewApproval, SyncWrite};

/// What a recovery brought back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovered {
    /// Own invoices the authority returned.
    pub issued: usize,
    /// Invoices that could not be read (with why).
    pub problems: Vec<String>,
    /// The feed pull that followed (input invoices, status changes).
    pub feed: Report,
    /// The exchange that failed, if one did: run again to continue.
    pub failure: Option<Failure>,
}

/// Recovers the company of `syncer` from the authority.
pub fn recover(syncer: &Syncer<'_>, actor: &str) -> Result<Recovered, DbError> {
    const PAGE: u32 = 1_000;
    let cref = syncer.company();
    let (store, company) = (cref.store.store(), cref.company.id);
    let mut recovered = Recovered::default();
    let mut after = 0;
    loop {
        let page = match syncer.client().filed(after, PAGE) {
            Ok(page) => page,
            Err(failure) => {
                recovered.failure = Some(failure);
                return Ok(recovered);
            }
        };
        let mut write = SyncWrite::default();
        for filed in &page.invoices {
            match received_record(&filed.invoice, "output", &filed.status) {
                Ok(record) => {
                    write.approvals.push(NewApproval {
                        invoice: InvoiceKey::Number {
                            kind: "output".into(),
                            seller_tin: record.seller_tin.clone(),
                            number: filed.approval.number.clone(),
                        },
                        number: filed.approval.number.clone(),
                        approved_at: filed.approval.approved_at,
                        signature: filed.approval.signature.clone(),
                        token: filed.approval.token.clone(),
                    });
                    write.received.push(record);
                }
                Err(e) => recovered
                    .problems
                    .push(format!("{}: {e}", filed.approval.number)),
            }
        }
        recovered.issued += page.invoices.len();
        store.record_sync(company, &write, actor)?;
        if page.invoices.len() < PAGE as usize || page.next <= after {
            break;
        }
        after = page.next;
    }
    syncer.pull(&mut recovered.feed)?;
    recovered.failure = recovered.feed.failure.clone();
    Ok(recovered)
}

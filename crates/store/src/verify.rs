//! Verification shared by every backend's full check: invoice checksums,
//! line counts, and the audit hash chain.

use crate::hash::{audit_hash, invoice_hash, AuditFields, GENESIS};
use crate::model::{AuditEntry, CheckReport, NewInvoice};

/// The stored metadata an invoice's checksum covers besides its content.
#[derive(Debug, Clone)]
pub struct InvoiceMeta {
    /// Store id.
    pub id: i64,
    /// Company.
    pub company_id: i64,
    /// Lines the header says it has.
    pub line_count: i64,
    /// Write batch.
    pub batch_id: String,
    /// Who stored it.
    pub created_by: String,
    /// When.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
    /// The stored checksum.
    pub row_hash: String,
}

/// Checks one invoice (with its lines) against its stored checksum.
pub fn verify_invoice(meta: &InvoiceMeta, invoice: &NewInvoice, report: &mut CheckReport) {
    let id = meta.id;
    if invoice.lines.len() as i64 != meta.line_count {
        report.problems.push(format!(
            "invoice {id}: {} lines stored, {} expected",
            invoice.lines.len(),
            meta.line_count
        ));
    }
    let hash = invoice_hash(
        invoice,
        &meta.batch_id,
        &meta.created_by,
        meta.created_at,
        meta.updated_at,
    );
    if hash != meta.row_hash {
        report
            .problems
            .push(format!("invoice {id}: content does not match its checksum"));
    }
}

/// Walks audit entries ordered by company and id, checking the chain.
#[derive(Debug, Default)]
pub struct AuditChain {
    previous: Option<(i64, String)>,
    /// Entries seen.
    pub count: i64,
}

impl AuditChain {
    /// Checks the next entry.
    pub fn feed(&mut self, entry: &AuditEntry, report: &mut CheckReport) {
        self.count += 1;
        let expected_prev = match &self.previous {
            Some((company, hash)) if *company == entry.company_id => hash.as_str(),
            _ => GENESIS,
        };
        if entry.prev_hash != expected_prev {
            report.problems.push(format!(
                "audit log entry {}: chain broken (an entry is missing or altered)",
                entry.id
            ));
        }
        let fields = AuditFields {
            at: entry.at,
            actor: &entry.actor,
            action: &entry.action,
            entity: &entry.entity,
            entity_id: entry.entity_id,
            detail: &entry.detail,
        };
        if audit_hash(&entry.prev_hash, entry.company_id, &fields) != entry.hash {
            report.problems.push(format!(
                "audit log entry {}: content does not match its checksum",
                entry.id
            ));
        }
        self.previous = Some((entry.company_id, entry.hash.clone()));
    }

    /// Forgets the chain position (after an unreadable entry).
    pub fn reset(&mut self) {
        self.previous = None;
    }
}

/// Audit `create` entries whose invoice is missing, and invoices without a
/// `create` entry: what a deleted row or a lost page leaves behind. The same
/// SQL runs on both backends.
pub const ORPHANS_SQL: &str = "SELECT 'missing invoice', a.entity_id FROM audit_log a
     WHERE a.entity = 'invoice' AND a.action = 'create'
       AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.id = a.entity_id AND i.company_id = a.company_id)
     UNION ALL
     SELECT 'invoice without audit entry', i.id FROM invoices i
     WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'invoice' AND a.action = 'create'
                         AND a.entity_id = i.id AND a.company_id = i.company_id)";

/// Checks a company row against its checksum (rows written before the
/// checksum existed have none).
pub fn verify_company(row: &[crate::Value], report: &mut CheckReport) {
    use crate::Value;
    let text = |i: usize| match row.get(i) {
        Some(Value::Text(t)) => t.as_str(),
        _ => "",
    };
    let (id, created_at) = match (row.first(), row.get(5)) {
        (Some(Value::Int(id)), Some(Value::Int(at))) => (*id, *at),
        _ => return report.problems.push("company row unreadable".into()),
    };
    if let Some(Value::Text(stored)) = row.get(6) {
        if *stored != crate::hash::company_hash(text(1), text(2), text(3), text(4), created_at) {
            report
                .problems
                .push(format!("company {id}: content does not match its checksum"));
        }
    }
}

//! Integrity checks: SQLite's own structural checks, then OpenFaktur's:
//! every invoice's checksum, its line count and totals, and each company's
//! audit hash chain.

use crate::invoices::lines;
use crate::map_error;
use faktur_store::model::*;
use faktur_store::verify::{verify_invoice, AuditChain, InvoiceMeta};
use faktur_store::Result;
use rusqlite::Connection;

pub fn run(conn: &Connection, level: CheckLevel) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    let pragma = match level {
        CheckLevel::Quick => "PRAGMA quick_check",
        CheckLevel::Full => "PRAGMA integrity_check",
    };
    let mut statement = conn.prepare(pragma).map_err(map_error)?;
    let verdicts = statement
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(map_error)?;
    for verdict in verdicts {
        let verdict = verdict.map_err(map_error)?;
        if verdict != "ok" {
            report.problems.push(format!("structure: {verdict}"));
        }
    }
    report.verified.push(("structure".into(), 1));
    if level == CheckLevel::Quick
        || !report.is_healthy()
        || crate::migrate::current_version(conn)? == 0
    {
        return Ok(report);
    }
    let mut fk = conn
        .prepare("PRAGMA foreign_key_check")
        .map_err(map_error)?;
    let orphans = fk
        .query_map([], |r| {
            Ok(format!(
                "{} row {}",
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?
            ))
        })
        .map_err(map_error)?;
    for orphan in orphans {
        report
            .problems
            .push(format!("foreign key: {}", orphan.map_err(map_error)?));
    }
    check_invoices(conn, &mut report)?;
    check_audit(conn, &mut report)?;
    Ok(report)
}

fn check_invoices(conn: &Connection, report: &mut CheckReport) -> Result<()> {
    let mut statement = conn
        .prepare(
            "SELECT id, company_id, kind, status, date, masa, trx_code, number, reference, replaces, seller_tin,
             seller_json, buyer_tin, buyer_json, add_info, facility_stamp, custom_doc, custom_doc_period,
             prices_include_vat, regime, era, tax_base, other_tax_base, vat, stlg, line_count, batch_id, created_by,
             created_at, row_hash FROM invoices ORDER BY id",
        )
        .map_err(map_error)?;
    let mut rows = statement.query([]).map_err(map_error)?;
    let mut count = 0i64;
    while let Some(r) = rows.next().map_err(map_error)? {
        count += 1;
        let id: i64 = r.get(0).map_err(map_error)?;
        let read = || -> rusqlite::Result<(i64, NewInvoice, i64, String, String, i64, String)> {
            Ok((
                r.get(1)?,
                NewInvoice {
                    kind: r.get(2)?,
                    status: r.get(3)?,
                    date: r.get(4)?,
                    masa: r.get(5)?,
                    trx_code: r.get(6)?,
                    number: r.get(7)?,
                    reference: r.get(8)?,
                    replaces: r.get(9)?,
                    seller_tin: r.get(10)?,
                    seller_json: r.get(11)?,
                    buyer_tin: r.get(12)?,
                    buyer_json: r.get(13)?,
                    add_info: r.get(14)?,
                    facility_stamp: r.get(15)?,
                    custom_doc: r.get(16)?,
                    custom_doc_period: r.get(17)?,
                    prices_include_vat: r.get(18)?,
                    regime: r.get(19)?,
                    era: r.get(20)?,
                    tax_base: r.get(21)?,
                    other_tax_base: r.get(22)?,
                    vat: r.get(23)?,
                    stlg: r.get(24)?,
                    lines: Vec::new(),
                },
                r.get(25)?,
                r.get(26)?,
                r.get(27)?,
                r.get(28)?,
                r.get(29)?,
            ))
        };
        let (company_id, mut invoice, line_count, batch_id, created_by, created_at, row_hash) =
            match read() {
                Ok(values) => values,
                Err(error) => {
                    report
                        .problems
                        .push(format!("invoice {id}: unreadable ({error})"));
                    continue;
                }
            };
        invoice.lines = match lines(conn, id) {
            Ok(lines) => lines,
            Err(error) => {
                report
                    .problems
                    .push(format!("invoice {id}: lines unreadable ({})", error.detail));
                continue;
            }
        };
        let meta = InvoiceMeta {
            id,
            company_id,
            line_count,
            batch_id,
            created_by,
            created_at,
            row_hash,
        };
        verify_invoice(&meta, &invoice, report);
    }
    report.verified.push(("invoices".into(), count));
    Ok(())
}

fn check_audit(conn: &Connection, report: &mut CheckReport) -> Result<()> {
    let mut statement = conn
        .prepare("SELECT id, company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY company_id, id")
        .map_err(map_error)?;
    let mut rows = statement.query([]).map_err(map_error)?;
    let mut chain = AuditChain::default();
    while let Some(r) = rows.next().map_err(map_error)? {
        let entry = (|| -> rusqlite::Result<AuditEntry> {
            Ok(AuditEntry {
                id: r.get(0)?,
                company_id: r.get(1)?,
                at: r.get(2)?,
                actor: r.get(3)?,
                action: r.get(4)?,
                entity: r.get(5)?,
                entity_id: r.get(6)?,
                detail: r.get(7)?,
                prev_hash: r.get(8)?,
                hash: r.get(9)?,
            })
        })();
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                report
                    .problems
                    .push(format!("audit log: unreadable entry ({error})"));
                chain.reset();
                continue;
            }
        };
        chain.feed(&entry, report);
    }
    report.verified.push(("audit entries".into(), chain.count));
    Ok(())
}

//! Integrity checks: SQLite's own structural checks, then OpenFaktur's:
//! every invoice's checksum, its line count and totals, and each company's
//! audit hash chain.

use crate::invoices::{audit_row, invoice_row, lines, SELECT_AUDIT, SELECT_INVOICE};
use crate::map_error;
use faktur_store::model::{CheckLevel, CheckReport};
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
    // Row checks are written for the current schema: an older database (a
    // pre-migration backup) gets its structure and foreign keys checked here,
    // and its rows once it is migrated.
    let version = crate::migrate::current_version(conn)?;
    if level == CheckLevel::Quick || !report.is_healthy() || version == 0 {
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
    if version < faktur_store::schema::latest_version() {
        report.verified.push(("schema version".into(), version));
        return Ok(report);
    }
    for table in faktur_store::schema::TABLES {
        crate::tables::scan_types(conn, table, &mut report.problems)?;
    }
    check_companies(conn, &mut report)?;
    check_invoices(conn, &mut report)?;
    crate::notes::check(conn, &mut report)?;
    check_audit(conn, &mut report)?;
    let mut orphans = conn
        .prepare(faktur_store::verify::ORPHANS_SQL)
        .map_err(map_error)?;
    let found = orphans
        .query_map([], |r| {
            Ok(format!(
                "{} {}",
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?
            ))
        })
        .map_err(map_error)?;
    for orphan in found {
        report.problems.push(orphan.map_err(map_error)?);
    }
    Ok(report)
}

fn check_invoices(conn: &Connection, report: &mut CheckReport) -> Result<()> {
    let sql = format!("{SELECT_INVOICE}, line_count FROM invoices ORDER BY id");
    let mut statement = conn.prepare(&sql).map_err(map_error)?;
    let mut rows = statement.query([]).map_err(map_error)?;
    let mut count = 0i64;
    while let Some(r) = rows.next().map_err(map_error)? {
        count += 1;
        let id: i64 = r.get(0).map_err(map_error)?;
        let read = invoice_row(r).and_then(|record| Ok((record, r.get::<_, i64>(31)?)));
        let (mut record, line_count) = match read {
            Ok(values) => values,
            Err(error) => {
                report
                    .problems
                    .push(format!("invoice {id}: unreadable ({error})"));
                continue;
            }
        };
        record.invoice.lines = match lines(conn, id) {
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
            company_id: record.company_id,
            line_count,
            batch_id: record.batch_id,
            created_by: record.created_by,
            created_at: record.created_at,
            updated_at: record.updated_at,
            row_hash: record.row_hash,
        };
        verify_invoice(&meta, &record.invoice, report);
    }
    report.verified.push(("invoices".into(), count));
    Ok(())
}

fn check_audit(conn: &Connection, report: &mut CheckReport) -> Result<()> {
    let sql = format!("{SELECT_AUDIT} ORDER BY company_id, id");
    let mut statement = conn.prepare(&sql).map_err(map_error)?;
    let mut rows = statement.query([]).map_err(map_error)?;
    let mut chain = AuditChain::default();
    while let Some(r) = rows.next().map_err(map_error)? {
        match audit_row(r) {
            Ok(entry) => chain.feed(&entry, report),
            Err(error) => {
                report
                    .problems
                    .push(format!("audit log: unreadable entry ({error})"));
                chain.reset();
            }
        }
    }
    report.verified.push(("audit entries".into(), chain.count));
    Ok(())
}

fn check_companies(conn: &Connection, report: &mut CheckReport) -> Result<()> {
    let mut statement = conn
        .prepare("SELECT id, npwp, name, address, nitku, created_at, row_hash FROM companies ORDER BY id")
        .map_err(map_error)?;
    let mut rows = statement.query([]).map_err(map_error)?;
    while let Some(r) = rows.next().map_err(map_error)? {
        let row = (0..7)
            .map(|i| match r.get_ref(i) {
                Ok(rusqlite::types::ValueRef::Integer(v)) => faktur_store::Value::Int(v),
                Ok(rusqlite::types::ValueRef::Text(t)) => {
                    faktur_store::Value::Text(String::from_utf8_lossy(t).into_owned())
                }
                _ => faktur_store::Value::Null,
            })
            .collect::<Vec<_>>();
        faktur_store::verify::verify_company(&row, report);
    }
    Ok(())
}

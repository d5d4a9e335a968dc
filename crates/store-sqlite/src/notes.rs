//! Note tables (returns, documents): generic inserts inside an import
//! session, filtered reads, and the checksum scan of the full check.

use crate::invoices::AuditAppender;
use crate::map_error;
use crate::tables::{select, Param};
use faktur_store::hash::AuditFields;
use faktur_store::model::{CheckReport, InvoiceRef, Value};
use faktur_store::notes::{
    entity, insert_sql, insert_values, number_of, returns_table, verify_row, with_status,
};
use faktur_store::schema::{Table, TABLES};
use faktur_store::{now_ms, NoteFilter, Result};
use rusqlite::{params, OptionalExtension, ToSql, Transaction};

/// Inserts one note row for the company, with its audit entry.
pub(crate) fn insert_row(
    tx: &Transaction<'_>,
    company_id: i64,
    actor: &str,
    audit: &mut AuditAppender,
    table: &'static Table,
    row: &[Value],
) -> Result<i64> {
    let sql = insert_sql(table, |i| format!("?{i}"), "");
    let company = Value::Int(company_id);
    let values: Vec<Param<'_>> = insert_values(table, row, &company)
        .map(|(_, value)| Param(value))
        .collect();
    tx.prepare_cached(&sql)
        .and_then(|mut s| s.execute(rusqlite::params_from_iter(values.iter())))
        .map_err(map_error)?;
    let id = tx.last_insert_rowid();
    let number = number_of(table, row);
    audit.append(
        tx,
        &AuditFields {
            at: now_ms(),
            actor,
            action: "create",
            entity: entity(table),
            entity_id: id,
            detail: number,
        },
    )?;
    Ok(id)
}

pub(crate) fn find_invoice(
    tx: &Transaction<'_>,
    company_id: i64,
    kind: &str,
    seller_tin: &str,
    number: &str,
) -> Result<Option<InvoiceRef>> {
    tx.prepare_cached(
        "SELECT id, status, date, trx_code, seller_tin, buyer_tin, tax_base, vat, stlg FROM invoices
         WHERE company_id = ?1 AND kind = ?2 AND seller_tin = ?3 AND number = ?4",
    )
    .and_then(|mut s| {
        s.query_row(params![company_id, kind, seller_tin, number], |r| {
            Ok(InvoiceRef {
                id: r.get(0)?,
                status: r.get(1)?,
                date: r.get(2)?,
                trx_code: r.get(3)?,
                seller_tin: r.get(4)?,
                buyer_tin: r.get(5)?,
                amounts: [r.get(6)?, r.get(7)?, r.get(8)?],
            })
        })
        .optional()
    })
    .map_err(map_error)
}

pub(crate) fn returned(tx: &Transaction<'_>, invoice_id: i64) -> Result<[i64; 3]> {
    tx.prepare_cached(
        "SELECT COALESCE(SUM(tax_base), 0), COALESCE(SUM(vat), 0), COALESCE(SUM(stlg), 0)
         FROM returns WHERE invoice_id = ?1",
    )
    .and_then(|mut s| s.query_row([invoice_id], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?])))
    .map_err(map_error)
}

pub(crate) fn exists(
    tx: &Transaction<'_>,
    company_id: i64,
    table: &Table,
    kind: &str,
    counterparty_tin: &str,
    number: &str,
) -> Result<bool> {
    let sql = format!(
        "SELECT 1 FROM {} WHERE company_id = ?1 AND kind = ?2 AND counterparty_tin = ?3 AND number = ?4",
        table.name
    );
    let found: Option<i64> = tx
        .prepare_cached(&sql)
        .and_then(|mut s| {
            s.query_row(params![company_id, kind, counterparty_tin, number], |r| {
                r.get(0)
            })
            .optional()
        })
        .map_err(map_error)?;
    Ok(found.is_some())
}

pub(crate) fn read(
    conn: &rusqlite::Connection,
    table: &Table,
    company_id: i64,
    filter: &NoteFilter,
    sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let rest = "WHERE company_id = ?1 AND (?2 IS NULL OR masa = ?2) AND (?3 IS NULL OR kind = ?3) ORDER BY id";
    let params: [&dyn ToSql; 3] = [&company_id, &filter.masa, &filter.kind];
    select(conn, table, rest, &params, sink)
}

/// A nota retur's new status, with its checksum recomputed.
pub(crate) fn set_return_status(
    conn: &rusqlite::Connection,
    company_id: i64,
    change: &faktur_store::ReturnChange,
) -> Result<()> {
    let table = returns_table();
    let mut found = None;
    let params: [&dyn ToSql; 2] = [&change.return_id, &company_id];
    select(
        conn,
        table,
        "WHERE id = ?1 AND company_id = ?2",
        &params,
        &mut |row| {
            found = Some(row);
            Ok(())
        },
    )?;
    let Some(row) = found.and_then(|row| with_status(table, row, &change.status)) else {
        return Ok(());
    };
    let hash = match row.last() {
        Some(Value::Text(hash)) => hash.clone(),
        _ => String::new(),
    };
    conn.prepare_cached(
        "UPDATE returns SET status = ?1, row_hash = ?2 WHERE id = ?3 AND company_id = ?4",
    )
    .and_then(|mut s| s.execute(params![change.status, hash, change.return_id, company_id]))
    .map_err(map_error)?;
    Ok(())
}

/// Verifies the checksum of every row of every note table.
pub(crate) fn check(conn: &rusqlite::Connection, report: &mut CheckReport) -> Result<()> {
    for table in TABLES.iter().filter(|t| entity(t) != "row") {
        let mut count = 0i64;
        let scanned = select(conn, table, "ORDER BY id", &[], &mut |row| {
            count += 1;
            verify_row(table, &row, report);
            Ok(())
        });
        // A value of the wrong type stops the scan; the type scan has
        // reported it already.
        if let Err(error) = scanned {
            report
                .problems
                .push(format!("{}: unreadable ({})", table.name, error.detail));
        }
        report.verified.push((table.name.to_string(), count));
    }
    Ok(())
}

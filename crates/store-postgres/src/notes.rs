//! Note tables (returns, documents): single-row inserts inside an import
//! session (with their audit entry), filtered reads, and the checksum scan
//! of the full check.

use crate::map_error;
use crate::tables::select;
use faktur_store::hash::{audit_hash, AuditFields};
use faktur_store::model::{CheckReport, InvoiceRef, Value};
use faktur_store::notes::{
    entity, insert_sql, insert_values, number_of, returns_table, verify_row, with_status,
};
use faktur_store::schema::{ColumnKind, Table, TABLES};
use faktur_store::{now_ms, NoteFilter, Result};
use postgres::types::ToSql;
use postgres::{Client, Transaction};

/// A value bound as its column's type (NULLs are typed too).
fn bind(kind: ColumnKind, value: &Value) -> Box<dyn ToSql + Sync> {
    match (kind, value) {
        (_, Value::Int(i)) => Box::new(Some(*i)),
        (_, Value::Text(t)) => Box::new(Some(t.clone())),
        (ColumnKind::Int, Value::Null) => Box::new(None::<i64>),
        (ColumnKind::Text, Value::Null) => Box::new(None::<String>),
    }
}

/// A nota retur's new status, with its checksum recomputed.
pub(crate) fn set_return_status(
    tx: &mut Transaction<'_>,
    company_id: i64,
    change: &faktur_store::ReturnChange,
) -> Result<()> {
    let table = returns_table();
    let mut found = None;
    select(
        tx,
        table,
        "WHERE id = $1 AND company_id = $2",
        &[&change.return_id, &company_id],
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
    tx.execute(
        "UPDATE returns SET status = $1, row_hash = $2 WHERE id = $3 AND company_id = $4",
        &[&change.status, &hash, &change.return_id, &company_id],
    )
    .map_err(map_error)?;
    Ok(())
}

/// Inserts one note row for the company, with its audit entry.
pub(crate) fn insert_row(
    tx: &mut Transaction<'_>,
    company_id: i64,
    actor: &str,
    table: &'static Table,
    row: &[Value],
) -> Result<i64> {
    let sql = insert_sql(table, |i| format!("${i}"), " RETURNING id");
    let company = Value::Int(company_id);
    let values: Vec<Box<dyn ToSql + Sync>> = insert_values(table, row, &company)
        .map(|(column, value)| bind(column.kind, value))
        .collect();
    let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|b| b.as_ref()).collect();
    let id: i64 = tx
        .query_one(sql.as_str(), &params)
        .map_err(map_error)?
        .get(0);
    let number = number_of(table, row);
    let prev = crate::invoices::last_audit_hash(tx, company_id)?;
    let fields = AuditFields {
        at: now_ms(),
        actor,
        action: "create",
        entity: entity(table),
        entity_id: id,
        detail: number,
    };
    let hash = audit_hash(&prev, company_id, &fields);
    tx.execute(
        "INSERT INTO audit_log (company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[
            &company_id,
            &fields.at,
            &fields.actor,
            &fields.action,
            &fields.entity,
            &fields.entity_id,
            &fields.detail,
            &prev,
            &hash,
        ],
    )
    .map_err(map_error)?;
    Ok(id)
}

pub(crate) fn find_invoice(
    tx: &mut Transaction<'_>,
    company_id: i64,
    kind: &str,
    seller_tin: &str,
    number: &str,
) -> Result<Option<InvoiceRef>> {
    let row = tx
        .query_opt(
            "SELECT id, status, date, trx_code, seller_tin, buyer_tin, tax_base, vat, stlg FROM invoices
             WHERE company_id = $1 AND kind = $2 AND seller_tin = $3 AND number = $4",
            &[&company_id, &kind, &seller_tin, &number],
        )
        .map_err(map_error)?;
    Ok(row.map(|r| InvoiceRef {
        id: r.get(0),
        status: r.get(1),
        date: r.get(2),
        trx_code: r.get(3),
        seller_tin: r.get(4),
        buyer_tin: r.get(5),
        amounts: [r.get(6), r.get(7), r.get(8)],
    }))
}

pub(crate) fn returned(tx: &mut Transaction<'_>, invoice_id: i64) -> Result<[i64; 3]> {
    let row = tx
        .query_one(
            "SELECT COALESCE(SUM(tax_base), 0)::BIGINT, COALESCE(SUM(vat), 0)::BIGINT,
             COALESCE(SUM(stlg), 0)::BIGINT FROM returns WHERE invoice_id = $1",
            &[&invoice_id],
        )
        .map_err(map_error)?;
    Ok([row.get(0), row.get(1), row.get(2)])
}

pub(crate) fn exists(
    tx: &mut Transaction<'_>,
    company_id: i64,
    table: &Table,
    kind: &str,
    counterparty_tin: &str,
    number: &str,
) -> Result<bool> {
    let sql = format!(
        "SELECT 1 FROM {} WHERE company_id = $1 AND kind = $2 AND counterparty_tin = $3 AND number = $4",
        table.name
    );
    let row = tx
        .query_opt(
            sql.as_str(),
            &[&company_id, &kind, &counterparty_tin, &number],
        )
        .map_err(map_error)?;
    Ok(row.is_some())
}

pub(crate) fn read(
    client: &mut Client,
    table: &Table,
    company_id: i64,
    filter: &NoteFilter,
    sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let rest = "WHERE company_id = $1 AND ($2::TEXT IS NULL OR masa = $2) AND ($3::TEXT IS NULL OR kind = $3) ORDER BY id";
    select(
        client,
        table,
        rest,
        &[&company_id, &filter.masa, &filter.kind],
        sink,
    )
}

/// Verifies the checksum of every row of every note table.
pub(crate) fn check(client: &mut Client, report: &mut CheckReport) -> Result<()> {
    for table in TABLES.iter().filter(|t| entity(t) != "row") {
        let mut count = 0i64;
        select(client, table, "ORDER BY id", &[], &mut |row| {
            count += 1;
            verify_row(table, &row, report);
            Ok(())
        })?;
        report.verified.push((table.name.to_string(), count));
    }
    Ok(())
}

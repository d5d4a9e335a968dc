//! Generic table copy: read one company's rows, write rows verbatim.

use crate::map_error;
use faktur_store::schema::{ColumnKind, Table};
use faktur_store::{Result, TableWriter, Value};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ToSql};

pub fn read(
    conn: &Connection,
    table: &Table,
    company_id: i64,
    sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let rest = format!(
        "WHERE {} ORDER BY {}",
        table.scope_clause("?1"),
        table.order_by
    );
    select(conn, table, &rest, &[&company_id], sink)
}

/// Streams the rows of `table` selected by `rest` (`WHERE … ORDER BY …`,
/// placeholders `?1`… bound to `params`), every column typed as declared.
pub fn select(
    conn: &Connection,
    table: &Table,
    rest: &str,
    params: &[&dyn ToSql],
    sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let sql = format!("SELECT {} FROM {} {rest}", table.column_list(), table.name);
    let mut statement = conn.prepare_cached(&sql).map_err(map_error)?;
    let mut rows = statement.query(params).map_err(map_error)?;
    while let Some(row) = rows.next().map_err(map_error)? {
        let mut values = Vec::with_capacity(table.columns.len());
        for (index, column) in table.columns.iter().enumerate() {
            let value = match row.get_ref(index).map_err(map_error)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(i) => Value::Int(i),
                ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                other => {
                    return Err(faktur_store::StoreError::new(
                        faktur_store::ErrorKind::Damaged,
                        format!(
                            "{}.{} holds a {:?} instead of {:?}",
                            table.name,
                            column.name,
                            other.data_type(),
                            column.kind
                        ),
                    ))
                }
            };
            if matches!(
                (&value, column.kind),
                (Value::Int(_), ColumnKind::Text) | (Value::Text(_), ColumnKind::Int)
            ) {
                return Err(faktur_store::StoreError::new(
                    faktur_store::ErrorKind::Damaged,
                    format!("{}.{} has the wrong type", table.name, column.name),
                ));
            }
            values.push(value);
        }
        sink(values)?;
    }
    Ok(())
}

pub(crate) struct Param<'a>(pub &'a Value);

impl ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Text(t) => ToSqlOutput::Borrowed(ValueRef::Text(t.as_bytes())),
        })
    }
}

struct Writer<'a> {
    tx: &'a rusqlite::Transaction<'a>,
}

impl TableWriter for Writer<'_> {
    fn write_row(&mut self, table: &'static Table, row: &[Value]) -> Result<()> {
        let placeholders: Vec<String> =
            (1..=table.columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            table.name,
            table.column_list(),
            placeholders.join(", ")
        );
        let mut statement = self.tx.prepare_cached(&sql).map_err(map_error)?;
        let params: Vec<Param<'_>> = row.iter().map(Param).collect();
        statement
            .execute(rusqlite::params_from_iter(params.iter()))
            .map_err(map_error)?;
        Ok(())
    }
}

pub fn write(
    conn: &mut Connection,
    load: &mut dyn FnMut(&mut dyn TableWriter) -> Result<()>,
) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(map_error)?;
    {
        let mut writer = Writer { tx: &tx };
        load(&mut writer)?;
    }
    tx.commit().map_err(map_error)
}

pub fn count(conn: &Connection, table: &Table, company_id: i64) -> Result<i64> {
    let sql = format!(
        "SELECT COUNT(*) FROM {} WHERE {}",
        table.name,
        table.scope_clause("?1")
    );
    conn.query_row(&sql, [company_id], |r| r.get(0))
        .map_err(map_error)
}

pub fn max_id(conn: &Connection, table: &Table) -> Result<i64> {
    if !table.has_id {
        return Ok(0);
    }
    let sql = format!("SELECT COALESCE(MAX(id), 0) FROM {}", table.name);
    conn.query_row(&sql, [], |r| r.get(0)).map_err(map_error)
}

/// Reads every row of `table` (all companies) and reports values whose
/// storage type is not the declared one: what a damaged record looks like
/// when its bytes still parse.
pub fn scan_types(conn: &Connection, table: &Table, problems: &mut Vec<String>) -> Result<()> {
    let sql = format!("SELECT {} FROM {}", table.column_list(), table.name);
    let mut statement = conn.prepare(&sql).map_err(map_error)?;
    let mut rows = statement.query([]).map_err(map_error)?;
    let mut number = 0u64;
    while let Some(row) = rows.next().map_err(map_error)? {
        number += 1;
        for (index, column) in table.columns.iter().enumerate() {
            let ok = match row.get_ref(index).map_err(map_error)? {
                ValueRef::Null => column.nullable,
                ValueRef::Integer(_) => column.kind == ColumnKind::Int,
                ValueRef::Text(t) => {
                    column.kind == ColumnKind::Text && std::str::from_utf8(t).is_ok()
                }
                _ => false,
            };
            if !ok {
                problems.push(format!(
                    "{} row {number}: {} has a value of the wrong type",
                    table.name, column.name
                ));
            }
        }
    }
    Ok(())
}

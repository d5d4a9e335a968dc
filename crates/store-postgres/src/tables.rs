//! Generic table copy: read one company's rows, write rows verbatim, then
//! move each identity sequence past the copied ids.

use crate::map_error;
use faktur_store::schema::{ColumnKind, Table, TABLES};
use faktur_store::{ErrorKind, Result, StoreError, TableWriter, Value};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{Client, Transaction};

pub fn read(
    client: &mut Client,
    table: &Table,
    company_id: i64,
    sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let rest = format!(
        "WHERE {} ORDER BY {}",
        table.scope_clause("$1"),
        table.order_by
    );
    select(client, table, &rest, &[&company_id], sink)
}

/// Streams the rows of `table` selected by `rest` (`WHERE … ORDER BY …`,
/// placeholders `$1`… bound to `params`), every column typed as declared.
pub fn select(
    client: &mut impl postgres::GenericClient,
    table: &Table,
    rest: &str,
    params: &[&(dyn ToSql + Sync)],
    sink: &mut dyn FnMut(Vec<Value>) -> Result<()>,
) -> Result<()> {
    let sql = format!("SELECT {} FROM {} {rest}", table.column_list(), table.name);
    let mut rows = client
        .query_raw(sql.as_str(), params.iter().copied())
        .map_err(map_error)?;
    while let Some(row) = rows.next().map_err(map_error)? {
        let mut values = Vec::with_capacity(table.columns.len());
        for (index, column) in table.columns.iter().enumerate() {
            let value = match column.kind {
                ColumnKind::Int => row
                    .get::<_, Option<i64>>(index)
                    .map_or(Value::Null, Value::Int),
                ColumnKind::Text => row
                    .get::<_, Option<String>>(index)
                    .map_or(Value::Null, Value::Text),
            };
            values.push(value);
        }
        sink(values)?;
    }
    Ok(())
}

struct Writer<'a, 'b> {
    tx: &'a mut Transaction<'b>,
    statements: std::collections::HashMap<&'static str, postgres::Statement>,
}

impl TableWriter for Writer<'_, '_> {
    fn write_row(&mut self, table: &'static Table, row: &[Value]) -> Result<()> {
        let placeholders: Vec<String> =
            (1..=table.columns.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            table.name,
            table.column_list(),
            placeholders.join(", ")
        );
        let mut ints: Vec<Option<i64>> = Vec::with_capacity(row.len());
        let mut texts: Vec<Option<&str>> = Vec::with_capacity(row.len());
        for (value, column) in row.iter().zip(table.columns) {
            match (value, column.kind) {
                (Value::Int(i), ColumnKind::Int) => ints.push(Some(*i)),
                (Value::Null, ColumnKind::Int) => ints.push(None),
                (Value::Text(t), ColumnKind::Text) => texts.push(Some(t)),
                (Value::Null, ColumnKind::Text) => texts.push(None),
                _ => {
                    return Err(StoreError::new(
                        ErrorKind::Backup,
                        format!("{}.{}: value of the wrong type", table.name, column.name),
                    ))
                }
            }
        }
        let (mut i, mut t) = (0, 0);
        let params: Vec<&(dyn ToSql + Sync)> = table
            .columns
            .iter()
            .map(|column| match column.kind {
                ColumnKind::Int => {
                    i += 1;
                    &ints[i - 1] as &(dyn ToSql + Sync)
                }
                ColumnKind::Text => {
                    t += 1;
                    &texts[t - 1] as &(dyn ToSql + Sync)
                }
            })
            .collect();
        let statement = match self.statements.get(table.name) {
            Some(statement) => statement.clone(),
            None => {
                let statement = self.tx.prepare(&sql).map_err(map_error)?;
                self.statements.insert(table.name, statement.clone());
                statement
            }
        };
        self.tx.execute(&statement, &params).map_err(map_error)?;
        Ok(())
    }
}

pub fn write(
    client: &mut Client,
    load: &mut dyn FnMut(&mut dyn TableWriter) -> Result<()>,
) -> Result<()> {
    let mut tx = client.transaction().map_err(map_error)?;
    {
        let mut writer = Writer {
            tx: &mut tx,
            statements: Default::default(),
        };
        load(&mut writer)?;
    }
    for table in TABLES.iter().filter(|t| t.has_id) {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence('{0}', 'id'), GREATEST(COALESCE((SELECT MAX(id) FROM {0}), 0) + 1, \
             (SELECT last_value FROM {0}_id_seq)), false)",
            table.name
        );
        tx.execute(sql.as_str(), &[]).map_err(map_error)?;
    }
    tx.commit().map_err(map_error)
}

pub fn count(client: &mut Client, table: &Table, company_id: i64) -> Result<i64> {
    let sql = format!(
        "SELECT COUNT(*) FROM {} WHERE {}",
        table.name,
        table.scope_clause("$1")
    );
    let row = client
        .query_one(sql.as_str(), &[&company_id])
        .map_err(map_error)?;
    Ok(row.get(0))
}

pub fn max_id(client: &mut Client, table: &Table) -> Result<i64> {
    if !table.has_id {
        return Ok(0);
    }
    let sql = format!("SELECT COALESCE(MAX(id), 0)::BIGINT FROM {}", table.name);
    let row = client.query_one(sql.as_str(), &[]).map_err(map_error)?;
    Ok(row.get(0))
}

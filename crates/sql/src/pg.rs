//! The books on PostgreSQL: a connection pool (validated on checkout, so a
//! restarted server is picked up by the next request); every writing
//! transaction first takes the books' advisory lock, so writers from any
//! number of processes take turns exactly as on SQLite and counters never
//! hand out a value twice.

use super::{numbered_dollars, Arg, Cell, DbError, DbResult, Row, Tx};
use postgres::types::{IsNull, ToSql, Type};
use postgres::NoTls;
use r2d2_postgres::PostgresConnectionManager;
use std::time::Duration;

pub type Pool = r2d2::Pool<PostgresConnectionManager<NoTls>>;

pub(super) fn open(url: &str, schema: &str, writers: i64) -> DbResult<(Pool, String)> {
    let config: postgres::Config = url.parse()?;
    let location = location(&config);
    let manager = PostgresConnectionManager::new(config, NoTls);
    let pool = r2d2::Pool::builder()
        .max_size(8)
        .min_idle(Some(0))
        .connection_timeout(Duration::from_secs(5))
        .test_on_check_out(true)
        .build_unchecked(manager);
    let mut conn = pool
        .get()
        .map_err(|e| DbError::new(format!("{location}: {e}")))?;
    let mut tx = conn.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&writers])?;
    tx.batch_execute(schema)?;
    tx.commit()?;
    Ok((pool, location))
}

/// `postgres://user@host:port/db`, never the password.
fn location(config: &postgres::Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            postgres::config::Host::Tcp(name) => name.clone(),
            postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_default();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "postgres://{}@{host}:{port}/{}",
        config.get_user().unwrap_or(""),
        config.get_dbname().unwrap_or("")
    )
}

pub(super) fn transaction<T>(
    pool: &Pool,
    writers: Option<i64>,
    work: impl FnOnce(&mut dyn Tx) -> DbResult<T>,
) -> DbResult<T> {
    let mut conn = pool.get().map_err(|e| DbError::new(e.to_string()))?;
    let mut tx = if let Some(lock) = writers {
        let mut tx = conn.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&lock])?;
        tx
    } else {
        conn.build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?
    };
    let value = work(&mut Statements(&mut tx))?;
    tx.commit()?;
    Ok(value)
}

struct Statements<'a, 'b>(&'a mut postgres::Transaction<'b>);

impl ToSql for Arg<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match (self, ty) {
            (Arg::Null, _) => Ok(IsNull::Yes),
            (Arg::Int(v), &Type::INT8) => v.to_sql(ty, out),
            (Arg::Int(v), &Type::INT4) => i32::try_from(*v)?.to_sql(ty, out),
            (Arg::Int(v), &Type::INT2) => i16::try_from(*v)?.to_sql(ty, out),
            (Arg::Text(t), _) if <&str as ToSql>::accepts(ty) => t.to_sql(ty, out),
            (arg, ty) => Err(format!("{arg:?} cannot be sent as {ty}").into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl Tx for Statements<'_, '_> {
    fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<u64> {
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        Ok(self.0.execute(numbered_dollars(sql).as_str(), &params)?)
    }

    fn query(&mut self, sql: &str, args: &[Arg<'_>]) -> DbResult<Vec<Row>> {
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        let rows = self.0.query(numbered_dollars(sql).as_str(), &params)?;
        rows.iter().map(row).collect()
    }
}

fn row(row: &postgres::Row) -> DbResult<Row> {
    let mut cells = Vec::with_capacity(row.len());
    for (i, column) in row.columns().iter().enumerate() {
        let cell = match *column.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Cell::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(i)?
                .map(|v| Cell::Int(v.into())),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(i)?
                .map(|v| Cell::Int(v.into())),
            Type::BOOL => row
                .try_get::<_, Option<bool>>(i)?
                .map(|v| Cell::Int(v.into())),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => {
                row.try_get::<_, Option<String>>(i)?.map(Cell::Text)
            }
            ref other => {
                return Err(DbError::new(format!(
                    "column {} has type {other}: cast it in the statement",
                    column.name()
                )))
            }
        };
        cells.push(cell.unwrap_or(Cell::Null));
    }
    Ok(Row(cells))
}

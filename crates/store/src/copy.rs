//! Copying a company between stores (any backend to any backend), verified
//! by row counts and checksums of every table.

use crate::hash::RowHasher;
use crate::schema::TABLES;
use crate::{ErrorKind, Store, StoreError};

/// Row count and checksum of one company's rows of one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableSummary {
    /// Table name.
    pub table: &'static str,
    /// Rows.
    pub rows: i64,
    /// SHA-256 over every row in copy order.
    pub checksum: String,
}

/// Counts and checksums every table of one company.
pub fn summarize(store: &dyn Store, company_id: i64) -> crate::Result<Vec<TableSummary>> {
    let mut out = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let mut hasher = RowHasher::new(table.name);
        let mut rows = 0i64;
        store.read_table(table, company_id, &mut |row| {
            rows += 1;
            hasher.int(row.len() as i64);
            for value in &row {
                hasher.value(value);
            }
            Ok(())
        })?;
        out.push(TableSummary {
            table: table.name,
            rows,
            checksum: hasher.finish(),
        });
    }
    Ok(out)
}

/// Copies company `company_id` from `from` into `to` in one transaction of
/// `to`, then verifies that every table has the same rows on both sides.
/// Streams: memory stays flat whatever the size of the company.
pub fn copy_company(
    from: &dyn Store,
    company_id: i64,
    to: &dyn Store,
) -> crate::Result<Vec<TableSummary>> {
    to.write_tables(&mut |writer| {
        for table in TABLES {
            from.read_table(table, company_id, &mut |row| writer.write_row(table, &row))?;
        }
        Ok(())
    })?;
    let source = summarize(from, company_id)?;
    let target = summarize(to, company_id)?;
    for (a, b) in source.iter().zip(&target) {
        if a != b {
            return Err(StoreError::new(
                ErrorKind::Backup,
                format!(
                    "copy of {} does not verify: {} rows {} vs {} rows {}",
                    a.table,
                    a.rows,
                    &a.checksum[..12],
                    b.rows,
                    &b.checksum[..12]
                ),
            ));
        }
    }
    Ok(source)
}

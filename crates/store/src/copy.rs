//! Copying a company between stores (any backend to any backend), verified
//! by row counts and checksums of every table.
//!
//! Ids are remapped on the way in: every id of the company moves past the
//! largest id the target already holds, foreign keys follow, and the audit
//! hash chain is recomputed over the new ids. An empty target keeps the ids
//! unchanged. Invoice checksums cover content, not ids, so they stay valid.

use crate::hash::{audit_hash, AuditFields, RowHasher, GENESIS};
use crate::schema::{Table, TABLES};
use crate::{ErrorKind, Store, StoreError, Value};
use std::collections::BTreeMap;

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

/// The result of a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// The company's id in the target.
    pub company_id: i64,
    /// Every table, verified identical (after remapping) on both sides.
    pub tables: Vec<TableSummary>,
}

/// How a company's ids change on the way into a target: one offset per
/// table with an id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remap {
    offsets: BTreeMap<&'static str, i64>,
}

impl Remap {
    /// Ids unchanged.
    pub fn identity() -> Self {
        Remap::default()
    }

    /// Offsets past every id the target holds.
    pub fn for_target(target: &dyn Store) -> crate::Result<Self> {
        let mut offsets = BTreeMap::new();
        for table in TABLES.iter().filter(|t| t.has_id) {
            offsets.insert(table.name, target.max_id(table)?);
        }
        Ok(Remap { offsets })
    }

    fn shift(&self, table: &str, id: i64) -> i64 {
        id + self.offsets.get(table).copied().unwrap_or(0)
    }

    /// The new id of a company.
    pub fn company(&self, id: i64) -> i64 {
        self.shift("companies", id)
    }
}

/// Applies a [`Remap`] to rows streamed in copy order; keeps the state the
/// audit chain needs.
struct Mapper<'a> {
    remap: &'a Remap,
    prev_hash: String,
}

fn column(table: &Table, name: &str) -> Option<usize> {
    table.columns.iter().position(|c| c.name == name)
}

impl<'a> Mapper<'a> {
    fn new(remap: &'a Remap) -> Self {
        Mapper {
            remap,
            prev_hash: GENESIS.to_string(),
        }
    }

    fn map(&mut self, table: &Table, mut row: Vec<Value>) -> Vec<Value> {
        for (index, col) in table.columns.iter().enumerate() {
            let target = match col.name {
                "id" if table.has_id => Some(table.name),
                "company_id" => Some("companies"),
                "invoice_id" => Some("invoices"),
                "user_id" => Some("users"),
                "spt_id" => Some("spt_versions"),
                // An outbox item points into the table of its operation.
                "entity_id" if table.name == "outbox" => Some(outbox_entity(table, &row)),
                _ => None,
            };
            if let (Some(target), Some(Value::Int(id))) = (target, row.get(index)) {
                row[index] = Value::Int(self.remap.shift(target, *id));
            }
        }
        if table.name == "audit_log" {
            self.rechain(table, &mut row);
        }
        row
    }

    /// Moves the audit entry's entity id with its table and recomputes the
    /// chain over the new ids.
    fn rechain(&mut self, table: &Table, row: &mut [Value]) {
        let get_text =
            |row: &[Value], name: &str| match column(table, name).and_then(|i| row.get(i)) {
                Some(Value::Text(t)) => t.clone(),
                _ => String::new(),
            };
        let get_int = |row: &[Value], name: &str| match column(table, name).and_then(|i| row.get(i))
        {
            Some(Value::Int(v)) => *v,
            _ => 0,
        };
        let entity = get_text(row, "entity");
        let moved_table = match entity.as_str() {
            "invoice" => Some("invoices"),
            "company" => Some("companies"),
            "user" => Some("users"),
            "spt" => Some("spt_versions"),
            "return" => Some("returns"),
            "payment" => Some("payments"),
            _ => None,
        };
        if let (Some(moved), Some(index)) = (moved_table, column(table, "entity_id")) {
            if let Value::Int(id) = row[index] {
                row[index] = Value::Int(self.remap.shift(moved, id));
            }
        }
        let (actor, action, detail) = (
            get_text(row, "actor"),
            get_text(row, "action"),
            get_text(row, "detail"),
        );
        let fields = AuditFields {
            at: get_int(row, "at"),
            actor: &actor,
            action: &action,
            entity: &entity,
            entity_id: get_int(row, "entity_id"),
            detail: &detail,
        };
        let hash = audit_hash(&self.prev_hash, get_int(row, "company_id"), &fields);
        if let Some(index) = column(table, "prev_hash") {
            row[index] = Value::Text(self.prev_hash.clone());
        }
        if let Some(index) = column(table, "hash") {
            row[index] = Value::Text(hash.clone());
        }
        self.prev_hash = hash;
    }
}

fn summarize_with(
    store: &dyn Store,
    company_id: i64,
    remap: Option<&Remap>,
) -> crate::Result<Vec<TableSummary>> {
    let identity = Remap::identity();
    let mut mapper = Mapper::new(remap.unwrap_or(&identity));
    let mut out = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let mut hasher = RowHasher::new(table.name);
        let mut rows = 0i64;
        store.read_table(table, company_id, &mut |row| {
            let row = if remap.is_some() {
                mapper.map(table, row)
            } else {
                row
            };
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

/// Counts and checksums every table of one company.
pub fn summarize(store: &dyn Store, company_id: i64) -> crate::Result<Vec<TableSummary>> {
    summarize_with(store, company_id, None)
}

/// Copies company `company_id` from `from` into `to` in one transaction of
/// `to`, remapping ids past those `to` already holds, then verifies that every
/// table of the target equals the remapped source. Streams: memory stays flat
/// whatever the size of the company. Copy while nobody writes to either side.
pub fn copy_company(from: &dyn Store, company_id: i64, to: &dyn Store) -> crate::Result<Copied> {
    let remap = Remap::for_target(to)?;
    let mut mapper = Mapper::new(&remap);
    to.write_tables(&mut |writer| {
        for table in TABLES {
            from.read_table(table, company_id, &mut |row| {
                writer.write_row(table, &mapper.map(table, row))
            })?;
        }
        Ok(())
    })?;
    let new_id = remap.company(company_id);
    let source = summarize_with(from, company_id, Some(&remap))?;
    let target = summarize(to, new_id)?;
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
    Ok(Copied {
        company_id: new_id,
        tables: target,
    })
}

/// The table an outbox row's `entity_id` points into, by its operation.
fn outbox_entity(table: &Table, row: &[Value]) -> &'static str {
    match column(table, "operation").and_then(|i| row.get(i)) {
        Some(Value::Text(operation)) => crate::sync::entity_table(operation),
        _ => "invoices",
    }
}

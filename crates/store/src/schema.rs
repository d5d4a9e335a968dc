//! The schema: embedded migrations for both backends, and a description of
//! every table used to copy a company between backends.

/// One forward-only migration, in both dialects. Never edit an applied one:
/// add the next.
#[derive(Debug)]
pub struct Migration {
    /// Version, from 1, without gaps.
    pub version: i64,
    /// Short name.
    pub name: &'static str,
    /// SQLite dialect.
    pub sqlite: &'static str,
    /// PostgreSQL dialect.
    pub postgres: &'static str,
}

/// Every migration, in order.
pub static MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sqlite: include_str!("../migrations/sqlite/0001_initial.sql"),
        postgres: include_str!("../migrations/postgres/0001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "source_fields",
        sqlite: include_str!("../migrations/sqlite/0002_source_fields.sql"),
        postgres: include_str!("../migrations/postgres/0002_source_fields.sql"),
    },
    Migration {
        version: 3,
        name: "reference_index",
        sqlite: include_str!("../migrations/sqlite/0003_reference_index.sql"),
        postgres: include_str!("../migrations/postgres/0003_reference_index.sql"),
    },
    Migration {
        version: 4,
        name: "notes",
        sqlite: include_str!("../migrations/sqlite/0004_notes.sql"),
        postgres: include_str!("../migrations/postgres/0004_notes.sql"),
    },
    Migration {
        version: 5,
        name: "lean_indexes",
        sqlite: include_str!("../migrations/sqlite/0005_lean_indexes.sql"),
        postgres: include_str!("../migrations/postgres/0005_lean_indexes.sql"),
    },
    Migration {
        version: 6,
        name: "sync",
        sqlite: include_str!("../migrations/sqlite/0006_sync.sql"),
        postgres: include_str!("../migrations/postgres/0006_sync.sql"),
    },
    Migration {
        version: 7,
        name: "credits",
        sqlite: include_str!("../migrations/sqlite/0007_credits.sql"),
        postgres: include_str!("../migrations/postgres/0007_credits.sql"),
    },
];

/// The newest schema version this program knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// The checksum recorded with an applied migration, so that an edited
/// migration is noticed instead of silently diverging.
pub fn migration_checksum(sql: &str) -> String {
    let mut hasher = crate::hash::RowHasher::new("migration");
    hasher.text(sql);
    hasher.finish()
}

/// The error for a database whose schema is newer than this program.
pub fn too_new(version: i64) -> crate::StoreError {
    crate::StoreError::new(
        crate::ErrorKind::TooNew,
        format!(
            "the database is at schema version {version}; this program knows up to {}",
            latest_version()
        ),
    )
}

/// The error for an applied migration whose SQL differs from ours.
pub fn edited(migration: &Migration) -> crate::StoreError {
    crate::StoreError::new(
        crate::ErrorKind::Other,
        format!(
            "migration {} ({}) differs from the one applied to this database",
            migration.version, migration.name
        ),
    )
}

/// The type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// INTEGER / BIGINT.
    Int,
    /// TEXT.
    Text,
}

/// One column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Name.
    pub name: &'static str,
    /// Type.
    pub kind: ColumnKind,
    /// May be NULL.
    pub nullable: bool,
}

/// Which rows of a table belong to a company.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The company row itself (`id = ?`).
    Itself,
    /// `company_id = ?`.
    Company,
    /// Through the company's invoices (`invoice_id`).
    Invoice,
    /// Users holding a role in the company.
    User,
}

/// One table, in copy order (parents before children).
#[derive(Debug)]
pub struct Table {
    /// Name.
    pub name: &'static str,
    /// Columns in declaration order.
    pub columns: &'static [Column],
    /// Rows belonging to one company.
    pub scope: Scope,
    /// Ordering for a stable copy and checksum.
    pub order_by: &'static str,
    /// Has an identity/rowid `id` column whose sequence must follow a copy.
    pub has_id: bool,
}

impl Table {
    /// Comma-separated column names.
    pub fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The WHERE clause selecting one company's rows, with `param` standing
    /// for the company id placeholder (`?1` or `$1`).
    pub fn scope_clause(&self, param: &str) -> String {
        match self.scope {
            Scope::Itself => format!("id = {param}"),
            Scope::Company => format!("company_id = {param}"),
            Scope::Invoice => {
                format!("invoice_id IN (SELECT id FROM invoices WHERE company_id = {param})")
            }
            Scope::User => {
                format!("id IN (SELECT user_id FROM user_roles WHERE company_id = {param})")
            }
        }
    }
}

const fn int(name: &'static str) -> Column {
    Column {
        name,
        kind: ColumnKind::Int,
        nullable: false,
    }
}
const fn int_null(name: &'static str) -> Column {
    Column {
        name,
        kind: ColumnKind::Int,
        nullable: true,
    }
}
const fn text(name: &'static str) -> Column {
    Column {
        name,
        kind: ColumnKind::Text,
        nullable: false,
    }
}
const fn text_null(name: &'static str) -> Column {
    Column {
        name,
        kind: ColumnKind::Text,
        nullable: true,
    }
}

/// Every table of the schema, parents first. A contract test checks this
/// list against the live schema of each backend.
pub static TABLES: &[Table] = &[
    Table {
        name: "companies",
        columns: &[
            int("id"),
            text("npwp"),
            text("name"),
            text("address"),
            text("nitku"),
            int("created_at"),
            text_null("row_hash"),
        ],
        scope: Scope::Itself,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "users",
        columns: &[
            int("id"),
            text("username"),
            text("password_hash"),
            int("disabled"),
            int("created_at"),
        ],
        scope: Scope::User,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "counterparties",
        columns: &[
            int("id"),
            int("company_id"),
            text("tin"),
            text("id_type"),
            text_null("id_number"),
            text("country"),
            text("name"),
            text("address"),
            text_null("email"),
            text("idtku"),
            int("created_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "items",
        columns: &[
            int("id"),
            int("company_id"),
            text("opt"),
            text("code"),
            text("name"),
            text("unit"),
            text("price"),
            int("luxury"),
            int("created_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "invoices",
        columns: &[
            int("id"),
            int("company_id"),
            text("kind"),
            text("status"),
            text("date"),
            text("masa"),
            text("trx_code"),
            text_null("number"),
            text_null("reference"),
            text_null("replaces"),
            text("seller_tin"),
            text("seller_json"),
            text("buyer_tin"),
            text("buyer_json"),
            text_null("add_info"),
            text_null("facility_stamp"),
            text_null("custom_doc"),
            text_null("custom_doc_period"),
            int("prices_include_vat"),
            text("regime"),
            text("era"),
            int("tax_base"),
            int("other_tax_base"),
            int("vat"),
            int("stlg"),
            int("line_count"),
            text("batch_id"),
            text("created_by"),
            int("created_at"),
            int("updated_at"),
            text("row_hash"),
            text_null("source_json"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "invoice_lines",
        columns: &[
            int("invoice_id"),
            int("line_no"),
            text("opt"),
            text("code"),
            text("name"),
            text("unit"),
            text("price"),
            text("qty"),
            text("discount"),
            int("luxury"),
            text("vat_rate"),
            text("stlg_rate"),
            text("price_ex_vat"),
            text("discount_ex_vat"),
            int("tax_base"),
            int("other_tax_base"),
            int("vat"),
            int("stlg"),
            text_null("item_code"),
        ],
        scope: Scope::Invoice,
        order_by: "invoice_id, line_no",
        has_id: false,
    },
    Table {
        name: "invoice_status_history",
        columns: &[
            int("id"),
            int("invoice_id"),
            text("status"),
            int("at"),
            text("actor"),
            text_null("note"),
        ],
        scope: Scope::Invoice,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "nsfp_ranges",
        columns: &[
            int("id"),
            int("company_id"),
            text("first_nsfp"),
            text("last_nsfp"),
            int("registered_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "returns",
        columns: &[
            int("id"),
            int("company_id"),
            text("kind"),
            int("invoice_id"),
            text("invoice_number"),
            text("counterparty_tin"),
            text("counterparty_name"),
            text("number"),
            text("date"),
            text("masa"),
            int("tax_base"),
            int("vat"),
            int("stlg"),
            int_null("creditable"),
            text("status"),
            text_null("source_json"),
            text("created_by"),
            int("created_at"),
            text("row_hash"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "documents",
        columns: &[
            int("id"),
            int("company_id"),
            text("kind"),
            text("trx_type"),
            text("doc_type"),
            text("trx_code"),
            text_null("replaces"),
            text("number"),
            text("date"),
            text("masa"),
            text("counterparty_tin"),
            text("counterparty_name"),
            text("counterparty_address"),
            int("tax_base"),
            int("vat"),
            int("stlg"),
            text("note"),
            int_null("creditable"),
            text("status"),
            text_null("source_json"),
            text("created_by"),
            int("created_at"),
            text("row_hash"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "spt_versions",
        columns: &[
            int("id"),
            int("company_id"),
            text("masa"),
            int("revision"),
            text("status"),
            text("form"),
            text("data_json"),
            int("result"),
            text_null("bpe"),
            int("created_at"),
            int_null("filed_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "payments",
        columns: &[
            int("id"),
            int("company_id"),
            int_null("spt_id"),
            text("billing_code"),
            int("amount"),
            text_null("ntpn"),
            int_null("paid_at"),
            int("created_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "outbox",
        columns: &[
            int("id"),
            int("company_id"),
            text("operation"),
            int("entity_id"),
            text("idempotency_key"),
            text("payload"),
            text("state"),
            int("attempts"),
            int("next_attempt_at"),
            text_null("last_error"),
            int("created_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "audit_log",
        columns: &[
            int("id"),
            int("company_id"),
            int("at"),
            text("actor"),
            text("action"),
            text("entity"),
            int("entity_id"),
            text("detail"),
            text("prev_hash"),
            text("hash"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "user_roles",
        columns: &[int("user_id"), int("company_id"), text("role")],
        scope: Scope::Company,
        order_by: "user_id",
        has_id: false,
    },
    Table {
        name: "api_tokens",
        columns: &[
            int("id"),
            int("company_id"),
            int_null("user_id"),
            text("name"),
            text("role"),
            text("token_hash"),
            int("created_at"),
            int_null("revoked_at"),
            int_null("last_used_at"),
        ],
        scope: Scope::Company,
        order_by: "id",
        has_id: true,
    },
    Table {
        name: "approvals",
        columns: &[
            int("invoice_id"),
            text("number"),
            int("approved_at"),
            text("signature"),
            text("token"),
        ],
        scope: Scope::Invoice,
        order_by: "invoice_id",
        has_id: false,
    },
    Table {
        name: "sync_state",
        columns: &[
            int("company_id"),
            int("events_after"),
            int_null("last_ok_at"),
            int_null("failing_since"),
            text_null("last_error"),
            int("updated_at"),
        ],
        scope: Scope::Company,
        order_by: "company_id",
        has_id: false,
    },
    Table {
        name: "input_credits",
        columns: &[
            int("invoice_id"),
            int("company_id"),
            text_null("masa"),
            int("creditable"),
            text("decided_by"),
            int("decided_at"),
        ],
        scope: Scope::Company,
        order_by: "invoice_id",
        has_id: false,
    },
];

/// A table by name.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_without_gaps() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version, index as i64 + 1);
        }
    }

    /// Both dialects declare the same tables with the same columns (CREATE
    /// TABLE, then ALTER TABLE … ADD COLUMN in later migrations), in the
    /// order of `TABLES`, with the same types and nullability.
    #[test]
    fn dialects_and_table_list_agree() {
        for dialect in [0, 1] {
            let sql: String = MIGRATIONS
                .iter()
                .map(|m| if dialect == 0 { m.sqlite } else { m.postgres })
                .collect();
            for table in TABLES {
                let declared = declared_columns(&sql, table.name);
                let names: Vec<&str> = declared.iter().map(|(n, _)| n.as_str()).collect();
                let expected: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
                assert_eq!(names, expected, "{} (dialect {dialect})", table.name);
                for (column, (_, line)) in table.columns.iter().zip(&declared) {
                    let not_null = line.contains("NOT NULL") || line.contains("PRIMARY KEY");
                    assert_eq!(
                        not_null, !column.nullable,
                        "{}.{} nullability",
                        table.name, column.name
                    );
                    let is_int = line.contains("INTEGER") || line.contains("BIGINT");
                    assert_eq!(
                        is_int,
                        column.kind == ColumnKind::Int,
                        "{}.{} type",
                        table.name,
                        column.name
                    );
                }
            }
        }
    }

    /// Column name and declaration line, in declaration order.
    fn declared_columns(sql: &str, table: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        // A table recreated by a later migration is declared by its last
        // CREATE TABLE.
        let create = format!("CREATE TABLE {table} (");
        if let Some(start) = sql.rfind(&create) {
            let body = &sql[start + create.len()..];
            // The declaration ends at a line opening with ")" (`);` or
            // `) WITHOUT ROWID;`).
            let body = &body[..body.find("\n)").unwrap_or(body.len())];
            for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
                let name = line.split_whitespace().next().unwrap_or("");
                if name != "PRIMARY" && name != "UNIQUE" {
                    out.push((name.to_string(), line.to_string()));
                }
            }
        }
        // Columns added after that declaration.
        let after = sql.rfind(&create).unwrap_or(0);
        let alter = format!("ALTER TABLE {table} ADD COLUMN ");
        for (index, _) in sql[after..].match_indices(&alter) {
            let index = index + after;
            let line = sql[index + alter.len()..].lines().next().unwrap_or("");
            let name = line.split_whitespace().next().unwrap_or("");
            out.push((name.to_string(), line.to_string()));
        }
        out
    }
}

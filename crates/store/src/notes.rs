//! Header-only records beside the invoices: nota retur (`returns`) and
//! dokumen lain (`documents`). Both are stored through the generic row
//! interface of the backends ([`crate::InvoiceSink::insert_row`],
//! [`crate::Store::read_notes`]); this module converts them to and from
//! rows and computes and verifies their checksums.
//!
//! A checksum covers every column except the ids (`id`, `company_id`,
//! `invoice_id`), so a company copied under other ids keeps its checksums;
//! the returned invoice's number is part of the content instead.

use crate::hash::RowHasher;
use crate::model::{CheckReport, Value};
use crate::schema::{table, Table};

/// The `returns` table.
pub fn returns_table() -> &'static Table {
    table("returns").expect("returns is in the schema")
}

/// The `documents` table.
pub fn documents_table() -> &'static Table {
    table("documents").expect("documents is in the schema")
}

/// The audit entity of a row of `table`.
pub fn entity(table: &Table) -> &'static str {
    match table.name {
        "returns" => "return",
        "documents" => "document",
        _ => "row",
    }
}

/// The INSERT of a note row: every column but `id`, placeholders written
/// by `placeholder(n)` (`?n` or `$n`), `suffix` appended (`RETURNING id`).
pub fn insert_sql(table: &Table, placeholder: fn(usize) -> String, suffix: &str) -> String {
    let columns = &table.columns[1..];
    let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let placeholders: Vec<String> = (1..=columns.len()).map(placeholder).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({}){suffix}",
        table.name,
        names.join(", "),
        placeholders.join(", ")
    )
}

/// The values of a note row as inserted: every column but `id`, with the
/// session's company.
pub fn insert_values<'a>(
    table: &'a Table,
    row: &'a [Value],
    company: &'a Value,
) -> impl Iterator<Item = (&'a crate::schema::Column, &'a Value)> {
    table.columns[1..]
        .iter()
        .zip(&row[1..])
        .map(move |(column, value)| {
            (
                column,
                if column.name == "company_id" {
                    company
                } else {
                    value
                },
            )
        })
}

/// A note row's number (the detail of its audit entry).
pub fn number_of<'a>(table: &Table, row: &'a [Value]) -> &'a str {
    let index = table.columns.iter().position(|c| c.name == "number");
    match index.and_then(|i| row.get(i)) {
        Some(Value::Text(text)) => text,
        _ => "",
    }
}

/// A nota retur to store (amounts in sen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReturn {
    /// `output` (RK: our buyer returned goods) or `input` (RM: we returned
    /// goods to the seller).
    pub kind: String,
    /// The returned invoice.
    pub invoice_id: i64,
    /// Its 16-digit number.
    pub invoice_number: String,
    /// The counterparty's NPWP as written (bare digits).
    pub counterparty_tin: String,
    /// The counterparty's name.
    pub counterparty_name: String,
    /// The retur document number.
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `YYYY-MM`.
    pub masa: String,
    /// DPP returned.
    pub tax_base: i64,
    /// PPN returned.
    pub vat: i64,
    /// PPnBM returned.
    pub stlg: i64,
    /// Input returns: whether the returned invoice was credited.
    pub creditable: Option<bool>,
    /// Lifecycle status.
    pub status: String,
    /// Fields of the source file kept for export.
    pub source_json: Option<String>,
}

/// A dokumen lain to store (amounts in sen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocument {
    /// `output` (DK) or `input` (DM).
    pub kind: String,
    /// `JENIS_TRANSAKSI`.
    pub trx_type: String,
    /// `JENIS_DOKUMEN`.
    pub doc_type: String,
    /// `KD_JNS_TRANSAKSI`.
    pub trx_code: String,
    /// The document this one replaces.
    pub replaces: Option<String>,
    /// Document number.
    pub number: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `YYYY-MM`.
    pub masa: String,
    /// Counterparty NPWP as written (bare digits; zeros abroad).
    pub counterparty_tin: String,
    /// Counterparty name.
    pub counterparty_name: String,
    /// Counterparty address.
    pub counterparty_address: String,
    /// DPP.
    pub tax_base: i64,
    /// PPN.
    pub vat: i64,
    /// PPnBM.
    pub stlg: i64,
    /// `KETERANGAN`.
    pub note: String,
    /// Input documents: `FG_CREDITABLE`, when the file gave it.
    pub creditable: Option<bool>,
    /// Lifecycle status.
    pub status: String,
    /// Fields of the source file kept for export.
    pub source_json: Option<String>,
}

/// A stored note: its ids, its content and who stored it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored<T> {
    /// Store id.
    pub id: i64,
    /// Owning company.
    pub company_id: i64,
    /// Content.
    pub note: T,
    /// Who stored it.
    pub created_by: String,
    /// When (Unix ms).
    pub created_at: i64,
}

/// Which notes to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteFilter {
    /// `YYYY-MM`.
    pub masa: Option<String>,
    /// `output` or `input`.
    pub kind: Option<String>,
}

fn text(value: &str) -> Value {
    Value::Text(value.to_string())
}

fn opt_text(value: Option<&str>) -> Value {
    value.map_or(Value::Null, text)
}

fn opt_flag(value: Option<bool>) -> Value {
    value.map_or(Value::Null, |v| Value::Int(i64::from(v)))
}

/// The checksum of a row of a note table (values in column order).
pub fn row_hash(table: &Table, row: &[Value]) -> String {
    let mut hasher = RowHasher::new(table.name);
    for (column, value) in table.columns.iter().zip(row) {
        if !matches!(column.name, "id" | "company_id" | "invoice_id" | "row_hash") {
            hasher.text(column.name).value(value);
        }
    }
    hasher.finish()
}

/// The row with another status and its checksum recomputed; `None` when
/// it has that status already (or has no status column).
pub fn with_status(table: &Table, mut row: Vec<Value>, status: &str) -> Option<Vec<Value>> {
    let index = table.columns.iter().position(|c| c.name == "status")?;
    match row.get(index) {
        Some(Value::Text(current)) if current == status => None,
        Some(_) => {
            row[index] = Value::Text(status.to_string());
            Some(sealed(table, row))
        }
        None => None,
    }
}

/// Fills in the checksum of a row whose last column is `row_hash`.
fn sealed(table: &Table, mut row: Vec<Value>) -> Vec<Value> {
    let hash = row_hash(table, &row);
    if let Some(last) = row.last_mut() {
        *last = Value::Text(hash);
    }
    row
}

/// A row reader by column name.
struct Cols<'a> {
    table: &'a Table,
    row: &'a [Value],
}

impl Cols<'_> {
    fn get(&self, name: &str) -> Option<&Value> {
        let index = self.table.columns.iter().position(|c| c.name == name)?;
        self.row.get(index)
    }
    fn text(&self, name: &str) -> String {
        match self.get(name) {
            Some(Value::Text(t)) => t.clone(),
            _ => String::new(),
        }
    }
    fn opt_text(&self, name: &str) -> Option<String> {
        match self.get(name) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        }
    }
    fn int(&self, name: &str) -> i64 {
        match self.get(name) {
            Some(Value::Int(i)) => *i,
            _ => 0,
        }
    }
    fn flag(&self, name: &str) -> Option<bool> {
        match self.get(name) {
            Some(Value::Int(i)) => Some(*i != 0),
            _ => None,
        }
    }
}

impl NewReturn {
    /// The full row (id and company id 0, to be set by the backend).
    pub fn to_row(&self, created_by: &str, created_at: i64) -> Vec<Value> {
        let r = self;
        let row = vec![
            Value::Int(0),
            Value::Int(0),
            text(&r.kind),
            Value::Int(r.invoice_id),
            text(&r.invoice_number),
            text(&r.counterparty_tin),
            text(&r.counterparty_name),
            text(&r.number),
            text(&r.date),
            text(&r.masa),
            Value::Int(r.tax_base),
            Value::Int(r.vat),
            Value::Int(r.stlg),
            opt_flag(r.creditable),
            text(&r.status),
            opt_text(r.source_json.as_deref()),
            text(created_by),
            Value::Int(created_at),
            Value::Null,
        ];
        sealed(returns_table(), row)
    }

    /// A stored retur from its row.
    pub fn from_row(row: &[Value]) -> Stored<NewReturn> {
        let c = Cols {
            table: returns_table(),
            row,
        };
        Stored {
            id: c.int("id"),
            company_id: c.int("company_id"),
            note: NewReturn {
                kind: c.text("kind"),
                invoice_id: c.int("invoice_id"),
                invoice_number: c.text("invoice_number"),
                counterparty_tin: c.text("counterparty_tin"),
                counterparty_name: c.text("counterparty_name"),
                number: c.text("number"),
                date: c.text("date"),
                masa: c.text("masa"),
                tax_base: c.int("tax_base"),
                vat: c.int("vat"),
                stlg: c.int("stlg"),
                creditable: c.flag("creditable"),
                status: c.text("status"),
                source_json: c.opt_text("source_json"),
            },
            created_by: c.text("created_by"),
            created_at: c.int("created_at"),
        }
    }
}

impl NewDocument {
    /// The full row (id and company id 0, to be set by the backend).
    pub fn to_row(&self, created_by: &str, created_at: i64) -> Vec<Value> {
        let d = self;
        let row = vec![
            Value::Int(0),
            Value::Int(0),
            text(&d.kind),
            text(&d.trx_type),
            text(&d.doc_type),
            text(&d.trx_code),
            opt_text(d.replaces.as_deref()),
            text(&d.number),
            text(&d.date),
            text(&d.masa),
            text(&d.counterparty_tin),
            text(&d.counterparty_name),
            text(&d.counterparty_address),
            Value::Int(d.tax_base),
            Value::Int(d.vat),
            Value::Int(d.stlg),
            text(&d.note),
            opt_flag(d.creditable),
            text(&d.status),
            opt_text(d.source_json.as_deref()),
            text(created_by),
            Value::Int(created_at),
            Value::Null,
        ];
        sealed(documents_table(), row)
    }

    /// A stored document from its row.
    pub fn from_row(row: &[Value]) -> Stored<NewDocument> {
        let c = Cols {
            table: documents_table(),
            row,
        };
        Stored {
            id: c.int("id"),
            company_id: c.int("company_id"),
            note: NewDocument {
                kind: c.text("kind"),
                trx_type: c.text("trx_type"),
                doc_type: c.text("doc_type"),
                trx_code: c.text("trx_code"),
                replaces: c.opt_text("replaces"),
                number: c.text("number"),
                date: c.text("date"),
                masa: c.text("masa"),
                counterparty_tin: c.text("counterparty_tin"),
                counterparty_name: c.text("counterparty_name"),
                counterparty_address: c.text("counterparty_address"),
                tax_base: c.int("tax_base"),
                vat: c.int("vat"),
                stlg: c.int("stlg"),
                note: c.text("note"),
                creditable: c.flag("creditable"),
                status: c.text("status"),
                source_json: c.opt_text("source_json"),
            },
            created_by: c.text("created_by"),
            created_at: c.int("created_at"),
        }
    }
}

/// Checks one stored row of a note table against its checksum. Rows carried
/// over by migration 4 from the old returns table have none.
pub fn verify_row(table: &Table, row: &[Value], report: &mut CheckReport) {
    let id = match row.first() {
        Some(Value::Int(id)) => *id,
        _ => {
            return report
                .problems
                .push(format!("{} row unreadable", table.name))
        }
    };
    let stored = match row.last() {
        Some(Value::Text(hash)) => hash.as_str(),
        _ => "",
    };
    if stored.is_empty() {
        return;
    }
    if stored != row_hash(table, row) {
        report.problems.push(format!(
            "{} {id}: content does not match its checksum",
            entity(table)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn retur() -> NewReturn {
        NewReturn {
            kind: "output".into(),
            invoice_id: 7,
            invoice_number: "0100002400000001".into(),
            counterparty_tin: "013121660091000".into(),
            counterparty_name: "PT CONTOH".into(),
            number: "RET-1".into(),
            date: "2024-04-02".into(),
            masa: "2024-04".into(),
            tax_base: 135_000_000,
            vat: 14_850_000,
            stlg: 0,
            creditable: None,
            status: "recorded".into(),
            source_json: None,
        }
    }

    #[test]
    fn rows_round_trip_and_checksums_ignore_ids_only() {
        let row = retur().to_row("tester", 5);
        let stored = NewReturn::from_row(&row);
        assert_eq!(stored.note, retur());
        assert_eq!(
            (stored.created_by.as_str(), stored.created_at),
            ("tester", 5)
        );
        let table = returns_table();
        let mut report = CheckReport::default();
        let mut moved = row.clone();
        moved[0] = Value::Int(99);
        moved[1] = Value::Int(3);
        moved[3] = Value::Int(42);
        verify_row(table, &moved, &mut report);
        assert!(report.is_healthy(), "{report:?}");
        let mut altered = row.clone();
        altered[11] = Value::Int(1);
        verify_row(table, &altered, &mut report);
        assert_eq!(
            report.problems,
            ["return 0: content does not match its checksum"]
        );
        assert_eq!(row.len(), table.columns.len());
        let document = NewDocument {
            kind: "input".into(),
            trx_type: "1".into(),
            doc_type: "2".into(),
            trx_code: "1".into(),
            replaces: None,
            number: "PIB-1".into(),
            date: "2024-06-20".into(),
            masa: "2024-08".into(),
            counterparty_tin: "000000000000000".into(),
            counterparty_name: "GLOBEX".into(),
            counterparty_address: String::new(),
            tax_base: 1,
            vat: 2,
            stlg: 3,
            note: String::new(),
            creditable: Some(true),
            status: "recorded".into(),
            source_json: None,
        };
        let row = document.to_row("tester", 6);
        assert_eq!(row.len(), documents_table().columns.len());
        assert_eq!(NewDocument::from_row(&row).note, document);
    }
}

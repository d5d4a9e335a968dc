//! Companies, invoices and the audit log.

use crate::map_error;
use faktur_store::hash::{audit_hash, AuditFields, GENESIS};
use faktur_store::model::*;
use faktur_store::{now_ms, ErrorKind, Result, StoreError};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

/// Appends audit entries, continuing the company's hash chain.
pub(crate) struct AuditAppender {
    company_id: i64,
    prev: String,
}

impl AuditAppender {
    pub(crate) fn start(tx: &Transaction<'_>, company_id: i64) -> Result<Self> {
        let prev: Option<String> = tx
            .query_row(
                "SELECT hash FROM audit_log WHERE company_id = ?1 ORDER BY id DESC LIMIT 1",
                [company_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(map_error)?;
        Ok(AuditAppender {
            company_id,
            prev: prev.unwrap_or_else(|| GENESIS.to_string()),
        })
    }

    pub(crate) fn append(&mut self, tx: &Transaction<'_>, f: &AuditFields<'_>) -> Result<()> {
        let hash = audit_hash(&self.prev, self.company_id, f);
        tx.prepare_cached(
            "INSERT INTO audit_log (company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .and_then(|mut s| {
            s.execute(params![self.company_id, f.at, f.actor, f.action, f.entity, f.entity_id, f.detail, self.prev, hash])
        })
        .map_err(map_error)?;
        self.prev = hash;
        Ok(())
    }
}

pub fn create_company(conn: &mut Connection, company: &NewCompany, actor: &str) -> Result<Company> {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(map_error)?;
    let at = now_ms();
    tx.execute(
        "INSERT INTO companies (npwp, name, address, nitku, created_at, row_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            company.npwp,
            company.name,
            company.address,
            company.nitku,
            at,
            faktur_store::hash::company_hash(&company.npwp, &company.name, &company.address, &company.nitku, at)
        ],
    )
    .map_err(map_error)?;
    let id = tx.last_insert_rowid();
    let mut audit = AuditAppender::start(&tx, id)?;
    audit.append(
        &tx,
        &AuditFields {
            at,
            actor,
            action: "create",
            entity: "company",
            entity_id: id,
            detail: &company.npwp,
        },
    )?;
    tx.commit().map_err(map_error)?;
    Ok(Company {
        id,
        npwp: company.npwp.clone(),
        name: company.name.clone(),
        address: company.address.clone(),
        nitku: company.nitku.clone(),
        created_at: at,
    })
}

pub fn companies(conn: &Connection) -> Result<Vec<Company>> {
    let mut statement = conn
        .prepare("SELECT id, npwp, name, address, nitku, created_at FROM companies ORDER BY id")
        .map_err(map_error)?;
    let rows = statement
        .query_map([], |r| {
            Ok(Company {
                id: r.get(0)?,
                npwp: r.get(1)?,
                name: r.get(2)?,
                address: r.get(3)?,
                nitku: r.get(4)?,
                created_at: r.get(5)?,
            })
        })
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_error)
}

const INSERT_INVOICE: &str = "INSERT INTO invoices (company_id, kind, status, date, masa, trx_code, number, reference,
    replaces, seller_tin, seller_json, buyer_tin, buyer_json, add_info, facility_stamp, custom_doc, custom_doc_period,
    prices_include_vat, regime, era, tax_base, other_tax_base, vat, stlg, line_count, batch_id, created_by, created_at,
    updated_at, row_hash, source_json)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,
    ?24, ?25, ?26, ?27, ?28, ?28, ?29, ?30)";

const INSERT_LINE: &str =
    "INSERT INTO invoice_lines (invoice_id, line_no, opt, code, name, unit, price, qty, discount,
    luxury, vat_rate, stlg_rate, price_ex_vat, discount_ex_vat, tax_base, other_tax_base, vat, stlg, item_code)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";

/// Begins the write transaction of a company, checking that it exists.
pub(crate) fn begin_company(conn: &mut Connection, company_id: i64) -> Result<Transaction<'_>> {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(map_error)?;
    let exists: Option<i64> = tx
        .query_row(
            "SELECT id FROM companies WHERE id = ?1",
            [company_id],
            |r| r.get(0),
        )
        .optional()
        .map_err(map_error)?;
    if exists.is_none() {
        return Err(StoreError::new(
            ErrorKind::NotFound,
            format!("company {company_id}"),
        ));
    }
    Ok(tx)
}

pub fn insert(
    conn: &mut Connection,
    company_id: i64,
    batch: &[NewInvoice],
    actor: &str,
) -> Result<Vec<i64>> {
    let tx = begin_company(conn, company_id)?;
    let mut audit = AuditAppender::start(&tx, company_id)?;
    let stamp = Stamp::now();
    let ids = insert_in(
        &tx,
        company_id,
        &stamp,
        stamp.hash_each(batch, actor),
        actor,
        &mut audit,
    )?;
    tx.commit().map_err(map_error)?;
    Ok(ids)
}

/// Replaces the content of a draft that nothing was queued for yet: the
/// header, the lines, the checksum (same batch, creator and creation time,
/// a new update time), with an `edit` entry in the audit log. False when
/// the company has no such draft, or its upload is already queued.
pub fn update_draft(
    conn: &mut Connection,
    company_id: i64,
    id: i64,
    new: &NewInvoice,
    actor: &str,
) -> Result<bool> {
    let tx = begin_company(conn, company_id)?;
    let Some(record) = get(&tx, company_id, id)? else {
        return Ok(false);
    };
    if !record.editable_into(new) {
        return Ok(false);
    }
    let queued: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM outbox WHERE company_id = ?1 AND entity_id = ?2 AND operation = 'upload')")
        .and_then(|mut s| s.query_row(params![company_id, id], |r| r.get(0)))
        .map_err(map_error)?;
    if queued {
        return Ok(false);
    }
    let now = faktur_store::now_ms();
    let hash = record.checksum_of(new, now);
    let i = new;
    tx.prepare_cached(
        "UPDATE invoices SET status = ?1, date = ?2, masa = ?3, trx_code = ?4, number = ?5, reference = ?6,
         replaces = ?7, seller_tin = ?8, seller_json = ?9, buyer_tin = ?10, buyer_json = ?11, add_info = ?12,
         facility_stamp = ?13, custom_doc = ?14, custom_doc_period = ?15, prices_include_vat = ?16, regime = ?17,
         era = ?18, tax_base = ?19, other_tax_base = ?20, vat = ?21, stlg = ?22, line_count = ?23,
         updated_at = ?24, row_hash = ?25, source_json = ?26 WHERE id = ?27 AND company_id = ?28",
    )
    .and_then(|mut s| {
        s.execute(params![
            i.status, i.date, i.masa, i.trx_code, i.number, i.reference, i.replaces, i.seller_tin,
            i.seller_json, i.buyer_tin, i.buyer_json, i.add_info, i.facility_stamp, i.custom_doc,
            i.custom_doc_period, i.prices_include_vat, i.regime, i.era, i.tax_base, i.other_tax_base,
            i.vat, i.stlg, i.lines.len() as i64, now, hash, i.source_json, id, company_id
        ])
    })
    .map_err(map_error)?;
    tx.prepare_cached("DELETE FROM invoice_lines WHERE invoice_id = ?1")
        .and_then(|mut s| s.execute(params![id]))
        .map_err(map_error)?;
    {
        let mut line = tx.prepare_cached(INSERT_LINE).map_err(map_error)?;
        insert_lines(&mut line, id, &i.lines)?;
    }
    let mut audit = AuditAppender::start(&tx, company_id)?;
    audit.append(
        &tx,
        &AuditFields {
            at: now,
            actor,
            action: "edit",
            entity: "invoice",
            entity_id: id,
            detail: i.reference.as_deref().unwrap_or(""),
        },
    )?;
    tx.commit().map_err(map_error)?;
    Ok(true)
}

/// Inserts an invoice's lines with the prepared [`INSERT_LINE`].
fn insert_lines(line: &mut rusqlite::Statement<'_>, id: i64, lines: &[LineRecord]) -> Result<()> {
    for l in lines {
        line.execute(params![
            id,
            l.line_no,
            l.opt,
            l.code,
            l.name,
            l.unit,
            l.price,
            l.qty,
            l.discount,
            l.luxury,
            l.vat_rate,
            l.stlg_rate,
            l.price_ex_vat,
            l.discount_ex_vat,
            l.tax_base,
            l.other_tax_base,
            l.vat,
            l.stlg,
            l.item_code
        ])
        .map_err(map_error)?;
    }
    Ok(())
}

/// Inserts a batch inside an open transaction.
pub(crate) fn insert_in<'a>(
    tx: &Transaction<'_>,
    company_id: i64,
    stamp: &Stamp,
    batch: impl ExactSizeIterator<Item = ToWrite<'a>>,
    actor: &str,
    audit: &mut AuditAppender,
) -> Result<Vec<i64>> {
    let (batch_id, at) = (&stamp.batch_id, stamp.at);
    let mut ids = Vec::with_capacity(batch.len());
    {
        let mut header = tx.prepare_cached(INSERT_INVOICE).map_err(map_error)?;
        let mut line = tx.prepare_cached(INSERT_LINE).map_err(map_error)?;
        for (i, hash) in batch {
            header
                .execute(params![
                    company_id,
                    i.kind,
                    i.status,
                    i.date,
                    i.masa,
                    i.trx_code,
                    i.number,
                    i.reference,
                    i.replaces,
                    i.seller_tin,
                    i.seller_json,
                    i.buyer_tin,
                    i.buyer_json,
                    i.add_info,
                    i.facility_stamp,
                    i.custom_doc,
                    i.custom_doc_period,
                    i.prices_include_vat,
                    i.regime,
                    i.era,
                    i.tax_base,
                    i.other_tax_base,
                    i.vat,
                    i.stlg,
                    i.lines.len() as i64,
                    batch_id,
                    actor,
                    at,
                    hash,
                    i.source_json
                ])
                .map_err(|e| with_number(map_error(e), i))?;
            let id = tx.last_insert_rowid();
            insert_lines(&mut line, id, &i.lines)?;
            let detail = i.number.as_deref().or(i.reference.as_deref()).unwrap_or("");
            audit.append(
                tx,
                &AuditFields {
                    at,
                    actor,
                    action: "create",
                    entity: "invoice",
                    entity_id: id,
                    detail,
                },
            )?;
            ids.push(id);
        }
    }
    Ok(ids)
}

/// An unnumbered invoice with this reference. `+number` keeps the planner
/// off the unique (…, number) index: every unnumbered invoice of the company
/// is `number IS NULL` there, and walking them made each lookup as slow as
/// the company is large.
const REFERENCE_SQL: &str =
    "SELECT id FROM invoices WHERE company_id = ?1 AND kind = ?2 AND seller_tin = ?3
    AND reference = ?4 AND +number IS NULL LIMIT 1";

struct Sink<'a, 'b> {
    tx: &'a Transaction<'b>,
    company_id: i64,
    actor: &'a str,
    stamp: &'a Stamp,
    audit: AuditAppender,
}

impl faktur_store::InvoiceSink for Sink<'_, '_> {
    fn insert(&mut self, batch: &[Sealed]) -> Result<Vec<i64>> {
        let items = self.stamp.sealed_each(batch, self.actor);
        insert_in(
            self.tx,
            self.company_id,
            self.stamp,
            items,
            self.actor,
            &mut self.audit,
        )
    }

    fn holds_any(&mut self, kind: &str) -> Result<bool> {
        let found: Option<i64> = self
            .tx
            .prepare_cached("SELECT 1 FROM invoices WHERE company_id = ?1 AND kind = ?2 LIMIT 1")
            .and_then(|mut s| {
                s.query_row(params![self.company_id, kind], |r| r.get(0))
                    .optional()
            })
            .map_err(map_error)?;
        Ok(found.is_some())
    }

    fn exists(&mut self, kind: &str, seller_tin: &str, number: &str) -> Result<bool> {
        let found: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM invoices WHERE company_id = ?1 AND kind = ?2 AND seller_tin = ?3 AND number = ?4")
            .and_then(|mut s| s.query_row(params![self.company_id, kind, seller_tin, number], |r| r.get(0)).optional())
            .map_err(map_error)?;
        Ok(found.is_some())
    }

    fn reference_exists(&mut self, kind: &str, seller_tin: &str, reference: &str) -> Result<bool> {
        let found: Option<i64> = self
            .tx
            .prepare_cached(REFERENCE_SQL)
            .and_then(|mut s| {
                s.query_row(params![self.company_id, kind, seller_tin, reference], |r| {
                    r.get(0)
                })
                .optional()
            })
            .map_err(map_error)?;
        Ok(found.is_some())
    }

    fn insert_row(
        &mut self,
        table: &'static faktur_store::schema::Table,
        row: &[Value],
    ) -> Result<i64> {
        crate::notes::insert_row(
            self.tx,
            self.company_id,
            self.actor,
            &mut self.audit,
            table,
            row,
        )
    }

    fn find_invoice(
        &mut self,
        kind: &str,
        seller_tin: &str,
        number: &str,
    ) -> Result<Option<InvoiceRef>> {
        crate::notes::find_invoice(self.tx, self.company_id, kind, seller_tin, number)
    }

    fn returned(&mut self, invoice_id: i64) -> Result<[i64; 3]> {
        crate::notes::returned(self.tx, invoice_id)
    }

    fn note_exists(
        &mut self,
        table: &'static faktur_store::schema::Table,
        kind: &str,
        counterparty_tin: &str,
        number: &str,
    ) -> Result<bool> {
        crate::notes::exists(
            self.tx,
            self.company_id,
            table,
            kind,
            counterparty_tin,
            number,
        )
    }
}

pub fn import_session(
    conn: &mut Connection,
    company_id: i64,
    actor: &str,
    stamp: &Stamp,
    work: &mut dyn FnMut(&mut dyn faktur_store::InvoiceSink) -> Result<faktur_store::Decision>,
) -> Result<faktur_store::Decision> {
    let tx = begin_company(conn, company_id)?;
    let audit = AuditAppender::start(&tx, company_id)?;
    let decision = {
        let mut sink = Sink {
            tx: &tx,
            company_id,
            actor,
            stamp,
            audit,
        };
        work(&mut sink)?
    };
    match decision {
        faktur_store::Decision::Commit => tx.commit().map_err(map_error)?,
        faktur_store::Decision::Rollback => tx.rollback().map_err(map_error)?,
    }
    Ok(decision)
}

fn with_number(mut error: StoreError, invoice: &NewInvoice) -> StoreError {
    if error.kind == ErrorKind::DuplicateNumber {
        error.detail = format!(
            "{} {}",
            invoice.kind,
            invoice.number.as_deref().unwrap_or("?")
        );
    }
    error
}

pub(crate) const SELECT_INVOICE: &str = "SELECT id, company_id, kind, status, date, masa, trx_code, number, reference, replaces,
    seller_tin, seller_json, buyer_tin, buyer_json, add_info, facility_stamp, custom_doc, custom_doc_period,
    prices_include_vat, regime, era, tax_base, other_tax_base, vat, stlg, batch_id, created_by, created_at, updated_at,
    row_hash, source_json";

pub(crate) fn invoice_row(r: &Row<'_>) -> rusqlite::Result<InvoiceRecord> {
    Ok(InvoiceRecord {
        id: r.get(0)?,
        company_id: r.get(1)?,
        invoice: NewInvoice {
            kind: r.get(2)?,
            status: r.get(3)?,
            date: r.get(4)?,
            masa: r.get(5)?,
            trx_code: r.get(6)?,
            number: r.get(7)?,
            reference: r.get(8)?,
            replaces: r.get(9)?,
            seller_tin: r.get(10)?,
            seller_json: r.get(11)?,
            buyer_tin: r.get(12)?,
            buyer_json: r.get(13)?,
            add_info: r.get(14)?,
            facility_stamp: r.get(15)?,
            custom_doc: r.get(16)?,
            custom_doc_period: r.get(17)?,
            prices_include_vat: r.get(18)?,
            regime: r.get(19)?,
            era: r.get(20)?,
            tax_base: r.get(21)?,
            other_tax_base: r.get(22)?,
            vat: r.get(23)?,
            stlg: r.get(24)?,
            lines: Vec::new(),
            source_json: r.get(30)?,
        },
        batch_id: r.get(25)?,
        created_by: r.get(26)?,
        created_at: r.get(27)?,
        updated_at: r.get(28)?,
        row_hash: r.get(29)?,
    })
}

pub(crate) fn lines(conn: &Connection, invoice_id: i64) -> Result<Vec<LineRecord>> {
    let mut statement = conn
        .prepare_cached(
            "SELECT line_no, opt, code, name, unit, price, qty, discount, luxury, vat_rate, stlg_rate, price_ex_vat,
             discount_ex_vat, tax_base, other_tax_base, vat, stlg, item_code FROM invoice_lines WHERE invoice_id = ?1 ORDER BY line_no",
        )
        .map_err(map_error)?;
    let rows = statement
        .query_map([invoice_id], |r| {
            Ok(LineRecord {
                line_no: r.get(0)?,
                opt: r.get(1)?,
                code: r.get(2)?,
                name: r.get(3)?,
                unit: r.get(4)?,
                price: r.get(5)?,
                qty: r.get(6)?,
                discount: r.get(7)?,
                luxury: r.get(8)?,
                vat_rate: r.get(9)?,
                stlg_rate: r.get(10)?,
                price_ex_vat: r.get(11)?,
                discount_ex_vat: r.get(12)?,
                tax_base: r.get(13)?,
                other_tax_base: r.get(14)?,
                vat: r.get(15)?,
                stlg: r.get(16)?,
                item_code: r.get(17)?,
            })
        })
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_error)
}

pub fn get(conn: &Connection, company_id: i64, id: i64) -> Result<Option<InvoiceRecord>> {
    // Cached: the web API reads single invoices at a high rate, and parsing
    // the statement each time was a tenth of the cost. One read transaction
    // for the header and the lines: one lock of the file instead of two, and
    // both from the same snapshot.
    // (Inside a caller's transaction already, that one serves.)
    let tx = if conn.is_autocommit() {
        Some(conn.unchecked_transaction().map_err(map_error)?)
    } else {
        None
    };
    let sql = format!("{SELECT_INVOICE} FROM invoices WHERE company_id = ?1 AND id = ?2");
    let record = conn
        .prepare_cached(&sql)
        .and_then(|mut statement| {
            statement
                .query_row(params![company_id, id], invoice_row)
                .optional()
        })
        .map_err(map_error)?;
    let record = match record {
        Some(mut record) => {
            record.invoice.lines = lines(conn, id)?;
            Some(record)
        }
        None => None,
    };
    if let Some(tx) = tx {
        tx.commit().map_err(map_error)?;
    }
    Ok(record)
}

pub fn list(
    conn: &Connection,
    company_id: i64,
    filter: &InvoiceFilter,
) -> Result<Vec<InvoiceRecord>> {
    // Only the filters given go into the query, so SQLite can use the
    // (company_id, masa, kind, id) index instead of scanning the company.
    let mut sql = format!("{SELECT_INVOICE} FROM invoices WHERE company_id = ?1 AND id > ?2");
    let mut values: Vec<&dyn rusqlite::ToSql> = Vec::new();
    let after = filter.after_id.unwrap_or(0);
    let limit = filter.limit.unwrap_or(-1);
    for (column, value) in [
        ("masa", &filter.masa),
        ("kind", &filter.kind),
        ("status", &filter.status),
    ] {
        if let Some(value) = value {
            values.push(value);
            sql.push_str(&format!(" AND {column} = ?{}", values.len() + 3));
        }
    }
    sql.push_str(" ORDER BY id LIMIT ?3");
    let mut params: Vec<&dyn rusqlite::ToSql> = vec![&company_id, &after, &limit];
    params.extend(values);
    let mut statement = conn.prepare_cached(&sql).map_err(map_error)?;
    let rows = statement
        .query_map(params.as_slice(), invoice_row)
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_error)
}

pub(crate) const SELECT_AUDIT: &str =
    "SELECT id, company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log";

pub(crate) fn audit_row(r: &Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: r.get(0)?,
        company_id: r.get(1)?,
        at: r.get(2)?,
        actor: r.get(3)?,
        action: r.get(4)?,
        entity: r.get(5)?,
        entity_id: r.get(6)?,
        detail: r.get(7)?,
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
    })
}

pub fn audit_log(conn: &Connection, company_id: i64) -> Result<Vec<AuditEntry>> {
    let sql = format!("{SELECT_AUDIT} WHERE company_id = ?1 ORDER BY id");
    let mut statement = conn.prepare(&sql).map_err(map_error)?;
    let rows = statement
        .query_map([company_id], audit_row)
        .map_err(map_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(map_error)
}

pub fn append_audit(
    conn: &mut Connection,
    company_id: i64,
    fields: &AuditFields<'_>,
) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(map_error)?;
    let mut audit = AuditAppender::start(&tx, company_id)?;
    audit.append(&tx, fields)?;
    tx.commit().map_err(map_error)
}

/// The lines of `n` invoices (ids bound as `?`) of the company, by invoice
/// and line number.
fn lines_sql(company_id: i64, n: usize) -> String {
    let placeholders = vec!["?"; n].join(", ");
    format!(
        "SELECT l.invoice_id, l.line_no, l.opt, l.code, l.name, l.unit, l.price, l.qty, l.discount, l.luxury,
         l.vat_rate, l.stlg_rate, l.price_ex_vat, l.discount_ex_vat, l.tax_base, l.other_tax_base, l.vat, l.stlg,
         l.item_code FROM invoice_lines l CROSS JOIN invoices i ON i.id = l.invoice_id
         WHERE i.company_id = {company_id} AND l.invoice_id IN ({placeholders}) ORDER BY l.invoice_id, l.line_no"
    )
}

pub fn lines_of(
    conn: &Connection,
    company_id: i64,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<LineRecord>>> {
    let mut out: std::collections::HashMap<i64, Vec<LineRecord>> = std::collections::HashMap::new();
    // CROSS JOIN keeps the lines (looked up by the ids given) as the outer
    // loop: left to itself, the planner walked every invoice of the company
    // for each page, which made exporting a masa of a large company
    // quadratic.
    for chunk in ids.chunks(900) {
        let sql = lines_sql(company_id, chunk.len());
        let mut statement = conn.prepare(&sql).map_err(map_error)?;
        let mut rows = statement
            .query(rusqlite::params_from_iter(chunk.iter()))
            .map_err(map_error)?;
        while let Some(r) = rows.next().map_err(map_error)? {
            let line = (|| -> rusqlite::Result<(i64, LineRecord)> {
                Ok((
                    r.get(0)?,
                    LineRecord {
                        line_no: r.get(1)?,
                        opt: r.get(2)?,
                        code: r.get(3)?,
                        name: r.get(4)?,
                        unit: r.get(5)?,
                        price: r.get(6)?,
                        qty: r.get(7)?,
                        discount: r.get(8)?,
                        luxury: r.get(9)?,
                        vat_rate: r.get(10)?,
                        stlg_rate: r.get(11)?,
                        price_ex_vat: r.get(12)?,
                        discount_ex_vat: r.get(13)?,
                        tax_base: r.get(14)?,
                        other_tax_base: r.get(15)?,
                        vat: r.get(16)?,
                        stlg: r.get(17)?,
                        item_code: r.get(18)?,
                    },
                ))
            })()
            .map_err(map_error)?;
            out.entry(line.0).or_default().push(line.1);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    /// Regression: the lines of a page of invoices are looked up by their
    /// ids. The planner once walked every invoice of the company for each
    /// page instead (exporting a masa of a million invoices took 20 s).
    #[test]
    fn lines_of_a_page_are_looked_up_by_invoice_id() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::SqliteStore::open(&dir.path().join("c.sqlite")).unwrap();
        let conn = store.lock().unwrap();
        let plan: Vec<String> = conn
            // The planner turns to the bad plan for long id lists only.
            .prepare(&format!("EXPLAIN QUERY PLAN {}", super::lines_sql(1, 900)))
            .unwrap()
            .query_map(rusqlite::params_from_iter(1..=900), |r| {
                r.get::<_, String>(3)
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(plan[0].starts_with("SEARCH l USING"), "{plan:?}");
        assert!(plan.iter().all(|step| !step.contains("SCAN")), "{plan:?}");
    }

    /// Regression: a reference is looked up through the reference index.
    /// The planner once took the unique (…, number) index with `number IS
    /// NULL` and walked every unnumbered invoice (importing 1,000 Coretax
    /// invoices into a company of 90,000 took 10 s).
    #[test]
    fn references_are_looked_up_by_the_reference_index() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::SqliteStore::open(&dir.path().join("c.sqlite")).unwrap();
        let conn = store.lock().unwrap();
        let plan: String = conn
            .query_row(
                &format!("EXPLAIN QUERY PLAN {}", super::REFERENCE_SQL),
                rusqlite::params![1, "output", "0013121660091000", "INV/1"],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("invoices_by_reference"), "{plan}");
    }
}

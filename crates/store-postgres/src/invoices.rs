//! Companies, invoices (bulk-loaded through COPY) and the audit log.

use crate::copy_text::CopyBuffer;
use crate::map_error;
use faktur_store::hash::{audit_hash, AuditFields, GENESIS};
use faktur_store::model::*;
use faktur_store::{now_ms, ErrorKind, Result, StoreError};
use postgres::{Client, Row, Transaction};
use std::io::Write;

/// Serializes writers of one company, so the audit chain never forks.
fn lock_company(tx: &mut Transaction<'_>, company_id: i64) -> Result<()> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&company_id])
        .map_err(map_error)?;
    Ok(())
}

pub(crate) fn last_audit_hash(tx: &mut Transaction<'_>, company_id: i64) -> Result<String> {
    let row = tx
        .query_opt(
            "SELECT hash FROM audit_log WHERE company_id = $1 ORDER BY id DESC LIMIT 1",
            &[&company_id],
        )
        .map_err(map_error)?;
    Ok(row.map_or_else(|| GENESIS.to_string(), |r| r.get(0)))
}

fn next_ids(tx: &mut Transaction<'_>, table: &str, n: usize) -> Result<Vec<i64>> {
    let sql = format!("SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1::BIGINT)");
    let rows = tx.query(sql.as_str(), &[&(n as i64)]).map_err(map_error)?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

fn copy_in(tx: &mut Transaction<'_>, statement: &str, data: &str) -> Result<()> {
    let mut writer = tx.copy_in(statement).map_err(map_error)?;
    writer
        .write_all(data.as_bytes())
        .map_err(|e| StoreError::new(ErrorKind::ConnectionLost, e.to_string()))?;
    writer.finish().map_err(map_error)?;
    Ok(())
}

pub fn create_company(client: &mut Client, company: &NewCompany, actor: &str) -> Result<Company> {
    let mut tx = client.transaction().map_err(map_error)?;
    let at = now_ms();
    let row = tx
        .query_one(
            "INSERT INTO companies (npwp, name, address, nitku, created_at, row_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            &[
                &company.npwp,
                &company.name,
                &company.address,
                &company.nitku,
                &at,
                &faktur_store::hash::company_hash(&company.npwp, &company.name, &company.address, &company.nitku, at),
            ],
        )
        .map_err(map_error)?;
    let id: i64 = row.get(0);
    lock_company(&mut tx, id)?;
    let fields = AuditFields {
        at,
        actor,
        action: "create",
        entity: "company",
        entity_id: id,
        detail: &company.npwp,
    };
    let hash = audit_hash(GENESIS, id, &fields);
    tx.execute(
        "INSERT INTO audit_log (company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
         VALUES ($1, $2, $3, 'create', 'company', $1, $4, $5, $6)",
        &[&id, &at, &actor, &company.npwp, &GENESIS, &hash],
    )
    .map_err(map_error)?;
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

pub fn companies(client: &mut Client) -> Result<Vec<Company>> {
    let rows = client
        .query(
            "SELECT id, npwp, name, address, nitku, created_at FROM companies ORDER BY id",
            &[],
        )
        .map_err(map_error)?;
    Ok(rows
        .iter()
        .map(|r| Company {
            id: r.get(0),
            npwp: r.get(1),
            name: r.get(2),
            address: r.get(3),
            nitku: r.get(4),
            created_at: r.get(5),
        })
        .collect())
}

const COPY_INVOICES: &str = "COPY invoices (id, company_id, kind, status, date, masa, trx_code, number, reference,
    replaces, seller_tin, seller_json, buyer_tin, buyer_json, add_info, facility_stamp, custom_doc, custom_doc_period,
    prices_include_vat, regime, era, tax_base, other_tax_base, vat, stlg, line_count, batch_id, created_by, created_at,
    updated_at, row_hash, source_json) FROM STDIN";

const COPY_LINES: &str = "COPY invoice_lines (invoice_id, line_no, opt, code, name, unit, price, qty, discount, luxury,
    vat_rate, stlg_rate, price_ex_vat, discount_ex_vat, tax_base, other_tax_base, vat, stlg, item_code) FROM STDIN";

const COPY_AUDIT: &str =
    "COPY audit_log (id, company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash) FROM STDIN";

/// Begins a write transaction of a company: its advisory lock, and a check
/// that it exists.
pub(crate) fn begin_company(client: &mut Client, company_id: i64) -> Result<Transaction<'_>> {
    let mut tx = client.transaction().map_err(map_error)?;
    lock_company(&mut tx, company_id)?;
    if tx
        .query_opt("SELECT 1 FROM companies WHERE id = $1", &[&company_id])
        .map_err(map_error)?
        .is_none()
    {
        return Err(StoreError::new(
            ErrorKind::NotFound,
            format!("company {company_id}"),
        ));
    }
    Ok(tx)
}

pub fn insert(
    client: &mut Client,
    company_id: i64,
    batch: &[NewInvoice],
    actor: &str,
) -> Result<Vec<i64>> {
    let mut tx = begin_company(client, company_id)?;
    let stamp = Stamp::now();
    let ids = insert_in(
        &mut tx,
        company_id,
        &stamp,
        stamp.hash_each(batch, actor),
        actor,
    )?;
    tx.commit().map_err(map_error)?;
    Ok(ids)
}

/// Bulk-loads a batch through COPY inside an open transaction.
pub(crate) fn insert_in<'a>(
    tx: &mut Transaction<'_>,
    company_id: i64,
    stamp: &Stamp,
    batch: impl ExactSizeIterator<Item = ToWrite<'a>>,
    actor: &str,
) -> Result<Vec<i64>> {
    if batch.len() == 0 {
        return Ok(Vec::new());
    }
    let ids = next_ids(tx, "invoices", batch.len())?;
    let audit_ids = next_ids(tx, "audit_log", batch.len())?;
    let (batch_id, at) = (&stamp.batch_id, stamp.at);
    let mut prev = last_audit_hash(tx, company_id)?;
    let (mut headers, mut lines, mut audit) = (
        CopyBuffer::default(),
        CopyBuffer::default(),
        CopyBuffer::default(),
    );
    for ((id, audit_id), (i, hash)) in ids.iter().zip(&audit_ids).zip(batch) {
        headers
            .row()
            .int(*id)
            .int(company_id)
            .text(&i.kind)
            .text(&i.status)
            .text(&i.date)
            .text(&i.masa);
        headers
            .text(&i.trx_code)
            .opt(i.number.as_deref())
            .opt(i.reference.as_deref())
            .opt(i.replaces.as_deref());
        headers
            .text(&i.seller_tin)
            .text(&i.seller_json)
            .text(&i.buyer_tin)
            .text(&i.buyer_json);
        headers
            .opt(i.add_info.as_deref())
            .opt(i.facility_stamp.as_deref())
            .opt(i.custom_doc.as_deref());
        headers
            .opt(i.custom_doc_period.as_deref())
            .int(i64::from(i.prices_include_vat))
            .text(&i.regime)
            .text(&i.era);
        headers
            .int(i.tax_base)
            .int(i.other_tax_base)
            .int(i.vat)
            .int(i.stlg)
            .int(i.lines.len() as i64);
        headers
            .text(batch_id)
            .text(actor)
            .int(at)
            .int(at)
            .text(&hash)
            .opt(i.source_json.as_deref())
            .end();
        for l in &i.lines {
            lines
                .row()
                .int(*id)
                .int(l.line_no)
                .text(&l.opt)
                .text(&l.code)
                .text(&l.name)
                .text(&l.unit);
            lines
                .text(&l.price)
                .text(&l.qty)
                .text(&l.discount)
                .int(i64::from(l.luxury))
                .text(&l.vat_rate);
            lines
                .text(&l.stlg_rate)
                .text(&l.price_ex_vat)
                .text(&l.discount_ex_vat)
                .int(l.tax_base);
            lines
                .int(l.other_tax_base)
                .int(l.vat)
                .int(l.stlg)
                .opt(l.item_code.as_deref())
                .end();
        }
        let detail = i.number.as_deref().or(i.reference.as_deref()).unwrap_or("");
        let fields = AuditFields {
            at,
            actor,
            action: "create",
            entity: "invoice",
            entity_id: *id,
            detail,
        };
        let hash = audit_hash(&prev, company_id, &fields);
        audit
            .row()
            .int(*audit_id)
            .int(company_id)
            .int(at)
            .text(actor)
            .text("create")
            .text("invoice");
        audit.int(*id).text(detail).text(&prev).text(&hash).end();
        prev = hash;
    }
    copy_in(tx, COPY_INVOICES, &headers.text)?;
    copy_in(tx, COPY_LINES, &lines.text)?;
    copy_in(tx, COPY_AUDIT, &audit.text)?;
    Ok(ids)
}

struct Sink<'a, 'b> {
    tx: &'a mut Transaction<'b>,
    company_id: i64,
    actor: &'a str,
    stamp: &'a Stamp,
}

impl faktur_store::InvoiceSink for Sink<'_, '_> {
    fn insert(&mut self, batch: &[Sealed]) -> Result<Vec<i64>> {
        let items = self.stamp.sealed_each(batch, self.actor);
        insert_in(self.tx, self.company_id, self.stamp, items, self.actor)
    }

    fn holds_any(&mut self, kind: &str) -> Result<bool> {
        let row = self
            .tx
            .query_opt(
                "SELECT 1 FROM invoices WHERE company_id = $1 AND kind = $2 LIMIT 1",
                &[&self.company_id, &kind],
            )
            .map_err(map_error)?;
        Ok(row.is_some())
    }

    fn exists(&mut self, kind: &str, seller_tin: &str, number: &str) -> Result<bool> {
        let row = self
            .tx
            .query_opt(
                "SELECT 1 FROM invoices WHERE company_id = $1 AND kind = $2 AND seller_tin = $3 AND number = $4",
                &[&self.company_id, &kind, &seller_tin, &number],
            )
            .map_err(map_error)?;
        Ok(row.is_some())
    }

    fn reference_exists(&mut self, kind: &str, seller_tin: &str, reference: &str) -> Result<bool> {
        let row = self
            .tx
            .query_opt(
                "SELECT 1 FROM invoices WHERE company_id = $1 AND kind = $2 AND seller_tin = $3 AND reference = $4 AND number IS NULL LIMIT 1",
                &[&self.company_id, &kind, &seller_tin, &reference],
            )
            .map_err(map_error)?;
        Ok(row.is_some())
    }

    fn insert_row(
        &mut self,
        table: &'static faktur_store::schema::Table,
        row: &[Value],
    ) -> Result<i64> {
        crate::notes::insert_row(self.tx, self.company_id, self.actor, table, row)
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
    client: &mut Client,
    company_id: i64,
    actor: &str,
    stamp: &Stamp,
    work: &mut dyn FnMut(&mut dyn faktur_store::InvoiceSink) -> Result<faktur_store::Decision>,
) -> Result<faktur_store::Decision> {
    let mut tx = begin_company(client, company_id)?;
    let decision = {
        let mut sink = Sink {
            tx: &mut tx,
            company_id,
            actor,
            stamp,
        };
        work(&mut sink)?
    };
    match decision {
        faktur_store::Decision::Commit => tx.commit().map_err(map_error)?,
        faktur_store::Decision::Rollback => tx.rollback().map_err(map_error)?,
    }
    Ok(decision)
}

const SELECT_INVOICE: &str = "SELECT id, company_id, kind, status, date, masa, trx_code, number, reference, replaces,
    seller_tin, seller_json, buyer_tin, buyer_json, add_info, facility_stamp, custom_doc, custom_doc_period,
    prices_include_vat, regime, era, tax_base, other_tax_base, vat, stlg, batch_id, created_by, created_at, updated_at,
    row_hash, source_json FROM invoices";

pub(crate) fn invoice_row(r: &Row) -> InvoiceRecord {
    InvoiceRecord {
        id: r.get(0),
        company_id: r.get(1),
        invoice: NewInvoice {
            kind: r.get(2),
            status: r.get(3),
            date: r.get(4),
            masa: r.get(5),
            trx_code: r.get(6),
            number: r.get(7),
            reference: r.get(8),
            replaces: r.get(9),
            seller_tin: r.get(10),
            seller_json: r.get(11),
            buyer_tin: r.get(12),
            buyer_json: r.get(13),
            add_info: r.get(14),
            facility_stamp: r.get(15),
            custom_doc: r.get(16),
            custom_doc_period: r.get(17),
            prices_include_vat: r.get::<_, i64>(18) != 0,
            regime: r.get(19),
            era: r.get(20),
            tax_base: r.get(21),
            other_tax_base: r.get(22),
            vat: r.get(23),
            stlg: r.get(24),
            lines: Vec::new(),
            source_json: r.get(30),
        },
        batch_id: r.get(25),
        created_by: r.get(26),
        created_at: r.get(27),
        updated_at: r.get(28),
        row_hash: r.get(29),
    }
}

pub(crate) fn line_row(r: &Row, offset: usize) -> LineRecord {
    LineRecord {
        line_no: r.get(offset),
        opt: r.get(offset + 1),
        code: r.get(offset + 2),
        name: r.get(offset + 3),
        unit: r.get(offset + 4),
        price: r.get(offset + 5),
        qty: r.get(offset + 6),
        discount: r.get(offset + 7),
        luxury: r.get::<_, i64>(offset + 8) != 0,
        vat_rate: r.get(offset + 9),
        stlg_rate: r.get(offset + 10),
        price_ex_vat: r.get(offset + 11),
        discount_ex_vat: r.get(offset + 12),
        tax_base: r.get(offset + 13),
        other_tax_base: r.get(offset + 14),
        vat: r.get(offset + 15),
        stlg: r.get(offset + 16),
        item_code: r.get(offset + 17),
    }
}

pub(crate) const LINE_COLUMNS: &str =
    "line_no, opt, code, name, unit, price, qty, discount, luxury, vat_rate, stlg_rate,
    price_ex_vat, discount_ex_vat, tax_base, other_tax_base, vat, stlg, item_code";

pub fn get(
    client: &mut impl postgres::GenericClient,
    company_id: i64,
    id: i64,
) -> Result<Option<InvoiceRecord>> {
    let sql = format!("{SELECT_INVOICE} WHERE company_id = $1 AND id = $2");
    let Some(row) = client
        .query_opt(sql.as_str(), &[&company_id, &id])
        .map_err(map_error)?
    else {
        return Ok(None);
    };
    let mut record = invoice_row(&row);
    let sql =
        format!("SELECT {LINE_COLUMNS} FROM invoice_lines WHERE invoice_id = $1 ORDER BY line_no");
    let lines = client.query(sql.as_str(), &[&id]).map_err(map_error)?;
    record.invoice.lines = lines.iter().map(|r| line_row(r, 0)).collect();
    Ok(Some(record))
}

pub fn list(
    client: &mut Client,
    company_id: i64,
    filter: &InvoiceFilter,
) -> Result<Vec<InvoiceRecord>> {
    // Only the filters given go into the query (see the SQLite store).
    let after = filter.after_id.unwrap_or(0);
    let limit = filter.limit.filter(|l| *l >= 0).unwrap_or(i64::MAX);
    let mut sql = format!("{SELECT_INVOICE} WHERE company_id = $1 AND id > $2");
    let mut params: Vec<&(dyn postgres::types::ToSql + Sync)> = vec![&company_id, &after, &limit];
    for (column, value) in [
        ("masa", &filter.masa),
        ("kind", &filter.kind),
        ("status", &filter.status),
    ] {
        if let Some(value) = value {
            params.push(value);
            sql.push_str(&format!(" AND {column} = ${}", params.len()));
        }
    }
    sql.push_str(" ORDER BY id LIMIT $3");
    let rows = client.query(sql.as_str(), &params).map_err(map_error)?;
    Ok(rows.iter().map(invoice_row).collect())
}

pub(crate) fn audit_row(r: &Row) -> AuditEntry {
    AuditEntry {
        id: r.get(0),
        company_id: r.get(1),
        at: r.get(2),
        actor: r.get(3),
        action: r.get(4),
        entity: r.get(5),
        entity_id: r.get(6),
        detail: r.get(7),
        prev_hash: r.get(8),
        hash: r.get(9),
    }
}

pub fn audit_log(client: &mut Client, company_id: i64) -> Result<Vec<AuditEntry>> {
    let rows = client
        .query(
            "SELECT id, company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log
             WHERE company_id = $1 ORDER BY id",
            &[&company_id],
        )
        .map_err(map_error)?;
    Ok(rows.iter().map(audit_row).collect())
}

/// Replaces the content of a draft that nothing was queued for yet (see
/// `Store::update_draft`).
pub fn update_draft(
    client: &mut Client,
    company_id: i64,
    id: i64,
    new: &NewInvoice,
    actor: &str,
) -> Result<bool> {
    let mut tx = begin_company(client, company_id)?;
    let Some(record) = get(&mut tx, company_id, id)? else {
        return Ok(false);
    };
    if !record.editable_into(new) {
        return Ok(false);
    }
    let queued: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM outbox WHERE company_id = $1 AND entity_id = $2 AND operation = 'upload')",
            &[&company_id, &id],
        )
        .map_err(map_error)?
        .get(0);
    if queued {
        return Ok(false);
    }
    let now = faktur_store::now_ms();
    let hash = record.checksum_of(new, now);
    let i = new;
    let line_count = i.lines.len() as i64;
    let prices_include_vat = i64::from(i.prices_include_vat);
    tx.execute(
        "UPDATE invoices SET status = $1, date = $2, masa = $3, trx_code = $4, number = $5, reference = $6,
         replaces = $7, seller_tin = $8, seller_json = $9, buyer_tin = $10, buyer_json = $11, add_info = $12,
         facility_stamp = $13, custom_doc = $14, custom_doc_period = $15, prices_include_vat = $16, regime = $17,
         era = $18, tax_base = $19, other_tax_base = $20, vat = $21, stlg = $22, line_count = $23,
         updated_at = $24, row_hash = $25, source_json = $26 WHERE id = $27 AND company_id = $28",
        &[
            &i.status, &i.date, &i.masa, &i.trx_code, &i.number, &i.reference, &i.replaces,
            &i.seller_tin, &i.seller_json, &i.buyer_tin, &i.buyer_json, &i.add_info,
            &i.facility_stamp, &i.custom_doc, &i.custom_doc_period, &prices_include_vat, &i.regime,
            &i.era, &i.tax_base, &i.other_tax_base, &i.vat, &i.stlg, &line_count, &now, &hash,
            &i.source_json, &id, &company_id,
        ],
    )
    .map_err(map_error)?;
    tx.execute("DELETE FROM invoice_lines WHERE invoice_id = $1", &[&id])
        .map_err(map_error)?;
    let insert = tx
        .prepare(&format!(
            "INSERT INTO invoice_lines (invoice_id, {LINE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
             $11, $12, $13, $14, $15, $16, $17, $18, $19)"
        ))
        .map_err(map_error)?;
    for l in &i.lines {
        let luxury = i64::from(l.luxury);
        tx.execute(
            &insert,
            &[
                &id,
                &l.line_no,
                &l.opt,
                &l.code,
                &l.name,
                &l.unit,
                &l.price,
                &l.qty,
                &l.discount,
                &luxury,
                &l.vat_rate,
                &l.stlg_rate,
                &l.price_ex_vat,
                &l.discount_ex_vat,
                &l.tax_base,
                &l.other_tax_base,
                &l.vat,
                &l.stlg,
                &l.item_code,
            ],
        )
        .map_err(map_error)?;
    }
    let fields = AuditFields {
        at: now,
        actor,
        action: "edit",
        entity: "invoice",
        entity_id: id,
        detail: i.reference.as_deref().unwrap_or(""),
    };
    let prev = last_audit_hash(&mut tx, company_id)?;
    let audit = audit_hash(&prev, company_id, &fields);
    tx.execute(
        "INSERT INTO audit_log (company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[&company_id, &fields.at, &fields.actor, &fields.action, &fields.entity, &fields.entity_id, &fields.detail, &prev, &audit],
    )
    .map_err(map_error)?;
    tx.commit().map_err(map_error)?;
    Ok(true)
}

pub fn append_audit(client: &mut Client, company_id: i64, fields: &AuditFields<'_>) -> Result<()> {
    let mut tx = client.transaction().map_err(map_error)?;
    lock_company(&mut tx, company_id)?;
    let prev = last_audit_hash(&mut tx, company_id)?;
    let hash = audit_hash(&prev, company_id, fields);
    tx.execute(
        "INSERT INTO audit_log (company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        &[&company_id, &fields.at, &fields.actor, &fields.action, &fields.entity, &fields.entity_id, &fields.detail, &prev, &hash],
    )
    .map_err(map_error)?;
    tx.commit().map_err(map_error)
}

pub fn lines_of(
    client: &mut Client,
    company_id: i64,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<LineRecord>>> {
    let columns = LINE_COLUMNS
        .split(", ")
        .map(|c| format!("l.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT l.invoice_id, {columns} FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE i.company_id = $1 AND l.invoice_id = ANY($2) ORDER BY l.invoice_id, l.line_no"
    );
    let ids: Vec<i64> = ids.to_vec();
    let rows = client
        .query(sql.as_str(), &[&company_id, &ids])
        .map_err(map_error)?;
    let mut out: std::collections::HashMap<i64, Vec<LineRecord>> = std::collections::HashMap::new();
    for row in &rows {
        out.entry(row.get(0)).or_default().push(line_row(row, 1));
    }
    Ok(out)
}

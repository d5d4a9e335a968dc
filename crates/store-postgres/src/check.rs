//! Integrity checks: reachability and schema (quick); every invoice checksum
//! and each company's audit chain (full). PostgreSQL guards its own page
//! structure and foreign keys.

use crate::invoices::{audit_row, invoice_row, line_row, LINE_COLUMNS};
use crate::map_error;
use faktur_store::model::*;
use faktur_store::verify::{verify_invoice, AuditChain, InvoiceMeta};
use faktur_store::Result;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::Client;

pub fn run(client: &mut Client, level: CheckLevel) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    let version = crate::migrate::current_version(client)?;
    report.verified.push(("schema version".into(), version));
    // Row checks are written for the current schema (see the SQLite check).
    if level == CheckLevel::Quick
        || version == 0
        || version < faktur_store::schema::latest_version()
    {
        return Ok(report);
    }
    for row in client
        .query("SELECT id, npwp, name, address, nitku, created_at, row_hash FROM companies ORDER BY id", &[])
        .map_err(map_error)?
    {
        let values = vec![
            faktur_store::Value::Int(row.get(0)),
            faktur_store::Value::Text(row.get(1)),
            faktur_store::Value::Text(row.get(2)),
            faktur_store::Value::Text(row.get(3)),
            faktur_store::Value::Text(row.get(4)),
            faktur_store::Value::Int(row.get(5)),
            row.get::<_, Option<String>>(6).map_or(faktur_store::Value::Null, faktur_store::Value::Text),
        ];
        faktur_store::verify::verify_company(&values, &mut report);
    }
    check_invoices(client, &mut report)?;
    crate::notes::check(client, &mut report)?;
    check_audit(client, &mut report)?;
    for row in client
        .query(faktur_store::verify::ORPHANS_SQL, &[])
        .map_err(map_error)?
    {
        let (what, id): (String, i64) = (row.get(0), row.get(1));
        report.problems.push(format!("{what} {id}"));
    }
    Ok(report)
}

fn no_params() -> std::iter::Empty<&'static (dyn ToSql + Sync)> {
    std::iter::empty()
}

fn check_invoices(client: &mut Client, report: &mut CheckReport) -> Result<()> {
    // One ordered stream of invoices joined with their lines, grouped here.
    let sql = format!(
        "SELECT i.id, i.company_id, i.kind, i.status, i.date, i.masa, i.trx_code, i.number, i.reference, i.replaces,
         i.seller_tin, i.seller_json, i.buyer_tin, i.buyer_json, i.add_info, i.facility_stamp, i.custom_doc,
         i.custom_doc_period, i.prices_include_vat, i.regime, i.era, i.tax_base, i.other_tax_base, i.vat, i.stlg,
         i.batch_id, i.created_by, i.created_at, i.updated_at, i.row_hash, i.source_json, i.line_count, {}
         FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id ORDER BY i.id, l.line_no",
        LINE_COLUMNS.split(", ").map(|c| format!("l.{}", c.trim())).collect::<Vec<_>>().join(", ")
    );
    let mut rows = client
        .query_raw(sql.as_str(), no_params())
        .map_err(map_error)?;
    let mut current: Option<(InvoiceRecord, i64)> = None;
    let mut count = 0i64;
    let finish = |current: Option<(InvoiceRecord, i64)>, report: &mut CheckReport| {
        if let Some((record, line_count)) = current {
            let meta = InvoiceMeta {
                id: record.id,
                company_id: record.company_id,
                line_count,
                batch_id: record.batch_id.clone(),
                created_by: record.created_by.clone(),
                created_at: record.created_at,
                updated_at: record.updated_at,
                row_hash: record.row_hash.clone(),
            };
            verify_invoice(&meta, &record.invoice, report);
        }
    };
    while let Some(row) = rows.next().map_err(map_error)? {
        let id: i64 = row.get(0);
        if current.as_ref().map(|(r, _)| r.id) != Some(id) {
            finish(current.take(), report);
            count += 1;
            current = Some((invoice_row(&row), row.get(31)));
        }
        let has_line: Option<i64> = row.get(32);
        if has_line.is_some() {
            if let Some((record, _)) = current.as_mut() {
                record.invoice.lines.push(line_row(&row, 32));
            }
        }
    }
    finish(current.take(), report);
    report.verified.push(("invoices".into(), count));
    Ok(())
}

fn check_audit(client: &mut Client, report: &mut CheckReport) -> Result<()> {
    let mut rows = client
        .query_raw(
            "SELECT id, company_id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log
             ORDER BY company_id, id",
            no_params(),
        )
        .map_err(map_error)?;
    let mut chain = AuditChain::default();
    while let Some(row) = rows.next().map_err(map_error)? {
        chain.feed(&audit_row(&row), report);
    }
    report.verified.push(("audit entries".into(), chain.count));
    Ok(())
}

//! Storing computed invoices (3 lines each) on both backends, beside a raw
//! baseline measured in the same run: plain prepared INSERTs of the same
//! rows, no checksums, no audit log, no validation.
//!
//! `cargo bench -p faktur-db --bench store` (starts its own PostgreSQL with
//! default durability). Figures go into docs/benchmarks.md.

use faktur_pg_testing::PgServer;
use faktur_store::contract::{sample_company, sample_invoice};
use faktur_store::{NewInvoice, Store};
use faktur_store_postgres::PgStore;
use faktur_store_sqlite::SqliteStore;
use std::time::Instant;

const INVOICES: usize = 60_000;
const BATCH: usize = 1_000;
const ROUNDS: usize = 3;
const LINES: usize = 3;

fn invoices(offset: usize) -> Vec<NewInvoice> {
    (0..INVOICES)
        .map(|n| sample_invoice((offset + n) as i64, LINES))
        .collect()
}

fn lines_per_second(seconds: f64) -> f64 {
    (INVOICES * LINES) as f64 / seconds
}

fn median(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(|a, b| a.total_cmp(b));
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

fn sqlite_store(dir: &std::path::Path, round: usize, rows: &[NewInvoice]) -> f64 {
    let store = SqliteStore::open(&dir.join(format!("store-{round}.sqlite"))).unwrap();
    let company = store.create_company(&sample_company(1), "bench").unwrap();
    let start = Instant::now();
    for chunk in rows.chunks(BATCH) {
        store.insert_invoices(company.id, chunk, "bench").unwrap();
    }
    lines_per_second(start.elapsed().as_secs_f64())
}

fn sqlite_raw(dir: &std::path::Path, round: usize, rows: &[NewInvoice]) -> f64 {
    let path = dir.join(format!("raw-{round}.sqlite"));
    let company = {
        let store = SqliteStore::open(&path).unwrap();
        store
            .create_company(&sample_company(1), "bench")
            .unwrap()
            .id
    };
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    let start = Instant::now();
    for chunk in rows.chunks(BATCH) {
        let tx = conn.transaction().unwrap();
        {
            let mut header = tx.prepare_cached(RAW_INVOICE).unwrap();
            let mut line = tx.prepare_cached(RAW_LINE).unwrap();
            for i in chunk {
                header
                    .execute(rusqlite::params![
                        company,
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
                        "raw",
                        "raw",
                        0i64,
                        0i64,
                        ""
                    ])
                    .unwrap();
                let id = tx.last_insert_rowid();
                for l in &i.lines {
                    line.execute(rusqlite::params![
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
                        l.stlg
                    ])
                    .unwrap();
                }
            }
        }
        tx.commit().unwrap();
    }
    lines_per_second(start.elapsed().as_secs_f64())
}

const RAW_INVOICE: &str = "INSERT INTO invoices (company_id, kind, status, date, masa, trx_code, number, reference,
    replaces, seller_tin, seller_json, buyer_tin, buyer_json, add_info, facility_stamp, custom_doc, custom_doc_period,
    prices_include_vat, regime, era, tax_base, other_tax_base, vat, stlg, line_count, batch_id, created_by, created_at,
    updated_at, row_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
    ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)";

const RAW_LINE: &str =
    "INSERT INTO invoice_lines (invoice_id, line_no, opt, code, name, unit, price, qty, discount,
    luxury, vat_rate, stlg_rate, price_ex_vat, discount_ex_vat, tax_base, other_tax_base, vat, stlg)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";

fn pg_store(server: &PgServer, rows: &[NewInvoice]) -> f64 {
    let store = PgStore::open(&server.fresh_database().unwrap()).unwrap();
    let company = store.create_company(&sample_company(1), "bench").unwrap();
    let start = Instant::now();
    for chunk in rows.chunks(BATCH) {
        store.insert_invoices(company.id, chunk, "bench").unwrap();
    }
    lines_per_second(start.elapsed().as_secs_f64())
}

fn pg_raw(server: &PgServer, rows: &[NewInvoice]) -> f64 {
    let url = server.fresh_database().unwrap();
    let company = {
        let store = PgStore::open(&url).unwrap();
        store
            .create_company(&sample_company(1), "bench")
            .unwrap()
            .id
    };
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let header = client
        .prepare(&format!("{} RETURNING id", header_sql()))
        .unwrap();
    let line = client.prepare(&RAW_LINE.replace('?', "$")).unwrap();
    let start = Instant::now();
    for chunk in rows.chunks(BATCH) {
        let mut tx = client.transaction().unwrap();
        for i in chunk {
            let bool_int = i64::from(i.prices_include_vat);
            let count = i.lines.len() as i64;
            let zero = 0i64;
            let empty = "";
            let raw = "raw";
            let row = tx
                .query_one(
                    &header,
                    &[
                        &company,
                        &i.kind,
                        &i.status,
                        &i.date,
                        &i.masa,
                        &i.trx_code,
                        &i.number,
                        &i.reference,
                        &i.replaces,
                        &i.seller_tin,
                        &i.seller_json,
                        &i.buyer_tin,
                        &i.buyer_json,
                        &i.add_info,
                        &i.facility_stamp,
                        &i.custom_doc,
                        &i.custom_doc_period,
                        &bool_int,
                        &i.regime,
                        &i.era,
                        &i.tax_base,
                        &i.other_tax_base,
                        &i.vat,
                        &i.stlg,
                        &count,
                        &raw,
                        &raw,
                        &zero,
                        &zero,
                        &empty,
                    ],
                )
                .unwrap();
            let id: i64 = row.get(0);
            for l in &i.lines {
                let luxury = i64::from(l.luxury);
                tx.execute(
                    &line,
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
                    ],
                )
                .unwrap();
            }
        }
        tx.commit().unwrap();
    }
    lines_per_second(start.elapsed().as_secs_f64())
}

fn header_sql() -> String {
    RAW_INVOICE.replace('?', "$")
}

fn report(name: &str, ours: Vec<f64>, raw: Vec<f64>) {
    let (ours, ours_min, ours_max) = median(ours);
    let (raw, raw_min, raw_max) = median(raw);
    println!(
        "{name:<10} store {ours:>10.0} lines/s (min {ours_min:.0}, max {ours_max:.0})   raw INSERT {raw:>10.0} lines/s (min {raw_min:.0}, max {raw_max:.0})   raw/store {:.2}x",
        raw / ours
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let rows = invoices(0);
    println!("{INVOICES} invoices × {LINES} lines per round, batches of {BATCH}, {ROUNDS} rounds");
    let (mut ours, mut raw) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        ours.push(sqlite_store(dir.path(), round, &rows));
        raw.push(sqlite_raw(dir.path(), round, &rows));
    }
    report("sqlite", ours, raw);
    let server = PgServer::start_durable().expect("PostgreSQL for the benchmark");
    let (mut ours, mut raw) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        ours.push(pg_store(&server, &rows));
        raw.push(pg_raw(&server, &rows));
    }
    report("postgres", ours, raw);
}

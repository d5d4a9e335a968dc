//! Building the VAT return of a masa holding 1,000,000 approved output and
//! 1,000,000 input invoices on SQLite (target ≤ 2 s): the store's sums in
//! one query, then the core's routing and formulas.
//!
//! `cargo bench -p faktur-db --bench spt` (`SPT_INVOICES` changes the size
//! of each side). Figures go into docs/benchmarks.md.

use faktur_db::{CompanyRef, DataDir, Target};
use faktur_store::contract::sample_invoice;
use faktur_store::NewInvoice;
use std::time::Instant;

const US: &str = "0013121660091000";
const SUPPLIER: &str = "0016090524017000";
const BATCH: usize = 10_000;
const CODES: [&str; 6] = ["01", "02", "04", "05", "07", "08"];

fn invoice(n: usize, kind: &str) -> NewInvoice {
    let mut invoice = sample_invoice(n as i64, 1);
    invoice.kind = kind.into();
    invoice.status = "approved".into();
    invoice.trx_code = CODES[n % CODES.len()].into();
    invoice.number = Some(format!("{}0025{n:011}", invoice.trx_code));
    if kind == "input" {
        invoice.seller_tin = SUPPLIER.into();
        invoice.buyer_tin = US.into();
        invoice.source_json = (n % 10 == 9).then(|| r#"{"IS_CREDITABLE":"0"}"#.into());
    }
    invoice
}

fn main() {
    let per_side: usize = std::env::var("SPT_INVOICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    let target = Target {
        data_dir: DataDir::new(dir.path()),
        database: None,
        company: Some(US.into()),
    };
    faktur_db::company_init(&target, US, "PT Bench", "Jakarta", None).unwrap();
    let cref: CompanyRef = faktur_db::open_company(&target).unwrap();
    let store = cref.store.store();
    let started = Instant::now();
    for kind in ["output", "input"] {
        for start in (0..per_side).step_by(BATCH) {
            let batch: Vec<NewInvoice> = (start..(start + BATCH).min(per_side))
                .map(|n| invoice(n, kind))
                .collect();
            store
                .insert_invoices(cref.company.id, &batch, "bench")
                .unwrap();
        }
    }
    println!(
        "loaded {per_side} output + {per_side} input invoices in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let masa = faktur_db::parse_masa("2025-07").unwrap();
    let mut times = Vec::new();
    for run in 0..5 {
        let started = Instant::now();
        let spt = faktur_db::build_spt(&cref, masa).unwrap();
        let seconds = started.elapsed().as_secs_f64();
        if run == 0 {
            println!(
                "III.A {} III.C {} result {:?}",
                spt.line("III.A").ppn / 100,
                spt.line("III.C").ppn / 100,
                spt.ppn
            );
        }
        times.push(seconds);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "spt build 2025-07: median {:.3} s (min {:.3}, max {:.3}) over 5 runs, first run included",
        times[2], times[0], times[4]
    );
}

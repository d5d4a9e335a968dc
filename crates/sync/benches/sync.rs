//! Sync over loopback (docs/benchmarks.md): 10,000 Coretax-era invoices
//! queued, uploaded, approved and written back, until the outbox is idle —
//! straight to the sandbox, through the fault proxy with no faults, and
//! through it with 5 % of requests faulted (drops, resets before and after
//! the authority acted, delays, 503). Median of `FAKTUR_BENCH_RUNS` (3).
//! The fault comparison runs with batches of 100, so that a run makes
//! enough requests (~110) for 5 % of them to be several.
//!
//! `cargo bench -p faktur-sync --bench sync`

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Books, SELLER};
use faktur_sync::fault_proxy::{FaultProxy, Mix};
use faktur_sync::Options;
use std::time::{Duration, Instant};

const COUNT: u64 = 10_000;

fn once(faults: Option<u32>, batch: usize, seed: u64) -> (Duration, u64) {
    let authority = common::sandbox();
    let proxy = faults.map(|f| FaultProxy::start(authority.address(), Mix::even(f), seed).unwrap());
    let url = proxy
        .as_ref()
        .map_or_else(|| authority.url(), FaultProxy::url);
    let books = Books::new(SELLER);
    books.import(seed, COUNT, None);
    let cref = books.open();
    let options = Options {
        batch,
        ..Options::default()
    };
    let syncer = books.syncer(&cref, &url, options);
    let started = Instant::now();
    syncer
        .run(Duration::from_secs(1), true, &|| false, &mut |_| {})
        .unwrap();
    let elapsed = started.elapsed();
    let summary = cref.store.store().outbox_summary(cref.company.id).unwrap();
    assert_eq!(summary.done as u64, COUNT);
    let faulted = proxy.map_or(0, |p| {
        p.counts.faulted.load(std::sync::atomic::Ordering::Relaxed)
    });
    (elapsed, faulted)
}

fn phases() {
    let authority = common::sandbox();
    let books = Books::new(SELLER);
    books.import(1, COUNT, None);
    let cref = books.open();
    let syncer = books.syncer(
        &cref,
        &authority.url(),
        Options {
            batch: 500,
            ..Options::default()
        },
    );
    syncer.register().unwrap();
    let t = Instant::now();
    syncer.queue().unwrap();
    let q = t.elapsed();
    let mut report = faktur_sync::Report::default();
    let t = Instant::now();
    syncer.push(&mut report).unwrap();
    let p = t.elapsed();
    let t = Instant::now();
    syncer.pull(&mut report).unwrap();
    let l = t.elapsed();
    println!("phases: queue {q:?} push {p:?} pull {l:?}");
}

fn main() {
    if std::env::var("PHASES").is_ok() {
        return phases();
    }
    let runs: usize = std::env::var("FAKTUR_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    println!("sync of {COUNT} invoices, median of {runs}");
    let mut medians = Vec::new();
    for (label, faults, batch) in [
        ("direct", None, 500),
        ("direct", None, 100),
        ("proxy, no faults", Some(0), 500),
        ("proxy, no faults", Some(0), 100),
        ("proxy, 5 % faulted", Some(50), 100),
    ] {
        let mut times: Vec<(Duration, u64)> = (0..runs)
            .map(|r| once(faults, batch, 100 + r as u64))
            .collect();
        let faulted: u64 = times.iter().map(|t| t.1).sum();
        times.sort();
        let median = times[runs / 2].0;
        let spread = times[runs - 1].0.as_secs_f64() - times[0].0.as_secs_f64();
        println!(
            "{label:<20} batch {batch:>3} {:>7.3} s  {:>8.0} invoices/s  (spread {:.3} s, faulted requests in all runs: {faulted})",
            median.as_secs_f64(),
            COUNT as f64 / median.as_secs_f64(),
            spread
        );
        medians.push(median.as_secs_f64());
    }
    println!(
        "5 % faults vs no faults through the proxy (batch 100): {:.2}×",
        medians[4] / medians[3]
    );
}

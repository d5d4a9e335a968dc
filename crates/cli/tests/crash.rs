//! Crash safety: a bulk writer is SIGKILLed at random points, 30 times.
//! After every kill the database passes its full check, every batch the
//! writer acknowledged is present, and no batch is partly visible.

mod support;

use faktur_store::{CheckLevel, InvoiceFilter, Store};
use faktur_store_sqlite::SqliteStore;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;
use support::{faktur, init_company, seed, Rng};

const KILLS: usize = 30;
const BATCH: usize = 40;

#[test]
fn sigkill_during_bulk_writes_loses_no_acknowledged_write() {
    let home = tempfile::tempdir().unwrap();
    let file = init_company(home.path());
    let seed = seed();
    eprintln!("crash test seed {seed} (FAKTUR_TEST_SEED to replay)");
    let mut rng = Rng(seed);
    let mut acknowledged = BTreeSet::new();
    for round in 0..KILLS {
        let mut child = faktur(home.path())
            .args(["db", "stress-write", "--batch", &BATCH.to_string()])
            .env("FAKTUR_BACKUP_INTERVAL_HOURS", "0")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("writer starts");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        // Kill after 0–3 acknowledgements, plus 0–15 ms: sometimes before the
        // first commit, usually in the middle of a batch.
        let wait_for = rng.below(4);
        for _ in 0..wait_for {
            match lines.next() {
                Some(Ok(line)) => record_ack(&line, &mut acknowledged),
                _ => break,
            }
        }
        std::thread::sleep(Duration::from_millis(rng.below(16)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // Acknowledgements printed before death count too.
        for line in lines.map_while(Result::ok) {
            record_ack(&line, &mut acknowledged);
        }
        verify(&file, &acknowledged, round);
    }
    assert!(
        !acknowledged.is_empty(),
        "the writer never committed a batch: the test proved nothing"
    );
}

fn record_ack(line: &str, acknowledged: &mut BTreeSet<i64>) {
    let parts: Vec<&str> = line.split_whitespace().collect();
    if let ["ACK", _, first, last] = parts.as_slice() {
        let (first, last): (i64, i64) = (first.parse().unwrap(), last.parse().unwrap());
        acknowledged.extend(first..=last);
    }
}

fn verify(file: &std::path::Path, acknowledged: &BTreeSet<i64>, round: usize) {
    let store = SqliteStore::open(file).expect("opens after a kill");
    assert!(
        !store.is_damaged(),
        "round {round}: quick check failed after a kill"
    );
    let report = store.check(CheckLevel::Full).unwrap();
    assert!(report.is_healthy(), "round {round}: {:?}", report.problems);
    let company = store.companies().unwrap()[0].id;
    let all = store
        .list_invoices(company, &InvoiceFilter::default())
        .unwrap();
    let present: BTreeSet<i64> = all.iter().map(|r| r.id).collect();
    let missing: Vec<_> = acknowledged.difference(&present).collect();
    assert!(
        missing.is_empty(),
        "round {round}: acknowledged invoices missing: {missing:?}"
    );
    let mut batches: BTreeMap<&str, usize> = BTreeMap::new();
    for record in &all {
        *batches.entry(record.batch_id.as_str()).or_default() += 1;
    }
    for (batch, count) in batches {
        assert_eq!(
            count, BATCH,
            "round {round}: batch {batch} is partly visible"
        );
    }
}

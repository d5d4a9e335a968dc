//! Damage: bytes flipped in a company database are detected by `db check`
//! (or provably harmless), the damaged database refuses writes, and
//! `db repair` brings back the last good backup, salvages what is intact,
//! and reports what it could not bring back.

mod support;

use faktur_store::copy::summarize;
use faktur_store::{CheckLevel, Store};
use faktur_store_sqlite::SqliteStore;
use std::path::Path;
use support::{init_company, run, Rng};

fn stress(home: &Path, batches: &str) {
    let out = run(
        home,
        &["db", "stress-write", "--batch", "5", "--batches", batches],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn flip(path: &Path, offset: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[offset] ^= 0x5A;
    std::fs::write(path, bytes).unwrap();
}

/// Every single-byte flip, at offsets spread over the whole file, is either
/// detected (open refuses writes, or the full check fails) or leaves every
/// table's content identical: damage is never used silently.
#[test]
fn flipped_bytes_are_never_used_silently() {
    let home = tempfile::tempdir().unwrap();
    let file = init_company(home.path());
    stress(home.path(), "8");
    let original = {
        let store = SqliteStore::open(&file).unwrap();
        let company = store.companies().unwrap()[0].id;
        (company, summarize(&store, company).unwrap())
    };
    let size = std::fs::metadata(&file).unwrap().len() as usize;
    let mut rng = Rng(support::seed());
    let (mut detected, mut harmless) = (0, 0);
    for trial in 0..60 {
        let offset = if trial < 30 {
            trial * size / 30 + 100
        } else {
            rng.below(size as u64) as usize
        };
        let copy = home.path().join(format!("trial-{trial}.sqlite"));
        std::fs::copy(&file, &copy).unwrap();
        flip(&copy, offset.min(size - 1));
        let seen = match SqliteStore::open_unmigrated(&copy) {
            Err(_) => true,
            Ok(store) if store.is_damaged() => true,
            Ok(store) => match store.check(CheckLevel::Full) {
                Ok(report) if report.is_healthy() => {
                    let now = summarize(&store, original.0).unwrap_or_default();
                    let changed: Vec<&str> = now
                        .iter()
                        .zip(&original.1)
                        .filter(|(a, b)| a != b)
                        .map(|(a, _)| a.table)
                        .collect();
                    assert!(
                        changed.is_empty() && now.len() == original.1.len(),
                        "offset {offset}: the flip changed {changed:?} and no check noticed"
                    );
                    false
                }
                _ => true,
            },
        };
        if seen {
            detected += 1;
        } else {
            harmless += 1;
        }
    }
    eprintln!("flips detected {detected}, harmless (unused bytes) {harmless}");
    assert!(detected > 0);
}

#[test]
fn damaged_database_is_refused_then_repaired_with_a_report() {
    let home = tempfile::tempdir().unwrap();
    let file = init_company(home.path());
    stress(home.path(), "4"); // invoices 1–20
    let backup = run(home.path(), &["db", "backup"]);
    assert!(backup.status.success());
    stress(home.path(), "1"); // invoices 21–25, newer than the backup

    // Damage the name of a line of invoice 23 ("Barang 22-1").
    let bytes = std::fs::read(&file).unwrap();
    let needle = b"Barang 22-1";
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("line text on disk");
    flip(&file, at + 7);

    let check = run(home.path(), &["db", "check"]);
    assert_eq!(check.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(stderr.starts_with("FKT-1003"), "{stderr}");
    assert!(stderr.contains("invoice 23"), "{stderr}");

    let draft = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/drafts/coretax-kode04.json"
    );
    let write = run(home.path(), &["invoice", "create", draft]);
    assert_eq!(write.status.code(), Some(3), "writes are refused");
    assert!(String::from_utf8_lossy(&write.stderr).starts_with("FKT-1003"));
    let read = run(home.path(), &["invoice", "show", "1"]);
    assert!(read.status.success(), "reads still work");

    let repair = run(home.path(), &["--json", "db", "repair"]);
    assert!(
        repair.status.success(),
        "{}",
        String::from_utf8_lossy(&repair.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&repair.stdout).unwrap();
    assert_eq!(report["from_backup"], 20);
    assert_eq!(report["salvaged"], serde_json::json!([21, 22, 24, 25]));
    assert_eq!(report["lost"], serde_json::json!([23]));

    let check = run(home.path(), &["db", "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let write = run(home.path(), &["invoice", "create", draft]);
    assert!(
        write.status.success(),
        "{}",
        String::from_utf8_lossy(&write.stderr)
    );
    let kept: Vec<_> = std::fs::read_dir(home.path().join("companies"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".replaced-"))
        .collect();
    assert!(!kept.is_empty(), "the damaged file is kept, never deleted");
}

#[test]
fn a_healthy_database_is_not_repaired() {
    let home = tempfile::tempdir().unwrap();
    init_company(home.path());
    stress(home.path(), "1");
    assert!(run(home.path(), &["db", "backup"]).status.success());
    let repair = run(home.path(), &["db", "repair"]);
    assert_eq!(repair.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&repair.stderr).starts_with("FKT-1011"));
}

/// Regression: a stale WAL beside a database file must never be replayed onto
/// restored content, and another company's backup is refused.
#[test]
fn restore_never_replays_a_stale_wal_and_checks_the_company() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = init_company(h);
    stress(h, "2");
    let good = h.join("good.sqlite");
    assert!(run(h, &["db", "backup", "-o", good.to_str().unwrap()])
        .status
        .success());
    stress(h, "2");
    // Leave a WAL with later writes beside the file, as a crash would, then
    // remove the main file by hand.
    {
        let store = SqliteStore::open(&file).unwrap();
        let company = store.companies().unwrap()[0].id;
        store
            .insert_invoices(
                company,
                &[faktur_store::contract::sample_invoice(9_000, 2)],
                "t",
            )
            .unwrap();
        std::mem::forget(store); // keep the WAL un-checkpointed
    }
    std::fs::remove_file(&file).unwrap();
    // With the file gone, the company must be named.
    let restored = run(
        h,
        &[
            "--company",
            "0013121660091000",
            "db",
            "restore",
            good.to_str().unwrap(),
        ],
    );
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let store = SqliteStore::open(&file).unwrap();
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());
    let company = store.companies().unwrap()[0].id;
    assert_eq!(
        store
            .list_invoices(company, &Default::default())
            .unwrap()
            .len(),
        10,
        "exactly the backup's content"
    );
    drop(store);

    let other_home = tempfile::tempdir().unwrap();
    let out = run(
        other_home.path(),
        &[
            "company",
            "init",
            "--npwp",
            "016090524017000",
            "--name",
            "PT Lain",
        ],
    );
    assert!(out.status.success());
    let other = other_home.path().join("other.sqlite");
    assert!(run(
        other_home.path(),
        &["db", "backup", "-o", other.to_str().unwrap()]
    )
    .status
    .success());
    let wrong = run(h, &["db", "restore", other.to_str().unwrap()]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stderr).starts_with("FKT-1011"));
}

/// Regression: an invoice row that disappears (with its lines) is noticed by
/// the full check through the audit log, not only by SQLite's structure check.
#[test]
fn a_vanished_invoice_is_detected() {
    let home = tempfile::tempdir().unwrap();
    let file = init_company(home.path());
    stress(home.path(), "1");
    {
        let conn = rusqlite::Connection::open(&file).unwrap();
        conn.execute_batch(
            "DELETE FROM invoice_lines WHERE invoice_id = 3; DELETE FROM invoices WHERE id = 3;",
        )
        .unwrap();
    }
    let check = run(home.path(), &["db", "check"]);
    assert_eq!(check.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&check.stderr).contains("missing invoice 3"),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

/// Regression: a backup of a silently damaged database fails its full check,
/// is not kept, marks the source damaged, and pushes no good backup out.
#[test]
fn a_backup_reveals_silent_damage_and_keeps_good_backups() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = init_company(h);
    stress(h, "2");
    assert!(run(h, &["db", "backup"]).status.success());
    let backups = h.join("backups/0013121660091000");
    let before = std::fs::read_dir(&backups).unwrap().count();
    let bytes = std::fs::read(&file).unwrap();
    let needle = b"Barang 3-1";
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("line text on disk");
    flip(&file, at + 7);
    let backup = run(h, &["db", "backup"]);
    assert_eq!(backup.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&backup.stderr).starts_with("FKT-1003"));
    assert_eq!(
        std::fs::read_dir(&backups).unwrap().count(),
        before,
        "good backups kept, the bad copy dropped"
    );
    let write = run(
        h,
        &[
            "invoice",
            "create",
            &format!(
                "{}/../../examples/drafts/coretax-kode04.json",
                env!("CARGO_MANIFEST_DIR")
            ),
        ],
    );
    assert_eq!(
        write.status.code(),
        Some(3),
        "the source is now refused for writing"
    );
}

/// Regression (found by the flip matrix): damage inside a company row is
/// detected by its checksum.
#[test]
fn a_damaged_company_row_is_detected() {
    let home = tempfile::tempdir().unwrap();
    let file = init_company(home.path());
    stress(home.path(), "1");
    let bytes = std::fs::read(&file).unwrap();
    let needle = b"PT Uji";
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("company name on disk");
    flip(&file, at + 3);
    let check = run(home.path(), &["db", "check"]);
    assert_eq!(check.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&check.stderr).contains("company 1"),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

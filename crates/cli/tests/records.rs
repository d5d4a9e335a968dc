//! `faktur company`, `faktur invoice` and `faktur db` against a data dir.

mod support;

use support::{init_company, run};

fn draft(path: &str) -> String {
    format!(
        "{}/../../examples/drafts/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

fn code(output: &std::process::Output) -> (Option<i32>, String) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    (
        output.status.code(),
        stderr.split(':').next().unwrap_or("").to_string(),
    )
}

#[test]
fn companies_are_created_once_and_chosen_explicitly_when_several() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert_eq!(
        code(&run(h, &["invoice", "list"])),
        (Some(1), "FKT-1005".into())
    );
    init_company(h);
    let again = run(
        h,
        &[
            "company",
            "init",
            "--npwp",
            "0013121660091000",
            "--name",
            "PT Lagi",
        ],
    );
    assert_eq!(code(&again), (Some(1), "FKT-1007".into()));
    let bad = run(
        h,
        &[
            "company",
            "init",
            "--npwp",
            "01.234.567.8-091.000",
            "--name",
            "PT Salah",
        ],
    );
    assert_eq!(code(&bad), (Some(1), "ETAX-20005".into()));
    let second = run(
        h,
        &[
            "company",
            "init",
            "--npwp",
            "016090524017000",
            "--name",
            "PT Dua",
        ],
    );
    assert!(second.status.success());
    let list = json(&run(h, &["--json", "company", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(
        code(&run(h, &["invoice", "list"])),
        (Some(2), "FKT-1006".into())
    );
    assert!(
        run(h, &["--company", "01.609.052.4-017.000", "invoice", "list"])
            .status
            .success()
    );
}

#[test]
fn invoices_are_stored_listed_and_shown() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    let created = run(
        h,
        &["--json", "invoice", "create", &draft("coretax-kode04.json")],
    );
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let created = json(&created);
    assert_eq!(created["id"], "1");
    assert_eq!(created["status"], "draft");
    assert_eq!(created["totals"]["vat"], "11000.00");

    let shown = json(&run(h, &["--json", "invoice", "show", "1"]));
    assert_eq!(shown["lines"][0]["other_tax_base"], "91666.67");
    assert_eq!(shown["totals"], created["totals"]);
    assert_eq!(shown["buyer"]["name"], "PT Pembeli");

    let efaktur = json(&run(
        h,
        &["--json", "invoice", "create", &draft("efaktur-2024.json")],
    ));
    assert_eq!(efaktur["totals"]["vat"], "297000");
    let again = run(h, &["invoice", "create", &draft("efaktur-2024.json")]);
    assert_eq!(
        code(&again),
        (Some(1), "ETAX-20002".into()),
        "the same faktur number twice"
    );

    let refused = run(h, &["--json", "invoice", "create", &draft("refused.json")]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(json(&refused)["status"], "refused");

    let all = json(&run(h, &["--json", "invoice", "list"]));
    assert_eq!(
        all.as_array().unwrap().len(),
        2,
        "the refused draft was not stored"
    );
    let january = json(&run(
        h,
        &["--json", "invoice", "list", "--period", "2025-01"],
    ));
    assert_eq!(january.as_array().unwrap().len(), 1);
    let inputs = json(&run(h, &["--json", "invoice", "list", "--kind", "input"]));
    assert!(inputs.as_array().unwrap().is_empty());
    let table = run(h, &["invoice", "list"]);
    assert!(String::from_utf8_lossy(&table.stdout).contains("0100002400000001"));
    assert_eq!(
        code(&run(h, &["invoice", "show", "99"])),
        (Some(1), "ETAX-10004".into())
    );
}

#[test]
fn another_company_sees_nothing() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    assert!(
        run(h, &["invoice", "create", &draft("coretax-kode04.json")])
            .status
            .success()
    );
    assert!(run(
        h,
        &[
            "company",
            "init",
            "--npwp",
            "016090524017000",
            "--name",
            "PT Dua"
        ]
    )
    .status
    .success());
    let other = run(
        h,
        &["--company", "0016090524017000", "invoice", "show", "1"],
    );
    assert_eq!(
        code(&other),
        (Some(1), "ETAX-10004".into()),
        "answers exactly like a missing record"
    );
}

#[test]
fn backup_restore_info_and_migrate_between_files() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    assert!(
        run(h, &["invoice", "create", &draft("coretax-kode04.json")])
            .status
            .success()
    );
    let backup_file = h.join("manual.sqlite");
    let backup = run(h, &["db", "backup", "-o", backup_file.to_str().unwrap()]);
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    assert_eq!(
        code(&run(
            h,
            &["db", "backup", "-o", backup_file.to_str().unwrap()]
        )),
        (Some(1), "FKT-1008".into())
    );
    assert!(run(h, &["invoice", "create", &draft("efaktur-2024.json")])
        .status
        .success());

    let info = json(&run(h, &["--json", "db", "info"]));
    assert_eq!(info["counts"]["invoices"], 2);
    assert_eq!(info["backend"], "sqlite");
    assert!(
        !info["backups"].as_array().unwrap().is_empty(),
        "a scheduled backup was taken"
    );

    let restored = run(h, &["db", "restore", backup_file.to_str().unwrap()]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let info = json(&run(h, &["--json", "db", "info"]));
    assert_eq!(
        info["counts"]["invoices"], 1,
        "back to the backup's content"
    );
    assert!(
        info["backups"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["reason"] == "pre-restore"),
        "the replaced state was kept"
    );

    let other = h.join("elsewhere/copy.sqlite");
    let url = format!("sqlite:{}", other.display());
    let migrated = run(h, &["db", "migrate", "--to", &url]);
    assert!(
        migrated.status.success(),
        "{}",
        String::from_utf8_lossy(&migrated.stderr)
    );
    let there = json(&run(h, &["--json", "--database", &url, "invoice", "list"]));
    assert_eq!(there.as_array().unwrap().len(), 1);
    assert!(run(h, &["--database", &url, "db", "check"])
        .status
        .success());
    assert_eq!(
        code(&run(h, &["db", "migrate", "--to", "mysql://x"])),
        (Some(2), "FKT-6002".into())
    );
}

/// `db backup` while another process keeps writing: the backup is consistent
/// (passes the full check) and holds only whole batches.
#[test]
fn online_backup_while_another_process_writes() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    let mut writer = support::faktur(h)
        .args(["db", "stress-write", "--batch", "20"])
        .env("FAKTUR_BACKUP_INTERVAL_HOURS", "0")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(writer.stdout.take().unwrap()));
    for _ in 0..3 {
        lines.next();
    }
    let file = h.join("online.sqlite");
    let backup = run(h, &["db", "backup", "-o", file.to_str().unwrap()]);
    writer.kill().unwrap();
    writer.wait().unwrap();
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    let url = format!("sqlite:{}", file.display());
    let check = run(h, &["--database", &url, "db", "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let listed = json(&run(
        h,
        &[
            "--json",
            "--database",
            &url,
            "invoice",
            "list",
            "--limit",
            "100000",
        ],
    ));
    let count = listed.as_array().unwrap().len();
    assert!(
        count >= 60 && count % 20 == 0,
        "{count} invoices: only whole batches"
    );
}

#[test]
fn backups_rotate_to_the_configured_number() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    for _ in 0..5 {
        let out = support::faktur(h)
            .args(["db", "backup"])
            .env("FAKTUR_BACKUP_KEEP", "2")
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    let kept = std::fs::read_dir(h.join("backups/0013121660091000"))
        .unwrap()
        .count();
    assert_eq!(kept, 2);
}

/// The same commands against PostgreSQL (a throwaway server started here):
/// several companies in one database, backup into a SQLite file, check, and
/// restore into an empty database.
#[test]
fn the_commands_work_against_postgres() {
    let server = faktur_pg_testing::PgServer::start().expect("PostgreSQL for the test");
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let url = server.fresh_database().unwrap();
    let pg = |args: &[&str]| {
        let mut all = vec!["--database", url.as_str()];
        all.extend_from_slice(args);
        run(h, &all)
    };
    assert!(pg(&[
        "company",
        "init",
        "--npwp",
        "01.312.166.0-091.000",
        "--name",
        "PT Satu"
    ])
    .status
    .success());
    assert!(pg(&[
        "company",
        "init",
        "--npwp",
        "01.609.052.4-017.000",
        "--name",
        "PT Dua"
    ])
    .status
    .success());
    assert_eq!(
        code(&pg(&["invoice", "list"])),
        (Some(2), "FKT-1006".into())
    );
    let one = ["--company", "0013121660091000"];
    let created = pg(&[
        &one[..],
        &["--json", "invoice", "create", &draft("coretax-kode04.json")],
    ]
    .concat());
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    assert_eq!(
        code(&pg(&[
            "--company",
            "0016090524017000",
            "invoice",
            "show",
            "1"
        ])),
        (Some(1), "ETAX-10004".into())
    );
    assert!(pg(&["db", "check"]).status.success());
    let file = h.join("pg-backup.sqlite");
    let backup = pg(&[&one[..], &["db", "backup", "-o", file.to_str().unwrap()]].concat());
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );

    let empty = server.fresh_database().unwrap();
    let restored = run(
        h,
        &[
            "--database",
            &empty,
            "db",
            "restore",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let listed = json(&run(
        h,
        &["--json", "--database", &empty, "invoice", "list"],
    ));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["totals"]["other_tax_base"], "91666.67");
    let again = run(
        h,
        &[
            "--database",
            &empty,
            "db",
            "restore",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(
        again.status.code(),
        Some(1),
        "restoring over an existing company is refused"
    );
    assert_eq!(
        code(&run(h, &["--database", &empty, "db", "repair"])),
        (Some(2), "FKT-1011".into())
    );
}

/// Regression: the same faktur number given with the 15- and the 16-digit form
/// of one NPWP is the same invoice (no double input-VAT credit).
#[test]
fn npwp_forms_do_not_hide_duplicates() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    assert!(run(
        h,
        &[
            "company",
            "init",
            "--npwp",
            "0016090524017000",
            "--name",
            "PT Pembeli"
        ]
    )
    .status
    .success());
    let draft = |tin: &str| {
        let path = h.join(format!("input-{}.json", tin.len()));
        let text = format!(
            r#"{{"kind":"input","date":"2025-08-05","number":"04002500000012345","seller":{{"tin":"{tin}","name":"PT Pemasok","address":"Jakarta"}},"lines":[{{"name":"Bahan","price":"1000"}}]}}"#
        );
        std::fs::write(&path, text).unwrap();
        path
    };
    assert!(run(
        h,
        &[
            "invoice",
            "create",
            draft("0013121660091000").to_str().unwrap()
        ]
    )
    .status
    .success());
    let again = run(
        h,
        &[
            "invoice",
            "create",
            draft("01.312.166.0-091.000").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&again), (Some(1), "ETAX-20002".into()));
}

#[test]
fn the_stress_writer_refuses_to_run_by_accident() {
    let home = tempfile::tempdir().unwrap();
    init_company(home.path());
    let out = support::faktur(home.path())
        .env_remove("FAKTUR_ALLOW_STRESS_WRITE")
        .args(["db", "stress-write", "--batches", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Regression: several SQLite companies move into one PostgreSQL database
/// (their ids collide and are remapped); each keeps exactly its invoices.
#[test]
fn several_companies_migrate_into_one_postgres_database() {
    let server = faktur_pg_testing::PgServer::start().expect("PostgreSQL for the test");
    let url = server.fresh_database().unwrap();
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    assert!(run(
        h,
        &[
            "company",
            "init",
            "--npwp",
            "016090524017000",
            "--name",
            "PT Dua"
        ]
    )
    .status
    .success());
    let one = ["--company", "0013121660091000"];
    let two = ["--company", "0016090524017000"];
    assert!(run(
        h,
        &[
            &one[..],
            &["invoice", "create", &draft("coretax-kode04.json")]
        ]
        .concat()
    )
    .status
    .success());
    assert!(run(
        h,
        &[
            &two[..],
            &["invoice", "create", &draft("efaktur-2024.json")]
        ]
        .concat()
    )
    .status
    .success());
    assert!(run(
        h,
        &[
            &two[..],
            &["invoice", "create", &draft("coretax-kode04.json")]
        ]
        .concat()
    )
    .status
    .success());
    for company in [&one, &two] {
        let out = run(
            h,
            &[&company[..], &["db", "migrate", "--to", &url]].concat(),
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let listed = json(&run(h, &["--json", "--database", &url, "company", "list"]));
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let count = |company: &[&str]| {
        let out = run(
            h,
            &[
                &["--json", "--database", &url],
                company,
                &["invoice", "list"],
            ]
            .concat(),
        );
        json(&out).as_array().unwrap().len()
    };
    assert_eq!(count(&one), 1);
    assert_eq!(count(&two), 2);
    assert!(run(h, &["--database", &url, "db", "check"])
        .status
        .success());
    let again = run(h, &[&one[..], &["db", "migrate", "--to", &url]].concat());
    assert_eq!(
        code(&again),
        (Some(1), "FKT-1007".into()),
        "the same company twice is refused"
    );
}

/// Opening a database of an older schema takes a `pre-migration` backup
/// (which still has the old schema) before migrating it.
#[test]
fn a_backup_is_taken_before_every_migration() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("companies/0013121660091000.sqlite");
    {
        let store = faktur_store_sqlite::SqliteStore::open_unmigrated(&file).unwrap();
        store.migrate_up_to(1).unwrap();
        use faktur_store::Store;
        assert_eq!(store.schema_version().unwrap(), 1);
        drop(store);
        // A company row as version 1 wrote it.
        let conn = rusqlite::Connection::open(&file).unwrap();
        conn.execute(
            "INSERT INTO companies (npwp, name, address, nitku, created_at) VALUES ('0013121660091000', 'PT Lama', 'Jakarta', '0013121660091000000000', 1)",
            [],
        )
        .unwrap();
    }
    let info = json(&run(h, &["--json", "db", "info"]));
    assert_eq!(
        info["schema_version"],
        faktur_store::schema::latest_version()
    );
    let backups = info["backups"].as_array().unwrap();
    let pre = backups
        .iter()
        .find(|b| b["reason"] == "pre-migration")
        .expect("a pre-migration backup");
    let old = faktur_store_sqlite::SqliteStore::open_unmigrated(std::path::Path::new(
        pre["path"].as_str().unwrap(),
    ))
    .unwrap();
    assert_eq!(
        faktur_store::Store::schema_version(&old).unwrap(),
        1,
        "the backup keeps the old schema"
    );
}

//! `faktur sync` as a user runs it, through a fault-injecting proxy, killed
//! with SIGKILL in the middle of its work and started again: every one of
//! 10,000 invoices ends approved exactly once. Also `sync status`,
//! `doctor` and `db recover` from the command line.

mod support;

use faktur_authority::{store::AuthorityDb, Authority, Knobs, Running};
use faktur_sync::fault_proxy::{FaultProxy, Mix};
use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;
use support::{faktur, init_company, run, seed, Rng};

const SELLER: &str = "0013121660091000";

fn sandbox(file: &Path) -> Running {
    let knobs = Knobs {
        deadlines: false,
        ..Knobs::default()
    };
    let db = AuthorityDb::open(Some(file)).unwrap();
    Running::start(Authority::new(db, knobs, None), "127.0.0.1:0", 2).unwrap()
}

fn ok(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn status(home: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&run(home, &["--json", "sync", "status"]))).unwrap()
}

fn import(home: &Path, invoices: u64, seed: u64) {
    let file = home.join(format!("gen-{seed}.xml"));
    ok(&run(
        home,
        &[
            "gen",
            "--invoices",
            &invoices.to_string(),
            "--seed",
            &seed.to_string(),
            "--lines",
            "2",
            "--format",
            "coretax-xml",
            "-o",
            file.to_str().unwrap(),
        ],
    ));
    // Coretax files hold at most 1,000 invoices: more come in several.
    let mut files: Vec<_> = std::fs::read_dir(home)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("gen-{seed}")))
        })
        .collect();
    files.sort();
    for file in files {
        ok(&run(home, &["-q", "import", file.to_str().unwrap()]));
    }
}

#[test]
fn sync_killed_mid_flight_through_faults_approves_every_invoice_once() {
    const COUNT: usize = 10_000;
    let home = tempfile::tempdir().unwrap();
    init_company(home.path());
    import(home.path(), COUNT as u64, 5);
    let authority_file = home.path().join("authority.sqlite");
    let authority = sandbox(&authority_file);
    let proxy = FaultProxy::start(authority.address(), Mix::even(100), seed()).unwrap();
    let url = proxy.url();
    let mut rng = Rng(seed() | 1);
    let mut interrupted = 0;
    for _ in 0..4 {
        let mut child = faktur(home.path())
            .args(["-q", "sync", "--until-idle", "--batch", "200"])
            .args(["--authority", &url])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(150 + rng.below(900)));
        // SIGKILL: no chance to finish a write or tidy up.
        child.kill().unwrap();
        child.wait().unwrap();
        let pending = status(home.path())["pending"].as_i64().unwrap();
        let done = status(home.path())["done"].as_i64().unwrap();
        if pending > 0 && done > 0 {
            interrupted += 1;
        }
    }
    assert!(interrupted > 0, "no kill landed in the middle of the work");
    let finished = faktur(home.path())
        .args(["-q", "sync", "--until-idle", "--batch", "200"])
        .args(["--authority", &url])
        .output()
        .unwrap();
    ok(&finished);
    let after = status(home.path());
    assert_eq!(after["state"], "idle", "{after}");
    assert_eq!(after["done"].as_i64().unwrap() as usize, COUNT);

    // Locally: every invoice approved, each with its own number.
    let listed: serde_json::Value = serde_json::from_str(&ok(&run(
        home.path(),
        &[
            "--json", "invoice", "list", "--kind", "output", "--limit", "20000",
        ],
    )))
    .unwrap();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), COUNT);
    assert!(listed.iter().all(|i| i["status"] == "approved"));
    let numbers: HashSet<&str> = listed
        .iter()
        .map(|i| i["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers.len(), COUNT);
    drop(proxy);
    drop(authority);
    // At the authority: each invoice (by its reference) once, and the same
    // numbers.
    let db = rusqlite::Connection::open(&authority_file).unwrap();
    let (rows, references): (i64, i64) = db
        .query_row(
            "SELECT COUNT(*), COUNT(DISTINCT json_extract(body, '$.reference')) FROM invoices
             WHERE seller = ?1",
            [SELLER],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((rows as usize, references as usize), (COUNT, COUNT));
    let mut statement = db
        .prepare("SELECT number FROM invoices WHERE seller = ?1")
        .unwrap();
    let remote: HashSet<String> = statement
        .query_map([SELLER], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(remote, numbers.iter().map(|n| n.to_string()).collect());
    ok(&run(home.path(), &["db", "check"]));
}

#[test]
fn doctor_status_and_recover_from_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    let file = init_company(home.path());
    import(home.path(), 25, 9);
    // No authority yet: sync waits, says so, and exits 0.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let out = ok(&run(home.path(), &["sync", "--once", "--authority", &url]));
    assert!(out.contains("ETAX-40001"), "{out}");
    assert_eq!(status(home.path())["state"], "waiting_for_connection");
    let doctor = run(home.path(), &["doctor", "--authority", &url]);
    assert_eq!(doctor.status.code(), Some(3));
    let text = String::from_utf8_lossy(&doctor.stdout);
    assert!(
        text.contains("OK    authority: resolve") && text.contains("FAIL  authority: connect"),
        "{text}"
    );

    let knobs = Knobs {
        deadlines: false,
        ..Knobs::default()
    };
    let db = AuthorityDb::open(None).unwrap();
    let _authority = Running::start(
        Authority::new(db, knobs, None),
        &format!("127.0.0.1:{port}"),
        2,
    )
    .unwrap();
    // The key was made offline and never registered; doctor --fix
    // registers it and sends the outbox.
    let fixed = run(home.path(), &["doctor", "--fix", "--authority", &url]);
    let text = String::from_utf8_lossy(&fixed.stdout).into_owned();
    assert!(
        fixed.status.success() && text.contains("FIXED registration"),
        "{text}"
    );
    assert_eq!(status(home.path())["done"], 25);
    assert_eq!(status(home.path())["state"], "idle");
    let before = ok(&run(home.path(), &["--json", "invoice", "list"]));

    // The database is lost; the key in the data dir proves who asks.
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    let out = ok(&run(
        home.path(),
        &["--company", SELLER, "db", "recover", "--authority", &url],
    ));
    assert!(out.contains("25"), "{out}");
    let after = ok(&run(home.path(), &["--json", "invoice", "list"]));
    assert_eq!(strip_times(&after), strip_times(&before));
    ok(&run(home.path(), &["db", "check"]));
}

/// The listing without ids (recovered invoices are numbered anew).
fn strip_times(listing: &str) -> Vec<serde_json::Value> {
    let mut rows: Vec<serde_json::Value> = serde_json::from_str(listing).unwrap();
    for row in &mut rows {
        row.as_object_mut().unwrap().remove("id");
    }
    rows.sort_by_key(|r| r["number"].as_str().unwrap_or("").to_string());
    rows
}

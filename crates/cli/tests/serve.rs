//! `faktur serve` as the README runs it: on a fresh data dir it makes the
//! demo company and an admin, prints the URL, serves the API (the demo
//! invoices approved by the embedded authority through the background
//! sync), and stops gracefully on SIGTERM; a second start keeps the data
//! and makes no new admin.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

struct Serving {
    child: Child,
    url: String,
    stderr: Vec<String>,
}

fn serve(home: &std::path::Path) -> Serving {
    let mut child = support::faktur(home)
        .env("FAKTUR_TODAY", "2025-03-10")
        .args(["serve", "--listen", "127.0.0.1:0", "--sync-every", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("faktur serve starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url = line.trim().trim_start_matches("OpenFaktur: ").to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");
    // What it said before the URL (stderr is read after the stop).
    Serving {
        child,
        url,
        stderr: Vec::new(),
    }
}

fn stop(mut serving: Serving) -> Serving {
    let status = std::process::Command::new("kill")
        .args(["-TERM", &serving.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = serving.child.wait().unwrap();
    assert!(exit.success(), "a graceful stop exits 0: {exit:?}");
    let stderr = BufReader::new(serving.child.stderr.take().unwrap());
    serving.stderr = stderr.lines().map_while(Result::ok).collect();
    serving
}

#[test]
fn serve_makes_a_demo_serves_it_and_stops_gracefully() {
    let home = tempfile::tempdir().unwrap();
    let first = serve(home.path());
    let agent = ureq::AgentBuilder::new().build();
    assert_eq!(
        agent
            .get(&format!("{}/healthz", first.url))
            .call()
            .unwrap()
            .into_string()
            .unwrap(),
        "ok"
    );
    let login_page = agent.get(&format!("{}/login", first.url)).call().unwrap();
    assert!(login_page.into_string().unwrap().contains("<form"));
    let first = stop(first);
    let said = first.stderr.join("\n");
    assert!(
        said.contains("Demo company created: 0013121660091000"),
        "{said}"
    );
    let password = said
        .lines()
        .find_map(|l| l.split("admin / ").nth(1))
        .expect("the admin's password, printed once")
        .trim()
        .to_string();

    // Again on the same data: the admin signs in, the demo invoices are
    // there and the background sync gets them approved.
    let second = serve(home.path());
    let signed = agent
        .post(&format!("{}/api/v1/session", second.url))
        .send_json(serde_json::json!({"login": "admin", "password": password}))
        .unwrap();
    let cookie = signed
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let page: serde_json::Value = agent
            .get(&format!("{}/api/v1/invoices", second.url))
            .set("Cookie", &cookie)
            .call()
            .unwrap()
            .into_json()
            .unwrap();
        let invoices = page["invoices"].as_array().unwrap();
        assert_eq!(invoices.len(), 3, "{page}");
        if invoices.iter().all(|i| i["status"] == "approved") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the demo was never approved: {page}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let second = stop(second);
    let said = second.stderr.join("\n");
    assert!(!said.contains("admin / "), "no second admin: {said}");
    assert!(!said.contains("Demo company created"), "{said}");
}

/// Corrections are for approved invoices: a draft is refused with its code.
#[test]
fn a_draft_is_neither_cancelled_nor_replaced() {
    let home = tempfile::tempdir().unwrap();
    support::init_company(home.path());
    let draft = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/drafts/coretax-kode04.json"
    );
    let created = support::run(home.path(), &["invoice", "create", draft]);
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    for args in [
        vec!["invoice", "cancel", "1"],
        vec!["invoice", "replace", "1", draft],
    ] {
        let out = support::run(home.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("FKT-4011"), "{args:?}: {said}");
    }
}

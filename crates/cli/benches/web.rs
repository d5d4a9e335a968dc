//! Load on the web API over loopback, measured with `wrk` (Debian's
//! package) beside a trivial axum handler in the same run:
//!
//! - GET `/api/v1/invoices/{id}` (bearer token, 1,000 invoices, random ids)
//!   against GET `/` of a bare axum server answering "ok" (target ≥ 50 %);
//! - POST `/api/v1/invoices` on SQLite (target ≥ 2,000/s);
//! - p99 latency under that load (target < 50 ms);
//! - resident memory of `faktur serve` at idle (target < 50 MiB).
//!
//! `cargo bench -p faktur-cli --bench web` (release build of `faktur`);
//! `WEB_BENCH_SECONDS` (default 10) and `WEB_BENCH_RUNS` (default 3) set the
//! length. Prints a Markdown table for docs/benchmarks.md.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct Faktur {
    child: Child,
    url: String,
    password: String,
    _dir: tempfile::TempDir,
}

impl Drop for Faktur {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_faktur() -> Faktur {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args(["--data-dir"])
        .arg(dir.path())
        .args([
            "--lang",
            "en",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--authority",
            "none",
        ])
        .env("FAKTUR_TODAY", "2025-02-10")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("faktur serve starts");
    let stderr = BufReader::new(child.stderr.take().unwrap());
    let mut password = String::new();
    for line in stderr.lines().map_while(Result::ok) {
        if let Some(rest) = line.split("admin / ").nth(1) {
            password = rest.trim().to_string();
            break;
        }
    }
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let url = line.trim().trim_start_matches("OpenFaktur: ").to_string();
    assert!(url.starts_with("http://"), "no URL: {line}");
    Faktur {
        child,
        url,
        password,
        _dir: dir,
    }
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// A bare axum server answering "ok", on its own 2-thread runtime.
fn bare_axum() -> (String, std::sync::mpsc::Sender<()>) {
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            let app = axum::Router::new().route("/", axum::routing::get(|| async { "ok" }));
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
                })
                .await
                .unwrap();
        });
    });
    (format!("http://{}", addr_rx.recv().unwrap()), stop_tx)
}

#[derive(Debug, Clone, Copy, Default)]
struct Wrk {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    non_2xx: u64,
}

fn millis(text: &str) -> f64 {
    let text = text.trim();
    let (number, unit) = text
        .find(|c: char| c.is_ascii_alphabetic())
        .map_or((text, "ms"), |i| text.split_at(i));
    let value: f64 = number.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => value / 1000.0,
        "s" => value * 1000.0,
        _ => value,
    }
}

fn wrk(url: &str, script: Option<&std::path::Path>, seconds: u64) -> Wrk {
    let mut command = Command::new("wrk");
    command.args(["-t2", "-c32", &format!("-d{seconds}s"), "--latency"]);
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    let out = command
        .arg(url)
        .output()
        .expect("wrk (apt-get install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut result = Wrk::default();
    for line in text.lines() {
        let line = line.trim();
        if let Some(v) = line.strip_prefix("Requests/sec:") {
            result.rps = v.trim().parse().unwrap_or(0.0);
        } else if let Some(v) = line.strip_prefix("50%") {
            result.p50_ms = millis(v);
        } else if let Some(v) = line.strip_prefix("99%") {
            result.p99_ms = millis(v);
        } else if let Some(v) = line.strip_prefix("Non-2xx or 3xx responses:") {
            result.non_2xx = v.trim().parse().unwrap_or(0);
        }
    }
    assert!(result.rps > 0.0, "wrk said: {text}");
    result
}

fn median(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

fn main() {
    let seconds: u64 = std::env::var("WEB_BENCH_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let runs: usize = std::env::var("WEB_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let faktur = start_faktur();
    std::thread::sleep(Duration::from_secs(2));
    let idle_kib = rss_kib(faktur.child.id());

    // An admin session makes a maker token; 1,000 invoices to read.
    let agent = ureq::AgentBuilder::new().build();
    let signed = agent
        .post(&format!("{}/api/v1/session", faktur.url))
        .send_json(serde_json::json!({"login": "admin", "password": faktur.password}))
        .unwrap();
    let cookie = signed
        .header("set-cookie")
        .and_then(|c| c.split(';').next())
        .unwrap()
        .to_string();
    let me: serde_json::Value = signed.into_json().unwrap();
    let csrf = me["csrf"].as_str().unwrap().to_string();
    let made: serde_json::Value = agent
        .post(&format!("{}/api/v1/tokens", faktur.url))
        .set("Cookie", &cookie)
        .set("X-CSRF-Token", &csrf)
        .send_json(serde_json::json!({"name": "bench", "role": "maker"}))
        .unwrap()
        .into_json()
        .unwrap();
    let token = made["token"].as_str().unwrap().to_string();
    let draft = serde_json::json!({
        "kind": "output", "date": "2025-02-03", "trx_code": "04", "reference": "BENCH",
        "buyer": {"tin": "0016090524017000", "name": "PT Pembeli", "address": "Bandung"},
        "lines": [{"name": "Jasa", "price": "1500000", "qty": "2", "discount": "0"}]
    });
    for _ in 0..1000 {
        agent
            .post(&format!("{}/api/v1/invoices", faktur.url))
            .set("Authorization", &format!("Bearer {token}"))
            .send_json(draft.clone())
            .unwrap();
    }
    let scripts = tempfile::tempdir().unwrap();
    let get_lua = scripts.path().join("get.lua");
    std::fs::write(
        &get_lua,
        format!(
            "wrk.headers[\"Authorization\"] = \"Bearer {token}\"\n\
             request = function()\n  return wrk.format(\"GET\", \"/api/v1/invoices/\" .. math.random(1, 1000))\nend\n"
        ),
    )
    .unwrap();
    let post_lua = scripts.path().join("post.lua");
    std::fs::write(
        &post_lua,
        format!(
            "wrk.method = \"POST\"\nwrk.headers[\"Authorization\"] = \"Bearer {token}\"\n\
             wrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [[{draft}]]\n"
        ),
    )
    .unwrap();

    let (bare_url, stop_bare) = bare_axum();
    let mut bare = Vec::new();
    let mut get = Vec::new();
    let mut post = Vec::new();
    for _ in 0..runs {
        bare.push(wrk(&format!("{bare_url}/"), None, seconds));
        get.push(wrk(&format!("{}/", faktur.url), Some(&get_lua), seconds));
        post.push(wrk(
            &format!("{}/api/v1/invoices", faktur.url),
            Some(&post_lua),
            seconds,
        ));
    }
    let _ = stop_bare.send(());
    let loaded_kib = rss_kib(faktur.child.id());
    let errors: u64 = get.iter().chain(&post).map(|w| w.non_2xx).sum();
    assert_eq!(errors, 0, "every request must succeed");
    let rps = |list: &[Wrk]| median(list.iter().map(|w| w.rps).collect());
    let p99 = |list: &[Wrk]| median(list.iter().map(|w| w.p99_ms).collect());
    let (bare_rps, bare_min, bare_max) = rps(&bare);
    let (get_rps, get_min, get_max) = rps(&get);
    let (post_rps, post_min, post_max) = rps(&post);
    println!(
        "| measure (median of {runs} × {seconds} s, wrk -t2 -c32) | value | min–max | target |"
    );
    println!("|---|---|---|---|");
    println!("| trivial axum handler, requests/s | {bare_rps:.0} | {bare_min:.0}–{bare_max:.0} | baseline |");
    println!(
        "| GET /api/v1/invoices/{{id}}, requests/s | {get_rps:.0} ({:.0} % of trivial) | {get_min:.0}–{get_max:.0} | ≥ 50 % |",
        100.0 * get_rps / bare_rps
    );
    println!(
        "| GET p50 / p99 latency, ms | {:.2} / {:.2} | | p99 < 50 |",
        median(get.iter().map(|w| w.p50_ms).collect()).0,
        p99(&get).0
    );
    println!("| POST /api/v1/invoices (SQLite), requests/s | {post_rps:.0} | {post_min:.0}–{post_max:.0} | ≥ 2,000 |");
    println!(
        "| POST p50 / p99 latency, ms | {:.2} / {:.2} | | p99 < 50 |",
        median(post.iter().map(|w| w.p50_ms).collect()).0,
        p99(&post).0
    );
    println!(
        "| `faktur serve` resident memory at idle, MiB | {:.1} | after the load: {:.1} | < 50 |",
        idle_kib as f64 / 1024.0,
        loaded_kib as f64 / 1024.0
    );
}

//! `faktur authority serve` on a free loopback port: it prints its address,
//! answers, and keeps its books in the data dir or in PostgreSQL.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

/// Starts `faktur authority serve` with `extra` arguments; its first line
/// and the `/api/v1/health` answer.
fn serve_and_ask_health(home: &std::path::Path, extra: &[&str]) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args([
            "authority",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--today",
            "2024-03-10",
        ])
        .args(extra)
        .env("FAKTUR_HOME", home)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let address = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_string();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "GET /api/v1/health HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(
        answer.contains("\"api_version\":1") && answer.contains("\"today\":\"2024-03-10\""),
        "{answer}"
    );
    (first, answer)
}

#[test]
fn the_sandbox_serves_on_the_address_it_prints() {
    let home = tempfile::tempdir().unwrap();
    let (first, _) = serve_and_ask_health(home.path(), &[]);
    assert!(first.contains("books: sqlite:"), "{first}");
    assert!(home.path().join("authority.sqlite").exists());
}

#[test]
fn the_sandbox_keeps_its_books_in_postgres_when_told() {
    let server = faktur_pg_testing::PgServer::start().expect("PostgreSQL for the test");
    let url = server.fresh_database().unwrap();
    let home = tempfile::tempdir().unwrap();
    let (first, _) = serve_and_ask_health(home.path(), &["--database", &url]);
    assert!(
        first.contains("books: postgres://postgres@127.0.0.1:"),
        "{first}"
    );
    assert!(!home.path().join("authority.sqlite").exists());
    // Its schema and signing key are in that database.
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let keys = client
        .query_one(
            "SELECT count(*) FROM settings WHERE name = 'signing_key'",
            &[],
        )
        .unwrap()
        .get::<_, i64>(0);
    assert_eq!(keys, 1);
}

#[test]
fn an_unknown_database_scheme_is_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args(["authority", "serve", "--listen", "127.0.0.1:0"])
        .args(["--database", "mysql://localhost/x"])
        .env("FAKTUR_HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("FKT-6002"));
}

#[test]
fn bad_knobs_are_a_usage_error() {
    let home = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args([
            "authority",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--maintenance",
            "9-17",
        ])
        .env("FAKTUR_HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("FKT-6002"));
}

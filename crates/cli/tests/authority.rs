//! `faktur authority serve` on a free loopback port: it prints its address,
//! answers, and keeps its books in the data dir.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

#[test]
fn the_sandbox_serves_on_the_address_it_prints() {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args([
            "authority",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--today",
            "2024-03-10",
        ])
        .env("FAKTUR_HOME", home.path())
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
    assert!(home.path().join("authority.sqlite").exists());
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
